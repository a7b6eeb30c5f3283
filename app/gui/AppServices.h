#pragma once
// AppServices: the facade services of one GUI process (WalletService always; SyncService,
// NetworkServices and TransactionsService for the selected network), built once by main() and handed
// to the window as UiServices. The GUI tests build theirs with it too (tests/gui/GuiDevnet), so that they
// run the services exactly as the app wires them.
//
// Ownership: owns every service; destroyed after the window (its members are destroyed in the reverse
// order of their dependencies: transactions and network services before the sync service, all of them
// before the wallet service). Threading: GUI thread; open() reads the cache file's header (small).
// Errors: a network whose services cannot be opened leaves them null and says why in
// services().networkError; the wallet service itself cannot fail to exist.

#include "ui/UiServices.h"

#include <QString>

#include <memory>
#include <optional>

namespace plinth::app {

class AppServices {
public:
    // `vaultOptions` are the vault's defaults in the app; tests pass a fast KDF.
    AppServices(const QString& dataDir, std::optional<NetworkProfile> profile, VaultOptions vaultOptions = {});
    ~AppServices();
    AppServices(const AppServices&) = delete;
    AppServices& operator=(const AppServices&) = delete;

    ui::UiServices& services() { return m_view; }

    // Replaces the network services with those of `profile` (none: no network); the wallet service
    // stays. For the first run, which picks the network after the vault exists; call before a window
    // holds the services.
    void openNetwork(std::optional<NetworkProfile> profile);

private:
    std::unique_ptr<WalletService> m_wallet;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<NetworkServices> m_network;
    std::unique_ptr<TransactionsService> m_transactions;
    std::unique_ptr<OnboardingService> m_onboarding; // uses m_network: destroyed before it
    ui::UiServices m_view;
};

} // namespace plinth::app
