// SyncEngine through endpoints that fail without lying (FaultyRpcServer): down, slower than the timeout,
// 429 with Retry-After, 5xx, malformed JSON, a batch answered in part, a connection closed unanswered.
// Each fault, limited to a few requests on the only endpoint, or unlimited beside a healthy endpoint:
// sync completes and the cache equals a clean sync's. With nothing that can answer (the only endpoint
// down), sync fails with a Network error naming it and leaves the cache empty.
#include "DevnetFixture.h"
#include "SyncTestSupport.h"

#include "tests/support/AnvilProcess.h"
#include "tests/support/FaultyRpcServer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace plinth;
using namespace plinth::test;
using namespace std::chrono_literals;
using Fault = FaultyRpcServer::Fault;
using FaultSpec = FaultyRpcServer::FaultSpec;

namespace {

SyncOptions smallBatches()
{
    SyncOptions o;
    o.headersPerBatch = 16;
    o.receiptsPerBatch = 8;
    return o;
}

struct Row {
    std::string name;
    FaultSpec fault;
    std::chrono::milliseconds timeout{20000};
};

// The faults, each limited to a few HTTP requests (the first ones of the sync).
std::vector<Row> faultRows()
{
    return {
        {"slower than the timeout", FaultSpec::delayed(2500ms, 2), 1000ms},
        {"429 with Retry-After", FaultSpec::tooManyRequests("1", 3)},
        {"429 without Retry-After", FaultSpec::tooManyRequests("", 3)},
        {"503", FaultSpec::serverError(503, 3)},
        {"500", FaultSpec::serverError(500, 3)},
        {"malformed JSON", FaultSpec::make(Fault::MalformedJson, 3)},
        {"batch answered in part", FaultSpec::make(Fault::DropFromBatch, 8)},
        {"batch with a wrong id", FaultSpec::make(Fault::WrongIdsInBatch, 8)},
        {"closed without answer", FaultSpec::make(Fault::CloseWithoutAnswer, 3)},
    };
}

} // namespace

class TestSyncFaults : public QObject {
    Q_OBJECT

    DevnetFixture m_fx;
    NetworkProfile m_profile;
    QTemporaryDir m_dir;
    int m_caches = 0;
    CacheSnapshot m_clean;

    std::filesystem::path newCachePath() { return m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_caches)).toStdString(); }

    // Syncs a new cache through `urls`; the outcome and what the cache holds afterwards.
    std::pair<Result<SyncReport>, CacheSnapshot> syncThrough(const std::vector<std::string>& urls,
                                                             std::chrono::milliseconds timeout = 20s)
    {
        std::string error;
        auto node = connectTo(urls, &error, timeout);
        if (!node)
            qFatal("%s", error.c_str());
        auto store = openCache(newCachePath(), m_profile);
        if (!store)
            qFatal("%s", store.error().message.c_str());
        SyncEngine engine(m_profile, *node->pool, **store, smallBatches());
        auto report = engine.syncToHead();
        auto snap = snapshotOf(**store, m_profile.checkpoint.number);
        if (!snap)
            qFatal("%s", snap.error().message.c_str());
        return {std::move(report), std::move(*snap)};
    }

    static void addRows()
    {
        QTest::addColumn<int>("row");
        const auto rows = faultRows();
        for (std::size_t i = 0; i < rows.size(); ++i)
            QTest::newRow(rows[i].name.c_str()) << static_cast<int>(i);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fx.start(), qPrintable(m_fx.error()));
        QVERIFY(m_dir.isValid());
        auto profile = devnetProfile(m_fx, {m_fx.rpcUrl().toStdString()});
        QVERIFY2(profile, profile ? "" : profile.error().message.c_str());
        m_profile = *profile;
        auto [report, snap] = syncThrough({m_fx.rpcUrl().toStdString()});
        QVERIFY2(report, report ? "" : errorText(report.error()).c_str());
        QVERIFY(snap.cursor && snap.logs.size() > 1000);
        m_clean = snap;
    }

    void onlyEndpointDown()
    {
        // A port nobody listens on.
        const std::string url = "http://127.0.0.1:" + std::to_string(AnvilProcess::freePort());
        auto [report, snap] = syncThrough({url}, 2s);
        QVERIFY(!report);
        QVERIFY2(report.error().code == ErrorCode::Network, errorText(report.error()).c_str());
        QVERIFY2(report.error().message.find(endpointName(url)) != std::string::npos, report.error().message.c_str());
        QVERIFY(!snap.cursor);
        QVERIFY(snap.logs.empty());
    }

    void endpointDownBesideAHealthyOne()
    {
        const std::string down = "http://127.0.0.1:" + std::to_string(AnvilProcess::freePort());
        auto [report, snap] = syncThrough({down, m_fx.rpcUrl().toStdString()}, 2s);
        QVERIFY2(report, report ? "" : errorText(report.error()).c_str());
        QVERIFY(report->faults.empty()); // a node that is down has not lied
        QVERIFY2(snap == m_clean, firstDifference(snap, m_clean).c_str());
    }

    void limitedFaultOnTheOnlyEndpoint_data() { addRows(); }
    void limitedFaultOnTheOnlyEndpoint()
    {
        QFETCH(int, row);
        const Row r = faultRows().at(static_cast<std::size_t>(row));
        FaultyRpcServer server(FaultyRpcServer::Options::forwardingTo(m_fx.rpcUrl().toStdString()));
        server.setFault(r.fault);
        auto [report, snap] = syncThrough({server.url()}, r.timeout);
        QVERIFY2(report, report ? "" : errorText(report.error()).c_str());
        QVERIFY(report->faults.empty());
        QVERIFY2(server.httpRequests() > static_cast<std::uint64_t>(r.fault.times), "the fault was never served");
        QVERIFY2(snap == m_clean, firstDifference(snap, m_clean).c_str());
    }

    void unlimitedFaultBesideAHealthyEndpoint_data() { addRows(); }
    void unlimitedFaultBesideAHealthyEndpoint()
    {
        QFETCH(int, row);
        Row r = faultRows().at(static_cast<std::size_t>(row));
        r.fault.times = -1;
        FaultyRpcServer faulty(FaultyRpcServer::Options::forwardingTo(m_fx.rpcUrl().toStdString()));
        faulty.setFault(r.fault);
        FaultyRpcServer healthy(FaultyRpcServer::Options::forwardingTo(m_fx.rpcUrl().toStdString()));
        auto [report, snap] = syncThrough({faulty.url(), healthy.url()}, r.timeout);
        QVERIFY2(report, report ? "" : errorText(report.error()).c_str());
        QVERIFY2(faulty.httpRequests() > 0, "the faulty endpoint was never asked");
        QVERIFY(healthy.httpRequests() > 0);
        QVERIFY2(snap == m_clean, firstDifference(snap, m_clean).c_str());
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_sync_faults.moc"
