#pragma once
// Value types shared by the RPC client: a request, the answer to one request, and the callbacks that
// deliver answers. Every answer, success or failure, names the endpoint that produced it so that the
// light client can report a lying node by name and ask the pool for another (EndpointPool::markBad).
//
// Threading: plain values. Callbacks of type ReplyCallback/BatchCallback are invoked on the network
// thread (NetworkThread); a GUI must marshal them to its own thread.

#include "wallet/common/Result.h"

#include <boost/json/array.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace plinth {

struct RpcRequest {
    std::string method;
    boost::json::array params;
};

// What went wrong, for callers that branch (the getLogs splitter, the verifier, retry policy).
enum class RpcErrorKind {
    None,             // success
    Transport,        // connection refused, reset, DNS failure
    Timeout,          // no complete answer within the endpoint's timeout
    Tls,              // TLS handshake or certificate verification failed
    HttpStatus,       // an HTTP status other than 200 (5xx, 4xx) without a usable JSON-RPC answer
    RateLimited,      // HTTP 429 or a rate-limit error object
    Malformed,        // not valid JSON-RPC: bad JSON, missing fields, missing/duplicated ids
    ResponseTooLarge, // the body exceeded EndpointConfig::maxResponseBytes and was refused
    BatchTooLarge,    // the server refused the batch size even at one request
    Remote,           // a JSON-RPC error object (see RpcReply::remote)
    RangeRefused,     // a JSON-RPC error saying the eth_getLogs range or result count is too large
    NoEndpoint,       // every endpoint is quarantined, or the deadline passed before one was free
    Cancelled,        // cancelled by the caller or by NetworkThread shutdown
};

// A JSON-RPC 2.0 error object as the node sent it.
struct RemoteError {
    std::int64_t code = 0;
    std::string message;
    boost::json::value data; // null when absent (eth_call puts revert data here)
};

// The answer to one request. `result` holds the JSON "result" member (which may be null) or an Error
// whose message starts with the endpoint's name. `endpoint` is the name (EndpointConfig::name()) of the
// endpoint that produced the answer, or of the last endpoint tried on failure; empty only when no
// endpoint was ever tried (cancelled early, pool empty).
struct RpcReply {
    Result<boost::json::value> result = Error{ErrorCode::Internal, "no answer"};
    std::string endpoint;
    RpcErrorKind kind = RpcErrorKind::None;
    std::optional<RemoteError> remote; // set when kind is Remote or RangeRefused

    bool ok() const { return result.has_value(); }
};

using ReplyCallback = std::function<void(RpcReply)>;
// One reply per request, in the order of the requests. Different replies may name different endpoints.
using BatchCallback = std::function<void(std::vector<RpcReply>)>;

} // namespace plinth
