#pragma once
// UiServices: the facade objects one window works with (ARCHITECTURE.md "wallet/api"), handed to every
// page and dialog. The UI reaches the core only through these services; nothing in ui/ opens a vault,
// a cache or an RPC connection itself.
//
// Ownership: the application (app/gui/AppServices) owns every service and outlives every window, page
// and dialog that holds this struct; pages keep a reference, never a copy of a pointer beyond it.
// Threading: the services may be called from the GUI thread (they return at once); their callbacks run
// on the services' workers and must be handed to the GUI thread (ui/common/GuiCallback.h).
// Errors: `sync`, `network` and `transactions` are null when no network is selected or it could not be
// opened (`networkError` then says why); pages show that sentence instead of data.

#include "wallet/api/NetworkServices.h"
#include "wallet/api/OnboardingService.h"
#include "wallet/api/SyncService.h"
#include "wallet/api/TransactionsService.h"
#include "wallet/api/WalletService.h"

#include <QString>

#include <optional>

namespace plinth::ui {

struct UiServices {
    WalletService* wallet = nullptr;            // always set by the application
    SyncService* sync = nullptr;                // null without a network
    NetworkServices* network = nullptr;         // null without a network
    TransactionsService* transactions = nullptr; // null without a network
    OnboardingService* onboarding = nullptr;    // null without a network
    std::optional<NetworkProfile> profile;      // the selected network
    QString networkError;                       // why the network's services are missing, if they are
    QString dataDir;

    bool hasNetwork() const { return sync && network && transactions && profile; }
};

} // namespace plinth::ui
