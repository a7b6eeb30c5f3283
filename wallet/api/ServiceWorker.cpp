#include "wallet/api/ServiceWorker.h"

namespace plinth {

ServiceWorker::ServiceWorker(std::string serviceName) : m_name(std::move(serviceName)), m_thread([this] { run(); }) {}

ServiceWorker::~ServiceWorker()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

Error ServiceWorker::cancelledError() const
{
    return makeError(ErrorCode::Cancelled, "the " + m_name + " service was shut down before this request ran");
}

void ServiceWorker::post(Job job)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_drained) {
            m_queue.push_back(std::move(job));
            m_wake.notify_one();
            return;
        }
    }
    job(true);
}

void ServiceWorker::postAfter(std::chrono::milliseconds delay, Job job)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_drained) {
            m_timed.emplace(std::chrono::steady_clock::now() + delay, std::move(job));
            m_wake.notify_one();
            return;
        }
    }
    job(true);
}

void ServiceWorker::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        // Jobs whose time has come join the queue; at shutdown all of them do (to hear Cancelled).
        const auto now = std::chrono::steady_clock::now();
        while (!m_timed.empty() && (m_stopping || m_timed.begin()->first <= now)) {
            m_queue.push_back(std::move(m_timed.begin()->second));
            m_timed.erase(m_timed.begin());
        }
        if (!m_queue.empty()) {
            Job job = std::move(m_queue.front());
            m_queue.pop_front();
            const bool cancelled = m_stopping;
            lock.unlock();
            job(cancelled);
            lock.lock();
            continue;
        }
        if (m_stopping)
            break;
        if (m_timed.empty())
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty() || !m_timed.empty(); });
        else
            m_wake.wait_until(lock, m_timed.begin()->first, [this] { return m_stopping || !m_queue.empty(); });
    }
    m_drained = true;
}

} // namespace plinth
