#pragma once
// EndpointTester: the Settings page's "Test" button: asks one RPC endpoint for eth_chainId, once, with
// a short timeout and no retries, and says what it answered and how long it took. An endpoint that is
// not in any profile yet can be tested, so it uses its own connection (not the sync service's pool).
//
// Threading: test() may be called from any thread and returns at once; the request runs on the
// tester's worker and the callback runs there (a UI hands it to its own thread). Ownership: the caller
// owns the tester; the destructor calls queued requests' callbacks with Cancelled and joins.
// Errors: InvalidArgument for a URL the RPC client cannot use (ws:// included: only HTTP(S) is tested);
// the transport's or the node's error otherwise, naming the endpoint; Corrupt for an answer that is not
// a chain id.

#include "wallet/common/Result.h"

#include <chrono>
#include <functional>
#include <memory>
#include <string>

namespace plinth {

class NetworkThread;
class ServiceWorker;

struct EndpointTestResult {
    std::string endpoint;
    std::uint64_t chainId = 0;
    std::chrono::milliseconds latency{0}; // request sent to answer parsed
};

class EndpointTester {
public:
    explicit EndpointTester(std::chrono::milliseconds timeout = std::chrono::seconds(5));
    ~EndpointTester();
    EndpointTester(const EndpointTester&) = delete;
    EndpointTester& operator=(const EndpointTester&) = delete;

    void test(std::string url, std::function<void(Result<EndpointTestResult>)> done);

private:
    std::chrono::milliseconds m_timeout;
    std::unique_ptr<NetworkThread> m_thread;
    std::unique_ptr<ServiceWorker> m_worker; // last: destroyed (joined) first
};

} // namespace plinth
