#pragma once
// NetworkSnapshots: what the network services (NetworkServices.h) hand the GUI: values copied out of the
// verified cache's projections, each saying the block it is verified at. A snapshot exists only for a
// cache with a cursor (the services answer NotFound before the first sync), so "unknown" is never shown
// as 0: every figure in a snapshot is a verified fact at `at`, and what is not known is std::optional.
//
// Ownership: plain values. Threading: safe to copy and read on any thread. Errors: none.

#include "wallet/network/ActionDecoder.h"
#include "wallet/network/DeviceDirectory.h"
#include "wallet/network/EarningsQuery.h"
#include "wallet/network/PayoutLedger.h"
#include "wallet/network/ProposalBook.h"
#include "wallet/network/StakeBook.h"
#include "wallet/network/VoteImpact.h"
#include "wallet/network/VotingPower.h"
#include "wallet/store/StoreTypes.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace plinth {

// The verified block a snapshot was read at, and that block's (verified) timestamp.
struct VerifiedAt {
    SyncCursor block;
    std::uint64_t timestamp = 0;
    bool operator==(const VerifiedAt&) const = default;
};

struct DevicesSnapshot {
    VerifiedAt at;
    std::optional<Address> owner; // the devices of this owner; nullopt: every device of the network
    std::vector<Device> devices;  // in registration order
};

struct DeviceDetail {
    VerifiedAt at;
    Device device;
    std::vector<RewardRecord> rewards; // its rewards, chain order
};

// One reward as a row of a list: the index's record with its device and kind resolved.
struct RewardRow {
    Address device;
    Address owner; // credited to (at the time of the reward)
    std::uint8_t kind = kUnknownKind;
    RewardRecord record;
};

struct EarningsSnapshot {
    VerifiedAt at;
    EarningsFilter filter;
    EarningsPeriod period = EarningsPeriod::All;
    EarningsSummary summary;
    std::vector<RewardRow> rows; // chain order; at most the request's row limit (summary counts all)
};

struct LedgerSnapshot {
    VerifiedAt at;
    PayoutLedger ledger; // its figures are at ledger.blockNumber == at.block.number
};

struct StakesSnapshot {
    VerifiedAt at;
    std::optional<Address> account; // only what concerns it (StakeBook::concerning); nullopt: all
    StakeBook book;
};

struct ProposalsSnapshot {
    VerifiedAt at;
    std::vector<Proposal> proposals; // creation order, states at at.timestamp
};

// Whom an account's token votes go to now (the token's delegates(account)), rebuilt from the token's
// verified DelegateChanged events up to `at` as VotingPower does, with the balance whose votes a new
// delegation moves and the votes delegated to the account: what a "Delegate votes" form shows before
// anything is sent, without a view call.
struct VoteDelegationSnapshot {
    VerifiedAt at;
    Address account;
    std::optional<Address> delegate; // nullopt: delegated to nobody, so its tokens do not vote
    UInt256 balance = 0;             // balanceOf(account) at `at`: the votes a delegation moves
    UInt256 votes = 0;               // getVotes(account) at `at`: the votes delegated to it
};

// The value now of the parameter one of a proposal's actions changes, proven with eth_getProof (EIP-1186)
// against the state root of the verified header `at` (wallet/network/ParameterValues.h), or the reason
// it could not be proven. Never a value without a proof: `value` is empty whenever `unproven` is not.
struct ParameterValueNow {
    std::size_t action = 0;       // its index in ProposalDetail::actions
    std::optional<UInt256> value; // proven at `at`
    VerifiedAt at;                // the header the proof was checked against (the detail's `at`)
    std::string unproven;         // why there is no value, one sentence; empty when proven
};

struct ProposalDetail {
    VerifiedAt at;
    Proposal proposal;
    // Decoded; a parameter change's old value comes from its verified change events or, for a parameter
    // no event ever changed, from the proven value now (oldFrom StorageProof, oldBlock its block).
    std::vector<DecodedAction> actions;
    // For the request's account: its voting power at the snapshot and why it is 0; what its vote would do.
    std::optional<VotingPowerReport> power;
    std::optional<VoteImpact> impact;
    // One per parameter-change action, in action order: the parameter's value now, or why it is unknown.
    std::vector<ParameterValueNow> parameterValues;
};

// What a sync changed, for the views to reload (NetworkServices::handleChanged).
struct NetworkChange {
    bool devices = false, earnings = false, stakes = false, proposals = false;
    bool rolledBack = false;
    std::uint64_t fromBlock = 0, toBlock = 0; // the CacheChange behind it
    VerifiedAt at;                            // the cache's cursor after it
    bool any() const { return devices || earnings || stakes || proposals; }
};

// Progress of a CSV export: rows written of rows selected.
struct ExportProgress {
    std::uint64_t written = 0, total = 0;
};

} // namespace plinth
