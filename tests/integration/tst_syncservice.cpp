// SyncService (the facade the GUI and the CLI use) against a seeded devnet: results and notifications
// arrive on the service's worker, status() is a snapshot that never waits, follow() picks up new blocks,
// stop() cancels a sync stuck on a slow endpoint, and a destroyed subscription is never called again.
#include "DevnetFixture.h"
#include "SyncTestSupport.h"

#include "tests/support/FaultyRpcServer.h"
#include "wallet/api/SyncService.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <future>
#include <mutex>
#include <thread>

using namespace plinth;
using plinth::test::DevnetFixture;
using plinth::test::FaultyRpcServer;

class TestSyncService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fx.start(), qPrintable(m_fx.error()));
        auto profile = test::devnetProfile(m_fx, {m_fx.rpcUrl().toStdString()});
        QVERIFY2(profile, profile ? "" : profile.error().message.c_str());
        m_profile = *profile;
    }

    void syncOnceDeliversOnTheWorker()
    {
        QTemporaryDir dir;
        auto service = SyncService::create(m_profile, dir.path().toStdString());
        QVERIFY2(service, service ? "" : service.error().message.c_str());
        QCOMPARE(int((*service)->status().state), int(SyncStatus::State::Idle));
        QVERIFY(!(*service)->status().verified);

        std::mutex mutex;
        std::vector<CacheChange> changes;
        std::atomic<int> progress{0};
        auto changed = (*service)->handleCacheChanged([&](const CacheChange& c) {
            std::lock_guard lock(mutex);
            changes.push_back(c);
        });
        auto progressed = (*service)->handleProgress([&](const SyncProgress&) { ++progress; });
        std::promise<Result<SyncReport>> done;
        const auto caller = std::this_thread::get_id();
        std::thread::id callbackThread;
        (*service)->syncOnce([&](Result<SyncReport> r) {
            callbackThread = std::this_thread::get_id();
            done.set_value(std::move(r));
        });
        auto report = done.get_future().get();
        QVERIFY2(report, report ? "" : report.error().message.c_str());
        QVERIFY(callbackThread != caller);
        QVERIFY(progress.load() > 0);

        const SyncStatus status = (*service)->status();
        QCOMPARE(int(status.state), int(SyncStatus::State::Idle));
        QVERIFY(status.verified);
        const std::uint64_t head = m_fx.cast({QStringLiteral("block-number")}).toULongLong();
        QCOMPARE(status.verified->number, head - 1);
        QCOMPARE(status.head, head);
        QVERIFY(status.verifiedTimestamp > 1700000000);
        QCOMPARE(status.endpoints.size(), std::size_t(1));
        QVERIFY(!status.lastError);
        std::lock_guard lock(mutex);
        QCOMPARE(changes.size(), std::size_t(1));
        QCOMPARE(int(changes[0].kind), int(CacheChange::Kind::Appended));
        QCOMPARE(changes[0].fromBlock, m_profile.checkpoint.number);
        QCOMPARE(changes[0].toBlock, head - 1);
    }

    void followPicksUpNewBlocksAndStops()
    {
        QTemporaryDir dir;
        SyncServiceOptions options;
        options.pollInterval = std::chrono::milliseconds(200);
        auto service = SyncService::create(m_profile, dir.path().toStdString(), options);
        QVERIFY(service);
        std::atomic<std::uint64_t> lastAppended{0};
        std::atomic<int> afterUnsubscribe{0};
        auto changed = (*service)->handleCacheChanged([&](const CacheChange& c) {
            if (c.kind == CacheChange::Kind::Appended)
                lastAppended.store(c.toBlock);
        });
        auto counted = (*service)->handleCacheChanged([&](const CacheChange&) { ++afterUnsubscribe; });
        counted.reset(); // from here on it must never be called
        std::atomic<int> runs{0};
        (*service)->follow([&](const Result<SyncReport>& r) {
            if (r)
                ++runs;
        });
        QTRY_VERIFY_WITH_TIMEOUT(runs.load() >= 1, 30000);
        const std::uint64_t head = m_fx.cast({QStringLiteral("block-number")}).toULongLong();
        m_fx.rpc(QStringLiteral("anvil_mine"), {QStringLiteral("3")});
        QTRY_COMPARE_WITH_TIMEOUT(lastAppended.load(), head + 3 - 1, 30000);
        QCOMPARE(int((*service)->status().state), int(SyncStatus::State::Following));
        (*service)->stop();
        QTRY_COMPARE_WITH_TIMEOUT(int((*service)->status().state), int(SyncStatus::State::Idle), 10000);
        QCOMPARE(afterUnsubscribe.load(), 0);
    }

    void followWakesOnWebSocketNewHeads()
    {
        // Polling every ten minutes: only a newHeads notification can bring the new blocks in quickly.
        NetworkProfile profile = m_profile;
        QString ws = m_fx.rpcUrl();
        ws.replace(QStringLiteral("http://"), QStringLiteral("ws://"));
        profile.rpc.push_back(ws.toStdString());
        QTemporaryDir dir;
        SyncServiceOptions options;
        options.pollInterval = std::chrono::minutes(10);
        auto service = SyncService::create(profile, dir.path().toStdString(), options);
        QVERIFY2(service, service ? "" : service.error().message.c_str());
        std::atomic<std::uint64_t> lastAppended{0};
        std::atomic<int> runs{0};
        auto changed = (*service)->handleCacheChanged([&](const CacheChange& c) {
            if (c.kind == CacheChange::Kind::Appended)
                lastAppended.store(c.toBlock);
        });
        (*service)->follow([&](const Result<SyncReport>&) { ++runs; });
        QTRY_VERIFY_WITH_TIMEOUT(runs.load() >= 1, 30000);
        QTest::qWait(500); // the subscription is made while the first run goes on
        const std::uint64_t head = m_fx.cast({QStringLiteral("block-number")}).toULongLong();
        m_fx.rpc(QStringLiteral("anvil_mine"), {QStringLiteral("2")});
        QTRY_COMPARE_WITH_TIMEOUT(lastAppended.load(), head + 2 - 1, 20000);
        (*service)->stop();
    }

    void stopCancelsASlowSync()
    {
        FaultyRpcServer slow(FaultyRpcServer::Options::forwardingTo(m_fx.rpcUrl().toStdString()));
        slow.setFault(FaultyRpcServer::FaultSpec::delayed(std::chrono::milliseconds(300)));
        NetworkProfile profile = m_profile;
        profile.rpc = {slow.url()};
        QTemporaryDir dir;
        SyncServiceOptions options;
        options.engine.headersPerBatch = 5;
        options.engine.receiptsPerBatch = 5;
        auto service = SyncService::create(profile, dir.path().toStdString(), options);
        QVERIFY(service);
        std::promise<Result<SyncReport>> done;
        (*service)->syncOnce([&](Result<SyncReport> r) { done.set_value(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT((*service)->status().progress.verifiedHeight > m_profile.checkpoint.number, 30000);
        (*service)->stop();
        auto future = done.get_future();
        QCOMPARE(int(future.wait_for(std::chrono::seconds(20))), int(std::future_status::ready));
        auto report = future.get();
        QVERIFY(!report);
        QCOMPARE(int(report.error().code), int(ErrorCode::Cancelled));
        // What was verified before the cancel stays, and the next run goes on from it.
        const auto cursor = (*service)->status().verified;
        QVERIFY(cursor);
        slow.clearFault();
        std::promise<Result<SyncReport>> again;
        (*service)->syncOnce([&](Result<SyncReport> r) { again.set_value(std::move(r)); });
        auto resumed = again.get_future().get();
        QVERIFY2(resumed, resumed ? "" : resumed.error().message.c_str());
        QCOMPARE(resumed->progress.startHeight, cursor->number);
    }

    void destroyingTheServiceCancelsQueuedRequests()
    {
        QTemporaryDir dir;
        auto service = SyncService::create(m_profile, dir.path().toStdString());
        QVERIFY(service);
        std::atomic<int> answered{0};
        for (int i = 0; i < 5; ++i)
            (*service)->syncOnce([&](Result<SyncReport>) { ++answered; });
        service->reset();
        QCOMPARE(answered.load(), 5); // each callback ran exactly once, Cancelled or done
    }

private:
    DevnetFixture m_fx;
    NetworkProfile m_profile;
};

QTEST_GUILESS_MAIN(TestSyncService)
#include "tst_syncservice.moc"
