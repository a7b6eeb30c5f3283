#pragma once
// JSON-RPC 2.0 encoding and decoding, free of any transport, so the rules for matching answers to
// requests can be tested and fuzzed on their own. Answers are untrusted bytes: an answer is matched to
// a request only by an id we assigned; an id answered twice is answered by neither (we cannot tell which
// copy is right), unknown ids are ignored, and anything not answered is reported as missing so that the
// pool retries it. Nothing is ever matched by position.
//
// Threading: pure functions. Errors: decodeJsonRpcResponse returns ErrorCode::Remote-free Errors of code
// ErrorCode::Network with a message saying what is malformed (the pool adds the endpoint's name).

#include "wallet/common/Result.h"
#include "wallet/rpc/RpcTypes.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace plinth {

// A single request is sent as an object, several as an array; ids.size() must equal requests.size().
std::string encodeJsonRpc(std::span<const RpcRequest* const> requests, std::span<const std::uint64_t> ids);

struct JsonRpcAnswer {
    std::optional<boost::json::value> result; // set on success (may hold null)
    std::optional<RemoteError> error;         // set on a JSON-RPC error object
};

struct DecodedResponse {
    std::vector<std::optional<JsonRpcAnswer>> answers; // by position in `ids`; nullopt: not usably answered
    std::size_t missing = 0;    // ids with no answer (including duplicated and malformed ones)
    std::size_t duplicated = 0; // ids answered more than once
    std::size_t unknown = 0;    // answers carrying an id we did not send
    std::size_t malformed = 0;  // answers that are not valid JSON-RPC response objects
    std::optional<RemoteError> topLevelError; // one error object for the whole request (id null or absent)
};

Result<DecodedResponse> decodeJsonRpcResponse(std::string_view body, std::span<const std::uint64_t> ids);

// Sorts an error object into RateLimited, RangeRefused, BatchTooLarge or Remote by its code and by the
// messages common providers and nodes use.
RpcErrorKind classifyRemoteError(const RemoteError& error);

} // namespace plinth
