#pragma once
// Internal to wallet/rpc: one HTTP/1.1 keep-alive connection (plain or TLS) that carries one request at
// a time. It connects on first use, reconnects transparently once when the server had closed an idle
// keep-alive connection (the failure comes before any byte of the answer), enforces one deadline over
// the whole exchange and refuses bodies larger than the configured maximum.
//
// Threading: network thread only. Ownership: shared (handlers hold it alive while an exchange runs).

#include "wallet/rpc/EndpointConfig.h"
#include "wallet/rpc/RpcTypes.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace plinth {

struct HttpAnswer {
    unsigned status = 0;
    std::string reason;
    std::string body;
    std::string retryAfter; // the Retry-After header, if any
};

struct HttpOutcome {
    std::optional<HttpAnswer> answer;          // set when a complete HTTP response arrived
    RpcErrorKind failure = RpcErrorKind::None; // otherwise why not
    std::string error;                         // one sentence, without the endpoint's name
};

struct HttpSettings {
    ParsedUrl url;
    std::chrono::milliseconds timeout{30000};
    std::size_t maxResponseBytes = 0;
    std::shared_ptr<boost::asio::ssl::context> tls; // set for https
    std::shared_ptr<std::atomic<std::uint64_t>> connects = std::make_shared<std::atomic<std::uint64_t>>(0);
};

class HttpConnection : public std::enable_shared_from_this<HttpConnection> {
public:
    using Done = std::function<void(HttpOutcome)>;

    HttpConnection(boost::asio::io_context& ioc, std::shared_ptr<const HttpSettings> settings);

    void exchange(std::string body, Done done); // one at a time; done runs exactly once
    void close();
    bool reusable() const { return m_connected && !m_closed; }

private:
    enum class Stage { Resolve, Connect, Handshake, Write, Read };

    void connect();
    void send();
    void fail(const boost::system::error_code& ec, Stage stage);
    void finish(HttpOutcome outcome);
    void closeStream();
    boost::beast::tcp_stream& tcp();

    boost::asio::io_context& m_ioc;
    std::shared_ptr<const HttpSettings> m_settings;
    boost::asio::ip::tcp::resolver m_resolver;
    boost::asio::steady_timer m_deadline;
    std::unique_ptr<boost::beast::tcp_stream> m_plain;
    std::unique_ptr<boost::beast::ssl_stream<boost::beast::tcp_stream>> m_tls;
    boost::beast::flat_buffer m_buffer;
    boost::beast::http::request<boost::beast::http::string_body> m_request;
    std::optional<boost::beast::http::response_parser<boost::beast::http::string_body>> m_parser;
    Done m_done;
    std::uint64_t m_generation = 0;
    bool m_connected = false;
    bool m_reused = false;
    bool m_retriedStale = false;
    bool m_timedOut = false;
    bool m_closed = false;
};

} // namespace plinth
