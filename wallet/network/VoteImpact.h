#pragma once
// VoteImpact: before an account votes, what its vote would do to a proposal: its voting power at the
// snapshot (and why it is 0), whether it already voted, and for each choice whether the vote would bring
// the proposal to quorum or turn its outcome (succeeding <-> defeated) were voting to end with it.
//
// Threading: pure function, safe on any thread. Errors: none.

#include "wallet/network/ProposalBook.h"
#include "wallet/network/VotingPower.h"

#include <optional>

namespace plinth {

struct ChoiceImpact {
    bool reachesQuorum = false;  // quorum not reached now, reached with this vote
    bool changesOutcome = false; // the vote flips whether the proposal would pass
};

struct VoteImpact {
    VotingPowerReport power;
    bool canVote = false;                  // active, power > 0 and no vote yet
    std::optional<ProposalVote> existingVote;
    bool quorumReachedNow = false;
    bool passingNow = false;               // quorum reached and more for than against
    ChoiceImpact forChoice, againstChoice, abstainChoice;
};

VoteImpact assessVote(const Proposal& proposal, const VotingPower& power, const Address& account);

} // namespace plinth
