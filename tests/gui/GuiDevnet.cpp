#include "GuiDevnet.h"

#include "SyncTestSupport.h"
#include "tst_vault_support.h"

#include <QJsonObject>

#include <atomic>
#include <optional>

namespace plinth::test {

GuiDevnet::GuiDevnet() = default;

GuiDevnet::~GuiDevnet() = default;

bool GuiDevnet::fail(const QString& message)
{
    m_error = message;
    return false;
}

QString GuiDevnet::userAddress() const
{
    return m_fx.facts().value(QStringLiteral("accounts")).toObject().value(QStringLiteral("user")).toString();
}

bool GuiDevnet::start(Vault vault)
{
    if (!m_dir.isValid())
        return fail(QStringLiteral("no temporary directory"));
    if (!m_fx.start())
        return fail(m_fx.error());
    auto profile = devnetProfile(m_fx, {m_fx.rpcUrl().toStdString()});
    if (!profile)
        return fail(QString::fromStdString(profile.error().message));
    // The vault first, with the app's wallet service alone (no network yet), as the first run does; then
    // the network's services exactly as the app opens them.
    m_app = std::make_unique<app::AppServices>(m_dir.path(), std::nullopt, fastOptions());
    if (vault == Vault::Restored) {
        std::atomic<bool> finished{false};
        std::optional<Error> failure;
        m_app->services().wallet->createVault(
            SecureString(std::string(kPassword)), SecureString(std::string(kMnemonic)), SecureString(std::string()),
            [&](Result<std::vector<VaultAccount>> r) {
                if (!r)
                    failure = r.error();
                finished = true;
            });
        if (!spinUntil([&] { return finished.load(); }))
            return fail(QStringLiteral("the vault was not created in time"));
        if (failure)
            return fail(QString::fromStdString(failure->message));
    }
    m_app->openNetwork(*profile);
    if (!m_app->services().networkError.isEmpty())
        return fail(m_app->services().networkError);
    return syncNow();
}

bool GuiDevnet::syncNow(std::chrono::milliseconds timeout)
{
    std::atomic<bool> finished{false};
    std::optional<Error> failure;
    if (!m_app || !m_app->services().sync)
        return fail(QStringLiteral("no sync service: start() did not get that far"));
    m_app->services().sync->syncOnce([&](Result<SyncReport> r) {
        if (!r)
            failure = r.error();
        finished = true;
    });
    if (!spinUntil([&] { return finished.load(); }, timeout))
        return fail(QStringLiteral("sync did not finish in time"));
    if (failure)
        return fail(QString::fromStdString(failure->message));
    return true;
}

} // namespace plinth::test
