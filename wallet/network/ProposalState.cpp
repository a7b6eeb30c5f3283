#include "wallet/network/ProposalState.h"

#include <array>

namespace plinth {
namespace {

constexpr std::array<std::string_view, 8> kNames{"pending",   "active", "canceled", "defeated",
                                                 "succeeded", "queued", "expired",  "executed"};

} // namespace

std::string_view proposalStateName(ProposalState state) { return kNames.at(static_cast<std::size_t>(state)); }

std::optional<ProposalState> parseProposalState(std::string_view name)
{
    for (std::size_t i = 0; i < kNames.size(); ++i)
        if (kNames[i] == name)
            return static_cast<ProposalState>(i);
    return std::nullopt;
}

bool quorumReached(const ProposalFacts& f) { return f.quorum <= f.forVotes + f.abstainVotes; }

bool voteSucceeded(const ProposalFacts& f) { return f.forVotes > f.againstVotes; }

ProposalState deriveProposalState(const ProposalFacts& f, std::uint64_t now)
{
    // Governor.state(), step by step.
    if (f.executed)
        return ProposalState::Executed;
    if (f.canceled)
        return ProposalState::Canceled;
    if (f.snapshot >= now)
        return ProposalState::Pending;
    if (f.deadline >= now)
        return ProposalState::Active;
    if (!quorumReached(f) || !voteSucceeded(f))
        return ProposalState::Defeated;
    if (!f.queued)
        return ProposalState::Succeeded;
    // GovernorTimelockControl: a queued proposal follows its timelock operation.
    if (f.timelockDone)
        return ProposalState::Executed;
    if (f.timelockCancelled)
        return ProposalState::Canceled;
    return ProposalState::Queued;
}

} // namespace plinth
