#include "wallet/network/GovernancePreflight.h"

namespace plinth {

VotePreflight preflightVote(const Proposal& proposal, const VotingPower& power, const Address& voter)
{
    VotePreflight out;
    out.impact = assessVote(proposal, power, voter);
    if (proposal.state != ProposalState::Active)
        out.blocker = VoteBlocker::NotActive;
    else if (out.impact.existingVote)
        out.blocker = VoteBlocker::AlreadyVoted;
    else if (out.impact.power.votes == 0)
        out.blocker = VoteBlocker::NoVotingPower;
    return out;
}

Result<ProposerCheck> proposerCheck(const ProposalBook& book, const VotingPower& power, const Address& proposer,
                                    const UInt256& threshold, std::uint64_t now, const ProposalActions& actions,
                                    const std::string& description)
{
    auto id = proposalId(actions, description);
    if (!id)
        return id.error();
    ProposerCheck out;
    out.id = *id;
    out.votes = power.votesAt(proposer, now);
    out.threshold = threshold;
    out.enoughVotes = out.votes >= threshold;
    if (!out.enoughVotes)
        out.missing = threshold - out.votes;
    out.existing = book.find(*id);
    return out;
}

TimelockPreflight preflightQueue(const Proposal& proposal)
{
    TimelockPreflight out;
    if (proposal.state != ProposalState::Succeeded)
        out.blocker = TimelockBlocker::NotSucceeded;
    return out;
}

TimelockPreflight preflightExecute(const Proposal& proposal, std::uint64_t now)
{
    TimelockPreflight out;
    out.eta = proposal.eta;
    if (proposal.state != ProposalState::Queued)
        out.blocker = TimelockBlocker::NotQueued;
    else if (proposal.eta && *proposal.eta > now) {
        out.blocker = TimelockBlocker::NotReady;
        out.waitSeconds = *proposal.eta - now;
    }
    return out;
}

} // namespace plinth
