#include "app/common/NetworkSelection.h"

#include "app/common/AppPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace plinth::app {
namespace {

constexpr qint64 kMaxProfileBytes = 1 << 20; // a profile is a few hundred bytes; refuse anything huge

QString devnetProfilePath()
{
    return QDir(defaultDevnetDir()).filePath(QStringLiteral("network.json"));
}

QString savedProfilePath(const QString& dataDir, const QString& name)
{
    return QDir(dataDir).filePath(QStringLiteral("networks/%1.json").arg(name));
}

bool looksLikePath(const QString& s)
{
    return s.contains(QLatin1Char('/')) || s.endsWith(QLatin1String(".json"));
}

} // namespace

Result<SelectedNetwork> loadNetworkProfile(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, "no network profile at " + path.toStdString());
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         "cannot read " + path.toStdString() + ": " + file.errorString().toStdString());
    if (file.size() > kMaxProfileBytes)
        return makeError(ErrorCode::InvalidArgument, path.toStdString() + " is too large to be a network profile");
    const QByteArray bytes = file.readAll();
    auto profile = parseNetworkProfile(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    if (!profile)
        return makeError(profile.error().code, path.toStdString() + ": " + profile.error().message);
    return SelectedNetwork{std::move(profile).value(), QFileInfo(path).absoluteFilePath()};
}

Result<std::optional<SelectedNetwork>> selectNetwork(const QString& dataDir, const QString& nameOrFile)
{
    using Selected = std::optional<SelectedNetwork>;
    if (nameOrFile.isEmpty()) {
        if (!QFileInfo::exists(devnetProfilePath()))
            return Selected{};
        auto devnet = loadNetworkProfile(devnetProfilePath());
        if (!devnet)
            return devnet.error();
        return Selected{std::move(devnet).value()};
    }
    if (looksLikePath(nameOrFile) || QFileInfo(nameOrFile).isFile()) {
        auto loaded = loadNetworkProfile(nameOrFile);
        if (!loaded)
            return loaded.error();
        return Selected{std::move(loaded).value()};
    }
    const QString saved = savedProfilePath(dataDir, nameOrFile);
    if (QFileInfo::exists(saved)) {
        auto loaded = loadNetworkProfile(saved);
        if (!loaded)
            return loaded.error();
        return Selected{std::move(loaded).value()};
    }
    if (nameOrFile == QLatin1String("devnet")) {
        auto devnet = loadNetworkProfile(devnetProfilePath());
        if (!devnet)
            return makeError(ErrorCode::NotFound,
                             "the devnet has written no profile yet; start it with `contracts/devnet start`");
        return Selected{std::move(devnet).value()};
    }
    return makeError(ErrorCode::NotFound, "unknown network \"" + nameOrFile.toStdString()
                                              + "\": give a profile file or one of the saved names");
}

QStringList knownNetworkNames(const QString& dataDir)
{
    QStringList names;
    const QDir dir(QDir(dataDir).filePath(QStringLiteral("networks")));
    for (const QFileInfo& fi : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        names << fi.completeBaseName();
    if (QFileInfo::exists(devnetProfilePath()) && !names.contains(QLatin1String("devnet")))
        names.prepend(QStringLiteral("devnet"));
    return names;
}

} // namespace plinth::app
