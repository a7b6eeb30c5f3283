#include "wallet/rpc/NetworkThread.h"

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/post.hpp>

#include <chrono>
#include <future>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

namespace plinth {

namespace detail {

struct NetworkThreadShared {
    boost::asio::io_context ioc{1};
    std::optional<boost::asio::executor_work_guard<boost::asio::io_context::executor_type>> guard;
    std::thread thread;
    std::thread::id threadId;
    mutable std::mutex mutex;
    bool stopping = false;
    std::map<NetworkThread::HookId, std::function<void()>> hooks;
    NetworkThread::HookId nextHook = 1;
};

bool postToNetworkThread(const std::weak_ptr<NetworkThreadShared>& thread, std::function<void()> fn)
{
    auto shared = thread.lock();
    if (!shared)
        return false;
    std::lock_guard lock(shared->mutex);
    if (shared->stopping)
        return false;
    boost::asio::post(shared->ioc, std::move(fn));
    return true;
}

} // namespace detail

NetworkThread::NetworkThread() : m_shared(std::make_shared<detail::NetworkThreadShared>())
{
    m_shared->guard.emplace(m_shared->ioc.get_executor());
    std::promise<void> started;
    auto ready = started.get_future();
    m_shared->thread = std::thread([s = m_shared.get(), &started] {
        s->threadId = std::this_thread::get_id();
        started.set_value();
        // Handlers must not throw; if one does anyway, keep serving the others rather than die.
        for (;;) {
            try {
                s->ioc.run();
                return;
            } catch (...) {
            }
        }
    });
    ready.wait();
}

NetworkThread::~NetworkThread()
{
    std::map<HookId, std::function<void()>> hooks;
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->stopping = true;
        hooks.swap(m_shared->hooks);
    }
    if (isCurrent()) {
        // Destroying the thread from one of its own handlers cannot join; the owner made a design error.
        std::terminate();
    }
    boost::asio::post(m_shared->ioc, [hooks = std::move(hooks)] {
        for (const auto& [id, hook] : hooks)
            hook();
    });
    m_shared->guard.reset();
    // Cancelled sockets and timers complete promptly; a component that keeps re-arming work despite its
    // hook would hang the join, so give the drain a bound and then stop the loop outright.
    std::promise<void> drained;
    auto done = drained.get_future();
    boost::asio::post(m_shared->ioc, [] {});
    std::thread watchdog([s = m_shared.get(), done = std::move(done)]() mutable {
        if (done.wait_for(std::chrono::seconds(10)) == std::future_status::timeout)
            s->ioc.stop();
    });
    m_shared->thread.join();
    drained.set_value();
    watchdog.join();
}

boost::asio::io_context& NetworkThread::context() { return m_shared->ioc; }

bool NetworkThread::isCurrent() const { return std::this_thread::get_id() == m_shared->threadId; }

bool NetworkThread::stopping() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->stopping;
}

bool NetworkThread::post(std::function<void()> fn) { return detail::postToNetworkThread(m_shared, std::move(fn)); }

NetworkThread::HookId NetworkThread::addShutdownHook(std::function<void()> hook)
{
    std::lock_guard lock(m_shared->mutex);
    const HookId id = m_shared->nextHook++;
    m_shared->hooks.emplace(id, std::move(hook));
    return id;
}

void NetworkThread::removeShutdownHook(HookId id)
{
    std::lock_guard lock(m_shared->mutex);
    m_shared->hooks.erase(id);
}

} // namespace plinth
