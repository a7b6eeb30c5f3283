#include "tests/support/FaultyRpcServer.h"

#include "wallet/rpc/EndpointConfig.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/json.hpp>

#include <sys/socket.h>

#include <condition_variable>
#include <list>
#include <stdexcept>
#include <thread>
#include <vector>

namespace plinth::test {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace json = boost::json;
using tcp = asio::ip::tcp;

namespace {

json::object errorObject(const json::value& id, std::int64_t code, const std::string& message)
{
    return json::object{{"jsonrpc", "2.0"}, {"id", id}, {"error", json::object{{"code", code}, {"message", message}}}};
}

std::optional<std::uint64_t> blockParam(const json::object& filter, const char* key)
{
    const auto* v = filter.if_contains(key);
    if (!v || !v->is_string())
        return std::nullopt;
    const std::string s(v->as_string());
    if (s.size() < 3 || s[0] != '0' || s[1] != 'x')
        return std::nullopt;
    return std::stoull(s.substr(2), nullptr, 16);
}

// A blocking keep-alive HTTP client to the upstream node, one per server connection.
class Upstream {
public:
    Upstream(asio::io_context& ioc, std::string host, std::uint16_t port) : m_ioc(ioc), m_host(std::move(host)), m_port(port) {}

    std::optional<std::string> post(const std::string& body)
    {
        for (int attempt = 0; attempt < 2; ++attempt) {
            try {
                if (!m_socket) {
                    m_socket.emplace(m_ioc);
                    m_socket->connect({asio::ip::make_address(m_host), m_port});
                    m_buffer.clear();
                }
                http::request<http::string_body> req{http::verb::post, "/", 11};
                req.set(http::field::host, m_host);
                req.set(http::field::content_type, "application/json");
                req.keep_alive(true);
                req.body() = body;
                req.prepare_payload();
                http::write(*m_socket, req);
                http::response_parser<http::string_body> parser;
                parser.body_limit(std::uint64_t{1} << 30);
                http::read(*m_socket, m_buffer, parser);
                return std::move(parser.get().body());
            } catch (const std::exception&) {
                m_socket.reset();
            }
        }
        return std::nullopt;
    }

private:
    asio::io_context& m_ioc;
    std::string m_host;
    std::uint16_t m_port;
    std::optional<tcp::socket> m_socket;
    beast::flat_buffer m_buffer;
};

} // namespace

struct FaultyRpcServer::Impl {
    struct Connection {
        int fd = -1;
        bool open = true;
    };

    FaultyRpcServer& owner;
    Options options;
    asio::io_context ioc;
    std::optional<asio::ssl::context> tls;
    tcp::acceptor acceptor{ioc};
    std::string upstreamHost;
    std::uint16_t upstreamPort = 0;
    std::thread acceptThread;
    std::vector<std::thread> threads;
    std::list<std::shared_ptr<Connection>> connections;
    mutable std::mutex mutex;
    std::condition_variable wake;
    bool stopping = false;
    FaultSpec fault;
    std::uint64_t maxLogsRange = 0;
    std::string logsMessage;
    std::size_t maxBatch = 0;
    CallHook callHook;
    ResponseHook responseHook;
    std::map<std::string, std::uint64_t> methodCounts;

    Impl(FaultyRpcServer& o, Options opts) : owner(o), options(std::move(opts)) {}

    FaultSpec takeFault()
    {
        std::lock_guard lock(mutex);
        FaultSpec f = fault;
        if (fault.times > 0 && --fault.times == 0)
            fault = {};
        return f;
    }

    void acceptLoop()
    {
        for (;;) {
            tcp::socket socket(ioc);
            boost::system::error_code ec;
            acceptor.accept(socket, ec);
            std::lock_guard lock(mutex);
            if (ec || stopping)
                return;
            owner.m_connections.fetch_add(1);
            auto c = std::make_shared<Connection>();
            c->fd = socket.native_handle();
            connections.push_back(c);
            threads.emplace_back([this, c, s = std::move(socket)]() mutable { serve(std::move(s), c); });
        }
    }

    void serve(tcp::socket socket, const std::shared_ptr<Connection>& c)
    {
        try {
            if (tls) {
                asio::ssl::stream<tcp::socket&> stream(socket, *tls);
                boost::system::error_code ec;
                stream.handshake(asio::ssl::stream_base::server, ec);
                if (!ec)
                    loop(stream);
            } else {
                loop(socket);
            }
        } catch (const std::exception&) {
        }
        std::lock_guard lock(mutex);
        c->open = false; // before the descriptor closes, so dropConnections never touches a reused one
        boost::system::error_code ignored;
        socket.close(ignored);
    }

