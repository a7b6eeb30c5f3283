// EndpointPool against a misbehaving server: every fault ends in a clear error that names the endpoint,
// or in a correct answer through a retry. Answers are scripted (test_echo returns its params), so a
// wrongly matched batch answer would show as a wrong value.
#include "tests/support/AnvilProcess.h"
#include "tests/support/Completion.h"
#include "tests/support/FaultyRpcServer.h"
#include "wallet/rpc/EndpointPool.h"
#include "wallet/rpc/RpcSync.h"

#include <boost/json.hpp>

#include <QTest>

#include <ctime>

using namespace plinth;
using namespace plinth::test;
using namespace std::chrono_literals;
namespace json = boost::json;
using Fault = FaultyRpcServer::Fault;

namespace {

// Answers test_echo with "echo:" + its params, the way a node's answer depends on the request.
std::optional<json::object> echo(const json::object& call)
{
    if (call.at("method").as_string() != "test_echo")
        return std::nullopt;
    return json::object{{"jsonrpc", "2.0"}, {"id", call.at("id")}, {"result", "echo:" + json::serialize(call.at("params"))}};
}

std::unique_ptr<FaultyRpcServer> scriptedServer()
{
    auto s = std::make_unique<FaultyRpcServer>(FaultyRpcServer::Options{});
    s->setCallHook(echo);
    return s;
}

PoolOptions quickRetries(unsigned attempts = 4)
{
    PoolOptions o;
    o.maxAttempts = attempts;
    o.backoffBase = 20ms;
    o.backoffCap = 200ms;
    o.random = [] { return 0.5; };
    return o;
}

EndpointConfig endpoint(const std::string& url, const std::string& label = {})
{
    EndpointConfig c;
    c.url = url;
    c.label = label;
    c.timeout = 20s;
    return c;
}

std::string echoOf(int i) { return "echo:[" + std::to_string(i) + "]"; }

std::vector<RpcRequest> echoBatch(int n)
{
    std::vector<RpcRequest> requests;
    for (int i = 0; i < n; ++i)
        requests.push_back({"test_echo", json::array{i}});
    return requests;
}

std::string httpDate(std::time_t t)
{
    char buf[64];
    std::tm tm{};
    gmtime_r(&t, &tm);
    std::strftime(buf, sizeof buf, "%a, %d %b %Y %H:%M:%S GMT", &tm);
    return buf;
}

} // namespace

class TestRpcFaults : public QObject {
    Q_OBJECT

    NetworkThread m_thread;

    std::unique_ptr<EndpointPool> pool(std::vector<EndpointConfig> endpoints, PoolOptions options = quickRetries())
    {
        auto p = EndpointPool::create(m_thread, std::move(endpoints), std::move(options));
        if (!p)
            qFatal("pool: %s", p.error().message.c_str());
        return std::move(*p);
    }

    static bool names(const RpcReply& r, const std::string& endpoint)
    {
        return r.endpoint == endpoint && (r.ok() || r.result.error().message.find(endpoint) != std::string::npos);
    }

private Q_SLOTS:
    void connectionRefusedNamesTheEndpoint()
    {
        auto p = pool({endpoint("http://127.0.0.1:" + std::to_string(AnvilProcess::freePort()), "down")}, quickRetries(2));
        const auto r = callBlocking(*p, "test_echo", {1});
        QVERIFY(!r.ok());
        QCOMPARE(r.kind, RpcErrorKind::Transport);
        QVERIFY2(names(r, "down"), r.result.error().message.c_str());
        QVERIFY(r.result.error().message.find("connection refused") != std::string::npos);
        QCOMPARE(r.result.error().code, ErrorCode::Network);
    }

