#pragma once
// ServiceWorker: the one worker thread of a facade service (the network services' pattern, after
// SyncService's and WalletService's): requests are queued and run one at a time, in order, on the worker.
// A job gets `cancelled == true` instead of running its work when the worker is shutting down, so that
// every request's callback is called exactly once, with ErrorCode::Cancelled when it never ran.
//
// Ownership: the service owns its worker (declare it last, so that it is destroyed, and joined, first).
// Threading: post() may be called from any thread, also from a job; jobs run on the worker thread only.
// The destructor waits for the running job, then calls every queued job with cancelled == true on the
// worker thread (also those waiting for their time, see postAfter), then joins. Jobs posted during or
// after shutdown are called at once with
// cancelled == true on the posting thread (there is no worker left to run them).
// Errors: none of its own; cancelledError() is the error a cancelled job reports.

#include "wallet/common/Result.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>

namespace plinth {

class ServiceWorker {
public:
    using Job = std::function<void(bool cancelled)>;

    explicit ServiceWorker(std::string serviceName);
    ~ServiceWorker();
    ServiceWorker(const ServiceWorker&) = delete;
    ServiceWorker& operator=(const ServiceWorker&) = delete;

    void post(Job job);
    // Runs `job` on the worker once `delay` has passed (after the jobs queued by then): polling without
    // holding the worker, so that other requests run in between.
    void postAfter(std::chrono::milliseconds delay, Job job);
    bool onWorker() const { return std::this_thread::get_id() == m_thread.get_id(); }
    // "the devices service was shut down before this request ran" (ErrorCode::Cancelled).
    Error cancelledError() const;

private:
    void run();

    const std::string m_name;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue;
    std::multimap<std::chrono::steady_clock::time_point, Job> m_timed;
    bool m_stopping = false;
    bool m_drained = false;
    std::thread m_thread; // last: starts after everything above exists
};

} // namespace plinth
