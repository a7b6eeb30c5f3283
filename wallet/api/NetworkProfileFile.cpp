#include "wallet/api/NetworkProfileFile.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <cctype>

namespace plinth {

std::string profileFileStem(const NetworkProfile& profile)
{
    std::string stem;
    for (char c : profile.name) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u))
            stem += static_cast<char>(std::tolower(u));
        else if (!stem.empty() && stem.back() != '-')
            stem += '-';
    }
    while (!stem.empty() && stem.back() == '-')
        stem.pop_back();
    return stem.empty() ? std::string("network") : stem;
}

std::filesystem::path savedProfilePath(const std::filesystem::path& dataDir, const NetworkProfile& profile)
{
    return dataDir / "networks" / (profileFileStem(profile) + ".json");
}

Result<std::filesystem::path> saveNetworkProfile(const NetworkProfile& profile, const std::filesystem::path& dataDir)
{
    const std::string json = serializeNetworkProfile(profile);
    if (auto check = parseNetworkProfile(json); !check)
        return check.error();
    const std::filesystem::path path = savedProfilePath(dataDir, profile);
    if (!QDir().mkpath(QString::fromStdString(path.parent_path().string())))
        return makeError(ErrorCode::Io, "cannot create " + path.parent_path().string());
    QSaveFile file(QString::fromStdString(path.string()));
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, "cannot write " + path.string() + ": " + file.errorString().toStdString());
    file.write(json.data(), static_cast<qint64>(json.size()));
    if (!file.commit())
        return makeError(ErrorCode::Io, "cannot write " + path.string() + ": " + file.errorString().toStdString());
    return path;
}

std::optional<NetworkProfile> savedCopyOf(const NetworkProfile& profile, const std::filesystem::path& dataDir)
{
    QFile file(QString::fromStdString(savedProfilePath(dataDir, profile).string()));
    if (!file.open(QIODevice::ReadOnly) || file.size() > (1 << 20))
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    auto saved = parseNetworkProfile(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    if (!saved || saved->chainId != profile.chainId || saved->contracts.token != profile.contracts.token
        || saved->contracts.devices != profile.contracts.devices || saved->contracts.rewards != profile.contracts.rewards
        || saved->contracts.staking != profile.contracts.staking || saved->contracts.governor != profile.contracts.governor
        || saved->contracts.timelock != profile.contracts.timelock)
        return std::nullopt;
    return std::move(saved).value();
}

} // namespace plinth
