// EndpointPool behaviour across endpoints and over time: failover to the honest endpoint, markBad moving
// traffic, cancellation and shutdown delivering Cancelled exactly once, the rate limit, and getLogs
// splitting refused ranges. Answers are scripted by FaultyRpcServer hooks.
#include "tests/support/AnvilProcess.h"
#include "tests/support/Completion.h"
#include "tests/support/FaultyRpcServer.h"
#include "wallet/rpc/EndpointPool.h"
#include "wallet/rpc/LogFetcher.h"
#include "wallet/rpc/RpcSync.h"

#include <boost/json.hpp>

#include <QTest>

#include <charconv>

using namespace plinth;
using namespace plinth::test;
using namespace std::chrono_literals;
namespace json = boost::json;
using Fault = FaultyRpcServer::Fault;

namespace {

std::string hex(std::uint64_t n)
{
    char buf[24];
    auto end = std::to_chars(buf, buf + sizeof buf, n, 16).ptr;
    return "0x" + std::string(buf, end);
}

std::uint64_t unhex(const json::value& v) { return std::stoull(std::string(v.as_string()).substr(2), nullptr, 16); }

// test_echo returns its params; eth_getLogs returns one log per block of the range (blockNumber set);
// `blockShift` moves the logs' block numbers to simulate a lying node.
FaultyRpcServer::CallHook scripted(std::uint64_t blockShift = 0)
{
    return [blockShift](const json::object& call) -> std::optional<json::object> {
        const auto method = std::string(call.at("method").as_string());
        json::value result;
        if (method == "test_echo") {
            result = "echo:" + json::serialize(call.at("params"));
        } else if (method == "eth_getLogs") {
            const auto& f = call.at("params").as_array()[0].as_object();
            json::array logs;
            for (auto b = unhex(f.at("fromBlock")); b <= unhex(f.at("toBlock")); ++b)
                logs.push_back(json::object{{"blockNumber", hex(b + blockShift)}, {"logIndex", "0x0"}});
            result = std::move(logs);
        } else {
            return std::nullopt;
        }
        return json::object{{"jsonrpc", "2.0"}, {"id", call.at("id")}, {"result", std::move(result)}};
    };
}

std::unique_ptr<FaultyRpcServer> server(std::uint64_t blockShift = 0)
{
    auto s = std::make_unique<FaultyRpcServer>(FaultyRpcServer::Options{});
    s->setCallHook(scripted(blockShift));
    return s;
}

EndpointConfig endpoint(const std::string& url, const std::string& label)
{
    EndpointConfig c;
    c.url = url;
    c.label = label;
    c.timeout = 20s;
    return c;
}

PoolOptions quick()
{
    PoolOptions o;
    o.backoffBase = 20ms;
    o.backoffCap = 200ms;
    return o;
}

} // namespace

class TestRpcPool : public QObject {
    Q_OBJECT

    NetworkThread m_thread;

    std::unique_ptr<EndpointPool> pool(std::vector<EndpointConfig> endpoints, PoolOptions options = quick())
    {
        auto p = EndpointPool::create(m_thread, std::move(endpoints), std::move(options));
        if (!p)
            qFatal("pool: %s", p.error().message.c_str());
        return std::move(*p);
    }

private Q_SLOTS:
    void rejectsBadConfigurations()
    {
        QVERIFY(!EndpointPool::create(m_thread, {}));
        QVERIFY(!EndpointPool::create(m_thread, {endpoint("ws://127.0.0.1:1", "ws")}));
        QVERIFY(!EndpointPool::create(m_thread, {endpoint("http://127.0.0.1:1", "a"), endpoint("http://127.0.0.1:2", "a")}));
        auto e = endpoint("https://127.0.0.1:1", "tls");
        e.caFile = "/nonexistent/ca.pem";
        auto bad = EndpointPool::create(m_thread, {e});
        QVERIFY(!bad && bad.error().message.find("tls") != std::string::npos);
    }

