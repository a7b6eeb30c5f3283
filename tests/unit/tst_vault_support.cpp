#include "tst_vault_support.h"

#include <QFile>
#include <QJsonDocument>

namespace plinth::test {

QByteArray readFileBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeFileBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

QJsonObject readVectors(const QString& name)
{
    return QJsonDocument::fromJson(readFileBytes(QStringLiteral(PLINTH_VECTORS_DIR "/") + name)).object();
}

QString bareHex(const QString& text)
{
    QString t = text.trimmed().toLower();
    if (t.startsWith(QLatin1String("0x")))
        t.remove(0, 2);
    return t;
}

} // namespace plinth::test
