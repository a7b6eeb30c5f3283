#include "wallet/api/EndpointTester.h"

#include "wallet/api/ServiceWorker.h"
#include "wallet/codec/UInt256.h"
#include "wallet/rpc/EndpointPool.h"

#include <future>

namespace plinth {

EndpointTester::EndpointTester(std::chrono::milliseconds timeout)
    : m_timeout(timeout)
    , m_thread(std::make_unique<NetworkThread>())
    , m_worker(std::make_unique<ServiceWorker>("endpoint tester"))
{
}

EndpointTester::~EndpointTester()
{
    m_worker.reset(); // joins: no request uses the network thread after this
    m_thread.reset();
}

void EndpointTester::test(std::string url, std::function<void(Result<EndpointTestResult>)> done)
{
    m_worker->post([this, url = std::move(url), done = std::move(done)](bool cancelled) {
        if (cancelled) {
            done(m_worker->cancelledError());
            return;
        }
        EndpointConfig config;
        config.url = url;
        config.timeout = m_timeout;
        PoolOptions options;
        options.maxAttempts = 1;
        options.deadline = m_timeout;
        auto pool = EndpointPool::create(*m_thread, {config}, options);
        if (!pool) {
            done(pool.error());
            return;
        }
        std::promise<RpcReply> answered;
        const auto sent = std::chrono::steady_clock::now();
        (*pool)->call("eth_chainId", boost::json::array{}, [&answered](RpcReply reply) { answered.set_value(std::move(reply)); });
        // This worker exists to wait here; the pool's own deadline bounds the wait.
        RpcReply reply = answered.get_future().get();
        const auto latency = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - sent);
        pool->reset();
        if (!reply.result) {
            done(reply.result.error());
            return;
        }
        const boost::json::value& v = *reply.result;
        auto id = v.is_string() ? parseHexQuantity(std::string_view(v.as_string())) : Result<UInt256>(Error{ErrorCode::Corrupt, ""});
        if (!id || *id > UInt256(std::numeric_limits<std::uint64_t>::max())) {
            done(makeError(ErrorCode::Corrupt, url + " answered eth_chainId with something that is not a chain id"));
            return;
        }
        done(EndpointTestResult{reply.endpoint.empty() ? url : reply.endpoint, static_cast<std::uint64_t>(*id), latency});
    });
}

} // namespace plinth