    void failsOverFromAFaultyToTheHonestEndpoint_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("5xx") << static_cast<int>(Fault::ServerError);
        QTest::newRow("malformed") << static_cast<int>(Fault::MalformedJson);
        QTest::newRow("closes") << static_cast<int>(Fault::CloseWithoutAnswer);
        QTest::newRow("429") << static_cast<int>(Fault::TooManyRequests);
        QTest::newRow("drops from batches") << static_cast<int>(Fault::DropFromBatch);
    }

    void failsOverFromAFaultyToTheHonestEndpoint()
    {
        QFETCH(int, fault);
        auto faulty = server();
        auto spec = FaultyRpcServer::FaultSpec::make(static_cast<Fault>(fault));
        spec.retryAfter = "30"; // read only for 429
        faulty->setFault(spec);
        auto honest = server();
        auto p = pool({endpoint(faulty->url(), "faulty"), endpoint(honest->url(), "honest")});
        for (int round = 0; round < 5; ++round) {
            std::vector<RpcRequest> requests;
            for (int i = 0; i < 4; ++i)
                requests.push_back({"test_echo", json::array{round * 10 + i}});
            const auto replies = batchBlocking(*p, requests);
            for (int i = 0; i < 4; ++i) {
                QVERIFY2(replies[i].ok(), replies[i].ok() ? "" : replies[i].result.error().message.c_str());
                QCOMPARE(std::string(replies[i].result->as_string()), "echo:[" + std::to_string(round * 10 + i) + "]");
                // A batch answered in part keeps the genuine answers it did get from the faulty one.
                if (round > 0 || static_cast<Fault>(fault) != Fault::DropFromBatch)
                    QCOMPARE(replies[i].endpoint, std::string("honest"));
            }
        }
        // After its first failure the faulty endpoint is no longer preferred.
        QVERIFY(faulty->httpRequests() <= 2);
    }

    void failsOverFromADownEndpoint()
    {
        auto honest = server();
        auto p = pool({endpoint("http://127.0.0.1:" + std::to_string(AnvilProcess::freePort()), "down"), endpoint(honest->url(), "honest")});
        const auto r = callBlocking(*p, "test_echo", {1});
        QVERIFY2(r.ok(), r.ok() ? "" : r.result.error().message.c_str());
        QCOMPARE(r.endpoint, std::string("honest"));
        const auto st = p->status();
        QCOMPARE(st[0].consecutiveFailures, 1u);
        QVERIFY(st[0].lastProblem.find("refused") != std::string::npos);
    }

    void markBadMovesTraffic()
    {
        auto a = server();
        auto b = server();
        auto p = pool({endpoint(a->url(), "A"), endpoint(b->url(), "B")});
        const auto first = callBlocking(*p, "test_echo", {1});
        QCOMPARE(first.endpoint, std::string("A")); // first in order of preference
        CallOptions notA;
        notA.avoid = {"A"};
        QCOMPARE(callBlocking(*p, "test_echo", {1}, notA).endpoint, std::string("B"));
        // Both measured and healthy: either could get the next request. The verifier caught A lying:
        // quarantine it and ask the same again.
        p->markBad(first.endpoint, "header hash does not match its parent link");
        for (int i = 0; i < 5; ++i) {
            const auto r = callBlocking(*p, "test_echo", {2});
            QVERIFY(r.ok());
            QCOMPARE(r.endpoint, std::string("B"));
        }
        const auto callsToA = a->httpRequests();
        // With B avoided and A quarantined there is nobody left: a clear error naming both.
        CallOptions onlyA;
        onlyA.avoid = {"B"};
        const auto none = callBlocking(*p, "test_echo", {3}, onlyA);
        QVERIFY(!none.ok());
        QCOMPARE(none.kind, RpcErrorKind::NoEndpoint);
        const auto& msg = none.result.error().message;
        QVERIFY2(msg.find("A (quarantined: marked bad: header hash") != std::string::npos, msg.c_str());
        QVERIFY2(msg.find("B (avoided") != std::string::npos, msg.c_str());
        QCOMPARE(a->httpRequests(), callsToA);
        QVERIFY(p->status()[0].quarantined);
    }

    void cancelDeliversCancelledOnce()
    {
        auto s = server();
        s->setFault(FaultyRpcServer::FaultSpec::delayed(3000ms, -1));
        auto p = pool({endpoint(s->url(), "slow")});
        Completion<RpcReply> done;
        auto handle = p->call("test_echo", {1}, done.callback());
        handle.cancel();
        handle.cancel(); // twice is harmless
        const auto r = done.wait();
        QVERIFY(r);
        QCOMPARE(r->kind, RpcErrorKind::Cancelled);
        QCOMPARE(r->result.error().code, ErrorCode::Cancelled);
        QTest::qWait(200);
        QCOMPARE(done.calls(), 1);
    }

    void destroyingThreadAndPoolCancelsPendingWork()
    {
        auto s = server();
        s->setFault(FaultyRpcServer::FaultSpec::delayed(3000ms, -1));
        Completion<RpcReply> single;
        Completion<std::vector<RpcReply>> batch;
        {
            NetworkThread thread;
            auto p = EndpointPool::create(thread, {endpoint(s->url(), "slow")});
            QVERIFY(p);
            (*p)->call("test_echo", {1}, single.callback());
            std::vector<RpcRequest> requests{{"test_echo", {2}}, {"test_echo", {3}}};
            (*p)->batch(requests, batch.callback());
            QTest::qWait(100);
        } // pool first, then the thread
        QCOMPARE(single.calls(), 1);
        QCOMPARE(batch.calls(), 1);
        QCOMPARE(single.wait(0ms)->kind, RpcErrorKind::Cancelled);
        const auto replies = batch.wait(0ms);
        QVERIFY(replies && replies->size() == 2);
        for (const auto& r : *replies)
            QCOMPARE(r.kind, RpcErrorKind::Cancelled);
    }

    void rateLimitSpacesRequests()
    {
        auto s = server();
        auto cfg = endpoint(s->url(), "metered");
        cfg.requestsPerSecond = 4;
        cfg.burst = 1;
        auto p = pool({cfg});
        std::vector<Completion<RpcReply>> done(5);
        const auto start = std::chrono::steady_clock::now();
        for (int i = 0; i < 5; ++i)
            p->call("test_echo", {i}, done[static_cast<std::size_t>(i)].callback());
        for (auto& d : done)
            QVERIFY(d.wait() && d.wait()->ok());
        // 5 requests at 4/s with a burst of 1 cannot finish in under a second.
        QVERIFY(std::chrono::steady_clock::now() - start >= 950ms);
    }

    void getLogsSplitsRefusedRanges_data()
    {
        QTest::addColumn<QString>("message");
        QTest::newRow("too many results") << QStringLiteral("query returned more than 10000 results");
        QTest::newRow("block range") << QStringLiteral("block range too large");
        QTest::newRow("range limit") << QStringLiteral("eth_getLogs is limited to a 10 block range");
    }

    void getLogsSplitsRefusedRanges()
    {
        QFETCH(QString, message);
        auto s = server();
        s->setMaxLogsRange(10, message.toStdString());
        auto p = pool({endpoint(s->url(), "capped")});
        Completion<LogsReply> done;
        getLogs(*p, json::object{{"address", "0x0000000000000000000000000000000000000001"}}, 5, 104, done.callback());
        const auto r = done.wait();
        QVERIFY(r);
        QVERIFY2(r->result, r->result ? "" : r->result.error().message.c_str());
        const auto all = r->result->allLogs();
        QCOMPARE(all.size(), std::size_t{100});
        for (std::size_t i = 0; i < all.size(); ++i)
            QCOMPARE(unhex(all[i].at("blockNumber")), 5 + i);
        std::uint64_t next = 5;
        for (const auto& c : r->result->chunks) {
            QCOMPARE(c.fromBlock, next);
            QVERIFY(c.toBlock - c.fromBlock + 1 <= 10);
            QCOMPARE(c.endpoint, std::string("capped"));
            next = c.toBlock + 1;
        }
        QCOMPARE(next, 105ull);
        QCOMPARE(r->result->endpoints(), std::vector<std::string>{"capped"});
    }

    void getLogsReportsWhatCannotBeSplit()
    {
        auto s = server();
        s->setCallHook([](const json::object& call) -> std::optional<json::object> {
            return json::object{{"jsonrpc", "2.0"}, {"id", call.at("id")},
                                {"error", json::object{{"code", -32005}, {"message", "query returned more than 10000 results"}}}};
        });
        auto p = pool({endpoint(s->url(), "stingy")});
        Completion<LogsReply> done;
        getLogs(*p, {}, 0, 7, done.callback());
        const auto r = done.wait();
        QVERIFY(r && !r->result);
        QCOMPARE(r->endpoint, std::string("stingy"));
        QCOMPARE(r->kind, RpcErrorKind::RangeRefused);
        QVERIFY(r->result.error().message.find("stingy") != std::string::npos);
        // 8 blocks: halving reaches a single block after 4 levels; it stops there (never more than 1+2+4+8).
        QVERIFY(s->callsOf("eth_getLogs") >= 4 && s->callsOf("eth_getLogs") <= 15);
    }

    void getLogsRejectsLogsOutsideTheRange()
    {
        auto liar = server(1000);
        auto p = pool({endpoint(liar->url(), "liar")});
        Completion<LogsReply> done;
        getLogs(*p, {}, 10, 20, done.callback());
        const auto r = done.wait();
        QVERIFY(r && !r->result);
        QCOMPARE(r->endpoint, std::string("liar"));
        QCOMPARE(r->result.error().code, ErrorCode::Unverified);
    }

    void getLogsPresplitsAndUsesTheHonestEndpoint()
    {
        auto faulty = server();
        faulty->setFault(FaultyRpcServer::FaultSpec::make(Fault::ServerError, -1));
        auto honest = server();
        auto p = pool({endpoint(faulty->url(), "faulty"), endpoint(honest->url(), "honest")});
        Completion<LogsReply> done;
        LogsOptions options;
        options.maxBlocksPerQuery = 7;
        getLogs(*p, {}, 0, 49, done.callback(), options);
        const auto r = done.wait();
        QVERIFY(r);
        QVERIFY2(r->result, r->result ? "" : r->result.error().message.c_str());
        QCOMPARE(r->result->logCount(), std::size_t{50});
        QCOMPARE(r->result->chunks.size(), std::size_t{8});
        QCOMPARE(r->result->endpoints(), std::vector<std::string>{"honest"});
    }
};

QTEST_GUILESS_MAIN(TestRpcPool)
#include "tst_rpcpool.moc"
