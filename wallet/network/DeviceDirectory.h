#pragma once
// DeviceDirectory: the network's devices as the verified events describe them (registry: registered,
// capacity, region, metadata, transferred, retired; staking: staked, unstake requested, slashed;
// rewards: the per-epoch scores and amounts from an EarningsIndex). Nothing here is asked of a node:
// every field is a projection of proven logs at the cache's cursor.
//
// Status: Retired after DeviceRetired; Offline when its latest posted epochs scored 0 (offlineEpochs
// says for how many); Active otherwise. offlineSpans lists every run of zero-score epochs.
// Stake: the sum over stakers of Staked − UnstakeRequested − Slashed (a read-only total; the staking
// views own the details).
//
// Ownership: a value. Threading: build on a worker (it reads the cache); read from any thread.
// Errors: the store's (Io, Corrupt); InvalidArgument from NetworkEvents for a malformed log.

#include "wallet/codec/UInt256.h"
#include "wallet/common/Result.h"
#include "wallet/eth/Address.h"
#include "wallet/network/EarningsIndex.h"
#include "wallet/network/NetworkEvents.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace plinth {

class CacheStore;

enum class DeviceStatus { Active, Offline, Retired };

struct EpochSpan {
    std::uint64_t first = 0, last = 0; // inclusive
    bool operator==(const EpochSpan&) const = default;
};

struct Device {
    Address address;
    Address owner; // the current owner; for a retired device, its owner when it retired
    std::uint8_t kind = kUnknownKind;
    UInt256 capacity = 0;
    std::string unit, region, metadataURI;
    DeviceStatus status = DeviceStatus::Active;
    std::uint64_t offlineEpochs = 0;   // latest consecutive epochs with score 0
    std::vector<EpochSpan> offlineSpans;
    UInt256 stake = 0;                 // all stakers
    UInt256 ownStake = 0;              // the owner's own
    std::optional<std::uint64_t> lastEpoch; // the latest epoch it was scored in
    std::uint32_t lastScore = 0;       // basis points, in lastEpoch
    UInt256 lifetimeEarned = 0;        // every reward ever, whoever owned it (the contract's deviceEarned)
    std::uint64_t rewardCount = 0;
    LogRef registered;
    std::optional<LogRef> retired;
    std::uint64_t registeredAt = 0;    // block time of the registration
    std::vector<Address> previousOwners;
};

// "storage", "bandwidth", ... (contracts/README.md), or "kind N" for a kind this Plinth does not know.
std::string resourceKindName(std::uint8_t kind);

class DeviceDirectory {
public:
    static Result<DeviceDirectory> build(const CacheStore& store, const NetworkAddresses& contracts,
                                         const EarningsIndex& rewards);

    // Every device ever registered, in registration order.
    const std::vector<Device>& all() const { return m_devices; }
    // The devices `owner` holds now (retired ones it held when they retired included), in registration order.
    std::vector<Device> ownedBy(const Address& owner) const;
    const Device* find(const Address& device) const;

private:
    std::vector<Device> m_devices;
};

} // namespace plinth
