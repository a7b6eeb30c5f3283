#include "wallet/rpc/EndpointPool.h"

#include "wallet/rpc/PoolCore.h"

#include <future>

namespace plinth {

Result<std::unique_ptr<EndpointPool>> EndpointPool::create(NetworkThread& thread, std::vector<EndpointConfig> endpoints,
                                                           PoolOptions options)
{
    if (endpoints.empty())
        return makeError(ErrorCode::InvalidArgument, "no RPC endpoint configured");
    options.maxAttempts = std::max(1u, options.maxAttempts);
    auto core = std::make_shared<PoolCore>(thread, std::move(options));
    std::vector<std::string> names;
    for (const auto& e : endpoints) {
        if (auto added = core->addEndpoint(e); !added)
            return added.error();
        names.push_back(e.name());
    }
    return std::unique_ptr<EndpointPool>(new EndpointPool(thread, std::move(core), std::move(names)));
}

EndpointPool::EndpointPool(NetworkThread& thread, std::shared_ptr<PoolCore> core, std::vector<std::string> names)
    : m_thread(thread), m_core(std::move(core)), m_names(std::move(names))
{
    m_hook = m_thread.addShutdownHook([weak = std::weak_ptr<PoolCore>(m_core)] {
        if (auto c = weak.lock())
            c->shutdown();
    });
}

EndpointPool::~EndpointPool()
{
    m_thread.removeShutdownHook(m_hook);
    if (m_thread.isCurrent()) {
        m_core->shutdown();
        return;
    }
    std::promise<void> done;
    auto future = done.get_future();
    if (m_thread.post([core = m_core, &done] {
            core->shutdown();
            done.set_value();
        }))
        future.wait();
    // Otherwise the thread is shutting down and its hooks (or ours, already run) cancel everything.
}

RequestHandle EndpointPool::call(std::string method, boost::json::array params, ReplyCallback done, CallOptions options)
{
    std::vector<RpcRequest> one;
    one.push_back(RpcRequest{std::move(method), std::move(params)});
    return batch(
        std::move(one), [done = std::move(done)](std::vector<RpcReply> replies) { done(std::move(replies.front())); },
        std::move(options));
}

RequestHandle EndpointPool::batch(std::vector<RpcRequest> requests, BatchCallback done, CallOptions options)
{
    auto job = std::make_shared<PoolJob>();
    job->core = m_core;
    job->remaining = requests.size();
    job->replies.resize(requests.size());
    job->lastFailure.resize(requests.size());
    job->attempts.assign(requests.size(), 0);
    job->requests = std::move(requests);
    job->done = std::move(done);
    const auto deadline = options.deadline.count() > 0 ? options.deadline : m_core->options().deadline;
    job->deadline = PoolJob::Clock::now() + deadline;
    for (const auto& name : options.avoid)
        if (auto i = m_core->indexOf(name))
            job->hardAvoid.insert(*i);

    if (!m_thread.post([core = m_core, job] { core->submit(job); })) {
        // The network thread is shutting down: answer here, on the caller's thread.
        std::vector<RpcReply> replies(job->requests.size());
        for (auto& r : replies) {
            r.kind = RpcErrorKind::Cancelled;
            r.result = makeError(ErrorCode::Cancelled, "RPC request cancelled: the network thread is shutting down");
        }
        if (job->done)
            job->done(std::move(replies));
        return {};
    }
    return RequestHandle(m_thread.weak(), job);
}

void EndpointPool::markBad(const std::string& endpoint, std::string reason)
{
    m_thread.post([core = m_core, endpoint, reason = std::move(reason)] { core->markBad(endpoint, reason); });
}

std::vector<EndpointStatus> EndpointPool::status() const
{
    if (m_thread.isCurrent())
        return m_core->status();
    std::promise<std::vector<EndpointStatus>> promise;
    auto future = promise.get_future();
    if (!m_thread.post([core = m_core, &promise] { promise.set_value(core->status()); }))
        return {};
    return future.get();
}

} // namespace plinth
