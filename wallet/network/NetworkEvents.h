#pragma once
// NetworkEvents: the reference contracts' events (contracts/README.md "Events"), decoded from verified
// logs (StoredLog, taken from proven receipts) into typed records. Only the events the devices, earnings
// and payout views need are decoded; every other topic is ignored (nullopt), so new events on the
// contracts never break an older Plinth. A log that carries a known topic0 from the contract that emits
// it but does not have that event's shape (topic count, data length, an address word with high bits set)
// is an error naming its block and log index: the cache holds only proven logs, so that is a bug or a
// different contract, never something to skip silently.
//
// Threading: pure functions and value types, safe on any thread.
// Errors: InvalidArgument "block N log I: <event>: <what is wrong>"; from NetworkAddresses::fromProfile,
// InvalidArgument naming the profile's malformed address.

#include "wallet/codec/UInt256.h"
#include "wallet/common/Result.h"
#include "wallet/eth/Address.h"
#include "wallet/network/NetworkProfile.h"
#include "wallet/store/StoreTypes.h"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>

namespace plinth {

// The contracts whose events are decoded, parsed once from the profile.
struct NetworkAddresses {
    Address token;
    Address devices;
    Address staking;
    Address rewards;
    static Result<NetworkAddresses> fromProfile(const NetworkProfile& profile);
};

// Where a record came from: its verified log.
struct LogRef {
    std::uint64_t blockNumber = 0;
    std::uint32_t logIndex = 0;
    Hash32 txHash{};
    bool operator==(const LogRef&) const = default;
};

struct DeviceRegistered {
    LogRef ref;
    Address device, owner;
    std::uint8_t kind = 0;
    UInt256 capacity = 0;
    std::string unit, region, metadataURI;
    UInt256 stake = 0, fee = 0;
};
struct CapacityUpdated {
    LogRef ref;
    Address device, owner;
    UInt256 capacity = 0;
    std::string unit;
};
struct RegionUpdated {
    LogRef ref;
    Address device, owner;
    std::string region;
};
struct MetadataUpdated {
    LogRef ref;
    Address device, owner;
    std::string metadataURI;
};
struct DeviceTransferred {
    LogRef ref;
    Address device, from, to;
};
struct DeviceRetired {
    LogRef ref;
    Address device, owner;
};
struct EpochPosted {
    LogRef ref;
    std::uint64_t epoch = 0;
    std::uint64_t start = 0, end = 0; // unix seconds
    UInt256 total = 0, devices = 0;
};
struct DeviceRewarded {
    LogRef ref;
    std::uint64_t epoch = 0;
    Address device, owner;
    UInt256 amount = 0;
    std::uint32_t score = 0; // uptime in basis points
};
struct Claimed {
    LogRef ref;
    Address owner, to;
    UInt256 amount = 0;
};
// ERC-20 Transfer of the network's token (three topics; the registry's ERC-721 Transfer is not this).
struct TokenTransfer {
    LogRef ref;
    Address from, to;
    UInt256 amount = 0;
};
// Staking: a change of a (device, staker) stake. Withdrawn moves no stake (UnstakeRequested already did).
struct StakeChanged {
    enum class Why { Staked, UnstakeRequested, Slashed };
    LogRef ref;
    Why why = Why::Staked;
    Address device, staker;
    UInt256 amount = 0;
};

using NetworkEvent = std::variant<DeviceRegistered, CapacityUpdated, RegionUpdated, MetadataUpdated, DeviceTransferred,
                                  DeviceRetired, EpochPosted, DeviceRewarded, Claimed, TokenTransfer, StakeChanged>;

// topic0 of each decoded event (keccak256 of its signature).
namespace eventtopic {
const Hash32& deviceRegistered();
const Hash32& capacityUpdated();
const Hash32& regionUpdated();
const Hash32& metadataUpdated();
const Hash32& deviceTransferred();
const Hash32& deviceRetired();
const Hash32& epochPosted();
const Hash32& deviceRewarded();
const Hash32& claimed();
const Hash32& transfer();
const Hash32& staked();
const Hash32& unstakeRequested();
const Hash32& slashed();
} // namespace eventtopic

// The record for one verified log; nullopt for a log this module does not decode.
Result<std::optional<NetworkEvent>> decodeNetworkEvent(const StoredLog& log, const NetworkAddresses& contracts);

// The hot path of earnings: a DeviceRewarded log only (checked as above), without the variant.
Result<DeviceRewarded> decodeDeviceRewarded(const StoredLog& log);

// The 20-byte address in an indexed topic or a data word, checking its 12 high bytes are zero.
std::optional<Address> addressFromWord(const std::uint8_t* word);

} // namespace plinth
