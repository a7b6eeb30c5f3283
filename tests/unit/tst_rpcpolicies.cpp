// The RPC client's pure rules: URL parsing and endpoint names, backoff with jitter, the token bucket,
// endpoint health, Retry-After parsing, JSON-RPC encoding/decoding/matching and error classification.
#include "wallet/rpc/Backoff.h"
#include "wallet/rpc/EndpointConfig.h"
#include "wallet/rpc/EndpointHealth.h"
#include "wallet/rpc/JsonRpcCodec.h"
#include "wallet/rpc/RetryAfter.h"
#include "wallet/rpc/TokenBucket.h"

#include <boost/json.hpp>

#include <QTest>

using namespace plinth;
using namespace std::chrono_literals;
namespace json = boost::json;

class TestRpcPolicies : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesUrls()
    {
        auto u = parseEndpointUrl("https://node.example.invalid/v3/secretkey?x=1");
        QVERIFY(u);
        QCOMPARE(u->host, std::string("node.example.invalid"));
        QCOMPARE(u->port, std::uint16_t{443});
        QCOMPARE(u->target, std::string("/v3/secretkey?x=1"));
        QVERIFY(u->tls() && !u->webSocket() && !u->hostIsIpAddress());
        auto v6 = parseEndpointUrl("ws://[::1]:8546");
        QVERIFY(v6);
        QCOMPARE(v6->host, std::string("::1"));
        QCOMPARE(v6->hostHeader(), std::string("[::1]:8546"));
        QVERIFY(v6->hostIsIpAddress());
        QVERIFY(!parseEndpointUrl("ftp://x"));
        QVERIFY(!parseEndpointUrl("http://:80"));
        QVERIFY(!parseEndpointUrl("http://h:99999"));
        QVERIFY(!parseEndpointUrl("http://user:pw@h/"));
        // The name never carries the path, where providers put API keys.
        EndpointConfig c;
        c.url = "https://node.example.invalid/v3/secretkey";
        QCOMPARE(c.name(), std::string("https://node.example.invalid:443"));
        c.label = "primary";
        QCOMPARE(c.name(), std::string("primary"));
        auto bad = parseEndpointUrl("http://h/secret:port:x:99999x");
        QVERIFY(bad); // a colon in the path is not a port
    }

    void backoffIsBoundedFullJitter()
    {
        double r = 1.0;
        Backoff b(100ms, 1000ms, [&r] { return r; });
        QCOMPARE(b.ceiling(1), 100ms);
        QCOMPARE(b.ceiling(2), 200ms);
        QCOMPARE(b.ceiling(4), 800ms);
        QCOMPARE(b.ceiling(5), 1000ms);
        QCOMPARE(b.ceiling(60), 1000ms);
        QCOMPARE(b.delay(3), 400ms);
        r = 0.0;
        QCOMPARE(b.delay(3), 0ms);
        r = 0.5;
        QCOMPARE(b.delay(2), 100ms);
        Backoff seeded(100ms, 1000ms);
        for (unsigned i = 1; i < 20; ++i) {
            const auto d = seeded.delay(i);
            QVERIFY(d >= 0ms && d <= seeded.ceiling(i));
        }
    }

    void tokenBucketLimitsRate()
    {
        using Clock = TokenBucket::Clock;
        const Clock::time_point t0{};
        TokenBucket unlimited;
        QCOMPARE(unlimited.reserve(t0), t0);
        TokenBucket b(10, 2); // 10/s, burst 2
        QCOMPARE(b.reserve(t0), t0);
        QCOMPARE(b.reserve(t0), t0);
        QVERIFY(b.waitFor(t0) > Clock::duration::zero());
        const auto third = b.reserve(t0);
        QCOMPARE(std::chrono::duration_cast<std::chrono::milliseconds>(third - t0), 100ms);
        const auto fourth = b.reserve(t0);
        QCOMPARE(std::chrono::duration_cast<std::chrono::milliseconds>(fourth - t0), 200ms);
        // After a second the bucket is full again (burst 2), not 10 tokens.
        const auto later = t0 + 2s;
        QCOMPARE(b.reserve(later), later);
        QCOMPARE(b.reserve(later), later);
        QVERIFY(b.reserve(later) > later);
    }

    void healthTracksFailuresAndQuarantine()
    {
        using Clock = EndpointHealth::Clock;
        const Clock::time_point t0 = Clock::time_point{} + 1h;
        EndpointHealth h({3, 1000ms, 8000ms, 0.5});
        QCOMPARE(h.cost(), 0.0);
        h.recordSuccess(100ms);
        QCOMPARE(h.latencyMs(), 100.0);
        h.recordSuccess(200ms);
        QCOMPARE(h.latencyMs(), 150.0);
        h.recordFailure(t0, "refused");
        h.recordFailure(t0, "refused");
        QVERIFY(h.availableAt() <= t0); // below the threshold: no cool-down yet
        QVERIFY(h.cost() > 1.0e6);
        h.recordFailure(t0, "refused");
        QCOMPARE(h.availableAt(), t0 + 1000ms);
        h.recordFailure(t0, "refused");
        QCOMPARE(h.availableAt(), t0 + 2000ms);
        for (int i = 0; i < 10; ++i)
            h.recordFailure(t0, "refused");
        QCOMPARE(h.availableAt(), t0 + 8000ms);
        h.recordSuccess(100ms);
        QCOMPARE(h.consecutiveFailures(), 0u);
        QVERIFY(!h.quarantined(t0));
        h.quarantineUntil(t0 + 60s, "lied about a header");
        QVERIFY(h.quarantined(t0 + 59s));
        QVERIFY(!h.quarantined(t0 + 60s));
        QCOMPARE(h.lastProblem(), std::string("lied about a header"));
    }

    void parsesRetryAfter()
    {
        // 1994-11-06 08:49:37 UTC
        const auto base = std::chrono::system_clock::time_point(std::chrono::seconds(784111777));
        QCOMPARE(parseRetryAfter("120", base), std::optional<std::chrono::seconds>(120s));
        QCOMPARE(parseRetryAfter(" 0 ", base), std::optional<std::chrono::seconds>(0s));
        QCOMPARE(parseRetryAfter("Sun, 06 Nov 1994 08:50:07 GMT", base), std::optional<std::chrono::seconds>(30s));
        QCOMPARE(parseRetryAfter("Sunday, 06-Nov-94 08:49:47 GMT", base), std::optional<std::chrono::seconds>(10s));
        QCOMPARE(parseRetryAfter("Sun Nov  6 08:49:39 1994", base), std::optional<std::chrono::seconds>(2s));
        QCOMPARE(parseRetryAfter("Sat, 05 Nov 1994 08:49:37 GMT", base), std::optional<std::chrono::seconds>(0s));
        QVERIFY(!parseRetryAfter("soon", base));
        QVERIFY(!parseRetryAfter("-5", base));
        QVERIFY(!parseRetryAfter("Sun, 06 Foo 1994 08:49:37 GMT", base));
        QVERIFY(!parseRetryAfter("", base));
    }

    void encodesRequests()
    {
        RpcRequest a{"eth_chainId", {}};
        RpcRequest b{"eth_getBalance", {"0x00000000000000000000000000000000000000aa", "latest"}};
        const RpcRequest* one[] = {&a};
        const std::uint64_t id1[] = {7};
        const auto single = json::parse(encodeJsonRpc(one, id1));
        QVERIFY(single.is_object());
        QCOMPARE(single.at("id").to_number<std::uint64_t>(), std::uint64_t{7});
        QCOMPARE(std::string(single.at("jsonrpc").as_string()), std::string("2.0"));
        QVERIFY(single.at("params").as_array().empty());
        const RpcRequest* two[] = {&a, &b};
        const std::uint64_t ids[] = {1, 2};
        const auto batch = json::parse(encodeJsonRpc(two, ids));
        QCOMPARE(batch.as_array().size(), std::size_t{2});
        QCOMPARE(std::string(batch.as_array()[1].at("method").as_string()), std::string("eth_getBalance"));
    }

    void matchesAnswersOnlyById()
    {
        const std::uint64_t ids[] = {10, 11, 12, 13};
        // Out of order, 12 duplicated (with different values), 13 missing, 99 unknown, one malformed item.
        std::string body = "[{\"jsonrpc\":\"2.0\",\"id\":11,\"result\":\"b\"},"
                           "{\"jsonrpc\":\"2.0\",\"id\":10,\"result\":null},"
                           "{\"jsonrpc\":\"2.0\",\"id\":12,\"result\":\"c\"},"
                           "{\"jsonrpc\":\"2.0\",\"id\":12,\"result\":\"evil\"},"
                           "{\"jsonrpc\":\"2.0\",\"id\":99,\"result\":\"x\"},"
                           "7]";
        auto d = decodeJsonRpcResponse(body, ids);
        QVERIFY(d);
        QCOMPARE(d->answers.size(), std::size_t{4});
        QVERIFY(d->answers[0] && d->answers[0]->result && d->answers[0]->result->is_null());
        QVERIFY(d->answers[1] && d->answers[1]->result);
        QCOMPARE(std::string(d->answers[1]->result->as_string()), std::string("b"));
        QVERIFY(!d->answers[2]); // duplicated: neither copy is believed
        QVERIFY(!d->answers[3]);
        QCOMPARE(d->missing, std::size_t{2});
        QCOMPARE(d->duplicated, std::size_t{1});
        QCOMPARE(d->unknown, std::size_t{1});
        QCOMPARE(d->malformed, std::size_t{1});
    }

    void decodesErrorsAndRejectsJunk()
    {
        const std::uint64_t ids[] = {5};
        auto e = decodeJsonRpcResponse("{\"jsonrpc\":\"2.0\",\"id\":5,\"error\":{\"code\":3,\"message\":\"execution reverted\",\"data\":\"0x08c379a0\"}}", ids);
        QVERIFY(e);
        QVERIFY(e->answers[0] && e->answers[0]->error);
        QCOMPARE(e->answers[0]->error->code, std::int64_t{3});
        QCOMPARE(std::string(e->answers[0]->error->data.as_string()), std::string("0x08c379a0"));
        auto top = decodeJsonRpcResponse("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,\"message\":\"batch too large\"}}", ids);
        QVERIFY(top && top->topLevelError && top->missing == 1);
        QVERIFY(!decodeJsonRpcResponse("{\"jsonrpc\":\"2.0\",\"id\":5,\"res", ids));
        QVERIFY(!decodeJsonRpcResponse("42", ids));
        auto both = decodeJsonRpcResponse("{\"jsonrpc\":\"2.0\",\"id\":5,\"result\":1,\"error\":{\"code\":1,\"message\":\"\"}}", ids);
        QVERIFY(both && !both->answers[0] && both->malformed == 1);
        auto version = decodeJsonRpcResponse("{\"jsonrpc\":\"1.0\",\"id\":5,\"result\":1}", ids);
        QVERIFY(version && !version->answers[0]);
        auto stringId = decodeJsonRpcResponse("{\"jsonrpc\":\"2.0\",\"id\":\"5\",\"result\":1}", ids);
        QVERIFY(stringId && !stringId->answers[0] && stringId->unknown == 1);
    }

    void classifiesProviderErrors_data()
    {
        QTest::addColumn<qint64>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("kind");
        const int range = static_cast<int>(RpcErrorKind::RangeRefused);
        const int rate = static_cast<int>(RpcErrorKind::RateLimited);
        const int batch = static_cast<int>(RpcErrorKind::BatchTooLarge);
        const int remote = static_cast<int>(RpcErrorKind::Remote);
        QTest::newRow("10000 results") << qint64(-32005) << QStringLiteral("query returned more than 10000 results") << range;
        QTest::newRow("block range") << qint64(-32000) << QStringLiteral("block range too large") << range;
        QTest::newRow("range exceeds") << qint64(-32600) << QStringLiteral("eth_getLogs block range exceeds limit of 2000") << range;
        QTest::newRow("response size") << qint64(-32000) << QStringLiteral("Log response size exceeded.") << range;
        QTest::newRow("rate") << qint64(-32005) << QStringLiteral("project ID request rate exceeded") << rate;
        QTest::newRow("429") << qint64(429) << QStringLiteral("Too Many Requests") << rate;
        QTest::newRow("cu") << qint64(-32000) << QStringLiteral("Your app has exceeded its compute units per second capacity") << rate;
        QTest::newRow("bare -32005") << qint64(-32005) << QStringLiteral("limit exceeded") << rate;
        QTest::newRow("batch") << qint64(-32600) << QStringLiteral("Batch size is too large") << batch;
        QTest::newRow("batch exceeds") << qint64(-32600) << QStringLiteral("batch limit exceeded") << batch;
        QTest::newRow("revert") << qint64(3) << QStringLiteral("execution reverted") << remote;
        QTest::newRow("header") << qint64(-32000) << QStringLiteral("header not found") << remote;
    }

    void classifiesProviderErrors()
    {
        QFETCH(qint64, code);
        QFETCH(QString, message);
        QFETCH(int, kind);
        RemoteError e;
        e.code = code;
        e.message = message.toStdString();
        QCOMPARE(static_cast<int>(classifyRemoteError(e)), kind);
    }
};

QTEST_GUILESS_MAIN(TestRpcPolicies)
#include "tst_rpcpolicies.moc"
