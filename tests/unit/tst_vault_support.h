#pragma once
// Helpers shared by the vault, keystore and wallet CLI tests.
#include "wallet/crypto/SecureBytes.h"
#include "wallet/vault/Clock.h"
#include "wallet/vault/Vault.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <atomic>
#include <filesystem>
#include <memory>

namespace plinth::test {

// A cheap KDF so that tests run in milliseconds; one test per suite uses the real default.
inline constexpr ScryptParams kFastScrypt{1024, 8, 1};

// A clock that moves only when told to.
class ManualClock final : public Clock {
public:
    TimePoint now() const override { return TimePoint(std::chrono::nanoseconds(m_ns.load())); }
    void advance(std::chrono::milliseconds by) { m_ns += std::chrono::duration_cast<std::chrono::nanoseconds>(by).count(); }

private:
    std::atomic<std::int64_t> m_ns{1'000'000'000};
};

inline VaultOptions fastOptions(std::shared_ptr<const Clock> clock = nullptr)
{
    VaultOptions o;
    o.kdfCost = kFastScrypt;
    o.clock = std::move(clock);
    return o;
}

inline std::filesystem::path toPath(const QString& path) { return std::filesystem::path(path.toStdString()); }

QByteArray readFileBytes(const QString& path);
bool writeFileBytes(const QString& path, const QByteArray& bytes);
// A vectors file from PLINTH_VECTORS_DIR.
QJsonObject readVectors(const QString& name);
// Hex without 0x of a JSON string value such as "0xabc" -> "abc", lowercased.
QString bareHex(const QString& text);

} // namespace plinth::test
