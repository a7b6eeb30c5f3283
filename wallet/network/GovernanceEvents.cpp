#include "wallet/network/GovernanceEvents.h"

#include "wallet/codec/Abi.h"

#include <stdexcept>

namespace plinth {
namespace {

AbiSignature sig(const char* text)
{
    auto parsed = parseAbiSignature(text);
    if (!parsed)
        throw std::logic_error(std::string("GovernanceEvents: bad built-in signature ") + text);
    return *parsed;
}

struct Signatures {
    AbiSignature proposalCreated = sig(
        "ProposalCreated(uint256 proposalId, address proposer, address[] targets, uint256[] values, string[] signatures, "
        "bytes[] calldatas, uint256 voteStart, uint256 voteEnd, string description)");
    AbiSignature proposalQueued = sig("ProposalQueued(uint256 proposalId, uint256 etaSeconds)");
    AbiSignature proposalExecuted = sig("ProposalExecuted(uint256 proposalId)");
    AbiSignature proposalCanceled = sig("ProposalCanceled(uint256 proposalId)");
    AbiSignature voteCast =
        sig("VoteCast(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason)");
    AbiSignature voteCastWithParams = sig("VoteCastWithParams(address indexed voter, uint256 proposalId, uint8 support, "
                                          "uint256 weight, string reason, bytes params)");
    AbiSignature quorumNumeratorUpdated =
        sig("QuorumNumeratorUpdated(uint256 oldQuorumNumerator, uint256 newQuorumNumerator)");
    AbiSignature callScheduled = sig("CallScheduled(bytes32 indexed id, uint256 indexed index, address target, "
                                     "uint256 value, bytes data, bytes32 predecessor, uint256 delay)");
    AbiSignature callExecuted =
        sig("CallExecuted(bytes32 indexed id, uint256 indexed index, address target, uint256 value, bytes data)");
    AbiSignature cancelled = sig("Cancelled(bytes32 indexed id)");
    AbiSignature delegateChanged =
        sig("DelegateChanged(address indexed delegator, address indexed fromDelegate, address indexed toDelegate)");
    AbiSignature delegateVotesChanged =
        sig("DelegateVotesChanged(address indexed delegate, uint256 previousVotes, uint256 newVotes)");
    AbiSignature transfer = sig("Transfer(address indexed from, address indexed to, uint256 value)");
};

const Signatures& sigs()
{
    static const Signatures s;
    return s;
}

Result<std::vector<AbiValue>> decode(const AbiSignature& event, const StoredLog& log)
{
    auto values = decodeEventLog(event, log.topics, log.data);
    if (!values)
        return makeError(ErrorCode::InvalidArgument, event.name + ": " + values.error().message);
    return values;
}

const UInt256& u(const AbiValue& v) { return std::get<UInt256>(v.value); }
Address a(const AbiValue& v) { return Address{std::get<FixedBytes<20>>(v.value)}; }
const std::string& s(const AbiValue& v) { return std::get<std::string>(v.value); }
const Bytes& b(const AbiValue& v) { return std::get<Bytes>(v.value); }
const AbiValue::List& list(const AbiValue& v) { return std::get<AbiValue::List>(v.value); }

std::uint64_t seconds(const UInt256& v)
{
    return v > UInt256(UINT64_MAX) ? UINT64_MAX : static_cast<std::uint64_t>(v);
}

} // namespace

const GovernanceTopics& governanceTopics()
{
    static const GovernanceTopics topics = [] {
        const Signatures& s = sigs();
        GovernanceTopics t;
        t.proposalCreated = eventTopic(s.proposalCreated);
        t.proposalQueued = eventTopic(s.proposalQueued);
        t.proposalExecuted = eventTopic(s.proposalExecuted);
        t.proposalCanceled = eventTopic(s.proposalCanceled);
        t.voteCast = eventTopic(s.voteCast);
        t.voteCastWithParams = eventTopic(s.voteCastWithParams);
        t.quorumNumeratorUpdated = eventTopic(s.quorumNumeratorUpdated);
        t.callScheduled = eventTopic(s.callScheduled);
        t.callExecuted = eventTopic(s.callExecuted);
        t.cancelled = eventTopic(s.cancelled);
        t.delegateChanged = eventTopic(s.delegateChanged);
        t.delegateVotesChanged = eventTopic(s.delegateVotesChanged);
        t.transfer = eventTopic(s.transfer);
        return t;
    }();
    return topics;
}

Result<ProposalCreatedEvent> decodeProposalCreated(const StoredLog& log)
{
    auto v = decode(sigs().proposalCreated, log);
    if (!v)
        return v.error();
    ProposalCreatedEvent e;
    e.proposalId = u((*v)[0]);
    e.proposer = a((*v)[1]);
    for (const AbiValue& x : list((*v)[2]))
        e.targets.push_back(a(x));
    for (const AbiValue& x : list((*v)[3]))
        e.values.push_back(u(x));
    for (const AbiValue& x : list((*v)[4]))
        e.signatures.push_back(s(x));
    for (const AbiValue& x : list((*v)[5]))
        e.calldatas.push_back(b(x));
    e.voteStart = seconds(u((*v)[6]));
    e.voteEnd = seconds(u((*v)[7]));
    e.description = s((*v)[8]);
    if (e.targets.size() != e.values.size() || e.targets.size() != e.calldatas.size())
        return makeError(ErrorCode::InvalidArgument, "ProposalCreated: targets, values and calldatas differ in length");
    return e;
}

Result<VoteCastEvent> decodeVoteCast(const StoredLog& log)
{
    const bool withParams = !log.topics.empty() && log.topics[0] == governanceTopics().voteCastWithParams;
    auto v = decode(withParams ? sigs().voteCastWithParams : sigs().voteCast, log);
    if (!v)
        return v.error();
    VoteCastEvent e;
    e.voter = a((*v)[0]);
    e.proposalId = u((*v)[1]);
    e.support = static_cast<std::uint8_t>(u((*v)[2]));
    e.weight = u((*v)[3]);
    e.reason = s((*v)[4]);
    if (withParams)
        e.params = b((*v)[5]);
    return e;
}

Result<std::pair<UInt256, UInt256>> decodeProposalQueued(const StoredLog& log)
{
    auto v = decode(sigs().proposalQueued, log);
    if (!v)
        return v.error();
    return std::pair<UInt256, UInt256>{u((*v)[0]), u((*v)[1])};
}

Result<UInt256> decodeProposalIdEvent(const StoredLog& log)
{
    const bool executed = !log.topics.empty() && log.topics[0] == governanceTopics().proposalExecuted;
    auto v = decode(executed ? sigs().proposalExecuted : sigs().proposalCanceled, log);
    if (!v)
        return v.error();
    return u((*v)[0]);
}

Result<UInt256> decodeQuorumNumeratorUpdated(const StoredLog& log)
{
    auto v = decode(sigs().quorumNumeratorUpdated, log);
    if (!v)
        return v.error();
    return u((*v)[1]);
}

Result<Hash32> timelockOperationId(const StoredLog& log)
{
    if (log.topics.size() < 2)
        return makeError(ErrorCode::InvalidArgument, "a timelock event without an operation id");
    return log.topics[1];
}

Result<DelegateChangedEvent> decodeDelegateChanged(const StoredLog& log)
{
    auto v = decode(sigs().delegateChanged, log);
    if (!v)
        return v.error();
    return DelegateChangedEvent{a((*v)[0]), a((*v)[1]), a((*v)[2])};
}

Result<DelegateVotesChangedEvent> decodeDelegateVotesChanged(const StoredLog& log)
{
    auto v = decode(sigs().delegateVotesChanged, log);
    if (!v)
        return v.error();
    return DelegateVotesChangedEvent{a((*v)[0]), u((*v)[1]), u((*v)[2])};
}

Result<TransferEvent> decodeTransfer(const StoredLog& log)
{
    auto v = decode(sigs().transfer, log);
    if (!v)
        return v.error();
    return TransferEvent{a((*v)[0]), a((*v)[1]), u((*v)[2])};
}

} // namespace plinth
