#include "wallet/sync/VerifiedRpc.h"

#include "wallet/rpc/RpcSync.h"

#include <algorithm>
#include <cstdio>

namespace plinth {
namespace {

Error cancelledError() { return makeError(ErrorCode::Cancelled, "sync was cancelled"); }

// The pool's failure as the user should read it (its message already names the endpoint).
Error replyError(const RpcReply& reply)
{
    const Error& e = reply.result.error();
    switch (reply.kind) {
    case RpcErrorKind::Remote:
    case RpcErrorKind::RangeRefused:
        return makeError(ErrorCode::Remote, e.message);
    case RpcErrorKind::Cancelled:
        return makeError(ErrorCode::Cancelled, e.message);
    default:
        return makeError(ErrorCode::Network, e.message);
    }
}

} // namespace

std::string blockQuantity(std::uint64_t number)
{
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "0x%llx", static_cast<unsigned long long>(number));
    return buffer;
}

VerifiedRpc::VerifiedRpc(EndpointPool& pool, unsigned attempts, const std::atomic<bool>& cancelled)
    : m_pool(pool), m_attempts(std::max(1u, attempts)), m_cancelled(cancelled)
{
}

Error VerifiedRpc::blame(const std::string& endpoint, const std::string& problem)
{
    m_faults.push_back(EndpointFault{endpoint, problem});
    if (!endpoint.empty())
        m_pool.markBad(endpoint, problem);
    m_lastLie = makeError(ErrorCode::Unverified, (endpoint.empty() ? std::string("an endpoint") : endpoint) + ": " + problem);
    return *m_lastLie;
}

Result<void> VerifiedRpc::ask(const RpcRequest& request, const Check& check)
{
    return askAvoiding(request, check, {}, std::nullopt);
}

Result<void> VerifiedRpc::askAvoiding(const RpcRequest& request, const Check& check, std::vector<std::string> avoid,
                                      std::optional<Error> lastLie, std::optional<Error> notFound)
{
    for (unsigned attempt = 0; attempt < m_attempts; ++attempt) {
        if (m_cancelled.load())
            return cancelledError();
        CallOptions options;
        options.avoid = avoid;
        RpcReply reply = callBlocking(m_pool, request.method, request.params, options);
        if (!reply.ok()) {
            // Nobody left to ask: what we learnt before says more than "no endpoint".
            if (reply.kind == RpcErrorKind::NoEndpoint) {
                if (lastLie)
                    return *lastLie;
                if (notFound)
                    return *notFound;
                if (m_lastLie) // quarantined by an earlier question of this run
                    return makeError(ErrorCode::Unverified, m_lastLie->message + "; no other endpoint could answer ("
                                                                + reply.result.error().message + ")");
            }
            return replyError(reply);
        }
        auto checked = check(reply.result.value(), reply.endpoint);
        if (checked)
            return {};
        if (checked.error().code == ErrorCode::NotFound) {
            notFound = makeError(ErrorCode::NotFound, reply.endpoint + ": " + checked.error().message);
        } else if (checked.error().code == ErrorCode::Cancelled) {
            return checked.error();
        } else {
            lastLie = blame(reply.endpoint, checked.error().message);
        }
        if (reply.endpoint.empty() || std::find(avoid.begin(), avoid.end(), reply.endpoint) != avoid.end())
            break; // cannot steer away from it: asking again would get the same answer
        avoid.push_back(reply.endpoint);
        if (avoid.size() >= m_pool.endpointNames().size())
            break;
    }
    if (lastLie)
        return *lastLie;
    if (notFound)
        return *notFound;
    return makeError(ErrorCode::Network, request.method + ": no endpoint gave an answer that could be verified");
}

std::future<std::vector<RpcReply>> VerifiedRpc::send(std::vector<RpcRequest> requests)
{
    auto promise = std::make_shared<std::promise<std::vector<RpcReply>>>();
    auto future = promise->get_future();
    // The pool calls back exactly once (Cancelled when it is destroyed first), so the promise is kept.
    m_pool.batch(std::move(requests), [promise](std::vector<RpcReply> replies) { promise->set_value(std::move(replies)); });
    return future;
}

std::vector<Result<void>> VerifiedRpc::askAll(const std::vector<RpcRequest>& requests, const IndexedCheck& check)
{
    if (requests.empty() || m_cancelled.load())
        return askAll(requests, check, {});
    return askAll(requests, check, batchBlocking(m_pool, requests));
}

std::vector<Result<void>> VerifiedRpc::askAll(const std::vector<RpcRequest>& requests, const IndexedCheck& check,
                                              std::vector<RpcReply> replies)
{
    std::vector<Result<void>> out;
    out.reserve(requests.size());
    if (requests.empty())
        return out;
    if (m_cancelled.load()) {
        out.assign(requests.size(), Result<void>(cancelledError()));
        return out;
    }
    for (std::size_t i = 0; i < requests.size(); ++i) {
        const Check one = [&check, i](const boost::json::value& v, const std::string& e) { return check(i, v, e); };
        RpcReply& reply = i < replies.size() ? replies[i] : replies.emplace_back();
        if (reply.ok()) {
            auto checked = one(reply.result.value(), reply.endpoint);
            if (checked) {
                out.emplace_back();
                continue;
            }
            // Asked again elsewhere. With nobody else to ask, the answer stays what this endpoint said: a
            // block it does not know (a reorg under way, which the engine retries) is not a network error.
            std::optional<Error> lie, notFound;
            if (checked.error().code == ErrorCode::NotFound)
                notFound = makeError(ErrorCode::NotFound, reply.endpoint + ": " + checked.error().message);
            else if (checked.error().code != ErrorCode::Cancelled)
                lie = blame(reply.endpoint, checked.error().message);
            out.push_back(askAvoiding(requests[i], one, {reply.endpoint}, lie, notFound));
            continue;
        }
        // The batch round trip failed for this one (the pool already retried): once more alone.
        out.push_back(ask(requests[i], one));
    }
    return out;
}

RpcReply VerifiedRpc::askEndpoint(const std::string& endpoint, const RpcRequest& request)
{
    CallOptions options;
    for (const std::string& name : m_pool.endpointNames())
        if (name != endpoint)
            options.avoid.push_back(name);
    return callBlocking(m_pool, request.method, request.params, options);
}

} // namespace plinth
