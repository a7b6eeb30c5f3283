#include "wallet/rpc/PoolCore.h"

#include "wallet/rpc/RetryAfter.h"
#include "wallet/rpc/TlsContext.h"

#include <algorithm>

namespace plinth {

void PoolJob::cancel()
{
    if (auto c = core.lock())
        c->cancelJob(shared_from_this());
}

PoolCore::PoolCore(NetworkThread& thread, PoolOptions options)
    : m_thread(thread), m_options(std::move(options)), m_backoff(m_options.backoffBase, m_options.backoffCap, m_options.random)
{
}

Result<void> PoolCore::addEndpoint(const EndpointConfig& config)
{
    auto url = parseEndpointUrl(config.url);
    if (!url)
        return url.error();
    const std::string name = config.name();
    if (url->webSocket())
        return makeError(ErrorCode::InvalidArgument,
                         "RPC endpoint " + name + ": calls need an http(s) URL; ws(s) is for subscriptions");
    if (indexOf(name))
        return makeError(ErrorCode::InvalidArgument, "RPC endpoint " + name + " is listed twice; give each a distinct label");
    auto settings = std::make_shared<HttpSettings>();
    settings->url = *url;
    settings->timeout = config.timeout;
    settings->maxResponseBytes = config.maxResponseBytes;
    if (url->tls()) {
        auto ctx = makeTlsClientContext(config.caFile);
        if (!ctx)
            return makeError(ctx.error().code, "RPC endpoint " + name + ": " + ctx.error().message);
        settings->tls = *ctx;
    }
    PoolEndpoint e;
    e.config = config;
    e.name = name;
    e.transport = std::make_shared<HttpTransport>(m_thread.context(), std::move(settings), config.maxConcurrent);
    EndpointHealth::Policy policy;
    policy.failureThreshold = m_options.failureThreshold;
    e.health = EndpointHealth(policy);
    e.bucket = TokenBucket(config.requestsPerSecond, config.burst);
    e.batchSize = std::max<std::size_t>(1, config.maxBatchSize);
    m_endpoints.push_back(std::move(e));
    return {};
}

std::optional<std::size_t> PoolCore::indexOf(const std::string& name) const
{
    for (std::size_t i = 0; i < m_endpoints.size(); ++i)
        if (m_endpoints[i].name == name)
            return i;
    return std::nullopt;
}

RpcReply PoolCore::failure(std::size_t endpoint, RpcErrorKind kind, const std::string& what) const
{
    RpcReply r;
    r.endpoint = m_endpoints[endpoint].name;
    r.kind = kind;
    const ErrorCode code = kind == RpcErrorKind::Remote || kind == RpcErrorKind::RangeRefused ? ErrorCode::Remote
                           : kind == RpcErrorKind::Cancelled                                  ? ErrorCode::Cancelled
                                                                                              : ErrorCode::Network;
    r.result = makeError(code, "RPC endpoint " + r.endpoint + ": " + what);
    return r;
}

void PoolCore::submit(const std::shared_ptr<PoolJob>& job)
{
    if (m_shutdown)
        return cancelJob(job);
    m_jobs.insert(job);
    std::vector<std::size_t> all(job->requests.size());
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i] = i;
    if (all.empty())
        return maybeFinish(job);
    dispatch(job, std::move(all));
}

std::optional<PoolCore::Choice> PoolCore::choose(const PoolJob& job, Clock::time_point now) const
{
    std::optional<Choice> best;
    double bestCost = 0;
    for (int pass = 0; pass < 2 && !best; ++pass) {
        for (std::size_t i = 0; i < m_endpoints.size(); ++i) {
            const auto& e = m_endpoints[i];
            if (job.hardAvoid.count(i) || e.health.quarantined(now) || (pass == 0 && job.softAvoid.count(i)))
                continue;
            const auto readyAt = std::max(e.health.availableAt(), now + e.bucket.waitFor(now));
            const double load = static_cast<double>(e.transport->queued()) / static_cast<double>(e.transport->maxConnections());
            const double cost = e.health.cost() + std::max(1.0, e.health.latencyMs()) * load;
            const bool better = !best
                                || (readyAt <= now && best->readyAt > now)
                                || (readyAt <= now && best->readyAt <= now && cost < bestCost)
                                || (readyAt > now && best->readyAt > now && readyAt < best->readyAt);
            if (better) {
                best = Choice{i, readyAt};
                bestCost = cost;
            }
        }
    }
    return best;
}

