#include "wallet/rpc/HttpConnection.h"

#include "wallet/rpc/TlsContext.h"

#include <boost/asio/ssl/error.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/beast/version.hpp>

namespace plinth {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

HttpConnection::HttpConnection(asio::io_context& ioc, std::shared_ptr<const HttpSettings> settings)
    : m_ioc(ioc), m_settings(std::move(settings)), m_resolver(ioc), m_deadline(ioc)
{
}

beast::tcp_stream& HttpConnection::tcp() { return m_tls ? beast::get_lowest_layer(*m_tls) : *m_plain; }

void HttpConnection::exchange(std::string body, Done done)
{
    m_done = std::move(done);
    m_retriedStale = false;
    m_timedOut = false;
    if (m_closed) {
        finish({std::nullopt, RpcErrorKind::Cancelled, "the connection was shut down"});
        return;
    }
    const ParsedUrl& url = m_settings->url;
    m_request = {};
    m_request.method(http::verb::post);
    m_request.target(url.target);
    m_request.version(11);
    m_request.set(http::field::host, url.hostHeader());
    m_request.set(http::field::user_agent, "Plinth");
    m_request.set(http::field::content_type, "application/json");
    m_request.set(http::field::accept, "application/json");
    m_request.keep_alive(true);
    m_request.body() = std::move(body);
    m_request.prepare_payload();

    // One deadline over the whole exchange, including a reconnect: the caller's timeout is what it is.
    m_deadline.expires_after(m_settings->timeout);
    m_deadline.async_wait([self = shared_from_this(), gen = ++m_generation](const boost::system::error_code& ec) {
        if (ec || gen != self->m_generation || !self->m_done)
            return;
        self->m_timedOut = true;
        self->m_resolver.cancel();
        self->closeStream();
    });

    if (m_connected) {
        m_reused = true;
        send();
    } else {
        connect();
    }
}

void HttpConnection::connect()
{
    m_connected = false;
    m_reused = false;
    m_buffer.clear();
    const ParsedUrl& url = m_settings->url;
    if (m_settings->tls)
        m_tls = std::make_unique<beast::ssl_stream<beast::tcp_stream>>(m_ioc, *m_settings->tls), m_plain.reset();
    else
        m_plain = std::make_unique<beast::tcp_stream>(m_ioc), m_tls.reset();

    m_resolver.async_resolve(url.host, std::to_string(url.port), tcp::resolver::numeric_service,
        [self = shared_from_this()](const boost::system::error_code& ec, const tcp::resolver::results_type& results) {
            if (ec || self->m_timedOut || self->m_closed)
                return self->fail(ec ? ec : asio::error::operation_aborted, Stage::Resolve);
            self->tcp().async_connect(results, [self](const boost::system::error_code& cec, const tcp::endpoint&) {
                if (cec || self->m_timedOut || self->m_closed)
                    return self->fail(cec ? cec : asio::error::operation_aborted, Stage::Connect);
                self->m_settings->connects->fetch_add(1);
                self->tcp().socket().set_option(tcp::no_delay(true));
                if (!self->m_tls) {
                    self->m_connected = true;
                    return self->send();
                }
                if (auto prepared = prepareTlsConnection(self->m_tls->native_handle(), self->m_settings->url); !prepared) {
                    self->closeStream();
                    return self->finish({std::nullopt, RpcErrorKind::Tls, prepared.error().message});
                }
                self->m_tls->async_handshake(asio::ssl::stream_base::client, [self](const boost::system::error_code& hec) {
                    if (hec || self->m_timedOut || self->m_closed)
                        return self->fail(hec ? hec : asio::error::operation_aborted, Stage::Handshake);
                    self->m_connected = true;
                    self->send();
                });
            });
        });
}

void HttpConnection::send()
{
    m_parser.emplace();
    m_parser->body_limit(m_settings->maxResponseBytes);
    auto onRead = [self = shared_from_this()](const boost::system::error_code& ec, std::size_t) {
        if (ec || self->m_timedOut)
            return self->fail(ec ? ec : asio::error::operation_aborted, Stage::Read);
        auto& res = self->m_parser->get();
        HttpAnswer answer;
        answer.status = res.result_int();
        answer.reason = std::string(res.reason());
        if (auto it = res.find(http::field::retry_after); it != res.end())
            answer.retryAfter = std::string(it->value());
        const bool keepAlive = res.keep_alive();
        answer.body = std::move(res.body());
        if (!keepAlive)
            self->closeStream();
        self->finish({std::move(answer), RpcErrorKind::None, {}});
    };
    auto onWritten = [self = shared_from_this(), onRead](const boost::system::error_code& ec, std::size_t) {
        if (ec || self->m_timedOut)
            return self->fail(ec ? ec : asio::error::operation_aborted, Stage::Write);
        if (self->m_tls)
            http::async_read(*self->m_tls, self->m_buffer, *self->m_parser, onRead);
        else
            http::async_read(*self->m_plain, self->m_buffer, *self->m_parser, onRead);
    };
    if (m_tls)
        http::async_write(*m_tls, m_request, onWritten);
    else
        http::async_write(*m_plain, m_request, onWritten);
}

void HttpConnection::fail(const boost::system::error_code& ec, Stage stage)
{
    const bool beforeAnswer = stage == Stage::Write || (stage == Stage::Read && (!m_parser || !m_parser->got_some()));
    const bool peerClosed = ec == http::error::end_of_stream || ec == asio::error::eof || ec == asio::error::connection_reset
                            || ec == asio::error::broken_pipe || ec == asio::ssl::error::stream_truncated;
    closeStream();
    if (m_timedOut) {
        return finish({std::nullopt, RpcErrorKind::Timeout,
                       "no answer within " + std::to_string(m_settings->timeout.count()) + " ms"});
    }
    if (m_closed)
        return finish({std::nullopt, RpcErrorKind::Cancelled, "the connection was shut down"});
    // A keep-alive connection the server closed while idle: the request never reached it, so send it
    // again on a fresh connection, once.
    if (m_reused && !m_retriedStale && beforeAnswer && peerClosed) {
        m_retriedStale = true;
        return connect();
    }
    switch (stage) {
    case Stage::Resolve:
        return finish({std::nullopt, RpcErrorKind::Transport, "cannot resolve host: " + ec.message()});
    case Stage::Connect:
        if (ec == asio::error::connection_refused)
            return finish({std::nullopt, RpcErrorKind::Transport, "connection refused"});
        return finish({std::nullopt, RpcErrorKind::Transport, "cannot connect: " + ec.message()});
    case Stage::Handshake:
        return finish({std::nullopt, RpcErrorKind::Tls, describeTlsFailure(ec, m_tls ? m_tls->native_handle() : nullptr)});
    case Stage::Write:
        return finish({std::nullopt, RpcErrorKind::Transport, "sending the request failed: " + ec.message()});
    case Stage::Read:
        if (ec == http::error::body_limit)
            return finish({std::nullopt, RpcErrorKind::ResponseTooLarge,
                           "answer larger than the limit of " + std::to_string(m_settings->maxResponseBytes) + " bytes; refused"});
        if (peerClosed)
            return finish({std::nullopt, RpcErrorKind::Transport, "the server closed the connection before answering"});
        return finish({std::nullopt, RpcErrorKind::Transport, "reading the answer failed: " + ec.message()});
    }
}

void HttpConnection::finish(HttpOutcome outcome)
{
    ++m_generation; // disarms the deadline handler
    m_deadline.cancel();
    if (auto done = std::move(m_done)) {
        m_done = nullptr;
        done(std::move(outcome));
    }
}

void HttpConnection::closeStream()
{
    m_connected = false;
    boost::system::error_code ignored;
    if (m_plain)
        m_plain->socket().close(ignored);
    if (m_tls)
        beast::get_lowest_layer(*m_tls).socket().close(ignored);
}

void HttpConnection::close()
{
    m_closed = true;
    m_resolver.cancel();
    closeStream();
}

} // namespace plinth