    void slowerThanTimeout()
    {
        auto s = scriptedServer();
        s->setFault(FaultyRpcServer::FaultSpec::delayed(5000ms, -1));
        auto cfg = endpoint(s->url(), "slow");
        cfg.timeout = 300ms;
        auto p = pool({cfg}, quickRetries(1));
        const auto r = callBlocking(*p, "test_echo", {1});
        QVERIFY(!r.ok());
        QCOMPARE(r.kind, RpcErrorKind::Timeout);
        QVERIFY2(names(r, "slow"), r.result.error().message.c_str());
        // Once the server is quick again, the next request succeeds (on a fresh connection).
        s->clearFault();
        const auto again = callBlocking(*p, "test_echo", {2});
        QVERIFY2(again.ok(), again.ok() ? "" : again.result.error().message.c_str());
    }

    void tooManyRequestsHonoursRetryAfterSeconds()
    {
        auto s = scriptedServer();
        s->setFault(FaultyRpcServer::FaultSpec::tooManyRequests("1", 1));
        auto p = pool({endpoint(s->url(), "busy")});
        const auto start = std::chrono::steady_clock::now();
        const auto r = callBlocking(*p, "test_echo", {1});
        QVERIFY2(r.ok(), r.ok() ? "" : r.result.error().message.c_str());
        QCOMPARE(std::string(r.result->as_string()), echoOf(1));
        QVERIFY(std::chrono::steady_clock::now() - start >= 900ms); // waited as told, not sooner
        QCOMPARE(s->httpRequests(), 2ull);
    }

    void tooManyRequestsHonoursRetryAfterDate()
    {
        auto s = scriptedServer();
        s->setFault(FaultyRpcServer::FaultSpec::tooManyRequests(httpDate(std::time(nullptr) + 2), 1));
        auto p = pool({endpoint(s->url(), "busy")});
        const auto start = std::chrono::steady_clock::now();
        const auto r = callBlocking(*p, "test_echo", {1});
        QVERIFY2(r.ok(), r.ok() ? "" : r.result.error().message.c_str());
        QVERIFY(std::chrono::steady_clock::now() - start >= 900ms); // a date 2 s ahead is at least 1 s away
    }

    void persistentRateLimitFails()
    {
        auto s = scriptedServer();
        s->setFault(FaultyRpcServer::FaultSpec::tooManyRequests("0", -1));
        auto p = pool({endpoint(s->url(), "busy")}, quickRetries(3));
        const auto r = callBlocking(*p, "test_echo", {1});
        QVERIFY(!r.ok());
        QCOMPARE(r.kind, RpcErrorKind::RateLimited);
        QVERIFY2(names(r, "busy"), r.result.error().message.c_str());
        QCOMPARE(s->httpRequests(), 3ull); // bounded
    }

    void serverErrorIsRetried()
    {
        auto s = scriptedServer();
        s->setFault(FaultyRpcServer::FaultSpec::make(Fault::ServerError, 2));
        auto p = pool({endpoint(s->url(), "flaky")});
        const auto r = callBlocking(*p, "test_echo", {3});
        QVERIFY2(r.ok(), r.ok() ? "" : r.result.error().message.c_str());
        QCOMPARE(std::string(r.result->as_string()), echoOf(3));
        s->setFault(FaultyRpcServer::FaultSpec::serverError(502, -1));
        const auto bad = callBlocking(*p, "test_echo", {3});
        QVERIFY(!bad.ok());
        QCOMPARE(bad.kind, RpcErrorKind::HttpStatus);
        QVERIFY2(names(bad, "flaky") && bad.result.error().message.find("HTTP 502") != std::string::npos,
                 bad.result.error().message.c_str());
    }

    void malformedJsonIsRetriedThenReported()
    {
        auto s = scriptedServer();
        s->setFault(FaultyRpcServer::FaultSpec::make(Fault::MalformedJson, 1));
        auto p = pool({endpoint(s->url(), "garbled")});
        const auto r = callBlocking(*p, "test_echo", {4});
        QVERIFY2(r.ok(), r.ok() ? "" : r.result.error().message.c_str());
        s->setFault(FaultyRpcServer::FaultSpec::make(Fault::MalformedJson, -1));
        const auto bad = callBlocking(*p, "test_echo", {4});
        QVERIFY(!bad.ok());
        QCOMPARE(bad.kind, RpcErrorKind::Malformed);
        QVERIFY2(names(bad, "garbled"), bad.result.error().message.c_str());
    }