std::string PoolCore::whyNoEndpoint(const PoolJob& job, Clock::time_point now) const
{
    std::string why;
    for (std::size_t i = 0; i < m_endpoints.size(); ++i) {
        const auto& e = m_endpoints[i];
        std::string state = job.hardAvoid.count(i)           ? "avoided by the caller"
                            : e.health.quarantined(now)      ? "quarantined: " + e.health.lastProblem()
                            : e.health.availableAt() > now   ? "cooling down: " + e.health.lastProblem()
                                                             : "usable";
        why += (why.empty() ? "" : "; ") + e.name + " (" + state + ")";
    }
    return why;
}

void PoolCore::dispatch(const std::shared_ptr<PoolJob>& job, std::vector<std::size_t> indices)
{
    if (job->finished || indices.empty())
        return;
    const auto now = Clock::now();
    const auto choice = choose(*job, now);
    if (!choice || choice->readyAt > job->deadline) {
        const std::string why = (choice ? "no RPC endpoint is free before the deadline: " : "no usable RPC endpoint: ")
                                + whyNoEndpoint(*job, now);
        for (auto i : indices) {
            RpcReply r;
            if (job->lastFailure[i])
                r = *job->lastFailure[i];
            else
                r.result = makeError(ErrorCode::Network, why);
            r.kind = job->lastFailure[i] ? r.kind : RpcErrorKind::NoEndpoint;
            setReply(*job, i, std::move(r));
        }
        return maybeFinish(job);
    }
    if (choice->readyAt > now) {
        later(job, choice->readyAt - now, [this, job, indices = std::move(indices)]() mutable { dispatch(job, std::move(indices)); });
        return;
    }
    auto& e = m_endpoints[choice->endpoint];
    for (std::size_t at = 0; at < indices.size(); at += e.batchSize) {
        std::vector<std::size_t> chunk(indices.begin() + static_cast<std::ptrdiff_t>(at),
                                       indices.begin() + static_cast<std::ptrdiff_t>(std::min(indices.size(), at + e.batchSize)));
        const auto sendAt = e.bucket.reserve(now);
        if (sendAt > now)
            later(job, sendAt - now, [this, job, ep = choice->endpoint, chunk = std::move(chunk)]() mutable { sendChunk(job, ep, std::move(chunk)); });
        else
            sendChunk(job, choice->endpoint, std::move(chunk));
    }
}

void PoolCore::sendChunk(const std::shared_ptr<PoolJob>& job, std::size_t endpoint, std::vector<std::size_t> chunk)
{
    if (job->finished)
        return;
    std::vector<std::uint64_t> ids(chunk.size());
    std::vector<const RpcRequest*> requests(chunk.size());
    for (std::size_t k = 0; k < chunk.size(); ++k) {
        ids[k] = m_nextId++;
        requests[k] = &job->requests[chunk[k]];
    }
    auto& e = m_endpoints[endpoint];
    e.calls += chunk.size();
    const auto started = Clock::now();
    e.transport->send(encodeJsonRpc(requests, ids),
                      [self = shared_from_this(), job, endpoint, chunk = std::move(chunk), ids, started](HttpOutcome outcome) {
                          self->onAnswer(job, endpoint, chunk, ids, started, std::move(outcome));
                      });
}

void PoolCore::onAnswer(const std::shared_ptr<PoolJob>& job, std::size_t endpoint, const std::vector<std::size_t>& chunk,
                        const std::vector<std::uint64_t>& ids, Clock::time_point started, HttpOutcome outcome)
{
    if (job->finished || m_shutdown)
        return;
    auto& e = m_endpoints[endpoint];
    const auto now = Clock::now();
    if (!outcome.answer) {
        if (outcome.failure == RpcErrorKind::ResponseTooLarge) {
            // Not the endpoint's fault: ask for less at a time, or tell the caller to (one request).
            if (chunk.size() > 1) {
                shrinkBatch(endpoint, chunk.size());
                return dispatch(job, chunk);
            }
            setReply(*job, chunk[0], failure(endpoint, outcome.failure, outcome.error));
            return maybeFinish(job);
        }
        e.health.recordFailure(now, outcome.error);
        return retry(job, chunk, failure(endpoint, outcome.failure, outcome.error), endpoint);
    }
    const HttpAnswer& answer = *outcome.answer;
    const std::string status = "HTTP " + std::to_string(answer.status) + (answer.reason.empty() ? "" : " " + answer.reason);
    if (answer.status == 429) {
        const auto after = parseRetryAfter(answer.retryAfter, std::chrono::system_clock::now());
        const auto delay = after ? std::min<std::chrono::milliseconds>(*after, m_options.maxRetryAfter) : m_options.rateLimitDefault;
        coolDown(endpoint, delay, "rate limited (" + status + ")");
        return retry(job, chunk,
                     failure(endpoint, RpcErrorKind::RateLimited,
                             "rate limited (" + status + "), asked to wait " + std::to_string(delay.count()) + " ms"),
                     endpoint);
    }
    if (answer.status == 413 && chunk.size() > 1) {
        shrinkBatch(endpoint, chunk.size());
        return dispatch(job, chunk);
    }
    if (answer.status >= 500) {
        e.health.recordFailure(now, status);
        return retry(job, chunk, failure(endpoint, RpcErrorKind::HttpStatus, status), endpoint);
    }
    auto decoded = decodeJsonRpcResponse(answer.body, ids);
    if (!decoded || (answer.status != 200 && decoded->missing == chunk.size() && !decoded->topLevelError)) {
        const std::string what = answer.status != 200 ? status : decoded.error().message;
        e.health.recordFailure(now, what);
        return retry(job, chunk, failure(endpoint, answer.status != 200 ? RpcErrorKind::HttpStatus : RpcErrorKind::Malformed, what),
                     endpoint);
    }
    onDecoded(job, endpoint, chunk, started, std::move(*decoded));
}

