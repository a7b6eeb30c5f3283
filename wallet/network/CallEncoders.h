#pragma once
// CallEncoders: the calldata of every write the governance and staking screens will send (ARCHITECTURE.md
// "network/ ... encodes contract calls"). Pure functions: they only build bytes; signing and sending
// belong to wallet/tx. Each result equals what `cast calldata` gives for the same signature and values
// (tests/unit/tst_callencoders.cpp).
//
// Governor (OpenZeppelin 5.4): castVote(uint256,uint8), castVoteWithReason(uint256,uint8,string),
// propose, queue and execute (the last two take keccak256(description), as the governor does), and
// proposalId (the id the governor will assign). Token (ERC20Votes): delegate(address); approve and
// allowance. Staking: stake, delegate, unstake, withdraw. Rewards: claim. DeviceRegistry: updateCapacity,
// updateRegion, updateMetadata, retire, and the ERC-721 safeTransferFrom of a device's token.
//
// Threading: pure functions, safe on any thread.
// Errors: InvalidArgument when targets, values and calldatas differ in length or a support value is not
// 0 (against), 1 (for) or 2 (abstain).

#include "wallet/codec/UInt256.h"
#include "wallet/common/Bytes.h"
#include "wallet/common/Result.h"
#include "wallet/eth/Address.h"

#include <cstdint>
#include <string>
#include <vector>

namespace plinth {

// GovernorCountingSimple's vote types.
enum class VoteSupport : std::uint8_t { Against = 0, For = 1, Abstain = 2 };

// The actions of a proposal, index by index.
struct ProposalActions {
    std::vector<Address> targets;
    std::vector<UInt256> values;
    std::vector<Bytes> calldatas;
};

// keccak256(bytes(description)): what queue, execute and cancel identify a proposal's text by.
Hash32 descriptionHash(const std::string& description);
// keccak256(abi.encode(targets, values, calldatas, descriptionHash)): Governor.hashProposal.
Result<UInt256> proposalId(const ProposalActions& actions, const std::string& description);

Bytes encodeCastVote(const UInt256& proposalId, VoteSupport support);
Bytes encodeCastVoteWithReason(const UInt256& proposalId, VoteSupport support, const std::string& reason);
Result<Bytes> encodePropose(const ProposalActions& actions, const std::string& description);
Result<Bytes> encodeQueue(const ProposalActions& actions, const std::string& description);
Result<Bytes> encodeExecute(const ProposalActions& actions, const std::string& description);

// ERC20Votes.delegate(address): the token's votes, not Staking's delegation below.
Bytes encodeDelegateVotes(const Address& delegatee);

Bytes encodeStake(const Address& device, const UInt256& amount);
Bytes encodeDelegateStake(const Address& device, const UInt256& amount);
Bytes encodeUnstake(const Address& device, const UInt256& amount);
Bytes encodeWithdraw(const UInt256& unbondingId);

// Rewards.claim(to): pays everything the caller has accrued to `to`.
Bytes encodeClaim(const Address& to);
// ERC-20 approve(spender, amount) and the allowance(owner, spender) view (the approval step of a plan).
Bytes encodeApprove(const Address& spender, const UInt256& amount);
Bytes encodeAllowance(const Address& owner, const Address& spender);
// DeviceRegistry: the owner's updates and retire.
Bytes encodeUpdateCapacity(const Address& device, const UInt256& capacity, const std::string& unit);
Bytes encodeUpdateRegion(const Address& device, const std::string& region);
Bytes encodeUpdateMetadata(const Address& device, const std::string& metadataUri);
Bytes encodeRetire(const Address& device);
// DeviceRegistry.ownerOfDevice(device) (a view: the zero address when not registered or retired).
Bytes encodeOwnerOfDevice(const Address& device);
// The registry's ERC-721 token id of a device: uint256(uint160(device)) (contracts/README.md).
UInt256 deviceTokenId(const Address& device);
// ERC-721 safeTransferFrom(from, to, tokenId) of the device's token: safe, so that a contract that cannot
// hold the token refuses it (ERC721InvalidReceiver) instead of locking the device away.
Bytes encodeTransferDevice(const Address& from, const Address& to, const Address& device);

} // namespace plinth