    template <class Stream>
    void loop(Stream& stream)
    {
        beast::flat_buffer buffer;
        Upstream upstream(ioc, upstreamHost, upstreamPort);
        for (;;) {
            http::request<http::string_body> req;
            boost::system::error_code ec;
            http::read(stream, buffer, req, ec);
            if (ec)
                return;
            owner.m_httpRequests.fetch_add(1);
            const FaultSpec f = takeFault();
            if (f.fault == Fault::Delay) {
                std::unique_lock lock(mutex);
                wake.wait_for(lock, f.delay, [this] { return stopping; });
                if (stopping)
                    return;
            }
            if (f.fault == Fault::CloseWithoutAnswer)
                return;
            http::response<http::string_body> res{http::status::ok, req.version()};
            res.set(http::field::content_type, "application/json");
            if (f.fault == Fault::TooManyRequests) {
                res.result(http::status::too_many_requests);
                if (!f.retryAfter.empty())
                    res.set(http::field::retry_after, f.retryAfter);
                res.body() = "Too Many Requests";
            } else if (f.fault == Fault::ServerError) {
                res.result(f.status);
                res.set(http::field::content_type, "text/plain");
                res.body() = "upstream unavailable";
            } else {
                res.body() = answer(req.body(), f, upstream, res);
            }
            res.keep_alive(req.keep_alive());
            res.prepare_payload();
            http::write(stream, res, ec);
            if (ec || f.fault == Fault::CloseAfterAnswer || !req.keep_alive())
                return;
        }
    }

