#include "app/gui/AppServices.h"

#include <QCoreApplication>

namespace plinth::app {

AppServices::AppServices(const QString& dataDir, std::optional<NetworkProfile> profile, VaultOptions vaultOptions)
    : m_wallet(std::make_unique<WalletService>(dataDir.toStdString(), std::move(vaultOptions)))
{
    m_view.wallet = m_wallet.get();
    m_view.dataDir = dataDir;
    openNetwork(std::move(profile));
}

void AppServices::openNetwork(std::optional<NetworkProfile> profile)
{
    // The onboarding service holds the network services: it goes first.
    m_onboarding.reset();
    m_transactions.reset();
    m_network.reset();
    m_sync.reset();
    m_view.onboarding = nullptr;
    m_view.sync = nullptr;
    m_view.network = nullptr;
    m_view.transactions = nullptr;
    m_view.profile.reset();
    m_view.networkError.clear();
    if (!profile)
        return;
    const std::filesystem::path dir = m_view.dataDir.toStdString();
    auto fail = [&](const Error& error) {
        m_onboarding.reset();
        m_transactions.reset();
        m_network.reset();
        m_sync.reset();
        m_view.networkError = QString::fromStdString(error.message);
    };
    auto sync = SyncService::create(*profile, dir);
    if (!sync) {
        fail(sync.error());
        return;
    }
    m_sync = std::move(*sync);
    auto network = NetworkServices::create(*m_sync, *profile, dir);
    if (!network) {
        fail(network.error());
        return;
    }
    m_network = std::move(*network);
    auto transactions = TransactionsService::create(*m_wallet, *profile, dir);
    if (!transactions) {
        fail(transactions.error());
        return;
    }
    m_transactions = std::move(*transactions);
    auto onboarding = OnboardingService::create(*profile, dir, m_network.get());
    if (!onboarding) {
        fail(onboarding.error());
        return;
    }
    m_onboarding = std::move(*onboarding);
    m_view.sync = m_sync.get();
    m_view.network = m_network.get();
    m_view.transactions = m_transactions.get();
    m_view.onboarding = m_onboarding.get();
    m_view.profile = std::move(profile);
}

AppServices::~AppServices()
{
    m_onboarding.reset();
    m_transactions.reset();
    m_network.reset();
    m_sync.reset();
    m_wallet.reset();
}

} // namespace plinth::app