    void partialBatchesAreCompletedNeverMismatched_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("missing id") << static_cast<int>(Fault::DropFromBatch);
        QTest::newRow("duplicated id") << static_cast<int>(Fault::DuplicateInBatch);
        QTest::newRow("wrong id") << static_cast<int>(Fault::WrongIdsInBatch);
    }

    void partialBatchesAreCompletedNeverMismatched()
    {
        QFETCH(int, fault);
        auto s = scriptedServer();
        s->setFault(FaultyRpcServer::FaultSpec::make(static_cast<Fault>(fault), 1));
        auto p = pool({endpoint(s->url(), "partial")});
        const auto replies = batchBlocking(*p, echoBatch(10));
        QCOMPARE(replies.size(), std::size_t{10});
        for (int i = 0; i < 10; ++i) {
            QVERIFY2(replies[i].ok(), replies[i].ok() ? "" : replies[i].result.error().message.c_str());
            QCOMPARE(std::string(replies[i].result->as_string()), echoOf(i));
            QCOMPARE(replies[i].endpoint, std::string("partial"));
        }
        QCOMPARE(s->httpRequests(), 2ull); // the batch, then only the one request it left out
        QCOMPARE(s->rpcCalls(), 11ull);
    }

    void neverAnsweredRequestIsReportedAfterBoundedRetries()
    {
        // test_never is always answered under an id that was not sent; the others are fine.
        auto s = std::make_unique<FaultyRpcServer>(FaultyRpcServer::Options{});
        s->setCallHook([](const json::object& call) -> std::optional<json::object> {
            if (call.at("method").as_string() == "test_never")
                return json::object{{"jsonrpc", "2.0"}, {"id", 999999999}, {"result", "0xbad"}};
            return echo(call);
        });
        auto p = pool({endpoint(s->url(), "partial")}, quickRetries(3));
        std::vector<RpcRequest> requests{{"test_echo", {0}}, {"test_never", {1}}, {"test_echo", {2}}};
        const auto replies = batchBlocking(*p, requests);
        QCOMPARE(std::string(replies[0].result->as_string()), echoOf(0));
        QCOMPARE(std::string(replies[2].result->as_string()), echoOf(2));
        QVERIFY(!replies[1].ok());
        QCOMPARE(replies[1].kind, RpcErrorKind::Malformed);
        QVERIFY2(names(replies[1], "partial") && replies[1].result.error().message.find("missing") != std::string::npos,
                 replies[1].result.error().message.c_str());
        QCOMPARE(s->callsOf("test_never"), std::uint64_t{3}); // maxAttempts, no more
        QCOMPARE(s->callsOf("test_echo"), std::uint64_t{2});  // answered ones are not asked again
    }

    void rpcErrorObjectsAreDeliveredNotRetried()
    {
        auto s = std::make_unique<FaultyRpcServer>(FaultyRpcServer::Options{});
        s->setCallHook([](const json::object& call) -> std::optional<json::object> {
            return json::object{{"jsonrpc", "2.0"}, {"id", call.at("id")},
                                {"error", json::object{{"code", 3}, {"message", "execution reverted"}, {"data", "0x1234"}}}};
        });
        auto p = pool({endpoint(s->url(), "node")});
        const auto r = callBlocking(*p, "eth_call", {});
        QVERIFY(!r.ok());
        QCOMPARE(r.kind, RpcErrorKind::Remote);
        QCOMPARE(r.result.error().code, ErrorCode::Remote);
        QVERIFY(r.remote && r.remote->code == 3);
        QCOMPARE(std::string(r.remote->data.as_string()), std::string("0x1234"));
        QVERIFY2(names(r, "node"), r.result.error().message.c_str());
        QCOMPARE(s->httpRequests(), 1ull);
    }

    void batchesAreSplitToTheLimit()
    {
        auto s = scriptedServer();
        auto cfg = endpoint(s->url(), "node");
        cfg.maxBatchSize = 100;
        auto p = pool({cfg});
        const auto replies = batchBlocking(*p, echoBatch(250));
        for (int i = 0; i < 250; ++i)
            QCOMPARE(std::string(replies[i].result->as_string()), echoOf(i));
        QCOMPARE(s->largestBatch(), std::size_t{100});
        QCOMPARE(s->httpRequests(), 3ull);
    }

    void learnsALowerBatchLimit()
    {
        auto s = scriptedServer();
        s->setMaxBatchSize(30);
        auto p = pool({endpoint(s->url(), "strict")});
        const auto replies = batchBlocking(*p, echoBatch(100));
        for (int i = 0; i < 100; ++i) {
            QVERIFY2(replies[i].ok(), replies[i].ok() ? "" : replies[i].result.error().message.c_str());
            QCOMPARE(std::string(replies[i].result->as_string()), echoOf(i));
        }
        const auto learned = p->status().front().batchSize;
        QVERIFY(learned <= 30 && learned >= 1);
        // The next batch goes straight out at the learned size.
        const auto before = s->httpRequests();
        (void)batchBlocking(*p, echoBatch(learned * 2));
        QCOMPARE(s->httpRequests() - before, 2ull);
    }

    void oversizeAnswerIsRefused()
    {
        auto s = scriptedServer();
        s->setFault(FaultyRpcServer::FaultSpec::oversize(3u << 20, -1));
        auto cfg = endpoint(s->url(), "huge");
        cfg.maxResponseBytes = 1u << 20;
        auto p = pool({cfg});
        const auto r = callBlocking(*p, "test_echo", {1});
        QVERIFY(!r.ok());
        QCOMPARE(r.kind, RpcErrorKind::ResponseTooLarge);
        QVERIFY2(names(r, "huge") && r.result.error().message.find("limit") != std::string::npos, r.result.error().message.c_str());
        // Under the limit it is fine.
        s->setFault(FaultyRpcServer::FaultSpec::oversize(512u << 10, -1));
        QVERIFY(callBlocking(*p, "test_echo", {1}).ok());
    }

    void reconnectsWhenTheServerClosesKeepAlive()
    {
        auto s = scriptedServer();
        auto p = pool({endpoint(s->url(), "node")}, quickRetries(1)); // no pool retry: the connection must cope
        QVERIFY(callBlocking(*p, "test_echo", {1}).ok());
        s->setFault(FaultyRpcServer::FaultSpec::make(Fault::CloseAfterAnswer, 1));
        QVERIFY(callBlocking(*p, "test_echo", {2}).ok());
        // The connection it kept is now closed by the server: the next call reconnects transparently.
        const auto r = callBlocking(*p, "test_echo", {3});
        QVERIFY2(r.ok(), r.ok() ? "" : r.result.error().message.c_str());
        s->dropConnections();
        const auto r2 = callBlocking(*p, "test_echo", {4});
        QVERIFY2(r2.ok(), r2.ok() ? "" : r2.result.error().message.c_str());
        QCOMPARE(s->connectionsAccepted(), 3ull);
        QCOMPARE(p->status().front().connects, 3ull);
    }

    void closedWithoutAnswerIsRetried()
    {
        auto s = scriptedServer();
        s->setFault(FaultyRpcServer::FaultSpec::make(Fault::CloseWithoutAnswer, 1));
        auto p = pool({endpoint(s->url(), "node")});
        const auto r = callBlocking(*p, "test_echo", {1});
        QVERIFY2(r.ok(), r.ok() ? "" : r.result.error().message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestRpcFaults)
#include "tst_rpcfaults.moc"
