#include "wallet/rpc/LogFetcher.h"

#include <algorithm>
#include <charconv>
#include <deque>
#include <map>
#include <set>

namespace plinth {
namespace {

namespace json = boost::json;

std::string quantity(std::uint64_t n)
{
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, n, 16);
    (void)ec;
    return "0x" + std::string(buf, end);
}

std::optional<std::uint64_t> parseQuantity(const json::value& v)
{
    if (!v.is_string())
        return std::nullopt;
    const auto s = std::string_view(v.as_string());
    if (s.size() < 3 || s.size() > 18 || s[0] != '0' || (s[1] != 'x' && s[1] != 'X'))
        return std::nullopt;
    std::uint64_t n = 0;
    auto [ptr, ec] = std::from_chars(s.data() + 2, s.data() + s.size(), n, 16);
    if (ec != std::errc() || ptr != s.data() + s.size())
        return std::nullopt;
    return n;
}

class LogsJob : public Cancellable, public std::enable_shared_from_this<LogsJob> {
public:
    struct Range {
        std::uint64_t from;
        std::uint64_t to;
    };

    LogsJob(EndpointPool& pool, json::object filter, LogsCallback done, LogsOptions options)
        : m_pool(pool), m_filter(std::move(filter)), m_done(std::move(done)), m_options(std::move(options))
    {
        m_options.parallel = std::max<std::size_t>(1, m_options.parallel);
    }

    void start(std::uint64_t from, std::uint64_t to)
    {
        if (to < from)
            return fail(makeError(ErrorCode::InvalidArgument, "eth_getLogs: fromBlock is after toBlock"), {}, RpcErrorKind::None);
        const std::uint64_t step = m_options.maxBlocksPerQuery;
        for (std::uint64_t at = from;;) {
            const std::uint64_t end = (step == 0 || to - at < step) ? to : at + step - 1;
            m_queue.push_back({at, end});
            if (end == to)
                break;
            at = end + 1;
        }
        pump();
    }

    void cancel() override
    {
        LogsReply r;
        r.kind = RpcErrorKind::Cancelled;
        r.result = makeError(ErrorCode::Cancelled, "eth_getLogs cancelled");
        finish(std::move(r));
    }

private:
    void pump()
    {
        while (!m_finished && m_inFlight < m_options.parallel && !m_queue.empty()) {
            const Range r = m_queue.front();
            m_queue.pop_front();
            if (++m_requests > m_options.maxRequests)
                return fail(makeError(ErrorCode::Network, "eth_getLogs: gave up after " + std::to_string(m_options.maxRequests) + " requests"),
                            {}, RpcErrorKind::RangeRefused);
            json::object params = m_filter;
            params["fromBlock"] = quantity(r.from);
            params["toBlock"] = quantity(r.to);
            const std::uint64_t token = m_nextToken++;
            ++m_inFlight;
            auto handle = m_pool.call("eth_getLogs", json::array{std::move(params)},
                                      [self = shared_from_this(), r, token](RpcReply reply) { self->onReply(r, token, std::move(reply)); },
                                      m_options.call);
            if (!m_finished && m_inFlight > 0)
                m_handles.emplace(token, std::move(handle));
        }
        if (!m_finished && m_inFlight == 0 && m_queue.empty())
            succeed();
    }

    void onReply(Range r, std::uint64_t token, RpcReply reply)
    {
        m_handles.erase(token);
        --m_inFlight;
        if (m_finished)
            return;
        if (!reply.ok()) {
            const bool refused = reply.kind == RpcErrorKind::RangeRefused || reply.kind == RpcErrorKind::ResponseTooLarge;
            if (refused && r.to > r.from) {
                const std::uint64_t mid = r.from + (r.to - r.from) / 2;
                m_queue.push_front({mid + 1, r.to});
                m_queue.push_front({r.from, mid});
                return pump();
            }
            return fail(reply.result.error(), reply.endpoint, reply.kind);
        }
        auto& value = reply.result.value();
        if (!value.is_array())
            return fail(makeError(ErrorCode::Unverified, "RPC endpoint " + reply.endpoint + ": eth_getLogs answer is not an array"),
                        reply.endpoint, RpcErrorKind::Malformed);
        for (const auto& log : value.as_array()) {
            const auto* n = log.is_object() ? log.as_object().if_contains("blockNumber") : nullptr;
            const auto block = n ? parseQuantity(*n) : std::nullopt;
            if (!block || *block < r.from || *block > r.to)
                return fail(makeError(ErrorCode::Unverified, "RPC endpoint " + reply.endpoint + ": eth_getLogs for blocks "
                                                                 + std::to_string(r.from) + "-" + std::to_string(r.to)
                                                                 + " returned a log outside that range"),
                            reply.endpoint, RpcErrorKind::Malformed);
        }
        m_chunks.emplace(r.from, LogChunk{r.from, r.to, reply.endpoint, std::move(value.as_array())});
        pump();
    }

    void succeed()
    {
        LogsResult result;
        for (auto& [from, chunk] : m_chunks)
            result.chunks.push_back(std::move(chunk));
        LogsReply r;
        r.result = std::move(result);
        finish(std::move(r));
    }

    void fail(Error error, std::string endpoint, RpcErrorKind kind)
    {
        LogsReply r;
        r.result = std::move(error);
        r.endpoint = std::move(endpoint);
        r.kind = kind;
        finish(std::move(r));
    }

    void finish(LogsReply reply)
    {
        if (m_finished)
            return;
        m_finished = true;
        auto handles = std::move(m_handles);
        m_handles.clear();
        for (auto& [token, h] : handles)
            h.cancel();
        auto done = std::move(m_done);
        m_done = nullptr;
        if (done)
            done(std::move(reply));
    }

    EndpointPool& m_pool;
    json::object m_filter;
    LogsCallback m_done;
    LogsOptions m_options;
    std::deque<Range> m_queue;
    std::map<std::uint64_t, LogChunk> m_chunks;
    std::map<std::uint64_t, RequestHandle> m_handles;
    std::uint64_t m_nextToken = 1;
    std::size_t m_inFlight = 0;
    std::size_t m_requests = 0;
    bool m_finished = false;
};

} // namespace

std::size_t LogsResult::logCount() const
{
    std::size_t n = 0;
    for (const auto& c : chunks)
        n += c.logs.size();
    return n;
}

json::array LogsResult::allLogs() const
{
    json::array all;
    all.reserve(logCount());
    for (const auto& c : chunks)
        for (const auto& log : c.logs)
            all.push_back(log);
    return all;
}

std::vector<std::string> LogsResult::endpoints() const
{
    std::vector<std::string> out;
    for (const auto& c : chunks)
        if (std::find(out.begin(), out.end(), c.endpoint) == out.end())
            out.push_back(c.endpoint);
    return out;
}

RequestHandle getLogs(EndpointPool& pool, json::object filter, std::uint64_t fromBlock, std::uint64_t toBlock, LogsCallback done,
                      LogsOptions options)
{
    auto job = std::make_shared<LogsJob>(pool, std::move(filter), std::move(done), std::move(options));
    if (!pool.thread().post([job, fromBlock, toBlock] { job->start(fromBlock, toBlock); })) {
        job->cancel();
        return {};
    }
    return RequestHandle(pool.thread().weak(), job);
}

} // namespace plinth
