#pragma once
// Internal to wallet/rpc: the connection behind a WsSubscription. Connects (TCP, TLS, WebSocket
// handshake), sends eth_subscribe, reads notifications, and on any failure reconnects after a backoff.
// Threading: network thread only, except connects(). Ownership: shared with its own handlers.

#include "wallet/rpc/WsSubscription.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>
#include <boost/beast/websocket/stream.hpp>

namespace plinth {

class WsSession : public std::enable_shared_from_this<WsSession> {
public:
    using PlainWs = boost::beast::websocket::stream<boost::beast::tcp_stream>;
    using TlsWs = boost::beast::websocket::stream<boost::beast::ssl_stream<boost::beast::tcp_stream>>;

    WsSession(boost::asio::io_context& ioc, EndpointConfig config, ParsedUrl url, std::shared_ptr<boost::asio::ssl::context> tls,
              boost::json::array params, WsSubscription::Notification onNotification, WsSubscription::StatusCallback onStatus,
              WsSubscription::Options options);

    void start();
    void stop();
    std::uint64_t connects() const { return m_connects.load(); }

private:
    void connect();
    void onOpen();
    void readNext();
    void onMessage();
    void lost(const std::string& why);
    void report(const Result<void>& status);
    boost::beast::tcp_stream& tcp();

    boost::asio::io_context& m_ioc;
    EndpointConfig m_config;
    ParsedUrl m_url;
    std::string m_name;
    std::shared_ptr<boost::asio::ssl::context> m_tlsContext;
    boost::json::array m_params;
    WsSubscription::Notification m_onNotification;
    WsSubscription::StatusCallback m_onStatus;
    Backoff m_backoff;
    boost::asio::ip::tcp::resolver m_resolver;
    boost::asio::steady_timer m_retryTimer;
    std::unique_ptr<PlainWs> m_plain;
    std::unique_ptr<TlsWs> m_tls;
    boost::beast::flat_buffer m_buffer;
    std::string m_outgoing;
    std::string m_subscriptionId;
    std::uint64_t m_requestId = 0;
    std::uint64_t m_generation = 0; // bumped per connection so stale handlers do nothing
    unsigned m_failures = 0;
    bool m_stopped = false;
    std::atomic<std::uint64_t> m_connects{0};
};

} // namespace plinth