void PoolCore::onDecoded(const std::shared_ptr<PoolJob>& job, std::size_t endpoint, const std::vector<std::size_t>& chunk,
                         Clock::time_point started, DecodedResponse d)
{
    auto& e = m_endpoints[endpoint];
    const auto now = Clock::now();
    if (d.topLevelError && d.missing == chunk.size()) {
        const RemoteError& err = *d.topLevelError;
        const RpcErrorKind kind = classifyRemoteError(err);
        const std::string what = "error " + std::to_string(err.code) + ": " + err.message;
        if (kind == RpcErrorKind::BatchTooLarge && chunk.size() > 1) {
            shrinkBatch(endpoint, chunk.size());
            return dispatch(job, chunk);
        }
        if (kind == RpcErrorKind::RateLimited) {
            coolDown(endpoint, m_options.rateLimitDefault, "rate limited (" + what + ")");
            return retry(job, chunk, failure(endpoint, kind, "rate limited (" + what + ")"), endpoint);
        }
        e.health.recordFailure(now, what);
        return retry(job, chunk, failure(endpoint, RpcErrorKind::Malformed, "answered the request as a whole with " + what), endpoint);
    }

    std::vector<std::size_t> missing, limited, tooLarge;
    for (std::size_t k = 0; k < chunk.size(); ++k) {
        auto& a = d.answers[k];
        if (!a) {
            missing.push_back(chunk[k]);
            continue;
        }
        if (a->result) {
            RpcReply r;
            r.endpoint = e.name;
            r.result = std::move(*a->result);
            setReply(*job, chunk[k], std::move(r));
            continue;
        }
        const RpcErrorKind kind = classifyRemoteError(*a->error);
        if (kind == RpcErrorKind::RateLimited) {
            limited.push_back(chunk[k]);
        } else if (kind == RpcErrorKind::BatchTooLarge && chunk.size() > 1) {
            tooLarge.push_back(chunk[k]);
        } else {
            RpcReply r = failure(endpoint, kind == RpcErrorKind::RangeRefused ? kind : RpcErrorKind::Remote,
                                 "error " + std::to_string(a->error->code) + ": " + a->error->message);
            r.remote = std::move(*a->error);
            setReply(*job, chunk[k], std::move(r));
        }
    }
    const bool partial = d.missing > 0 || d.duplicated > 0 || d.unknown > 0;
    if (partial) {
        e.health.recordFailure(now, "answered a batch only in part");
    } else if (limited.empty()) {
        e.health.recordSuccess(now - started);
    }
    if (!tooLarge.empty()) {
        shrinkBatch(endpoint, chunk.size());
        dispatch(job, tooLarge);
    }
    if (!limited.empty()) {
        coolDown(endpoint, m_options.rateLimitDefault, "rate limited (error object)");
        retry(job, limited, failure(endpoint, RpcErrorKind::RateLimited, "rate limited (error object)"), endpoint);
    }
    if (!missing.empty()) {
        const std::string what = std::to_string(d.missing) + " of " + std::to_string(chunk.size())
                                 + " requests missing from the batch answer (" + std::to_string(d.duplicated) + " duplicated, "
                                 + std::to_string(d.unknown) + " unknown ids, " + std::to_string(d.malformed) + " malformed)";
        retry(job, missing, failure(endpoint, RpcErrorKind::Malformed, what), endpoint);
    }
    maybeFinish(job);
}

