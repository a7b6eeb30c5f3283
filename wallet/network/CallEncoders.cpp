#include "wallet/network/CallEncoders.h"

#include "wallet/codec/Abi.h"

#include "wallet/crypto/Keccak.h"

#include <stdexcept>

namespace plinth {
namespace {

AbiSignature signature(const char* text)
{
    auto parsed = parseAbiSignature(text);
    if (!parsed)
        throw std::logic_error(std::string("CallEncoders: bad built-in signature ") + text);
    return *parsed;
}

// The built-in signatures are fixed and the values typed, so encoding cannot fail: a failure is a bug.
Bytes encodeOrThrow(const char* text, const std::vector<AbiValue>& args)
{
    auto encoded = encodeFunctionCall(signature(text), args);
    if (!encoded)
        throw std::logic_error("CallEncoders: " + encoded.error().message);
    return std::move(*encoded);
}

Result<std::vector<AbiValue>> actionValues(const ProposalActions& actions)
{
    if (actions.targets.size() != actions.values.size() || actions.targets.size() != actions.calldatas.size())
        return makeError(ErrorCode::InvalidArgument, "a proposal needs as many values and calldatas as targets");
    AbiValue::List targets;
    AbiValue::List values;
    AbiValue::List calldatas;
    for (std::size_t i = 0; i < actions.targets.size(); ++i) {
        targets.push_back(AbiValue::ofAddress(actions.targets[i].bytes));
        values.push_back(AbiValue::ofUInt(actions.values[i]));
        calldatas.push_back(AbiValue::ofBytes(actions.calldatas[i]));
    }
    return std::vector<AbiValue>{AbiValue::ofList(std::move(targets)), AbiValue::ofList(std::move(values)),
                                 AbiValue::ofList(std::move(calldatas))};
}

Result<Bytes> encodeWithHash(const char* text, const ProposalActions& actions, const std::string& description)
{
    auto args = actionValues(actions);
    if (!args)
        return args.error();
    const Hash32 hash = descriptionHash(description);
    args->push_back(AbiValue::ofBytes(Bytes(hash.begin(), hash.end())));
    return encodeOrThrow(text, *args);
}

AbiValue support(VoteSupport s) { return AbiValue::ofUInt(UInt256(static_cast<unsigned>(s))); }

} // namespace

Hash32 descriptionHash(const std::string& description) { return keccak256(asBytes(description)); }

Result<UInt256> proposalId(const ProposalActions& actions, const std::string& description)
{
    auto args = actionValues(actions);
    if (!args)
        return args.error();
    const Hash32 hash = descriptionHash(description);
    args->push_back(AbiValue::ofBytes(Bytes(hash.begin(), hash.end())));
    auto types = signature("f(address[],uint256[],bytes[],bytes32)").types();
    auto encoded = abiEncode(types, *args);
    if (!encoded)
        return encoded.error();
    const Hash32 id = keccak256(*encoded);
    return fromBigEndian(id);
}

Bytes encodeCastVote(const UInt256& proposalId, VoteSupport s)
{
    return encodeOrThrow("castVote(uint256,uint8)", {AbiValue::ofUInt(proposalId), support(s)});
}

Bytes encodeCastVoteWithReason(const UInt256& proposalId, VoteSupport s, const std::string& reason)
{
    return encodeOrThrow("castVoteWithReason(uint256,uint8,string)",
                         {AbiValue::ofUInt(proposalId), support(s), AbiValue::ofString(reason)});
}

Result<Bytes> encodePropose(const ProposalActions& actions, const std::string& description)
{
    auto args = actionValues(actions);
    if (!args)
        return args.error();
    args->push_back(AbiValue::ofString(description));
    return encodeOrThrow("propose(address[],uint256[],bytes[],string)", *args);
}

Result<Bytes> encodeQueue(const ProposalActions& actions, const std::string& description)
{
    return encodeWithHash("queue(address[],uint256[],bytes[],bytes32)", actions, description);
}

Result<Bytes> encodeExecute(const ProposalActions& actions, const std::string& description)
{
    return encodeWithHash("execute(address[],uint256[],bytes[],bytes32)", actions, description);
}

Bytes encodeDelegateVotes(const Address& delegatee)
{
    return encodeOrThrow("delegate(address)", {AbiValue::ofAddress(delegatee.bytes)});
}

Bytes encodeStake(const Address& device, const UInt256& amount)
{
    return encodeOrThrow("stake(address,uint256)", {AbiValue::ofAddress(device.bytes), AbiValue::ofUInt(amount)});
}

Bytes encodeDelegateStake(const Address& device, const UInt256& amount)
{
    return encodeOrThrow("delegate(address,uint256)", {AbiValue::ofAddress(device.bytes), AbiValue::ofUInt(amount)});
}

Bytes encodeUnstake(const Address& device, const UInt256& amount)
{
    return encodeOrThrow("unstake(address,uint256)", {AbiValue::ofAddress(device.bytes), AbiValue::ofUInt(amount)});
}

Bytes encodeWithdraw(const UInt256& unbondingId)
{
    return encodeOrThrow("withdraw(uint256)", {AbiValue::ofUInt(unbondingId)});
}

Bytes encodeClaim(const Address& to) { return encodeOrThrow("claim(address)", {AbiValue::ofAddress(to.bytes)}); }

Bytes encodeApprove(const Address& spender, const UInt256& amount)
{
    return encodeOrThrow("approve(address,uint256)", {AbiValue::ofAddress(spender.bytes), AbiValue::ofUInt(amount)});
}

Bytes encodeAllowance(const Address& owner, const Address& spender)
{
    return encodeOrThrow("allowance(address,address)", {AbiValue::ofAddress(owner.bytes), AbiValue::ofAddress(spender.bytes)});
}

Bytes encodeUpdateCapacity(const Address& device, const UInt256& capacity, const std::string& unit)
{
    return encodeOrThrow("updateCapacity(address,uint256,string)",
                         {AbiValue::ofAddress(device.bytes), AbiValue::ofUInt(capacity), AbiValue::ofString(unit)});
}

Bytes encodeUpdateRegion(const Address& device, const std::string& region)
{
    return encodeOrThrow("updateRegion(address,string)", {AbiValue::ofAddress(device.bytes), AbiValue::ofString(region)});
}

Bytes encodeUpdateMetadata(const Address& device, const std::string& metadataUri)
{
    return encodeOrThrow("updateMetadata(address,string)", {AbiValue::ofAddress(device.bytes), AbiValue::ofString(metadataUri)});
}

Bytes encodeRetire(const Address& device) { return encodeOrThrow("retire(address)", {AbiValue::ofAddress(device.bytes)}); }

Bytes encodeOwnerOfDevice(const Address& device)
{
    return encodeOrThrow("ownerOfDevice(address)", {AbiValue::ofAddress(device.bytes)});
}

UInt256 deviceTokenId(const Address& device) { return *fromBigEndian(device.bytes); }

Bytes encodeTransferDevice(const Address& from, const Address& to, const Address& device)
{
    return encodeOrThrow("safeTransferFrom(address,address,uint256)",
                         {AbiValue::ofAddress(from.bytes), AbiValue::ofAddress(to.bytes), AbiValue::ofUInt(deviceTokenId(device))});
}

} // namespace plinth
