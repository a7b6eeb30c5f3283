#pragma once
// NetworkServices: the facade's Devices, Earnings, Staking and Governance services (ARCHITECTURE.md
// "wallet/api"), one object over a SyncService: it reads the same verified cache through its own reader
// connection (NetworkProjection), keeps the earnings index in memory and refreshes it on each of the
// SyncService's CacheChange notifications (only the new blocks; rebuilt after a rollback), and tells its
// subscribers what a sync changed (devices, earnings, stakes, proposals). The CLI's devices, earnings,
// ledger, stakes, proposals and proposal show compute the same facts from the same core projections.
//
// Requests return at once; each runs on the service's own worker thread (ServiceWorker), one at a time
// in order, and its result arrives through its callback. Every snapshot says the block it is verified at.
//
// Threading: every method may be called from any thread. Callbacks and change notifications run on the
// service's worker (the ledger's and the proposal's on it too, after the proofs ran on the SyncService's
// worker; their Cancelled, when the service went away meanwhile, on the SyncService's): a UI hands
// them to its own thread (QMetaObject::invokeMethod, Qt::QueuedConnection) and does nothing else there.
// A callback must not wait for another request of this service. status() never blocks: it copies what
// the worker last published.
// Ownership: create() returns the owner; the SyncService must outlive it. The destructor unsubscribes
// from the SyncService, waits for the running request, calls every queued request's callback with
// ErrorCode::Cancelled and joins. Subscriptions (RAII handles) must be destroyed before the service.
// Errors: NotFound before the first sync ("nothing is verified yet: sync first"), for an unknown device
// or proposal; Cancelled for a request the service was destroyed before it ran, or a cancelled export;
// Io for a CSV file that cannot be written (the old file is left as it was); the core's errors otherwise.

#include "wallet/api/NetworkSnapshots.h"
#include "wallet/api/Subscriptions.h"
#include "wallet/api/SyncService.h"
#include "wallet/common/Result.h"

#include <atomic>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace plinth {

class NetworkProjection;
class ServiceWorker;

// Cancels a long request (a CSV export) from any thread; copies share the flag.
class Cancellation {
public:
    void cancel() { m_flag->store(true); }
    bool cancelled() const { return m_flag->load(); }

private:
    std::shared_ptr<std::atomic<bool>> m_flag = std::make_shared<std::atomic<bool>>(false);
};

struct NetworkServicesStatus {
    std::optional<VerifiedAt> verified; // what the last published snapshot or change was read at
    std::optional<std::uint64_t> rewardsIndexed; // the in-memory index's size; nullopt before it is built
    std::optional<Error> lastError;     // of the last refresh after a sync, empty when it succeeded
};

class NetworkServices {
public:
    template <class T>
    using Callback = std::function<void(Result<T>)>;

    static Result<std::unique_ptr<NetworkServices>> create(SyncService& sync, NetworkProfile profile,
                                                           const std::filesystem::path& dataDir);
    ~NetworkServices();
    NetworkServices(const NetworkServices&) = delete;
    NetworkServices& operator=(const NetworkServices&) = delete;

    NetworkServicesStatus status() const;

    // Devices: an owner's devices (nullopt: all), one device with its rewards.
    void devices(std::optional<Address> owner, Callback<DevicesSnapshot> done);
    void device(Address device, Callback<DeviceDetail> done);

