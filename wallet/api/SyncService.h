#pragma once
// SyncService: the facade over the light client (ARCHITECTURE.md "wallet/api"). It owns the network
// thread, the endpoint pool, the network's cache and the sync engine, and runs every sync on its own
// worker thread (the cache's one writer): requests return at once, results come through callbacks.
//
// follow() keeps the cache at the head: after each run it waits for a new head (a WebSocket newHeads
// subscription when the profile has a ws:// endpoint, else polling every `pollInterval`) and syncs
// again; a failed run is retried after `retryInterval`, and status() says why it failed meanwhile.
//
// Threading: every method may be called from any thread. Callbacks (done, progress, changes, status)
// run on the worker thread: a UI hands them to its own thread (QMetaObject::invokeMethod with
// Qt::QueuedConnection) and does nothing else there. status() never blocks on the network or the disk:
// it copies the snapshot the worker last published.
// Ownership: create() returns the owner. The destructor cancels the running sync, calls queued requests'
// callbacks with Cancelled and joins; subscriptions must be destroyed before the service.
// Errors: create() fails for a profile without usable endpoints or a cache that cannot be opened (Io,
// Corrupt, InvalidArgument for a cache of another network); each callback gets the engine's Result
// (see wallet/sync/SyncEngine.h). The last error is also kept in the cache, for a later process.

#include "wallet/api/Subscriptions.h"
#include "wallet/common/Result.h"
#include "wallet/eth/Address.h"
#include "wallet/network/NetworkProfile.h"
#include "wallet/network/ProvenSlots.h"
#include "wallet/rpc/EndpointPool.h"
#include "wallet/store/StoreTypes.h"
#include "wallet/sync/SyncEngine.h"

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace plinth {

struct SyncServiceOptions {
    SyncOptions engine;
    PoolOptions pool;
    std::chrono::milliseconds pollInterval{2000};  // follow(): how often to ask for a new head without WebSocket
    std::chrono::milliseconds retryInterval{5000}; // follow(): the wait after a failed run
};

struct SyncStatus {
    enum class State { Idle, Syncing, Following, Failed };
    State state = State::Idle;
    std::optional<SyncCursor> verified; // the highest block in the cache (every block up to it is verified)
    std::uint64_t verifiedTimestamp = 0; // that block's timestamp (unix seconds)
    std::uint64_t head = 0;             // the head the endpoints last reported; 0 before the first run
    SyncProgress progress;              // of the running or last run
    std::vector<EndpointStatus> endpoints;
    std::optional<Error> lastError;     // of the last run; empty when it succeeded
    std::vector<EndpointFault> faults;  // lies caught in the last run
    std::optional<std::string> disagreement;
};

// What changed in the cache, for the services that project it (devices, earnings...).
struct CacheChange {
    enum class Kind { Appended, RolledBack };
    Kind kind = Kind::Appended;
    std::uint64_t fromBlock = 0; // Appended: first new block; RolledBack: the ancestor kept
    std::uint64_t toBlock = 0;   // Appended: last new block; RolledBack: the old cursor
};

class SyncService {
public:
    template <class T>
    using Callback = std::function<void(Result<T>)>;

    static Result<std::unique_ptr<SyncService>> create(NetworkProfile profile, const std::filesystem::path& dataDir,
                                                       SyncServiceOptions options = {});
    ~SyncService();
    SyncService(const SyncService&) = delete;
    SyncService& operator=(const SyncService&) = delete;

    // One run to the current head.
    void syncOnce(Callback<SyncReport> done);
    // Keeps syncing until stop() (each run's report goes to `eachRun`, which may be empty).
    void follow(std::function<void(const Result<SyncReport>&)> eachRun = {});
    // Cancels the running run and ends follow(); queued requests still run.
    void stop();
    // The native and token balances proven at the verified block.
    void proveBalances(Address holder, Callback<ProvenBalances> done);
    // One storage word of `contract` proven with eth_getProof at the verified block and recorded in the
    // cache (wallet/network/ProvenSlots.h): the payout ledger's claimable balance. NotFound before the
    // first sync.
    void proveStorage(Address contract, Hash32 slot, Callback<ProvenStorageValue> done);

    SyncStatus status() const;

    [[nodiscard]] std::unique_ptr<SubscriptionHandle> handleProgress(std::function<void(const SyncProgress&)> callback);
    [[nodiscard]] std::unique_ptr<SubscriptionHandle> handleCacheChanged(std::function<void(const CacheChange&)> callback);
    [[nodiscard]] std::unique_ptr<SubscriptionHandle> handleStatusChanged(std::function<void(const SyncStatus&)> callback);

private:
    class Worker;
    explicit SyncService(std::unique_ptr<Worker> worker);
    std::unique_ptr<Worker> m_worker;
};

} // namespace plinth
