#pragma once
// EndpointPool: the JSON-RPC client. Sends calls and batches to a set of HTTP(S) endpoints, picks the
// healthiest usable one, splits batches to each endpoint's limit, retries failures with exponential
// backoff and full jitter (on another endpoint when there is one), honours HTTP 429 / Retry-After and
// rate-limit errors, and lets callers that caught an endpoint lying quarantine it (markBad) and ask
// again, which then goes elsewhere.
//
// What is retried: transport failures, timeouts, 5xx, malformed answers, requests missing from (or
// duplicated in) a batch answer, rate limits. What is not: JSON-RPC error objects (the node's answer;
// the caller decides), answers over the size limit (the caller must ask for less; see fetchLogs).
//
// Ownership: the caller owns the pool; create it after and destroy it before its NetworkThread. The
// destructor cancels outstanding requests (their callbacks get Cancelled) and waits for the network
// thread to acknowledge, so no callback runs after it returns.
// Threading: every member may be called from any thread except where noted. Callbacks run on the
// network thread and must not block it: a GUI hands them to its own thread (QMetaObject::invokeMethod
// with Qt::QueuedConnection). Each callback runs exactly once, Cancelled included.
// Errors: every RpcReply names its endpoint (RpcTypes.h). create() fails with InvalidArgument for a bad
// configuration (no endpoint, bad URL, a ws(s) URL, a duplicate name, an unreadable CA file).
// Boost.JSON appears in this API (boost::json::value), so plinth_core links Boost::json publicly.

#include "wallet/common/Result.h"
#include "wallet/rpc/Backoff.h"
#include "wallet/rpc/EndpointConfig.h"
#include "wallet/rpc/NetworkThread.h"
#include "wallet/rpc/RequestHandle.h"
#include "wallet/rpc/RpcTypes.h"

#include <chrono>
#include <memory>
#include <string>
#include <vector>

namespace plinth {

class PoolCore;

struct PoolOptions {
    unsigned maxAttempts = 4;                         // per request, across endpoints
    std::chrono::milliseconds backoffBase{200};       // first retry waits up to this (full jitter)
    std::chrono::milliseconds backoffCap{10000};
    std::chrono::milliseconds deadline{120000};       // default bound on one request including retries
    std::chrono::milliseconds rateLimitDefault{1000}; // cool-down after a rate limit without Retry-After
    std::chrono::milliseconds maxRetryAfter{120000};  // longer Retry-After values are cut to this
    std::chrono::milliseconds badQuarantine{600000};  // how long markBad keeps an endpoint out
    unsigned failureThreshold = 3;                    // consecutive failures before a cool-down
    Backoff::Random random;                           // uniform [0,1) for jitter; empty: a seeded PRNG
};

struct CallOptions {
    std::vector<std::string> avoid;                   // endpoint names not to use for this request
    std::chrono::milliseconds deadline{0};            // 0: PoolOptions::deadline
};

struct EndpointStatus {
    std::string name;
    double latencyMs = 0;           // EWMA; 0 before the first success
    unsigned consecutiveFailures = 0;
    bool quarantined = false;       // by markBad
    bool coolingDown = false;       // after failures or a rate limit
    std::string lastProblem;
    std::size_t batchSize = 0;      // current (possibly learned) batch limit
    std::uint64_t connects = 0;     // TCP connections opened so far
    std::uint64_t httpRequests = 0; // HTTP requests sent so far
    std::uint64_t calls = 0;        // JSON-RPC calls sent so far (a batch counts each)
};

class EndpointPool {
public:
    static Result<std::unique_ptr<EndpointPool>> create(NetworkThread& thread, std::vector<EndpointConfig> endpoints,
                                                        PoolOptions options = {});
    ~EndpointPool();
    EndpointPool(const EndpointPool&) = delete;
    EndpointPool& operator=(const EndpointPool&) = delete;

    RequestHandle call(std::string method, boost::json::array params, ReplyCallback done, CallOptions options = {});
    RequestHandle batch(std::vector<RpcRequest> requests, BatchCallback done, CallOptions options = {});

    // Quarantines an endpoint (by name) for PoolOptions::badQuarantine: it gets no traffic until then.
    // Asynchronous: requests submitted after this call returns see it.
    void markBad(const std::string& endpoint, std::string reason);

    // A snapshot. Waits for a round trip to the network thread: for the CLI and tests, not a GUI thread.
    std::vector<EndpointStatus> status() const;
    std::vector<std::string> endpointNames() const { return m_names; }
    NetworkThread& thread() const { return m_thread; }

private:
    EndpointPool(NetworkThread& thread, std::shared_ptr<PoolCore> core, std::vector<std::string> names);

    NetworkThread& m_thread;
    std::shared_ptr<PoolCore> m_core;
    std::vector<std::string> m_names;
    NetworkThread::HookId m_hook = 0;
};

} // namespace plinth
