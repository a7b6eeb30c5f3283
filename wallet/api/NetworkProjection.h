#pragma once
// NetworkProjection: the worker-side state of the network services: its own reader connection to the
// network's verified cache (ARCHITECTURE.md "Threads": readers may use their own connections; the
// SyncService stays the one writer), the EarningsIndex kept in memory and refreshed incrementally, and
// the snapshots built from the cache's projections (wallet/network). Each call reads inside one
// CacheReadSnapshot, so that all it reads (index refresh, projections, cursor) is at one block, the
// one its VerifiedAt names, even while the SyncService commits new blocks.
//
// Ownership: NetworkServices owns it; it owns its CacheStore and index.
// Threading: one thread only (NetworkServices' worker): it reads the disk, never on a GUI thread.
// Errors: NotFound "nothing is verified yet: sync first" before the first sync; NotFound for an unknown
// device or proposal; the cache's (Io, Corrupt) and the projections' errors otherwise.

#include "wallet/api/NetworkSnapshots.h"
#include "wallet/api/SyncService.h"
#include "wallet/common/Result.h"
#include "wallet/network/EarningsIndex.h"
#include "wallet/network/GovernanceLoader.h"
#include "wallet/network/NetworkEvents.h"
#include "wallet/network/NetworkProfile.h"

#include <filesystem>
#include <memory>
#include <optional>

namespace plinth {

class CacheReadSnapshot;
class CacheStore;

class NetworkProjection {
public:
    static Result<std::unique_ptr<NetworkProjection>> open(NetworkProfile profile, const std::filesystem::path& dataDir);
    ~NetworkProjection();

    const NetworkProfile& profile() const { return m_profile; }
    const NetworkAddresses& contracts() const { return m_contracts; }

    // The cache's cursor now; NotFound before the first sync.
    Result<VerifiedAt> verifiedAt() const;
    // Brings the earnings index to the cache's cursor (only the new blocks; rebuilt after a rollback)
    // and says which views `change` touched (the contracts whose logs the new blocks hold).
    Result<NetworkChange> apply(const CacheChange& change);
    // The index at the cursor (refreshed first); valid until the next call on this object.
    Result<const EarningsIndex*> index();
    // The rewards the index holds now, without refreshing it; nullopt before it is built.
    std::optional<std::size_t> indexedRewards() const;

    Result<DevicesSnapshot> devices(std::optional<Address> owner);
    Result<DeviceDetail> device(const Address& device);
    Result<EarningsSnapshot> earnings(const EarningsFilter& filter, EarningsPeriod period, std::size_t rowLimit);
    // `claimable` must be proven at the cursor: InvalidArgument when a sync moved it in between.
    Result<LedgerSnapshot> ledger(const Address& owner, const ProvenStorageValue& claimable);
    Result<StakesSnapshot> stakes(std::optional<Address> account);
    Result<ProposalsSnapshot> proposals();
    Result<ProposalDetail> proposal(const UInt256& id, std::optional<Address> account);
    Result<VoteDelegationSnapshot> voteDelegation(const Address& account);
    // The values proven last and recorded in the cache (SyncService::proveBalances, proveStorage), each at
    // its block; NotFound when none was proven yet (or its block was rolled back). No network.
    Result<ProvenBalances> lastProvenBalances(const Address& holder);
    Result<ProvenStorageValue> lastProvenStorage(const Address& contract, const Hash32& slot);

private:
    // The index refreshed to the cursor and the cursor, inside a read snapshot that lasts as long as this.
    struct IndexAt {
        std::unique_ptr<CacheReadSnapshot> snapshot;
        const EarningsIndex* index;
        VerifiedAt at;
    };
    // The governance projections and the cursor, inside a read snapshot that lasts as long as this.
    struct GovernanceAt {
        std::unique_ptr<CacheReadSnapshot> snapshot;
        GovernanceView view;
        VerifiedAt at;
    };
    NetworkProjection() = default;
    Result<IndexAt> indexAt();
    Result<GovernanceAt> governanceAt();
    Result<DeviceDirectory> directory(const EarningsIndex& index) const;
    NetworkProfile m_profile;
    NetworkAddresses m_contracts;
    std::unique_ptr<CacheStore> m_store;
    std::optional<EarningsIndex> m_index;
    std::filesystem::path m_snapshotPath; // empty when the profile has no cache identity
};

} // namespace plinth
