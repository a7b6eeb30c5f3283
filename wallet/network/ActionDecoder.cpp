#include "wallet/network/ActionDecoder.h"

#include "wallet/codec/Abi.h"

#include "wallet/codec/Hex.h"

#include <stdexcept>

namespace plinth {
namespace {

// A function a proposal may call on one of the reference contracts.
struct KnownFunction {
    const char* contract;  // the profile's key
    const char* signature; // with parameter names
    ValueUnit unit;        // of the first numeric argument
    // For a governance parameter: its name, the event that reports a change (old, new) and its getter.
    const char* parameter = nullptr;
    const char* changeEvent = nullptr;
    const char* getter = nullptr;
    // Its storage slot where contracts/README.md gives it (-1: not given).
    int slot = -1;
    unsigned offsetBytes = 0;
    unsigned widthBytes = 32;
};

const KnownFunction kFunctions[] = {
    {"rewards", "setRewardRate(uint256 newRate)", ValueUnit::TokenPerSecond, "rewardRate", "RewardRateChanged(uint256,uint256)",
     "rewardRate()", 7},
    {"rewards", "setEpochDuration(uint64 newDuration)", ValueUnit::Seconds, "epochDuration",
     "EpochDurationChanged(uint64,uint64)", "epochDuration()", 6, 8, 8},
    {"devices", "setMinStake(uint256 newMinStake)", ValueUnit::Token, "minStake", "MinStakeChanged(uint256,uint256)",
     "minStake()", 9},
    {"devices", "setOnboardingFee(uint256 newFee)", ValueUnit::Token, "onboardingFee", "OnboardingFeeChanged(uint256,uint256)",
     "onboardingFee()", 10},
    {"staking", "setUnbondingPeriod(uint64 newPeriod)", ValueUnit::Seconds, "unbondingPeriod",
     "UnbondingPeriodChanged(uint64,uint64)", "unbondingPeriod()", 7, 0, 8},
    {"governor", "setVotingDelay(uint48 newVotingDelay)", ValueUnit::Seconds, "votingDelay", "VotingDelaySet(uint256,uint256)",
     "votingDelay()"},
    {"governor", "setVotingPeriod(uint32 newVotingPeriod)", ValueUnit::Seconds, "votingPeriod",
     "VotingPeriodSet(uint256,uint256)", "votingPeriod()"},
    {"governor", "setProposalThreshold(uint256 newProposalThreshold)", ValueUnit::Token, "proposalThreshold",
     "ProposalThresholdSet(uint256,uint256)", "proposalThreshold()"},
    {"governor", "updateQuorumNumerator(uint256 newQuorumNumerator)", ValueUnit::Percent, "quorumNumerator",
     "QuorumNumeratorUpdated(uint256,uint256)", "quorumNumerator()"},
    {"timelock", "updateDelay(uint256 newDelay)", ValueUnit::Seconds, "minDelay", "MinDelayChange(uint256,uint256)",
     "getMinDelay()"},
    {"token", "transfer(address to, uint256 amount)", ValueUnit::Token},
    {"token", "approve(address spender, uint256 amount)", ValueUnit::Token},
    {"token", "setMinter(address newMinter)", ValueUnit::Raw},
    {"token", "transferOwnership(address newOwner)", ValueUnit::Raw},
    {"", "grantRole(bytes32 role, address account)", ValueUnit::Raw},
    {"", "revokeRole(bytes32 role, address account)", ValueUnit::Raw},
    // The writes a wallet sends (the previews of `claim`, `stake`, `device update`, `vote`, ...).
    {"rewards", "claim(address to)", ValueUnit::Raw},
    {"staking", "stake(address device, uint256 amount)", ValueUnit::Token},
    {"staking", "delegate(address device, uint256 amount)", ValueUnit::Token},
    {"staking", "unstake(address device, uint256 amount)", ValueUnit::Token},
    {"staking", "withdraw(uint256 id)", ValueUnit::Raw},
    {"devices", "updateCapacity(address device, uint256 capacity, string unit)", ValueUnit::Raw},
    {"devices", "updateRegion(address device, string region)", ValueUnit::Raw},
    {"devices", "updateMetadata(address device, string metadataURI)", ValueUnit::Raw},
    {"devices", "retire(address device)", ValueUnit::Raw},
    {"devices", "transferFrom(address from, address to, uint256 tokenId)", ValueUnit::Raw},
    {"devices", "safeTransferFrom(address from, address to, uint256 tokenId)", ValueUnit::Raw},
    {"devices", "register((address device, uint8 kind, uint256 capacity, string unit, string region, string metadataURI, "
                "uint256 stake, uint256 nonce, uint256 deadline) r, bytes signature)", ValueUnit::Raw},
    {"token", "delegate(address delegatee)", ValueUnit::Raw},
    {"governor", "castVote(uint256 proposalId, uint8 support)", ValueUnit::Raw},
    {"governor", "castVoteWithReason(uint256 proposalId, uint8 support, string reason)", ValueUnit::Raw},
    {"governor", "propose(address[] targets, uint256[] values, bytes[] calldatas, string description)", ValueUnit::Raw},
    {"governor", "queue(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash)", ValueUnit::Raw},
    {"governor", "execute(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash)", ValueUnit::Raw},
};

AbiSignature sig(const char* text)
{
    auto parsed = parseAbiSignature(text);
    if (!parsed)
        throw std::logic_error(std::string("ActionDecoder: bad built-in signature ") + text);
    return *parsed;
}

const KnownFunction* known(const std::string& function)
{
    for (const KnownFunction& f : kFunctions)
        if (sig(f.signature).canonical() == function)
            return &f;
    return nullptr;
}

// (old, new) of a change event.
std::optional<std::pair<UInt256, UInt256>> change(const TimedLog& t, const AbiSignature& event)
{
    auto v = decodeEventLog(event, t.log.topics, t.log.data);
    if (!v || v->size() != 2)
        return std::nullopt;
    return std::pair{std::get<UInt256>((*v)[0].value), std::get<UInt256>((*v)[1].value)};
}

// The JSON form, without the quotes around a single number, address or hex string.
std::string displayValue(const AbiType& type, const AbiValue& value)
{
    std::string json = abiValueToJson(type, value);
    if (json.size() >= 2 && json.front() == '"' && json.back() == '"' && json.find('\\') == std::string::npos)
        return json.substr(1, json.size() - 2);
    return json;
}

} // namespace

ActionDecoder::ActionDecoder(const NetworkContracts& contracts)
{
    const std::pair<const char*, const std::string*> all[] = {
        {"token", &contracts.token},       {"devices", &contracts.devices},   {"staking", &contracts.staking},
        {"rewards", &contracts.rewards},   {"governor", &contracts.governor}, {"timelock", &contracts.timelock}};
    for (const auto& [name, address] : all)
        if (auto parsed = parseAddress(*address))
            m_names.emplace_back(name, *parsed);
}

std::string ActionDecoder::nameOf(const Address& address) const
{
    for (const auto& [name, a] : m_names)
        if (a == address)
            return name;
    return {};
}

DecodedAction ActionDecoder::decode(const Address& target, const UInt256& value, ByteView calldata) const
{
    DecodedAction out;
    out.target = target;
    out.targetName = nameOf(target);
    out.value = value;
    out.calldata.assign(calldata.begin(), calldata.end());
    for (const KnownFunction& f : kFunctions) {
        if (*f.contract && out.targetName != f.contract)
            continue;
        const AbiSignature s = sig(f.signature);
        auto args = decodeFunctionCall(s, calldata);
        if (!args)
            continue;
        out.function = s.canonical();
        out.functionName = s.name;
        bool unitUsed = false;
        for (std::size_t i = 0; i < s.params.size(); ++i) {
            const AbiType& type = s.params[i].type;
            DecodedArgument a{s.params[i].name, type.canonical(), displayValue(type, (*args)[i]), ValueUnit::Raw};
            if (type.kind == AbiType::Kind::Address)
                a.unit = ValueUnit::Address;
            else if (type.kind == AbiType::Kind::Uint && !unitUsed) {
                a.unit = f.unit;
                unitUsed = true;
            }
            out.arguments.push_back(std::move(a));
        }
        if (f.parameter) {
            ParameterChange c;
            c.parameter = f.parameter;
            c.unit = f.unit;
            c.newValue = std::get<UInt256>((*args)[0].value);
            c.getter = f.getter;
            out.change = std::move(c);
        }
        break;
    }
    return out;
}

void ActionDecoder::resolveOldValue(DecodedAction& action, const std::vector<TimedLog>& targetLogs,
                                    std::uint64_t createdBlock) const
{
    if (!action.change)
        return;
    const KnownFunction* f = known(action.function);
    if (!f || !f->changeEvent)
        return;
    const AbiSignature event = sig(f->changeEvent);
    const Hash32 topic = eventTopic(event);
    std::optional<std::pair<UInt256, UInt256>> before;
    std::uint64_t beforeBlock = 0;
    for (const TimedLog& t : targetLogs) {
        if (t.log.topics.empty() || t.log.topics[0] != topic || t.log.address != action.target.bytes)
            continue;
        auto c = change(t, event);
        if (!c)
            continue;
        if (t.log.blockNumber <= createdBlock) {
            before = c;
            beforeBlock = t.log.blockNumber;
            continue;
        }
        if (!before) { // the first change after the proposal was made: its old value was in force then
            action.change->oldValue = c->first;
            action.change->oldVerified = true;
            action.change->oldFrom = OldValueFrom::ChangeEvent;
            action.change->oldBlock = t.log.blockNumber;
            action.change->oldSource = event.name + " at block " + std::to_string(t.log.blockNumber);
            return;
        }
        break;
    }
    if (before) {
        action.change->oldValue = before->second;
        action.change->oldVerified = true;
        action.change->oldFrom = OldValueFrom::ChangeEvent;
        action.change->oldBlock = beforeBlock;
        action.change->oldSource = event.name + " at block " + std::to_string(beforeBlock);
    }
}

UInt256 valueInSlot(const UInt256& word, const ParameterSlot& where)
{
    const UInt256 shifted = word >> (8 * where.offsetBytes);
    if (where.widthBytes >= 32)
        return shifted;
    return shifted & ((UInt256(1) << (8 * where.widthBytes)) - 1);
}

std::vector<ParameterSetter> parameterSetters()
{
    std::vector<ParameterSetter> out;
    for (const KnownFunction& f : kFunctions)
        if (f.parameter)
            out.push_back(ParameterSetter{f.contract, f.parameter, sig(f.signature).canonical(), f.unit});
    return out;
}

std::optional<ParameterSlot> ActionDecoder::parameterSlot(const DecodedAction& action) const
{
    if (!action.change)
        return std::nullopt;
    const KnownFunction* f = known(action.function);
    if (!f || f->slot < 0)
        return std::nullopt;
    return ParameterSlot{UInt256(f->slot), f->offsetBytes, f->widthBytes};
}

std::optional<Bytes> ActionDecoder::currentValueCall(const DecodedAction& action) const
{
    if (!action.change || action.change->getter.empty())
        return std::nullopt;
    auto encoded = encodeFunctionCall(sig(action.change->getter.c_str()), {});
    if (!encoded)
        return std::nullopt;
    return *encoded;
}

} // namespace plinth
