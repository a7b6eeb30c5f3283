#pragma once
// GovernancePreflight: what the governor would refuse, checked on verified data before a vote, a
// proposal, a queue or an execute is built, so that the user reads why instead of paying for a revert.
// The checks mirror OpenZeppelin 5.4's Governor and TimelockController:
//  - castVote: the proposal is Active, the voter has not voted (its VoteCast is in the cache), and its
//    votes at the snapshot (getPastVotes) are > 0 (a 0-weight vote would be counted, but changes nothing:
//    refused here with VotingPower's reason);
//  - propose: getVotes(proposer, clock() - 1) >= proposalThreshold(). The next block's timestamp is at
//    least the verified head's + 1 on a real chain, so the votes at the head's timestamp are the ones the
//    governor will read (unless tokens move in between); and the same actions and description must not
//    have made a proposal already (hashProposal);
//  - queue: the proposal is Succeeded;
//  - execute: it is Queued and the timelock operation's eta (ProposalQueued's etaSeconds) has come.
//
// Threading: pure functions, safe on any thread. Errors: proposerCheck returns proposalId's error.

#include "wallet/codec/UInt256.h"
#include "wallet/common/Result.h"
#include "wallet/eth/Address.h"
#include "wallet/network/ProposalBook.h"
#include "wallet/network/VoteImpact.h"
#include "wallet/network/VotingPower.h"

#include <cstdint>
#include <optional>
#include <string>

namespace plinth {

enum class VoteBlocker { None, NotActive, AlreadyVoted, NoVotingPower };

struct VotePreflight {
    VoteBlocker blocker = VoteBlocker::None;
    VoteImpact impact; // power at the snapshot, the existing vote, what each choice would change
};

VotePreflight preflightVote(const Proposal& proposal, const VotingPower& power, const Address& voter);

struct ProposerCheck {
    UInt256 id = 0;          // the id the governor will give the proposal
    UInt256 votes = 0;       // the proposer's votes now
    UInt256 threshold = 0;
    UInt256 missing = 0;     // threshold - votes when below it
    bool enoughVotes = false;
    const Proposal* existing = nullptr; // the proposal with this id, when there is one
};

Result<ProposerCheck> proposerCheck(const ProposalBook& book, const VotingPower& power, const Address& proposer,
                                    const UInt256& threshold, std::uint64_t now, const ProposalActions& actions,
                                    const std::string& description);

enum class TimelockBlocker { None, NotSucceeded, NotQueued, NotReady };

struct TimelockPreflight {
    TimelockBlocker blocker = TimelockBlocker::None;
    std::optional<std::uint64_t> eta;  // when the queued operation can run (unix seconds)
    std::uint64_t waitSeconds = 0;     // eta - now, when NotReady
};

TimelockPreflight preflightQueue(const Proposal& proposal);
TimelockPreflight preflightExecute(const Proposal& proposal, std::uint64_t now);

} // namespace plinth
