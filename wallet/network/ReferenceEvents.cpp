#include "wallet/network/ReferenceEvents.h"

#include "wallet/codec/Abi.h"
#include "wallet/codec/AbiType.h"
#include "wallet/codec/AbiValue.h"

#include <boost/json/serialize.hpp>
#include <boost/json/string.hpp>

#include <array>
#include <stdexcept>

namespace plinth {
namespace {

// Signatures as declared in contracts/src and OpenZeppelin Contracts 5.4 (the versions the devnet pins).
constexpr std::array kSignatures = {
    // PlinthToken (ERC-20, ERC20Votes, ERC-2612)
    "Transfer(address indexed from, address indexed to, uint256 value)",
    "Approval(address indexed owner, address indexed spender, uint256 value)",
    "DelegateChanged(address indexed delegator, address indexed fromDelegate, address indexed toDelegate)",
    "DelegateVotesChanged(address indexed delegate, uint256 previousVotes, uint256 newVotes)",
    "Emitted(address indexed to, uint256 amount)",
    "MinterChanged(address indexed previousMinter, address indexed newMinter)",
    "OwnershipTransferred(address indexed previousOwner, address indexed newOwner)",
    "EIP712DomainChanged()",
    // DeviceRegistry (ERC-721 as well)
    "Transfer(address indexed from, address indexed to, uint256 indexed tokenId)",
    "Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)",
    "ApprovalForAll(address indexed owner, address indexed operator, bool approved)",
    "DeviceRegistered(address indexed device, address indexed owner, uint8 indexed kind, uint256 capacity, string unit, "
    "string region, string metadataURI, uint256 stake, uint256 fee)",
    "CapacityUpdated(address indexed device, address indexed owner, uint256 capacity, string unit)",
    "RegionUpdated(address indexed device, address indexed owner, string region)",
    "MetadataUpdated(address indexed device, address indexed owner, string metadataURI)",
    "DeviceTransferred(address indexed device, address indexed from, address indexed to)",
    "DeviceRetired(address indexed device, address indexed owner)",
    "MinStakeChanged(uint256 oldMinStake, uint256 newMinStake)",
    "OnboardingFeeChanged(uint256 oldFee, uint256 newFee)",
    // Staking
    "Staked(address indexed device, address indexed staker, uint256 amount, bool delegation)",
    "UnstakeRequested(uint256 indexed id, address indexed device, address indexed staker, uint256 amount, uint64 releaseAt)",
    "Withdrawn(uint256 indexed id, address indexed staker, address indexed device, uint256 amount)",
    "Slashed(address indexed device, address indexed staker, address indexed slasher, uint256 amount, string reason)",
    "UnbondingPeriodChanged(uint64 oldPeriod, uint64 newPeriod)",
    // Rewards
    "EpochPosted(uint256 indexed epoch, uint64 start, uint64 end, uint256 total, uint256 devices)",
    "DeviceRewarded(uint256 indexed epoch, address indexed device, address indexed owner, uint256 amount, uint32 score)",
    "Claimed(address indexed owner, address indexed to, uint256 amount)",
    "RewardRateChanged(uint256 oldRate, uint256 newRate)",
    "EpochDurationChanged(uint64 oldDuration, uint64 newDuration)",
    // AccessControl (registry, staking, rewards, timelock)
    "RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)",
    "RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)",
    "RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)",
    // PlinthGovernor
    "ProposalCreated(uint256 proposalId, address proposer, address[] targets, uint256[] values, string[] signatures, "
    "bytes[] calldatas, uint256 voteStart, uint256 voteEnd, string description)",
    "ProposalQueued(uint256 proposalId, uint256 etaSeconds)",
    "ProposalExecuted(uint256 proposalId)",
    "ProposalCanceled(uint256 proposalId)",
    "VoteCast(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason)",
    "VoteCastWithParams(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason, bytes params)",
    "VotingDelaySet(uint256 oldVotingDelay, uint256 newVotingDelay)",
    "VotingPeriodSet(uint256 oldVotingPeriod, uint256 newVotingPeriod)",
    "ProposalThresholdSet(uint256 oldProposalThreshold, uint256 newProposalThreshold)",
    "QuorumNumeratorUpdated(uint256 oldQuorumNumerator, uint256 newQuorumNumerator)",
    "TimelockChange(address oldTimelock, address newTimelock)",
    // PlinthTimelock (TimelockController)
    "CallScheduled(bytes32 indexed id, uint256 indexed index, address target, uint256 value, bytes data, "
    "bytes32 predecessor, uint256 delay)",
    "CallExecuted(bytes32 indexed id, uint256 indexed index, address target, uint256 value, bytes data)",
    "CallSalt(bytes32 indexed id, bytes32 salt)",
    "Cancelled(bytes32 indexed id)",
    "MinDelayChange(uint256 oldDuration, uint256 newDuration)",
};

std::size_t indexedCount(const AbiSignature& sig)
{
    std::size_t n = 0;
    for (const AbiParam& p : sig.params)
        n += p.indexed ? 1 : 0;
    return n;
}

struct Entry {
    AbiSignature signature; // with parameter names and `indexed`
    ReferenceEvent info;
};

const std::vector<Entry>& table()
{
    static const std::vector<Entry> entries = [] {
        std::vector<Entry> out;
        for (const char* text : kSignatures) {
            auto sig = parseAbiSignature(text);
            if (!sig) // a typo in the table above: caught by tst_referenceevents on the first run
                throw std::logic_error(std::string("bad reference event signature: ") + text);
            const Hash32 topic = eventTopic(*sig);
            out.push_back(Entry{*sig, ReferenceEvent{sig->name, sig->canonical(), sig->params.size(), indexedCount(*sig), topic}});
        }
        return out;
    }();
    return entries;
}


} // namespace

std::span<const ReferenceEvent> referenceEvents()
{
    static const std::vector<ReferenceEvent> infos = [] {
        std::vector<ReferenceEvent> out;
        for (const Entry& e : table())
            out.push_back(e.info);
        return out;
    }();
    return infos;
}

Result<std::optional<DecodedEvent>> decodeReferenceEvent(const std::vector<Hash32>& topics, ByteView data)
{
    if (topics.empty())
        return std::optional<DecodedEvent>{};
    for (const Entry& e : table()) {
        if (e.info.topic0 != topics.front() || e.info.indexed + 1 != topics.size())
            continue;
        // Topic 0 matched the table's precomputed topic above: decoded as if anonymous, so that the
        // signature is not hashed again for every log.
        const std::vector<Hash32> indexedTopics(topics.begin() + 1, topics.end());
        auto values = decodeEventLog(e.signature, indexedTopics, data, /*anonymous=*/true);
        if (!values)
            return makeError(ErrorCode::InvalidArgument, e.signature.name + " log does not decode: " + values.error().message);
        std::string json = "{";
        for (std::size_t i = 0; i < e.signature.params.size(); ++i) {
            const AbiParam& p = e.signature.params[i];
            const std::string key = p.name.empty() ? std::to_string(i) : p.name;
            // An indexed dynamic value is only its hash in the log (decodeEventLog gives the 32 bytes).
            const AbiType::Kind k = p.type.kind;
            const bool hashed = p.indexed
                                && (k == AbiType::Kind::String || k == AbiType::Kind::Bytes || k == AbiType::Kind::Array
                                    || k == AbiType::Kind::FixedArray || k == AbiType::Kind::Tuple);
            json += (i ? "," : "") + boost::json::serialize(boost::json::string(key)) + ":"
                    + (hashed ? abiValueToJson(AbiType{AbiType::Kind::FixedBytes, 32, {}}, (*values)[i])
                              : abiValueToJson(p.type, (*values)[i]));
        }
        json += "}";
        return std::optional<DecodedEvent>{DecodedEvent{e.info.name, e.info.canonical, std::move(json)}};
    }
    return std::optional<DecodedEvent>{};
}

} // namespace plinth
