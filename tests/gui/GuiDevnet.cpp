#include "GuiDevnet.h"

#include "SyncTestSupport.h"
#include "tst_vault_support.h"

#include <QJsonObject>

#include <atomic>
#include <optional>

namespace plinth::test {

GuiDevnet::GuiDevnet() = default;

GuiDevnet::~GuiDevnet()
{
    m_onboarding.reset();
    m_transactions.reset();
    m_network.reset();
    m_sync.reset();
    m_wallet.reset();
}

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
    const std::filesystem::path dir = m_dir.path().toStdString();
    m_wallet = std::make_unique<WalletService>(dir, fastOptions());
    if (vault == Vault::Restored) {
        std::atomic<bool> finished{false};
        std::optional<Error> failure;
        m_wallet->createVault(SecureString(std::string(kPassword)), SecureString(std::string(kMnemonic)),
                              SecureString(std::string()), [&](Result<std::vector<VaultAccount>> r) {
                                  if (!r)
                                      failure = r.error();
                                  finished = true;
                              });
        if (!spinUntil([&] { return finished.load(); }))
            return fail(QStringLiteral("the vault was not created in time"));
        if (failure)
            return fail(QString::fromStdString(failure->message));
    }
    auto sync = SyncService::create(*profile, dir);
    if (!sync)
        return fail(QString::fromStdString(sync.error().message));
    m_sync = std::move(*sync);
    auto network = NetworkServices::create(*m_sync, *profile, dir);
    if (!network)
        return fail(QString::fromStdString(network.error().message));
    m_network = std::move(*network);
    auto transactions = TransactionsService::create(*m_wallet, *profile, dir);
    if (!transactions)
        return fail(QString::fromStdString(transactions.error().message));
    m_transactions = std::move(*transactions);
    auto onboarding = OnboardingService::create(*profile, dir, m_network.get());
    if (!onboarding)
        return fail(QString::fromStdString(onboarding.error().message));
    m_onboarding = std::move(*onboarding);
    m_view.wallet = m_wallet.get();
    m_view.sync = m_sync.get();
    m_view.network = m_network.get();
    m_view.transactions = m_transactions.get();
    m_view.onboarding = m_onboarding.get();
    m_view.profile = *profile;
    m_view.dataDir = m_dir.path();
    return syncNow();
}

bool GuiDevnet::syncNow(std::chrono::milliseconds timeout)
{
    std::atomic<bool> finished{false};
    std::optional<Error> failure;
    m_sync->syncOnce([&](Result<SyncReport> r) {
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
