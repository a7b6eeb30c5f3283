#pragma once
// What the devices, earnings and ledger commands share: the selected network's verified cache opened
// read-only in spirit (nothing is written but proven values), its earnings index, and the owner a
// command is about (--owner, else the vault's first account, read without a password).
//
// Ownership: the command owns the session for its run. Threading: main thread only.
// Errors: NotFound "nothing is verified yet: run plinth-cli sync" on an empty cache; InvalidArgument for
// a malformed --owner; the cache's and the vault's errors otherwise.

#include "app/cli/CliContext.h"
#include "wallet/eth/Address.h"
#include "wallet/network/EarningsIndex.h"
#include "wallet/network/NetworkEvents.h"
#include "wallet/network/NetworkProfile.h"
#include "wallet/store/CacheStore.h"

#include <QString>

#include <filesystem>
#include <memory>
#include <optional>

namespace plinth::cli {

struct NetworkSession {
    NetworkProfile profile;
    NetworkAddresses contracts;
    std::unique_ptr<CacheStore> store;
    std::optional<EarningsIndex> index;
    std::filesystem::path snapshotPath; // the saved index beside the cache; empty: none
    SyncCursor cursor;
    std::uint64_t cursorTime = 0;

    QString tokenSymbol() const;
    QString amount(const UInt256& value) const; // "1.5 PLNTH"
};

Result<NetworkSession> openNetworkSession(CliContext& context);
// Re-reads the cursor and the index after a sync in this process.
Result<void> refreshNetworkSession(NetworkSession& session);

// --owner A, else the vault's first account; `what` names the command in the error.
Result<Address> ownerFor(CliContext& context);
// Adds --owner to a command's options.
void addOwnerOption(QCommandLineParser& parser);

} // namespace plinth::cli
