#pragma once
// Internal to wallet/rpc: the HTTP(S) side of one endpoint. Keeps up to maxConnections keep-alive
// connections, reuses idle ones (most recently used first, the likeliest to be still open), and queues
// requests beyond that in arrival order.
//
// Threading: network thread only. Ownership: shared; shutdown() closes every connection and fails the
// queued requests with RpcErrorKind::Cancelled.

#include "wallet/rpc/HttpConnection.h"

#include <deque>
#include <vector>

namespace plinth {

class HttpTransport : public std::enable_shared_from_this<HttpTransport> {
public:
    HttpTransport(boost::asio::io_context& ioc, std::shared_ptr<const HttpSettings> settings, std::size_t maxConnections);

    void send(std::string body, HttpConnection::Done done);
    void shutdown();

    std::uint64_t connects() const { return m_settings->connects->load(); }
    std::uint64_t requests() const { return m_requests; }
    std::size_t busy() const { return m_busy; }
    std::size_t queued() const { return m_queue.size(); }
    std::size_t maxConnections() const { return m_max; }

private:
    void run(std::shared_ptr<HttpConnection> connection, std::string body, HttpConnection::Done done);
    void pump();

    boost::asio::io_context& m_ioc;
    std::shared_ptr<const HttpSettings> m_settings;
    std::size_t m_max;
    std::vector<std::shared_ptr<HttpConnection>> m_idle;
    std::vector<std::shared_ptr<HttpConnection>> m_active;
    std::deque<std::pair<std::string, HttpConnection::Done>> m_queue;
    std::size_t m_busy = 0;
    std::uint64_t m_requests = 0;
    bool m_shutdown = false;
};

} // namespace plinth
