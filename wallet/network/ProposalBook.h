#pragma once
// ProposalBook: the governor's proposals projected from verified events (ProposalCreated, VoteCast and
// VoteCastWithParams, ProposalQueued, ProposalExecuted, ProposalCanceled; the timelock's CallScheduled,
// CallExecuted and Cancelled for operations executed or cancelled on the timelock directly), with their
// tallies, the quorum at their snapshot (QuorumNumeratorUpdated's numerator of the token's past total
// supply, from VotingPower) and their state at `now` (ProposalState.h), the verified head's timestamp.
//
// Ownership: a value built once; proposals are in creation order and immutable afterwards.
// Threading: const methods are safe from any thread.
// Errors: fromLogs returns InvalidArgument when a log does not decode, Corrupt when an event names a
// proposal that was never created.

#include "wallet/codec/UInt256.h"
#include "wallet/common/Result.h"
#include "wallet/eth/Address.h"
#include "wallet/network/CallEncoders.h"
#include "wallet/network/ProposalState.h"
#include "wallet/network/TimedLogs.h"
#include "wallet/network/VotingPower.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace plinth {

struct ProposalVote {
    Address voter;
    VoteSupport support = VoteSupport::Against;
    UInt256 weight = 0;
    std::string reason;
    std::uint64_t blockNumber = 0;
    std::uint64_t timestamp = 0;
    Hash32 txHash{};
};

struct Proposal {
    UInt256 id = 0;
    Address proposer;
    ProposalActions actions;
    std::vector<std::string> signatures; // as emitted (normally empty strings)
    std::string description;             // markdown
    std::string title;                   // its first line without the heading marks
    std::uint64_t createdBlock = 0;
    std::uint64_t createdAt = 0;         // unix seconds
    Hash32 createdTx{};
    std::uint64_t snapshot = 0;          // voteStart, unix seconds
    std::uint64_t deadline = 0;          // voteEnd, unix seconds
    UInt256 forVotes = 0, againstVotes = 0, abstainVotes = 0;
    std::vector<ProposalVote> votes;     // in chain order
    UInt256 quorumNumerator = 0;         // percent (denominator 100)
    UInt256 totalSupplyAtSnapshot = 0;
    UInt256 quorum = 0;                  // quorumNumerator% of the total supply at the snapshot
    std::optional<std::uint64_t> eta;    // ProposalQueued's etaSeconds
    std::optional<Hash32> timelockOperation;
    bool executed = false, canceled = false, timelockDone = false, timelockCancelled = false;
    ProposalState state = ProposalState::Pending;

    ProposalFacts facts() const;
    const ProposalVote* voteOf(const Address& voter) const;
};

class ProposalBook {
public:
    static Result<ProposalBook> fromLogs(const std::vector<TimedLog>& governorLogs, const std::vector<TimedLog>& timelockLogs,
                                         const VotingPower& power, std::uint64_t now);

    const std::vector<Proposal>& proposals() const { return m_proposals; }
    const Proposal* find(const UInt256& id) const;
    std::vector<const Proposal*> withState(ProposalState state) const;
    std::uint64_t now() const { return m_now; }

private:
    std::vector<Proposal> m_proposals;
    std::uint64_t m_now = 0;
};

// "# PIP-7: Lisbon wireless expansion\n..." -> "PIP-7: Lisbon wireless expansion".
std::string proposalTitle(const std::string& description);

} // namespace plinth
