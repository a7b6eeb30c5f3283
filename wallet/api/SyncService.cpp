#include "wallet/api/SyncService.h"

#include "wallet/rpc/WsSubscription.h"
#include "wallet/store/CacheStore.h"
#include "wallet/sync/NetworkCache.h"
#include "wallet/sync/ProfileEndpoints.h"

#include <condition_variable>
#include <ctime>
#include <deque>
#include <mutex>
#include <thread>

namespace plinth {

class SyncService::Worker {
public:
    Worker(NetworkProfile profile, SyncServiceOptions options) : m_profile(std::move(profile)), m_options(options) {}

    Result<void> open(const std::filesystem::path& dataDir)
    {
        auto endpoints = endpointsFromProfile(m_profile);
        if (!endpoints)
            return endpoints.error();
        auto pool = EndpointPool::create(m_net, endpoints->http, m_options.pool);
        if (!pool)
            return pool.error();
        m_pool = std::move(*pool);
        auto store = openNetworkCache(dataDir, m_profile);
        if (!store)
            return store.error();
        m_store = std::move(*store);
        m_engine = std::make_unique<SyncEngine>(m_profile, *m_pool, *m_store, m_options.engine);
        for (const EndpointConfig& ws : endpoints->webSocket) {
            // A new head wakes the follow loop at once; without one it polls.
            auto sub = WsSubscription::newHeads(
                m_net, ws, [this](const boost::json::value&, const std::string&) { wake(); },
                [](const Result<void>&, const std::string&) {});
            if (sub)
                m_heads.push_back(std::move(*sub));
        }
        publish([&](SyncStatus& s) {
            if (auto c = m_store->cursor(); c && *c) {
                s.verified = **c;
                if (auto h = m_store->header((**c).number); h && *h)
                    s.verifiedTimestamp = (**h).timestamp;
            }
        });
        m_thread = std::thread([this] { run(); });
        return {};
    }

    ~Worker()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
            m_following = false;
        }
        if (m_engine)
            m_engine->cancel();
        m_wake.notify_all();
        if (m_thread.joinable())
            m_thread.join();
        m_heads.clear();
        m_engine.reset();
        m_pool.reset(); // before m_net, which is destroyed last
    }

    void post(std::function<void()> job)
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
        m_wake.notify_all();
    }

    void follow(std::function<void(const Result<SyncReport>&)> eachRun)
    {
        std::lock_guard lock(m_mutex);
        m_following = true;
        m_eachRun = std::move(eachRun);
        m_wake.notify_all();
    }

    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_following = false;
        }
        if (m_engine)
            m_engine->cancel();
        m_wake.notify_all();
        publish([](SyncStatus& s) {
            if (s.state == SyncStatus::State::Following)
                s.state = SyncStatus::State::Idle;
        });
    }

    bool following()
    {
        std::lock_guard lock(m_mutex);
        return m_following;
    }

    void wake()
    {
        std::lock_guard lock(m_mutex);
        m_newHead = true;
        m_wake.notify_all();
    }

    // Worker thread only.
    Result<SyncReport> syncNow(SyncStatus::State during)
    {
        m_engine->resetCancel();
        publish([&](SyncStatus& s) { s.state = during; });
        const auto before = m_store->cursor();
        const std::uint64_t from = before && *before ? (**before).number + 1 : m_profile.checkpoint.number;
        auto report = m_engine->syncToHead(
            [this](const SyncProgress& p) {
                publish([&](SyncStatus& s) { s.progress = p; });
                m_progress.notify(p);
            },
            [this](std::uint64_t ancestor, std::uint64_t replaced) {
                m_changes.notify(CacheChange{CacheChange::Kind::RolledBack, ancestor, ancestor + replaced});
            });
        auto after = m_store->cursor();
        if (after && *after && (**after).number >= from && report)
            m_changes.notify(CacheChange{CacheChange::Kind::Appended, report->progress.startHeight + 1, (**after).number});
        record(report, after && *after ? std::optional<SyncCursor>(**after) : std::nullopt, during);
        return report;
    }

    Result<ProvenBalances> prove(const Address& holder)
    {
        m_engine->resetCancel();
        return m_engine->proveBalances(holder);
    }

    Result<ProvenStorageValue> proveSlot(const Address& contract, const Hash32& slot)
    {
        return proveStorageSlot(*m_pool, *m_store, contract, slot);
    }

    SyncStatus status() const
    {
        std::lock_guard lock(m_statusMutex);
        return m_status;
    }

    SubscriberList<SyncProgress> m_progress;
    SubscriberList<CacheChange> m_changes;
    SubscriberList<SyncStatus> m_statusChanged;

