#include "wallet/network/VoteImpact.h"

namespace plinth {
namespace {

bool passes(const ProposalFacts& f) { return quorumReached(f) && voteSucceeded(f); }

ChoiceImpact impactOf(ProposalFacts f, VoteSupport support, const UInt256& weight)
{
    const bool quorumBefore = quorumReached(f);
    const bool passBefore = passes(f);
    (support == VoteSupport::For ? f.forVotes : support == VoteSupport::Against ? f.againstVotes : f.abstainVotes) += weight;
    return ChoiceImpact{!quorumBefore && quorumReached(f), passBefore != passes(f)};
}

} // namespace

VoteImpact assessVote(const Proposal& proposal, const VotingPower& power, const Address& account)
{
    VoteImpact out;
    out.power = power.explain(account, proposal.snapshot);
    if (const ProposalVote* v = proposal.voteOf(account))
        out.existingVote = *v;
    const ProposalFacts f = proposal.facts();
    out.quorumReachedNow = quorumReached(f);
    out.passingNow = passes(f);
    out.canVote = proposal.state == ProposalState::Active && out.power.votes > 0 && !out.existingVote;
    if (out.power.votes > 0 && !out.existingVote) {
        out.forChoice = impactOf(f, VoteSupport::For, out.power.votes);
        out.againstChoice = impactOf(f, VoteSupport::Against, out.power.votes);
        out.abstainChoice = impactOf(f, VoteSupport::Abstain, out.power.votes);
    }
    return out;
}

} // namespace plinth