    std::string answer(const std::string& body, const FaultSpec& f, Upstream& upstream, http::response<http::string_body>& res)
    {
        boost::system::error_code ec;
        json::value root = json::parse(body, ec);
        if (ec || !(root.is_object() || root.is_array())) {
            res.result(http::status::bad_request);
            return json::serialize(errorObject(nullptr, -32700, "Parse error"));
        }
        const bool batch = root.is_array();
        std::vector<json::object> calls;
        if (batch) {
            for (auto& v : root.as_array())
                calls.push_back(v.is_object() ? v.as_object() : json::object{});
        } else {
            calls.push_back(root.as_object());
        }
        std::size_t largest = owner.m_largestBatch.load();
        while (calls.size() > largest && !owner.m_largestBatch.compare_exchange_weak(largest, calls.size())) {
        }
        std::uint64_t logsLimit;
        std::string logsText;
        std::size_t batchLimit;
        CallHook hook;
        ResponseHook rewrite;
        {
            std::lock_guard lock(mutex);
            logsLimit = maxLogsRange;
            logsText = logsMessage;
            batchLimit = maxBatch;
            hook = callHook;
            rewrite = responseHook;
            for (const auto& c : calls)
                if (const auto* m = c.if_contains("method"); m && m->is_string())
                    ++methodCounts[std::string(m->as_string())];
        }
        owner.m_rpcCalls.fetch_add(calls.size());
        if (batch && batchLimit > 0 && calls.size() > batchLimit)
            return json::serialize(errorObject(nullptr, -32600, "batch too large: at most " + std::to_string(batchLimit) + " requests"));

        std::vector<std::optional<json::object>> answers(calls.size());
        json::array forward;
        std::vector<std::size_t> forwarded;
        for (std::size_t i = 0; i < calls.size(); ++i) {
            const auto& call = calls[i];
            const json::value id = call.contains("id") ? call.at("id") : json::value(nullptr);
            const auto* method = call.if_contains("method");
            const auto* params = call.if_contains("params");
            if (logsLimit > 0 && method && method->is_string() && method->as_string() == "eth_getLogs" && params && params->is_array()
                && !params->as_array().empty() && params->as_array()[0].is_object()) {
                const auto from = blockParam(params->as_array()[0].as_object(), "fromBlock");
                const auto to = blockParam(params->as_array()[0].as_object(), "toBlock");
                if (from && to && *to >= *from && *to - *from + 1 > logsLimit) {
                    answers[i] = errorObject(id, -32005, logsText);
                    continue;
                }
            }
            if (hook)
                answers[i] = hook(call);
            if (!answers[i]) {
                forward.push_back(call);
                forwarded.push_back(i);
            }
        }
        if (!forward.empty()) {
            auto reply = upstreamHost.empty() ? std::nullopt : upstream.post(json::serialize(forward));
            json::value parsed = reply ? json::parse(*reply, ec) : json::value();
            if (!reply || ec || !parsed.is_array()) {
                res.result(http::status::bad_gateway);
                return "upstream failed";
            }
            for (auto& item : parsed.as_array()) {
                if (!item.is_object())
                    continue;
                for (auto i : forwarded)
                    if (!answers[i] && calls[i].contains("id") && item.as_object().contains("id")
                        && calls[i].at("id") == item.as_object().at("id"))
                        answers[i] = item.as_object();
            }
        }
        json::array out;
        for (std::size_t i = 0; i < calls.size(); ++i) {
            if (!answers[i])
                continue;
            if (rewrite)
                rewrite(calls[i], *answers[i]);
            out.push_back(std::move(*answers[i]));
        }
        if (batch && !out.empty()) {
            if (f.fault == Fault::DropFromBatch) {
                out.erase(out.begin());
            } else if (f.fault == Fault::DuplicateInBatch) {
                json::object twin = out[0].as_object();
                twin["result"] = "0xbad";
                twin.erase("error");
                out.push_back(std::move(twin));
            } else if (f.fault == Fault::WrongIdsInBatch) {
                out[0].as_object()["id"] = 987654321987ull;
            }
        }
        std::string text = batch ? json::serialize(out) : (out.empty() ? std::string("{}") : json::serialize(out[0]));
        if (f.fault == Fault::MalformedJson)
            text = text.substr(0, text.size() / 2);
        if (f.fault == Fault::Oversize && text.size() < f.oversizeBytes)
            text.append(f.oversizeBytes - text.size(), ' ');
        return text;
    }
};

FaultyRpcServer::FaultyRpcServer(Options options) : m_impl(std::make_unique<Impl>(*this, std::move(options)))
{
    auto& impl = *m_impl;
    if (!impl.options.upstream.empty()) {
        auto url = parseEndpointUrl(impl.options.upstream);
        if (!url || url->tls() || url->webSocket())
            throw std::runtime_error("FaultyRpcServer: the upstream must be an http:// URL with an IP address");
        impl.upstreamHost = url->host;
        impl.upstreamPort = url->port;
    }
    if (!impl.options.certificatePem.empty()) {
        impl.tls.emplace(asio::ssl::context::tls_server);
        impl.tls->use_certificate_chain(asio::buffer(impl.options.certificatePem));
        impl.tls->use_private_key(asio::buffer(impl.options.privateKeyPem), asio::ssl::context::pem);
    }
    const tcp::endpoint local(asio::ip::make_address("127.0.0.1"), 0);
    impl.acceptor.open(local.protocol());
    impl.acceptor.set_option(tcp::acceptor::reuse_address(true));
    impl.acceptor.bind(local);
    impl.acceptor.listen();
    m_port = impl.acceptor.local_endpoint().port();
    impl.acceptThread = std::thread([&impl] { impl.acceptLoop(); });
}

FaultyRpcServer::~FaultyRpcServer()
{
    auto& impl = *m_impl;
    {
        std::lock_guard lock(impl.mutex);
        impl.stopping = true;
        ::shutdown(impl.acceptor.native_handle(), SHUT_RDWR); // wakes the blocking accept()
        for (auto& c : impl.connections)
            if (c->open)
                ::shutdown(c->fd, SHUT_RDWR);
    }
    impl.wake.notify_all();
    impl.acceptThread.join();
    std::vector<std::thread> threads;
    {
        std::lock_guard lock(impl.mutex);
        threads.swap(impl.threads);
    }
    for (auto& t : threads)
        t.join();
}

std::string FaultyRpcServer::url(const std::string& host) const
{
    return std::string(m_impl->tls ? "https://" : "http://") + host + ":" + std::to_string(m_port);
}

void FaultyRpcServer::setFault(FaultSpec spec)
{
    std::lock_guard lock(m_impl->mutex);
    m_impl->fault = std::move(spec);
}

void FaultyRpcServer::setMaxLogsRange(std::uint64_t blocks, std::string message)
{
    std::lock_guard lock(m_impl->mutex);
    m_impl->maxLogsRange = blocks;
    m_impl->logsMessage = std::move(message);
}

void FaultyRpcServer::setMaxBatchSize(std::size_t requests)
{
    std::lock_guard lock(m_impl->mutex);
    m_impl->maxBatch = requests;
}

void FaultyRpcServer::setCallHook(CallHook hook)
{
    std::lock_guard lock(m_impl->mutex);
    m_impl->callHook = std::move(hook);
}

void FaultyRpcServer::setResponseHook(ResponseHook hook)
{
    std::lock_guard lock(m_impl->mutex);
    m_impl->responseHook = std::move(hook);
}

void FaultyRpcServer::dropConnections()
{
    std::lock_guard lock(m_impl->mutex);
    for (auto& c : m_impl->connections)
        if (c->open)
            ::shutdown(c->fd, SHUT_RDWR);
}

std::uint64_t FaultyRpcServer::callsOf(const std::string& method) const
{
    std::lock_guard lock(m_impl->mutex);
    const auto it = m_impl->methodCounts.find(method);
    return it == m_impl->methodCounts.end() ? 0 : it->second;
}

} // namespace plinth::test
