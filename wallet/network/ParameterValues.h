#pragma once
// ParameterValues: the value now of the governance parameter a proposal's action changes, read from its
// contract's storage and proven with eth_getProof (EIP-1186) by the caller, and what that value says
// about the change's old value. ActionDecoder::resolveOldValue gives the old value from the parameter's
// verified change events; a parameter that never changed has none, and then, as no event says
// otherwise, the value now is the value the proposal would replace: takeProvenValue makes it the old
// value, verified at the proof's block. plinth-cli (proposal show, propose) and NetworkServices::proposal
// both prove through this, each with its own prover (the CLI blocks, the facade asks the SyncService).
//
// Ownership: plain values. Threading: pure functions, any thread. Errors: none; an action whose value
// cannot be proven has no ParameterRead, and unprovableReason says why.

#include "wallet/codec/UInt256.h"
#include "wallet/eth/Address.h"
#include "wallet/network/ActionDecoder.h"

#include <cstdint>
#include <optional>
#include <string>

namespace plinth {

// The storage word to prove for one parameter-change action.
struct ParameterRead {
    Address contract;    // the action's target
    Hash32 slot{};       // the word's key, for eth_getProof
    ParameterSlot where; // the parameter within that word
};

// The read that proves the value now of `action`'s parameter; nullopt when the action changes no
// parameter or contracts/README.md gives no storage slot for it (then unprovableReason says so).
std::optional<ParameterRead> parameterRead(const ActionDecoder& decoder, const DecodedAction& action);

// Why the value now of `action`'s parameter cannot be proven: the sentence for an action without a
// ParameterRead ("Plinth does not know where the governor keeps votingDelay, ...").
std::string unprovableReason(const DecodedAction& action);

// The parameter's value in the proven storage `word` (proven at `block`). When no change event gave the
// action's old value, that value becomes the old value, verified, at `block`. Returns the value.
UInt256 takeProvenValue(DecodedAction& action, const ParameterRead& read, const UInt256& word, std::uint64_t block);

} // namespace plinth
