#pragma once
// StakeBook: stakes, delegations, unbondings and slashes projected from the Staking contract's verified
// events (Staked, UnstakeRequested, Withdrawn, Slashed), and each device's owner from the registry's
// (DeviceRegistered, DeviceTransferred, DeviceRetired: topics only). The amounts equal the contract's
// `stakes(device, staker)`, `deviceStake(device)` and `unbondings(id)`, event by event.
//
// Ownership: a value built once; immutable afterwards.
// Threading: const methods are safe from any thread.
// Errors: fromLogs returns InvalidArgument when a log does not decode, Corrupt when the events do not add
// up (an unstake, slash or withdrawal of more than there is, a withdrawal of an unknown unbonding).

#include "wallet/codec/UInt256.h"
#include "wallet/common/Result.h"
#include "wallet/eth/Address.h"
#include "wallet/network/TimedLogs.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace plinth {

struct StakePosition {
    Address device;
    Address staker;
    std::optional<Address> deviceOwner; // now; nullopt when retired or unknown
    UInt256 amount = 0;                 // active (bonded) now: stakes(device, staker)
    UInt256 deposited = 0;              // everything ever staked or delegated
    UInt256 unbonding = 0;              // requested out (pending or withdrawn)
    UInt256 slashed = 0;
    bool delegation = false;            // staked with delegate() (on a device the staker did not own)
};

struct Unbonding {
    UInt256 id = 0;
    Address device;
    Address staker;
    UInt256 amount = 0;
    std::uint64_t requestedAt = 0; // unix seconds
    std::uint64_t requestedBlock = 0;
    std::uint64_t releaseAt = 0;   // unix seconds
    bool withdrawn = false;
    std::optional<std::uint64_t> withdrawnAt;
};

struct Slash {
    Address device;
    Address staker;
    Address slasher;
    UInt256 amount = 0;
    std::string reason;
    std::uint64_t blockNumber = 0;
    std::uint64_t timestamp = 0;
    Hash32 txHash{};
};

class StakeBook {
public:
    static Result<StakeBook> fromLogs(const std::vector<TimedLog>& stakingLogs, const std::vector<TimedLog>& registryLogs);

    // Ordered by device, then staker.
    const std::vector<StakePosition>& positions() const { return m_positions; }
    const std::vector<Unbonding>& unbondings() const { return m_unbondings; } // by id
    const std::vector<Slash>& slashes() const { return m_slashes; }           // in chain order

    const StakePosition* position(const Address& device, const Address& staker) const;
    const Unbonding* unbonding(const UInt256& id) const;
    UInt256 deviceStake(const Address& device) const;
    // Rows that concern `account`: its own stakes and those on devices it owns; its unbondings and slashes.
    StakeBook concerning(const Address& account) const;

private:
    std::vector<StakePosition> m_positions;
    std::vector<Unbonding> m_unbondings;
    std::vector<Slash> m_slashes;
};

} // namespace plinth
