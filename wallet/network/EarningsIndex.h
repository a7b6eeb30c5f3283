#pragma once
// EarningsIndex: every DeviceRewarded and EpochPosted of the network, read once from the verified cache
// (CacheStore::logs with topic filters) into compact in-memory records, indexed by device and by owner,
// each reward stamped with the verified header time of the block that credited it. EarningsQuery answers
// filters and period totals from it without touching SQLite again, so a dashboard refreshes in well under
// a millisecond (tests/bench/bench_earnings.cpp); refresh() adds only the blocks synced since, and
// rebuilds when the cache rolled back under it (a reorg).
//
// Only verified facts: the records are the cache's proven logs, nothing else.
// Ownership: a value; it keeps no reference to the store. Threading: build and refresh on one thread
// (a worker, never the GUI thread: loading 100,000 rewards touches the disk); a built index may be read
// from any number of threads while nobody refreshes it.
// Errors: the store's (Io, Corrupt); InvalidArgument from NetworkEvents for a malformed log; Corrupt when
// a log's block header is missing from the cache.

#include "wallet/codec/UInt256.h"
#include "wallet/common/Result.h"
#include "wallet/eth/Address.h"
#include "wallet/network/NetworkEvents.h"
#include "wallet/store/StoreTypes.h"

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace plinth {

class CacheStore;

// One reward, as the index keeps it: device and owner as ids into devices()/owners().
struct RewardRecord {
    std::uint64_t epoch = 0;
    std::uint64_t timestamp = 0; // unix seconds of the block that credited it (verified header)
    std::uint64_t blockNumber = 0;
    std::uint32_t logIndex = 0;
    std::uint32_t device = 0;
    std::uint32_t owner = 0;
    std::uint32_t score = 0; // basis points
    UInt256 amount = 0;
    Hash32 txHash{};
};

struct EpochRecord {
    std::uint64_t epoch = 0;
    std::uint64_t start = 0, end = 0; // as posted (unix seconds)
    std::uint64_t postedAt = 0;       // block time of the posting
    UInt256 total = 0;
    UInt256 devices = 0;
};

inline constexpr std::uint8_t kUnknownKind = 0xff;

class EarningsIndex {
public:
    static Result<EarningsIndex> build(const CacheStore& store, const NetworkAddresses& contracts);
    // An empty index for `contracts` (benchmarks and tests fill it with addReward).
    static EarningsIndex empty(const NetworkAddresses& contracts);
    // Adds what the cache verified since the last build/refresh; rebuilds after a rollback.
    Result<void> refresh(const CacheStore& store);

    const std::vector<RewardRecord>& rewards() const { return m_rewards; } // chain order
    const std::vector<Address>& devices() const { return m_devices; }
    const std::vector<Address>& owners() const { return m_owners; }
    const std::map<std::uint64_t, EpochRecord>& epochs() const { return m_epochs; }
    // Indices into rewards() of one device / one owner (at posting time), in chain order.
    const std::vector<std::uint32_t>& rewardsOfDevice(std::uint32_t device) const { return m_byDevice.at(device); }
    const std::vector<std::uint32_t>& rewardsOfOwner(std::uint32_t owner) const { return m_byOwner.at(owner); }
    std::optional<std::uint32_t> deviceId(const Address& device) const;
    std::optional<std::uint32_t> ownerId(const Address& owner) const;
    // The registered resource kind of a device id (kUnknownKind when no DeviceRegistered was seen).
    std::uint8_t kindOf(std::uint32_t device) const { return m_kinds.at(device); }
    // The last block read from the cache (its cursor then), nullopt for an empty cache.
    std::optional<SyncCursor> loadedTo() const { return m_loadedTo; }

    // Appends one verified reward (the loader's path; also lets benchmarks fill an index).
    void addReward(const DeviceRewarded& reward, std::uint64_t timestamp);
    void addEpoch(const EpochRecord& epoch) { m_epochs[epoch.epoch] = epoch; }
    void setKind(const Address& device, std::uint8_t kind);

private:
    // EarningsSnapshot.h saves and restores the index's state.
    friend Bytes encodeEarningsIndex(const EarningsIndex& index);
    friend Result<EarningsIndex> decodeEarningsIndex(ByteView bytes, const NetworkAddresses& contracts);

    EarningsIndex() = default;
    Result<void> load(const CacheStore& store, std::uint64_t fromBlock, std::uint64_t toBlock);
    std::uint32_t internDevice(const Address& device);
    std::uint32_t internOwner(const Address& owner);

    NetworkAddresses m_contracts;
    std::vector<RewardRecord> m_rewards;
    std::vector<Address> m_devices, m_owners;
    std::map<Address, std::uint32_t> m_deviceIds, m_ownerIds;
    std::vector<std::vector<std::uint32_t>> m_byDevice, m_byOwner;
    std::vector<std::uint8_t> m_kinds;
    std::map<std::uint64_t, EpochRecord> m_epochs;
    std::optional<SyncCursor> m_loadedTo;
};

} // namespace plinth
