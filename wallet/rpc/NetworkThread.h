#pragma once
// NetworkThread: the one thread that runs all RPC traffic (ARCHITECTURE.md "Threads"). It owns an Asio
// io_context and the std::thread that runs it.
//
// Ownership: RAII. The destructor first runs every shutdown hook on the network thread (each component,
// e.g. an EndpointPool, cancels its outstanding work there, so that every pending callback receives
// ErrorCode::Cancelled exactly once), then lets the io_context drain and joins the thread. Components
// should be destroyed before their NetworkThread; if they are not, they still cancel correctly.
// Threading: every member may be called from any thread. post() after shutdown began returns false and
// does not run the function, so callers can deliver Cancelled themselves.

#include <boost/asio/io_context.hpp>

#include <cstdint>
#include <functional>
#include <memory>

namespace plinth {

namespace detail {
struct NetworkThreadShared;
// Posts to the network thread if it is still alive and not shutting down; false otherwise.
bool postToNetworkThread(const std::weak_ptr<NetworkThreadShared>& thread, std::function<void()> fn);
} // namespace detail

class NetworkThread {
public:
    NetworkThread();
    ~NetworkThread();
    NetworkThread(const NetworkThread&) = delete;
    NetworkThread& operator=(const NetworkThread&) = delete;

    // For components that create sockets and timers. Use them only on the network thread.
    boost::asio::io_context& context();

    bool isCurrent() const; // true when called on the network thread
    bool stopping() const;
    bool post(std::function<void()> fn);

    using HookId = std::uint64_t;
    HookId addShutdownHook(std::function<void()> hook);
    void removeShutdownHook(HookId id);

    std::weak_ptr<detail::NetworkThreadShared> weak() const { return m_shared; }

private:
    std::shared_ptr<detail::NetworkThreadShared> m_shared;
};

} // namespace plinth
