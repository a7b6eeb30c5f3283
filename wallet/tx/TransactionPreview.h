#pragma once
// TransactionPreview: everything a person should see before a transaction is signed (issue 6, "Every
// transaction"): what it does in words, the decoded call, the fees and the simulation.
//
// - description: given by the command, in the user's words ("Claim 12.5 PLNTH of rewards to 0x…").
// - call: the target named from the profile and the calldata decoded by ABI for the reference
//   contracts' functions (ActionDecoder, wallet/network); an undecoded call keeps its raw data.
// - fees: maximum = gas limit × maxFeePerGas (the most it can cost, what the funds check covers);
//   likely = gas estimate × min(maxFeePerGas, next base fee + tip), or × gasPrice on a legacy chain.
// - simulation: the eth_call of the exact call (CallSimulator.h), unverified.
// A preview of a step that cannot be built yet (the main call of a plan, before its ERC-20 approval is
// confirmed) has no fees (`deferred` says why) and at most a simulation under an assumption
// (Simulation::assumption: the write flow overrides the allowance's storage slot).
//
// Threading: plain values and pure functions. Errors: none.

#include "wallet/codec/UInt256.h"
#include "wallet/network/ActionDecoder.h"
#include "wallet/tx/CallSimulator.h"
#include "wallet/tx/TransactionBuilder.h"

#include <optional>
#include <string>

namespace plinth {

struct FeeEstimate {
    std::uint64_t gasLimit = 0;
    std::uint64_t gasEstimate = 0;
    UInt256 maxFeePerGas = 0;    // the gas price on a legacy chain
    UInt256 likelyFeePerGas = 0;
    UInt256 maximum = 0;         // gasLimit × maxFeePerGas
    UInt256 likely = 0;          // gasEstimate × likelyFeePerGas
    UInt256 value = 0;           // sent with the call
};

struct TransactionPreview {
    std::string description;
    std::string kind;
    Address from;
    DecodedAction call;
    std::optional<std::uint64_t> nonce;
    std::optional<FeeEstimate> fees;
    std::optional<Simulation> simulation;
    std::string deferred; // why there are no fees or simulation yet; empty otherwise
};

FeeEstimate feeEstimate(const PreparedTransaction& prepared);

// A preview of a built (and possibly simulated) transaction.
TransactionPreview previewOf(std::string description, const PreparedTransaction& prepared,
                             std::optional<Simulation> simulation, const ActionDecoder& decoder);
// A preview of a call that is not built yet.
TransactionPreview deferredPreview(std::string description, const ContractCallRequest& call, std::string why,
                                   const ActionDecoder& decoder);

// A fee in the native currency with at most `digits` significant digits after the leading zeros,
// rounded up (a fee shown must never be less than the real one): 0.000123457 ETH.
std::string formatFee(const UInt256& value, const CurrencyInfo& currency, unsigned digits = 6);

} // namespace plinth
