#pragma once
// FaultyRpcServer: a small JSON-RPC server on 127.0.0.1 for tests. It forwards calls to an upstream
// node (anvil) or answers them from a hook, and misbehaves on request: delays, HTTP 429 with
// Retry-After, 5xx, malformed JSON, batches answered in part / with duplicated or wrong ids, closed
// connections, oversize bodies, refused eth_getLogs ranges, refused batch sizes. With a certificate it
// serves HTTPS. A response hook may rewrite any answer: the base of the light-client tampering proxy.
//
// Design: blocking I/O, one thread per connection (simple to reason about in tests; the client under
// test is the asynchronous side). Every setter may be called from any thread at any time.
// Ownership: RAII; the destructor closes the listener and every connection and joins all threads.

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace plinth::test {

class FaultyRpcServer {
public:
    struct Options {
        std::string upstream;       // e.g. "http://127.0.0.1:8545"; empty: only hooks answer
        std::string certificatePem; // with privateKeyPem: serve HTTPS
        std::string privateKeyPem;

        static Options forwardingTo(std::string upstreamUrl)
        {
            Options o;
            o.upstream = std::move(upstreamUrl);
            return o;
        }
        static Options https(std::string certificate, std::string key, std::string upstreamUrl = {})
        {
            Options o;
            o.upstream = std::move(upstreamUrl);
            o.certificatePem = std::move(certificate);
            o.privateKeyPem = std::move(key);
            return o;
        }
    };

    enum class Fault {
        None,
        Delay,              // wait `delay`, then answer normally
        TooManyRequests,    // HTTP 429 with `retryAfter` as Retry-After (omitted when empty)
        ServerError,        // HTTP `status` (default 503) with a text body
        MalformedJson,      // a truncated JSON body
        DropFromBatch,      // leave the first answer out of a batch answer
        DuplicateInBatch,   // add a second, different answer for the first id
        WrongIdsInBatch,    // change the first answer's id to one that was never sent
        CloseWithoutAnswer, // close the connection instead of answering
        CloseAfterAnswer,   // answer (advertising keep-alive) and then close the connection
        Oversize,           // pad the answer with whitespace to `oversizeBytes`
    };

    struct FaultSpec {
        Fault fault = Fault::None;
        int times = -1; // HTTP requests it applies to; -1: until changed
        std::chrono::milliseconds delay{0};
        std::string retryAfter;
        unsigned status = 503;
        std::size_t oversizeBytes = 0;

        static FaultSpec make(Fault f, int times = -1)
        {
            FaultSpec s;
            s.fault = f;
            s.times = times;
            return s;
        }
        static FaultSpec delayed(std::chrono::milliseconds d, int times = -1)
        {
            FaultSpec s = make(Fault::Delay, times);
            s.delay = d;
            return s;
        }
        static FaultSpec tooManyRequests(std::string retryAfterValue, int times = -1)
        {
            FaultSpec s = make(Fault::TooManyRequests, times);
            s.retryAfter = std::move(retryAfterValue);
            return s;
        }
        static FaultSpec serverError(unsigned httpStatus, int times = -1)
        {
            FaultSpec s = make(Fault::ServerError, times);
            s.status = httpStatus;
            return s;
        }
        static FaultSpec oversize(std::size_t bytes, int times = -1)
        {
            FaultSpec s = make(Fault::Oversize, times);
            s.oversizeBytes = bytes;
            return s;
        }
    };

    // Answers one call (a JSON-RPC request object) without the upstream: return a full response
    // object, or nullopt to let the call go on (to the upstream).
    using CallHook = std::function<std::optional<boost::json::object>(const boost::json::object& call)>;
    // Sees and may alter every answer before it is sent (the tampering proxy's hook).
    using ResponseHook = std::function<void(const boost::json::object& call, boost::json::object& response)>;

    explicit FaultyRpcServer(Options options);
    ~FaultyRpcServer();
    FaultyRpcServer(const FaultyRpcServer&) = delete;
    FaultyRpcServer& operator=(const FaultyRpcServer&) = delete;

    std::uint16_t port() const { return m_port; }
    std::string url(const std::string& host = "127.0.0.1") const;

    void setFault(FaultSpec spec);
    void clearFault() { setFault({}); }
    // eth_getLogs calls spanning more than `blocks` blocks get error -32005 with `message`; 0: off.
    void setMaxLogsRange(std::uint64_t blocks, std::string message = "query returned more than 10000 results");
    // Batches larger than this get one error object "batch too large"; 0: off.
    void setMaxBatchSize(std::size_t requests);
    void setCallHook(CallHook hook);
    void setResponseHook(ResponseHook hook);
    void dropConnections(); // the server closes every open connection (as an idle keep-alive timeout would)

    std::uint64_t connectionsAccepted() const { return m_connections.load(); }
    std::uint64_t httpRequests() const { return m_httpRequests.load(); }
    std::uint64_t rpcCalls() const { return m_rpcCalls.load(); }
    std::uint64_t callsOf(const std::string& method) const;
    std::size_t largestBatch() const { return m_largestBatch.load(); }

private:
    struct Impl;
    friend struct Impl;
    std::unique_ptr<Impl> m_impl;
    std::uint16_t m_port = 0;
    std::atomic<std::uint64_t> m_connections{0};
    std::atomic<std::uint64_t> m_httpRequests{0};
    std::atomic<std::uint64_t> m_rpcCalls{0};
    std::atomic<std::size_t> m_largestBatch{0};
};

} // namespace plinth::test
