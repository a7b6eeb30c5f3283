#pragma once
// Internal to wallet/rpc: the state and rules behind EndpointPool. Everything here runs on the network
// thread; EndpointPool posts to it. Jobs (one call or one batch) keep per-request replies, attempts and
// the endpoints that already failed them; the core picks an endpoint, splits by its batch limit, sends,
// matches answers by id (JsonRpcCodec) and retries or delivers.

#include "wallet/rpc/Backoff.h"
#include "wallet/rpc/EndpointHealth.h"
#include "wallet/rpc/EndpointPool.h"
#include "wallet/rpc/HttpTransport.h"
#include "wallet/rpc/JsonRpcCodec.h"
#include "wallet/rpc/TokenBucket.h"

#include <boost/asio/steady_timer.hpp>

#include <optional>
#include <set>

namespace plinth {

struct PoolEndpoint {
    EndpointConfig config;
    std::string name;
    std::shared_ptr<HttpTransport> transport;
    EndpointHealth health;
    TokenBucket bucket;
    std::size_t batchSize = 100;
    std::uint64_t calls = 0;
};

class PoolJob : public Cancellable, public std::enable_shared_from_this<PoolJob> {
public:
    using Clock = std::chrono::steady_clock;

    void cancel() override;

    std::weak_ptr<PoolCore> core;
    std::vector<RpcRequest> requests;
    std::vector<std::optional<RpcReply>> replies;
    std::vector<std::optional<RpcReply>> lastFailure;
    std::vector<unsigned> attempts;
    std::set<std::size_t> hardAvoid; // the caller's CallOptions::avoid
    std::set<std::size_t> softAvoid; // endpoints that failed this job: used only when nothing else is
    Clock::time_point deadline;
    std::size_t remaining = 0;
    bool finished = false;
    BatchCallback done;
    std::vector<std::shared_ptr<boost::asio::steady_timer>> timers;
};

class PoolCore : public std::enable_shared_from_this<PoolCore> {
public:
    using Clock = std::chrono::steady_clock;

    PoolCore(NetworkThread& thread, PoolOptions options);

    Result<void> addEndpoint(const EndpointConfig& config); // before the pool is shared
    std::optional<std::size_t> indexOf(const std::string& name) const;
    const PoolOptions& options() const { return m_options; }

    // Network thread only:
    void submit(const std::shared_ptr<PoolJob>& job);
    void cancelJob(const std::shared_ptr<PoolJob>& job);
    void markBad(const std::string& name, const std::string& reason);
    void shutdown();
    std::vector<EndpointStatus> status() const;

private:
    struct Choice {
        std::size_t endpoint;
        Clock::time_point readyAt;
    };
    std::optional<Choice> choose(const PoolJob& job, Clock::time_point now) const;
    std::string whyNoEndpoint(const PoolJob& job, Clock::time_point now) const;
    void dispatch(const std::shared_ptr<PoolJob>& job, std::vector<std::size_t> indices);
    void sendChunk(const std::shared_ptr<PoolJob>& job, std::size_t endpoint, std::vector<std::size_t> chunk);
    void onAnswer(const std::shared_ptr<PoolJob>& job, std::size_t endpoint, const std::vector<std::size_t>& chunk,
                  const std::vector<std::uint64_t>& ids, Clock::time_point started, HttpOutcome outcome);
    void onDecoded(const std::shared_ptr<PoolJob>& job, std::size_t endpoint, const std::vector<std::size_t>& chunk,
                   Clock::time_point started, DecodedResponse decoded);
    void shrinkBatch(std::size_t endpoint, std::size_t failedSize);
    void coolDown(std::size_t endpoint, std::chrono::milliseconds delay, std::string reason);
    void retry(const std::shared_ptr<PoolJob>& job, const std::vector<std::size_t>& indices, const RpcReply& failure,
               std::size_t endpoint);
    void later(const std::shared_ptr<PoolJob>& job, Clock::duration delay, std::function<void()> fn);
    void setReply(PoolJob& job, std::size_t index, RpcReply reply);
    void maybeFinish(const std::shared_ptr<PoolJob>& job);
    RpcReply failure(std::size_t endpoint, RpcErrorKind kind, const std::string& what) const;

    NetworkThread& m_thread;
    PoolOptions m_options;
    Backoff m_backoff;
    std::vector<PoolEndpoint> m_endpoints;
    std::set<std::shared_ptr<PoolJob>> m_jobs;
    std::uint64_t m_nextId = 1;
    bool m_shutdown = false;
};

} // namespace plinth
