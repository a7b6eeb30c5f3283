#include "wallet/network/ProposalBook.h"

#include "wallet/network/GovernanceEvents.h"

#include <map>

namespace plinth {
namespace {

Error unknownProposal(const UInt256& id)
{
    return makeError(ErrorCode::Corrupt, "an event names proposal " + toDecimalString(id) + ", which was never created");
}

} // namespace

std::string proposalTitle(const std::string& description)
{
    std::string line = description.substr(0, description.find('\n'));
    std::size_t start = line.find_first_not_of("# \t");
    if (start == std::string::npos)
        return {};
    line = line.substr(start);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t'))
        line.pop_back();
    return line;
}

ProposalFacts Proposal::facts() const
{
    ProposalFacts f;
    f.snapshot = snapshot;
    f.deadline = deadline;
    f.forVotes = forVotes;
    f.againstVotes = againstVotes;
    f.abstainVotes = abstainVotes;
    f.quorum = quorum;
    f.executed = executed;
    f.canceled = canceled;
    f.queued = eta.has_value() && *eta != 0;
    f.timelockDone = timelockDone;
    f.timelockCancelled = timelockCancelled;
    return f;
}

const ProposalVote* Proposal::voteOf(const Address& voter) const
{
    for (const ProposalVote& v : votes)
        if (v.voter == voter)
            return &v;
    return nullptr;
}

Result<ProposalBook> ProposalBook::fromLogs(const std::vector<TimedLog>& governorLogs,
                                            const std::vector<TimedLog>& timelockLogs, const VotingPower& power,
                                            std::uint64_t now)
{
    const GovernanceTopics& topics = governanceTopics();
    ProposalBook book;
    book.m_now = now;
    std::map<UInt256, std::size_t> index;
    std::vector<std::pair<std::uint64_t, UInt256>> numerators; // (timestamp, numerator)
    std::map<Hash32, std::size_t> queuedInTx;                  // ProposalQueued's tx -> proposal

    const auto proposal = [&](const UInt256& id) -> Proposal* {
        auto it = index.find(id);
        return it == index.end() ? nullptr : &book.m_proposals[it->second];
    };
    for (const TimedLog& t : governorLogs) {
        if (t.log.topics.empty())
            continue;
        const Hash32& topic0 = t.log.topics[0];
        if (topic0 == topics.proposalCreated) {
            auto e = decodeProposalCreated(t.log);
            if (!e)
                return e.error();
            Proposal p;
            p.id = e->proposalId;
            p.proposer = e->proposer;
            p.actions = ProposalActions{e->targets, e->values, e->calldatas};
            p.signatures = e->signatures;
            p.description = e->description;
            p.title = proposalTitle(e->description);
            p.createdBlock = t.log.blockNumber;
            p.createdAt = t.timestamp;
            p.createdTx = t.log.txHash;
            p.snapshot = e->voteStart;
            p.deadline = e->voteEnd;
            index[p.id] = book.m_proposals.size();
            book.m_proposals.push_back(std::move(p));
        } else if (topic0 == topics.voteCast || topic0 == topics.voteCastWithParams) {
            auto e = decodeVoteCast(t.log);
            if (!e)
                return e.error();
            Proposal* p = proposal(e->proposalId);
            if (!p)
                return unknownProposal(e->proposalId);
            if (e->support > 2)
                return makeError(ErrorCode::InvalidArgument, "a vote with support " + std::to_string(e->support));
            const auto support = static_cast<VoteSupport>(e->support);
            (support == VoteSupport::For ? p->forVotes : support == VoteSupport::Against ? p->againstVotes : p->abstainVotes) +=
                e->weight;
            p->votes.push_back(ProposalVote{e->voter, support, e->weight, e->reason, t.log.blockNumber, t.timestamp, t.log.txHash});
        } else if (topic0 == topics.proposalQueued) {
            auto e = decodeProposalQueued(t.log);
            if (!e)
                return e.error();
            Proposal* p = proposal(e->first);
            if (!p)
                return unknownProposal(e->first);
            p->eta = e->second > UInt256(UINT64_MAX) ? UINT64_MAX : static_cast<std::uint64_t>(e->second);
            queuedInTx[t.log.txHash] = index[e->first];
        } else if (topic0 == topics.proposalExecuted || topic0 == topics.proposalCanceled) {
            auto id = decodeProposalIdEvent(t.log);
            if (!id)
                return id.error();
            Proposal* p = proposal(*id);
            if (!p)
                return unknownProposal(*id);
            (topic0 == topics.proposalExecuted ? p->executed : p->canceled) = true;
        } else if (topic0 == topics.quorumNumeratorUpdated) {
            auto n = decodeQuorumNumeratorUpdated(t.log);
            if (!n)
                return n.error();
            numerators.emplace_back(t.timestamp, *n);
        }
    }

    // The timelock operation of each queued proposal: scheduled in the same transaction as ProposalQueued.
    std::map<Hash32, std::size_t> byOperation;
    for (const TimedLog& t : timelockLogs) {
        if (t.log.topics.empty())
            continue;
        const Hash32& topic0 = t.log.topics[0];
        if (topic0 != topics.callScheduled && topic0 != topics.callExecuted && topic0 != topics.cancelled)
            continue;
        auto op = timelockOperationId(t.log);
        if (!op)
            return op.error();
        if (topic0 == topics.callScheduled) {
            if (auto q = queuedInTx.find(t.log.txHash); q != queuedInTx.end()) {
                book.m_proposals[q->second].timelockOperation = *op;
                byOperation[*op] = q->second;
            }
            continue;
        }
        auto owner = byOperation.find(*op);
        if (owner == byOperation.end())
            continue; // an operation no proposal queued
        (topic0 == topics.callExecuted ? book.m_proposals[owner->second].timelockDone
                                       : book.m_proposals[owner->second].timelockCancelled) = true;
    }

    for (Proposal& p : book.m_proposals) {
        // GovernorVotesQuorumFraction: the numerator in force at the snapshot, of the supply at the snapshot.
        for (const auto& [time, numerator] : numerators)
            if (time <= p.snapshot)
                p.quorumNumerator = numerator;
        p.totalSupplyAtSnapshot = power.totalSupplyAt(p.snapshot);
        p.quorum = p.totalSupplyAtSnapshot * p.quorumNumerator / 100;
        p.state = deriveProposalState(p.facts(), now);
    }
    return book;
}

const Proposal* ProposalBook::find(const UInt256& id) const
{
    for (const Proposal& p : m_proposals)
        if (p.id == id)
            return &p;
    return nullptr;
}

std::vector<const Proposal*> ProposalBook::withState(ProposalState state) const
{
    std::vector<const Proposal*> out;
    for (const Proposal& p : m_proposals)
        if (p.state == state)
            out.push_back(&p);
    return out;
}

} // namespace plinth
