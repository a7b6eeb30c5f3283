#include "wallet/rpc/WsSession.h"

#include "wallet/rpc/TlsContext.h"

#include <boost/beast/websocket/ssl.hpp>
#include <boost/json.hpp>

namespace plinth {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;
namespace json = boost::json;
using tcp = asio::ip::tcp;

WsSession::WsSession(asio::io_context& ioc, EndpointConfig config, ParsedUrl url, std::shared_ptr<asio::ssl::context> tls,
                     json::array params, WsSubscription::Notification onNotification, WsSubscription::StatusCallback onStatus,
                     WsSubscription::Options options)
    : m_ioc(ioc), m_config(std::move(config)), m_url(std::move(url)), m_name(m_config.name()), m_tlsContext(std::move(tls)),
      m_params(std::move(params)), m_onNotification(std::move(onNotification)), m_onStatus(std::move(onStatus)),
      m_backoff(options.reconnectBase, options.reconnectCap, options.random), m_resolver(ioc), m_retryTimer(ioc)
{
}

beast::tcp_stream& WsSession::tcp() { return m_tls ? beast::get_lowest_layer(*m_tls) : beast::get_lowest_layer(*m_plain); }

void WsSession::start() { connect(); }

void WsSession::report(const Result<void>& status)
{
    if (m_onStatus && !m_stopped)
        m_onStatus(status, m_name);
}

void WsSession::connect()
{
    if (m_stopped)
        return;
    const auto gen = ++m_generation;
    m_buffer.clear();
    m_subscriptionId.clear();
    if (m_tlsContext)
        m_tls = std::make_unique<TlsWs>(m_ioc, *m_tlsContext), m_plain.reset();
    else
        m_plain = std::make_unique<PlainWs>(m_ioc), m_tls.reset();

    m_resolver.async_resolve(m_url.host, std::to_string(m_url.port), tcp::resolver::numeric_service,
        [self = shared_from_this(), gen](const boost::system::error_code& ec, const tcp::resolver::results_type& results) {
            if (gen != self->m_generation || self->m_stopped)
                return;
            if (ec)
                return self->lost("cannot resolve host: " + ec.message());
            self->tcp().expires_after(self->m_config.timeout);
            self->tcp().async_connect(results, [self, gen](const boost::system::error_code& cec, const tcp::endpoint&) {
                if (gen != self->m_generation || self->m_stopped)
                    return;
                if (cec)
                    return self->lost(cec == asio::error::connection_refused ? std::string("connection refused")
                                                                              : "cannot connect: " + cec.message());
                self->m_connects.fetch_add(1);
                if (!self->m_tls)
                    return self->onOpen();
                auto* ssl = self->m_tls->next_layer().native_handle();
                if (auto prepared = prepareTlsConnection(ssl, self->m_url); !prepared)
                    return self->lost(prepared.error().message);
                self->m_tls->next_layer().async_handshake(asio::ssl::stream_base::client, [self, gen](const boost::system::error_code& hec) {
                    if (gen != self->m_generation || self->m_stopped)
                        return;
                    if (hec)
                        return self->lost(describeTlsFailure(hec, self->m_tls->next_layer().native_handle()));
                    self->onOpen();
                });
            });
        });
}

void WsSession::onOpen()
{
    const auto gen = m_generation;
    tcp().expires_never(); // the WebSocket stream keeps its own timeouts from here on
    websocket::stream_base::timeout t = websocket::stream_base::timeout::suggested(beast::role_type::client);
    t.handshake_timeout = m_config.timeout;
    t.idle_timeout = std::chrono::seconds(30); // ping when idle; a silent peer is dropped and we reconnect
    t.keep_alive_pings = true;
    auto handshake = [&](auto& ws) {
        ws.set_option(t);
        ws.read_message_max(m_config.maxResponseBytes);
        ws.async_handshake(m_url.hostHeader(), m_url.target, [self = shared_from_this(), gen](const boost::system::error_code& ec) {
            if (gen != self->m_generation || self->m_stopped)
                return;
            if (ec)
                return self->lost("WebSocket handshake failed: " + ec.message());
            json::object req{{"jsonrpc", "2.0"}, {"id", ++self->m_requestId}, {"method", "eth_subscribe"}, {"params", self->m_params}};
            self->m_outgoing = json::serialize(req);
            auto onWritten = [self, gen](const boost::system::error_code& wec, std::size_t) {
                if (gen != self->m_generation || self->m_stopped)
                    return;
                if (wec)
                    return self->lost("sending eth_subscribe failed: " + wec.message());
                self->readNext();
            };
            if (self->m_tls)
                self->m_tls->async_write(asio::buffer(self->m_outgoing), onWritten);
            else
                self->m_plain->async_write(asio::buffer(self->m_outgoing), onWritten);
        });
    };
    if (m_tls)
        handshake(*m_tls);
    else
        handshake(*m_plain);
}

void WsSession::readNext()
{
    const auto gen = m_generation;
    auto onRead = [self = shared_from_this(), gen](const boost::system::error_code& ec, std::size_t) {
        if (gen != self->m_generation || self->m_stopped)
            return;
        if (ec) {
            if (ec == websocket::error::closed)
                return self->lost("the server closed the WebSocket");
            if (ec == websocket::error::message_too_big)
                return self->lost("message larger than " + std::to_string(self->m_config.maxResponseBytes) + " bytes; refused");
            return self->lost("connection lost: " + ec.message());
        }
        self->onMessage();
        if (gen == self->m_generation && !self->m_stopped)
            self->readNext();
    };
    if (m_tls)
        m_tls->async_read(m_buffer, onRead);
    else
        m_plain->async_read(m_buffer, onRead);
}

void WsSession::onMessage()
{
    const auto data = m_buffer.cdata();
    const std::string_view text(static_cast<const char*>(data.data()), data.size());
    boost::system::error_code ec;
    json::value msg = json::parse(text, ec);
    m_buffer.consume(m_buffer.size());
    if (ec || !msg.is_object())
        return lost("malformed message: not a JSON object");
    auto& o = msg.as_object();
    if (const auto* id = o.if_contains("id"); id && !id->is_null()) {
        // The answer to eth_subscribe: a subscription id, or an error that retrying may not fix.
        const auto* result = o.if_contains("result");
        if (result && result->is_string()) {
            m_subscriptionId = std::string(result->as_string());
            m_failures = 0;
            report({});
            return;
        }
        std::string why = "eth_subscribe refused";
        if (const auto* e = o.if_contains("error"); e && e->is_object())
            if (const auto* m = e->as_object().if_contains("message"); m && m->is_string())
                why += ": " + std::string(m->as_string());
        return lost(why);
    }
    const auto* method = o.if_contains("method");
    const auto* params = o.if_contains("params");
    if (!method || !method->is_string() || method->as_string() != "eth_subscription" || !params || !params->is_object())
        return; // something we did not ask for: ignore
    const auto& p = params->as_object();
    const auto* sub = p.if_contains("subscription");
    const auto* result = p.if_contains("result");
    if (!sub || !sub->is_string() || sub->as_string() != m_subscriptionId || !result)
        return;
    if (m_onNotification)
        m_onNotification(*result, m_name);
}

void WsSession::lost(const std::string& why)
{
    if (m_stopped)
        return;
    ++m_generation;
    boost::system::error_code ignored;
    if (m_plain)
        beast::get_lowest_layer(*m_plain).socket().close(ignored);
    if (m_tls)
        beast::get_lowest_layer(*m_tls).socket().close(ignored);
    report(makeError(ErrorCode::Network, "RPC endpoint " + m_name + ": " + why + "; reconnecting"));
    if (m_stopped) // the status callback may have destroyed the subscription from this thread
        return;
    m_retryTimer.expires_after(m_backoff.delay(++m_failures) + std::chrono::milliseconds(50));
    m_retryTimer.async_wait([self = shared_from_this()](const boost::system::error_code& ec) {
        if (!ec && !self->m_stopped)
            self->connect();
    });
}

void WsSession::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    ++m_generation;
    m_resolver.cancel();
    m_retryTimer.cancel();
    boost::system::error_code ignored;
    if (m_plain)
        beast::get_lowest_layer(*m_plain).socket().close(ignored);
    if (m_tls)
        beast::get_lowest_layer(*m_tls).socket().close(ignored);
}

} // namespace plinth
