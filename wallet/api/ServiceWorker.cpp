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

void ServiceWorker::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_queue.empty()) // stopping, nothing left
            break;
        Job job = std::move(m_queue.front());
        m_queue.pop_front();
        const bool cancelled = m_stopping;
        lock.unlock();
        job(cancelled);
        lock.lock();
    }
    m_drained = true;
}

} // namespace plinth