private:
    template <class F>
    void publish(F&& change)
    {
        SyncStatus copy;
        {
            std::lock_guard lock(m_statusMutex);
            change(m_status);
            copy = m_status;
        }
        m_statusChanged.notify(copy);
    }

    void record(const Result<SyncReport>& report, std::optional<SyncCursor> cursor, SyncStatus::State during)
    {
        const auto now = static_cast<std::int64_t>(std::time(nullptr));
        auto endpoints = m_pool->status();
        std::uint64_t verifiedTimestamp = 0;
        if (cursor)
            if (auto h = m_store->header(cursor->number); h && *h)
                verifiedTimestamp = (**h).timestamp;
        SyncStatusRecord kept;
        if (auto old = m_store->syncStatus(); old && *old)
            kept = **old;
        kept.updatedAt = now;
        const bool stillFollowing = following();
        publish([&](SyncStatus& s) {
            s.state = report ? (during == SyncStatus::State::Following && stillFollowing ? during : SyncStatus::State::Idle)
                             : SyncStatus::State::Failed;
            s.verified = cursor;
            s.verifiedTimestamp = verifiedTimestamp;
            s.endpoints = std::move(endpoints);
            if (report) {
                s.head = report->progress.targetHeight + m_options.engine.confirmations;
                s.progress = report->progress;
                s.faults = report->faults;
                s.disagreement = report->disagreement;
                s.lastError.reset();
                kept.head = s.head;
                kept.lastError.clear();
                kept.lastErrorEndpoint.clear();
            } else {
                s.lastError = report.error();
                kept.lastError = report.error().message;
                kept.lastErrorEndpoint = endpointNamed(report.error().message);
                kept.lastErrorAt = now;
            }
        });
        (void)m_store->putSyncStatus(kept); // a status the disk could not take is still shown live
    }

    // The endpoint a message names first ("http://host:port: ...", "RPC endpoint http://...: refused").
    std::string endpointNamed(const std::string& message) const
    {
        std::string first;
        std::size_t at = std::string::npos;
        for (const std::string& name : m_pool->endpointNames()) {
            const std::size_t found = message.find(name);
            if (found < at) {
                at = found;
                first = name;
            }
        }
        return first;
    }

    void run()
    {
        std::unique_lock lock(m_mutex);
        bool lastFailed = false;
        for (;;) {
            if (m_stopping)
                break;
            if (!m_jobs.empty()) {
                auto job = std::move(m_jobs.front());
                m_jobs.pop_front();
                lock.unlock();
                job();
                lock.lock();
                continue;
            }
            if (m_following) {
                m_newHead = false;
                auto eachRun = m_eachRun;
                lock.unlock();
                auto report = syncNow(SyncStatus::State::Following);
                lastFailed = !report && report.error().code != ErrorCode::Cancelled;
                if (eachRun)
                    eachRun(report);
                lock.lock();
                const auto wait = lastFailed ? m_options.retryInterval : m_options.pollInterval;
                m_wake.wait_for(lock, wait, [&] { return m_stopping || !m_jobs.empty() || m_newHead || !m_following; });
                continue;
            }
            m_wake.wait(lock, [&] { return m_stopping || !m_jobs.empty() || m_following; });
        }
        // Whatever is still queued hears that it was cancelled.
        while (!m_jobs.empty()) {
            auto job = std::move(m_jobs.front());
            m_jobs.pop_front();
            lock.unlock();
            job();
            lock.lock();
        }
    }

public:
    bool stopping()
    {
        std::lock_guard lock(m_mutex);
        return m_stopping;
    }

private:
    NetworkProfile m_profile;
    SyncServiceOptions m_options;
    NetworkThread m_net; // first: everything below uses it
    std::unique_ptr<EndpointPool> m_pool;
    std::unique_ptr<CacheStore> m_store;
    std::unique_ptr<SyncEngine> m_engine;
    std::vector<std::unique_ptr<WsSubscription>> m_heads;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_jobs;
    bool m_stopping = false;
    bool m_following = false;
    bool m_newHead = false;
    std::function<void(const Result<SyncReport>&)> m_eachRun;

    mutable std::mutex m_statusMutex;
    SyncStatus m_status;
    std::thread m_thread; // last: starts after everything above exists
};

Result<std::unique_ptr<SyncService>> SyncService::create(NetworkProfile profile, const std::filesystem::path& dataDir,
                                                         SyncServiceOptions options)
{
    auto worker = std::make_unique<Worker>(std::move(profile), options);
    if (auto opened = worker->open(dataDir); !opened)
        return opened.error();
    return std::unique_ptr<SyncService>(new SyncService(std::move(worker)));
}

SyncService::SyncService(std::unique_ptr<Worker> worker) : m_worker(std::move(worker)) {}
SyncService::~SyncService() = default;

void SyncService::syncOnce(Callback<SyncReport> done)
{
    Worker* w = m_worker.get();
    w->post([w, done = std::move(done)] {
        if (w->stopping())
            return done(makeError(ErrorCode::Cancelled, "Plinth is shutting down"));
        done(w->syncNow(SyncStatus::State::Syncing));
    });
}

void SyncService::follow(std::function<void(const Result<SyncReport>&)> eachRun) { m_worker->follow(std::move(eachRun)); }

void SyncService::stop() { m_worker->stop(); }

void SyncService::proveBalances(Address holder, Callback<ProvenBalances> done)
{
    Worker* w = m_worker.get();
    w->post([w, holder, done = std::move(done)] {
        if (w->stopping())
            return done(makeError(ErrorCode::Cancelled, "Plinth is shutting down"));
        done(w->prove(holder));
    });
}

void SyncService::proveStorage(Address contract, Hash32 slot, Callback<ProvenStorageValue> done)
{
    Worker* w = m_worker.get();
    w->post([w, contract, slot, done = std::move(done)] {
        if (w->stopping())
            return done(makeError(ErrorCode::Cancelled, "Plinth is shutting down"));
        done(w->proveSlot(contract, slot));
    });
}

SyncStatus SyncService::status() const { return m_worker->status(); }

std::unique_ptr<SubscriptionHandle> SyncService::handleProgress(std::function<void(const SyncProgress&)> callback)
{
    return m_worker->m_progress.subscribe(std::move(callback));
}

std::unique_ptr<SubscriptionHandle> SyncService::handleCacheChanged(std::function<void(const CacheChange&)> callback)
{
    return m_worker->m_changes.subscribe(std::move(callback));
}

std::unique_ptr<SubscriptionHandle> SyncService::handleStatusChanged(std::function<void(const SyncStatus&)> callback)
{
    return m_worker->m_statusChanged.subscribe(std::move(callback));
}

} // namespace plinth