void PoolCore::shrinkBatch(std::size_t endpoint, std::size_t failedSize)
{
    auto& e = m_endpoints[endpoint];
    e.batchSize = std::max<std::size_t>(1, std::min(e.batchSize, failedSize / 2));
}

void PoolCore::coolDown(std::size_t endpoint, std::chrono::milliseconds delay, std::string reason)
{
    m_endpoints[endpoint].health.coolDownUntil(Clock::now() + delay, std::move(reason));
}

void PoolCore::retry(const std::shared_ptr<PoolJob>& job, const std::vector<std::size_t>& indices, const RpcReply& fail,
                     std::size_t endpoint)
{
    job->softAvoid.insert(endpoint);
    const auto now = Clock::now();
    std::vector<std::size_t> again;
    unsigned round = 0;
    for (auto i : indices) {
        job->lastFailure[i] = fail;
        if (++job->attempts[i] >= m_options.maxAttempts || now >= job->deadline) {
            setReply(*job, i, fail);
        } else {
            again.push_back(i);
            round = std::max(round, job->attempts[i]);
        }
    }
    if (!again.empty()) {
        // Fail over at once when another endpoint is usable; back off before asking the same ones again.
        bool fresh = false;
        for (std::size_t i = 0; i < m_endpoints.size(); ++i)
            fresh = fresh || (!job->softAvoid.count(i) && !job->hardAvoid.count(i) && !m_endpoints[i].health.quarantined(now));
        const auto delay = fresh ? std::chrono::milliseconds(0) : m_backoff.delay(round);
        later(job, delay, [this, job, again = std::move(again)]() mutable { dispatch(job, std::move(again)); });
    }
    maybeFinish(job);
}

void PoolCore::later(const std::shared_ptr<PoolJob>& job, Clock::duration delay, std::function<void()> fn)
{
    auto timer = std::make_shared<boost::asio::steady_timer>(m_thread.context());
    timer->expires_after(delay);
    job->timers.push_back(timer);
    timer->async_wait([self = shared_from_this(), job, timer, fn = std::move(fn)](const boost::system::error_code& ec) {
        std::erase(job->timers, timer);
        if (!ec && !job->finished && !self->m_shutdown)
            fn();
    });
}

void PoolCore::setReply(PoolJob& job, std::size_t index, RpcReply reply)
{
    if (job.replies[index])
        return;
    job.replies[index] = std::move(reply);
    --job.remaining;
}

void PoolCore::maybeFinish(const std::shared_ptr<PoolJob>& job)
{
    if (job->finished || job->remaining > 0)
        return;
    job->finished = true;
    m_jobs.erase(job);
    for (auto& t : job->timers)
        t->cancel();
    std::vector<RpcReply> replies;
    replies.reserve(job->replies.size());
    for (auto& r : job->replies)
        replies.push_back(std::move(*r));
    auto done = std::move(job->done);
    job->done = nullptr;
    if (done)
        done(std::move(replies));
}

void PoolCore::cancelJob(const std::shared_ptr<PoolJob>& job)
{
    if (job->finished)
        return;
    for (std::size_t i = 0; i < job->replies.size(); ++i) {
        RpcReply r;
        r.endpoint = job->lastFailure[i] ? job->lastFailure[i]->endpoint : std::string();
        r.kind = RpcErrorKind::Cancelled;
        r.result = makeError(ErrorCode::Cancelled, "RPC request cancelled");
        setReply(*job, i, std::move(r));
    }
    maybeFinish(job);
}

void PoolCore::markBad(const std::string& name, const std::string& reason)
{
    const auto i = indexOf(name);
    if (!i)
        return;
    auto& h = m_endpoints[*i].health;
    h.quarantineUntil(Clock::now() + m_options.badQuarantine, "marked bad: " + reason);
}

void PoolCore::shutdown()
{
    if (m_shutdown)
        return;
    m_shutdown = true;
    auto jobs = m_jobs;
    for (const auto& job : jobs)
        cancelJob(job);
    for (auto& e : m_endpoints)
        e.transport->shutdown();
}

std::vector<EndpointStatus> PoolCore::status() const
{
    const auto now = Clock::now();
    std::vector<EndpointStatus> out;
    for (const auto& e : m_endpoints) {
        EndpointStatus s;
        s.name = e.name;
        s.latencyMs = e.health.latencyMs();
        s.consecutiveFailures = e.health.consecutiveFailures();
        s.quarantined = e.health.quarantined(now);
        s.coolingDown = e.health.availableAt() > now;
        s.lastProblem = e.health.lastProblem();
        s.batchSize = e.batchSize;
        s.connects = e.transport->connects();
        s.httpRequests = e.transport->requests();
        s.calls = e.calls;
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace plinth
