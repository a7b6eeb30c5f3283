#pragma once
// Contract-level ABI: function selectors and calls, event topics and log decoding, custom errors and the
// standard revert payloads Error(string) and Panic(uint256).
//
// Threading: pure functions, safe on any thread.
// Errors: InvalidArgument for a malformed signature, values that do not match it, or data that does not
// decode (wrong selector, wrong topic, too short, offsets out of range).

#include "wallet/codec/AbiCodec.h"
#include "wallet/codec/AbiType.h"
#include "wallet/codec/AbiValue.h"
#include "wallet/codec/UInt256.h"
#include "wallet/common/Bytes.h"
#include "wallet/common/Result.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plinth {

// First 4 bytes of keccak256 of the canonical signature ("transfer(address to,uint)" works too).
Result<FixedBytes<4>> functionSelector(std::string_view signature);
FixedBytes<4> functionSelector(const AbiSignature& signature);
// keccak256 of the canonical event signature: topic 0 of a non-anonymous event's logs.
Result<Hash32> eventTopic(std::string_view signature);
Hash32 eventTopic(const AbiSignature& signature);

// selector || abiEncode(params, args).
Result<Bytes> encodeFunctionCall(const AbiSignature& function, const std::vector<AbiValue>& args);
// Checks the selector, then decodes the arguments.
Result<std::vector<AbiValue>> decodeFunctionCall(const AbiSignature& function, ByteView calldata);
// Decodes return data (no selector) of the given types.
Result<std::vector<AbiValue>> decodeFunctionResult(const std::vector<AbiType>& outputs, ByteView data);

// Decodes a log of event into one value per parameter, in declaration order. Indexed parameters come
// from topics 1..n (topic 0 must equal eventTopic(event) unless anonymous); an indexed parameter of a
// dynamic type (string, bytes, arrays, tuples) is stored as its keccak256 hash, returned as 32 Bytes.
// Non-indexed parameters are ABI-decoded from data.
Result<std::vector<AbiValue>> decodeEventLog(const AbiSignature& event, const std::vector<Hash32>& topics,
                                             ByteView data, bool anonymous = false);

// What a failed call's revert data says.
struct RevertReason {
    enum class Kind {
        Empty,       // no data: a bare revert(), require without message, or out of gas
        ErrorString, // Error(string): message holds the text
        Panic,       // Panic(uint256): panicCode, and message a description of it
        Custom,      // one of the custom errors given: error is its signature, args its values
        Unknown,     // a selector none of the given errors has; selector is set
    };
    Kind kind = Kind::Empty;
    std::string message;
    UInt256 panicCode = 0;
    std::optional<FixedBytes<4>> selector;
    std::optional<AbiSignature> error;
    std::vector<AbiValue> args;
};

// Decodes revert data. Malformed Error/Panic/custom payloads are errors, not Unknown.
Result<RevertReason> decodeRevertData(ByteView data, const std::vector<AbiSignature>& customErrors = {});

// Solidity's meaning of a panic code ("arithmetic overflow or underflow", "division by zero", ...).
std::string panicDescription(const UInt256& code);

} // namespace plinth