    // Earnings: totals per period and kind and the latest `rowLimit` reward rows for a filter.
    void earnings(EarningsFilter filter, EarningsPeriod period, std::size_t rowLimit, Callback<EarningsSnapshot> done);
    // The payout ledger of `owner`: rewarded -> claimable (proven now through the SyncService) -> claimed
    // -> received, mismatches listed.
    void ledger(Address owner, Callback<LedgerSnapshot> done);
    // The claimable rewards of `owner` alone (Rewards.accrued(owner), what a claim moves), proven with
    // eth_getProof at the verified block, as the CLI's ProvenClaimable and the ledger's "claimable" are:
    // cheaper than ledger() for a page that shows only this figure. The callback runs on the
    // SyncService's worker (the proof is its request), not on this service's.
    void claimable(Address owner, Callback<ProvenStorageValue> done);
    // What proveBalances() and claimable() proved last, as the cache recorded it, each at its own block
    // (older than the cursor when no proof ran since): for a page to show at once, before a fresh proof
    // that needs the network answers. They read the cache only (this service's worker, never the
    // network); NotFound when nothing was proven yet for that account.
    void lastProvenBalances(Address holder, Callback<ProvenBalances> done);
    void lastProvenClaimable(Address owner, Callback<ProvenStorageValue> done);
    // The filter's rewards as CSV (wallet/network/EarningsCsv.h), written to `file` atomically (a
    // temporary beside it, renamed at the end). `progress` runs on the worker; `cancel` stops it between
    // chunks (Cancelled, nothing left behind). The result is the number of rows written.
    void exportEarningsCsv(EarningsFilter filter, std::filesystem::path file, Cancellation cancel,
                           std::function<void(const ExportProgress&)> progress, Callback<std::uint64_t> done);

    // Staking: every stake, delegation, unbonding and slash, or those concerning `account`.
    void stakes(std::optional<Address> account, Callback<StakesSnapshot> done);

    // Governance: every proposal with state and tallies; one with decoded actions and, for `account`,
    // its voting power at the snapshot (and why it is 0) and what its vote would do. proposal() also
    // proves the value now of each parameter its actions change (ProposalDetail::parameterValues, and
    // the old value of a parameter no event ever changed) through the SyncService, at the detail's
    // block: its callback waits behind a running sync, and a proof that failed is a reason in
    // parameterValues, not an error of the request.
    // ParameterProofs::Skip answers from the cache alone (parameterValues empty, no network, no wait
    // behind a sync): for a view that needs the tallies or the voting power, or to show the detail at
    // once before asking again with the proofs.
    enum class ParameterProofs { Prove, Skip };
    void proposals(Callback<ProposalsSnapshot> done);
    void proposal(UInt256 id, std::optional<Address> account, Callback<ProposalDetail> done);
    void proposal(UInt256 id, std::optional<Address> account, ParameterProofs proofs, Callback<ProposalDetail> done);

    // Governance: whom `account` delegates its token votes to now, from the verified cache alone (no
    // network, no wait behind a sync).
    void voteDelegation(Address account, Callback<VoteDelegationSnapshot> done);

    // After each sync that appended or rolled back blocks, once the index is refreshed: which views
    // changed (only called when one did).
    [[nodiscard]] std::unique_ptr<SubscriptionHandle> handleChanged(std::function<void(const NetworkChange&)> callback);

private:
    NetworkServices(SyncService& sync, std::unique_ptr<NetworkProjection> projection);
    template <class T, class F>
    void request(Callback<T> done, F work);
    void buildAtStartup();
    void onCacheChanged(const CacheChange& change);
    void proveAndBuildLedger(Address owner, int attemptsLeft, Callback<LedgerSnapshot> done);
    struct ProposalProofs;
    void proveProposal(const UInt256& id, const std::optional<Address>& account, int attemptsLeft, Callback<ProposalDetail> done);
    void finishProposal(ProposalProofs& round, const UInt256& id, const std::optional<Address>& account, int attemptsLeft,
                        const Callback<ProposalDetail>& done);
    void publish(const std::optional<VerifiedAt>& at, const std::optional<Error>& error);

    // Lets a callback from the SyncService's worker (a proof) post here only while the worker exists.
    struct Gate {
        std::mutex mutex;
        ServiceWorker* worker = nullptr;
    };
    // From another thread: runs `job` on this service's worker, or at once with cancelled == true when
    // the service is going away (so that its callback still hears Cancelled).
    static void handOver(const std::weak_ptr<Gate>& gate, std::function<void(bool cancelled)> job);

    SyncService& m_sync;
    std::unique_ptr<NetworkProjection> m_projection; // worker thread only
    std::shared_ptr<Gate> m_gate = std::make_shared<Gate>();
    SubscriberList<NetworkChange> m_changed;
    mutable std::mutex m_statusMutex;
    NetworkServicesStatus m_status;
    std::unique_ptr<SubscriptionHandle> m_cacheChanged;
    std::unique_ptr<ServiceWorker> m_worker; // last: destroyed (joined) first
};

} // namespace plinth
