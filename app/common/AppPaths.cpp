#include "app/common/AppPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace plinth::app {

QString defaultDataDir()
{
    // GenericDataLocation follows XDG_DATA_HOME; the folder name matches the devnet script's.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(QStringLiteral("plinth"));
}

QString resolveDataDir(const QString& requested)
{
    if (requested.isEmpty())
        return defaultDataDir();
    return QDir::cleanPath(QDir::current().absoluteFilePath(requested));
}

QString defaultDevnetDir()
{
    return QDir(defaultDataDir()).filePath(QStringLiteral("devnet"));
}

} // namespace plinth::app
