#pragma once
// ActionSequence: how `simulate` runs a proposal's actions one after the other in a single eth_call, as
// the timelock's executeBatch would, whatever the proposal's state. The call goes to the timelock with
// its code replaced for that call only (eth_call's state override, which anvil, geth, Erigon, Nethermind
// and Reth accept) by kSequenceRuntime, a 79-byte program that makes each call from the timelock's
// address, so every target sees msg.sender == timelock and the timelock's own balance and storage, as
// when the governor executes. It stops at the first call that fails and reverts with that action's index
// followed by the action's own revert data; when all succeed it returns the number of actions.
//
// The program (Yul, compiled with solc 0.8.28 --strict-assembly --optimize, evm cancun):
//     let offset := 0  let index := 0
//     for {} lt(offset, calldatasize()) {} {
//         let target := shr(96, calldataload(offset))      // 20 bytes
//         let value := calldataload(add(offset, 20))      // 32 bytes
//         let len := calldataload(add(offset, 52))        // 32 bytes, then `len` bytes of calldata
//         calldatacopy(0, add(offset, 84), len)
//         if iszero(call(gas(), target, value, 0, len, 0, 0)) {
//             mstore(0, index)  returndatacopy(32, 0, returndatasize())  revert(0, add(32, returndatasize()))
//         }
//         offset := add(offset, add(84, len))  index := add(index, 1)
//     }
//     mstore(0, index)  return(0, 32)
//
// Limits, said to the user by the caller: an action that calls the timelock itself (updateDelay) would
// reach the replacement instead of the TimelockController, and a governor setter (onlyGovernance)
// reverts outside the governor's own execute, which is the only place its call queue is filled.
//
// Threading: pure functions, safe on any thread. Errors: InvalidArgument for mismatched action arrays.

#include "wallet/codec/UInt256.h"
#include "wallet/common/Bytes.h"
#include "wallet/common/Result.h"
#include "wallet/network/CallEncoders.h"

#include <cstddef>
#include <optional>
#include <string_view>

namespace plinth {

inline constexpr std::string_view kSequenceRuntime =
    "0x5f805b368110601057505f5260205ff35b60348101359081605482015f375f8083816014850135853560601c5af1156040"
    "5760019160549101019101906002565b825f523d5f60203e3d6020015ffd";

// The replacement's input: for each action, target (20 bytes) . value (32) . length (32) . calldata.
Result<Bytes> encodeActionSequence(const ProposalActions& actions);

struct SequenceFailure {
    std::size_t index = 0; // the action that failed
    Bytes revertData;      // what it reverted with
};

// The revert data of the sequence call: which action failed and why; nullopt when it is not the
// replacement's (shorter than a word, or an index past the actions).
std::optional<SequenceFailure> decodeSequenceFailure(ByteView revertData, std::size_t actionCount);

} // namespace plinth
