#pragma once
// EndpointConfig: how to reach one JSON-RPC endpoint and how hard it may be pushed.
//
// name() is what every answer and error carries. Without a label it is scheme://host:port, never the
// path or query, because providers put API keys there and names end up in messages and logs.
//
// Threading: plain values; parseEndpointUrl is a pure function.
// Errors: parseEndpointUrl returns ErrorCode::InvalidArgument with what is wrong with the URL.

#include "wallet/common/Result.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace plinth {

struct EndpointConfig {
    std::string url;   // http://, https://, ws:// or wss://
    std::string label; // shown in messages instead of the URL; optional
    std::size_t maxBatchSize = 100; // lowered automatically when the server says a batch is too large
    std::chrono::milliseconds timeout{30000}; // connect, and then one whole request/response exchange
    std::size_t maxConcurrent = 4;  // HTTP connections (and so requests in flight) to this endpoint
    double requestsPerSecond = 0;   // token bucket per HTTP request; 0 means unlimited
    double burst = 0;               // bucket size; 0 means max(1, requestsPerSecond)
    std::string caFile;             // extra trusted CA certificates (PEM) besides the system store
    std::size_t maxResponseBytes = std::size_t{64} << 20; // larger answers are refused

    std::string name() const;
};

struct ParsedUrl {
    enum class Scheme { Http, Https, Ws, Wss };
    Scheme scheme = Scheme::Http;
    std::string host;   // without brackets for IPv6
    std::uint16_t port = 0;
    std::string target; // path and query, at least "/"

    bool tls() const { return scheme == Scheme::Https || scheme == Scheme::Wss; }
    bool webSocket() const { return scheme == Scheme::Ws || scheme == Scheme::Wss; }
    bool hostIsIpAddress() const;
    std::string hostHeader() const; // host[:port], port omitted when it is the scheme's default
};

Result<ParsedUrl> parseEndpointUrl(std::string_view url);

} // namespace plinth
