#pragma once
// ProposalState: OpenZeppelin 5.4 Governor.state() (with GovernorTimelockControl's override), computed from
// verified events and a verified block's timestamp instead of the governor's storage. The enum's values
// are the governor's own (IGovernor.ProposalState), so they compare with `state(uint256)` directly.
//
// Threading: pure functions, safe on any thread. Errors: none (parseProposalState returns nullopt).

#include "wallet/codec/UInt256.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace plinth {

enum class ProposalState : std::uint8_t {
    Pending = 0,
    Active = 1,
    Canceled = 2,
    Defeated = 3,
    Succeeded = 4,
    Queued = 5,
    Expired = 6, // never for a timelock-controlled governor; kept for the enum's numbering
    Executed = 7,
};

// "pending", "active", ... (stable: the CLI's --state and its JSON use them).
std::string_view proposalStateName(ProposalState state);
std::optional<ProposalState> parseProposalState(std::string_view name);

// What the governor's state() looks at, as the events tell it.
struct ProposalFacts {
    std::uint64_t snapshot = 0; // voteStart
    std::uint64_t deadline = 0; // voteEnd
    UInt256 forVotes = 0;
    UInt256 againstVotes = 0;
    UInt256 abstainVotes = 0;
    UInt256 quorum = 0;         // quorum(snapshot)
    bool executed = false;      // ProposalExecuted
    bool canceled = false;      // ProposalCanceled
    bool queued = false;        // ProposalQueued (eta != 0)
    bool timelockDone = false;      // the timelock executed the queued operation (maybe directly)
    bool timelockCancelled = false; // the timelock cancelled it
};

// GovernorCountingSimple: quorum counts for and abstain; success needs more for than against.
bool quorumReached(const ProposalFacts& facts);
bool voteSucceeded(const ProposalFacts& facts);

// The state at time `now` (the clock: a block timestamp).
ProposalState deriveProposalState(const ProposalFacts& facts, std::uint64_t now);

} // namespace plinth
