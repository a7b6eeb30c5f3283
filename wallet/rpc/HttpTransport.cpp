#include "wallet/rpc/HttpTransport.h"

#include <algorithm>

namespace plinth {

HttpTransport::HttpTransport(boost::asio::io_context& ioc, std::shared_ptr<const HttpSettings> settings, std::size_t maxConnections)
    : m_ioc(ioc), m_settings(std::move(settings)), m_max(std::max<std::size_t>(1, maxConnections))
{
}

void HttpTransport::send(std::string body, HttpConnection::Done done)
{
    if (m_shutdown) {
        done({std::nullopt, RpcErrorKind::Cancelled, "the endpoint was shut down"});
        return;
    }
    m_queue.emplace_back(std::move(body), std::move(done));
    pump();
}

void HttpTransport::pump()
{
    while (!m_queue.empty() && !m_shutdown) {
        std::shared_ptr<HttpConnection> connection;
        if (!m_idle.empty()) {
            connection = std::move(m_idle.back());
            m_idle.pop_back();
        } else if (m_busy < m_max) {
            connection = std::make_shared<HttpConnection>(m_ioc, m_settings);
        } else {
            return;
        }
        auto [body, done] = std::move(m_queue.front());
        m_queue.pop_front();
        run(std::move(connection), std::move(body), std::move(done));
    }
}

void HttpTransport::run(std::shared_ptr<HttpConnection> connection, std::string body, HttpConnection::Done done)
{
    ++m_busy;
    ++m_requests;
    m_active.push_back(connection);
    connection->exchange(std::move(body), [self = shared_from_this(), connection, done = std::move(done)](HttpOutcome outcome) {
        --self->m_busy;
        std::erase(self->m_active, connection);
        if (connection->reusable() && !self->m_shutdown)
            self->m_idle.push_back(connection);
        done(std::move(outcome));
        self->pump();
    });
}

void HttpTransport::shutdown()
{
    m_shutdown = true;
    for (auto& c : m_idle)
        c->close();
    m_idle.clear();
    auto active = m_active; // close() completes their exchanges later, through the handlers above
    for (auto& c : active)
        c->close();
    auto queue = std::move(m_queue);
    m_queue.clear();
    for (auto& [body, done] : queue)
        done({std::nullopt, RpcErrorKind::Cancelled, "the endpoint was shut down"});
}

} // namespace plinth
