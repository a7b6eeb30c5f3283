// EndpointPool, getLogs and WsSubscription against a real anvil devnet (and through a forwarding
// FaultyRpcServer where the test must see the traffic): chain id, block number, a 250-block batch split
// to the endpoint's limit, logs over a range, newHeads over WebSocket across an anvil restart, and
// keep-alive connection reuse.
#include "tests/support/AnvilProcess.h"
#include "tests/support/Completion.h"
#include "tests/support/FaultyRpcServer.h"
#include "wallet/rpc/EndpointPool.h"
#include "wallet/rpc/LogFetcher.h"
#include "wallet/rpc/RpcSync.h"
#include "wallet/rpc/WsSubscription.h"

#include <boost/json.hpp>

#include <QTest>

#include <algorithm>
#include <charconv>
#include <condition_variable>
#include <mutex>

using namespace plinth;
using namespace plinth::test;
using namespace std::chrono_literals;
namespace json = boost::json;

namespace {

std::string hex(std::uint64_t n)
{
    char buf[24];
    auto end = std::to_chars(buf, buf + sizeof buf, n, 16).ptr;
    return "0x" + std::string(buf, end);
}

std::uint64_t unhex(const json::value& v) { return std::stoull(std::string(v.as_string()).substr(2), nullptr, 16); }

EndpointConfig endpoint(const std::string& url, const std::string& label)
{
    EndpointConfig c;
    c.url = url;
    c.label = label;
    c.timeout = 30s;
    return c;
}

// Collects WebSocket notifications and statuses; waits for counts with a generous bound.
struct HeadLog {
    std::mutex mutex;
    std::condition_variable changed;
    std::vector<std::uint64_t> numbers;
    std::vector<std::string> endpoints;
    int subscribed = 0;
    int lost = 0;

    template <class Pred>
    bool waitFor(Pred pred)
    {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, 90s, [&] { return pred(*this); });
    }
};

} // namespace

class TestRpcAnvil : public QObject {
    Q_OBJECT

    AnvilProcess m_anvil;
    NetworkThread m_thread;
    std::unique_ptr<EndpointPool> m_pool;

    RpcReply call(const std::string& method, json::array params)
    {
        auto r = callBlocking(*m_pool, method, std::move(params));
        if (!r.ok())
            qWarning("%s: %s", method.c_str(), r.result.error().message.c_str());
        return r;
    }

    std::uint64_t blockNumber() { return unhex(*call("eth_blockNumber", {}).result); }

private Q_SLOTS:
    void initTestCase()
    {
        const std::string error = m_anvil.start(PLINTH_SOURCE_DIR);
        QVERIFY2(error.empty(), error.c_str());
        auto p = EndpointPool::create(m_thread, {endpoint(m_anvil.httpUrl(), "anvil")});
        QVERIFY(p);
        m_pool = std::move(*p);
    }

    void cleanupTestCase()
    {
        m_pool.reset();
        m_anvil.stop();
    }

    void chainIdAndBlockNumber()
    {
        const auto id = call("eth_chainId", {});
        QVERIFY(id.ok());
        QCOMPARE(std::string(id.result->as_string()), std::string("0x7a69"));
        QCOMPARE(id.endpoint, std::string("anvil"));
        const auto before = blockNumber();
        QVERIFY(call("anvil_mine", {"0x2"}).ok());
        QCOMPARE(blockNumber(), before + 2);
    }

    void batchOf250BlocksIsSplit()
    {
        QVERIFY(call("anvil_mine", {hex(260)}).ok());
        FaultyRpcServer proxy(FaultyRpcServer::Options::forwardingTo(m_anvil.httpUrl()));
        auto cfg = endpoint(proxy.url(), "proxy");
        cfg.maxBatchSize = 100;
        auto p = EndpointPool::create(m_thread, {cfg});
        QVERIFY(p);
        std::vector<RpcRequest> requests;
        for (std::uint64_t i = 0; i < 250; ++i)
            requests.push_back({"eth_getBlockByNumber", {hex(i), false}});
        const auto replies = batchBlocking(**p, requests);
        QCOMPARE(replies.size(), std::size_t{250});
        for (std::uint64_t i = 0; i < 250; ++i) {
            QVERIFY2(replies[i].ok(), replies[i].ok() ? "" : replies[i].result.error().message.c_str());
            QCOMPARE(unhex(replies[i].result->at("number")), i);
            QCOMPARE(replies[i].endpoint, std::string("proxy"));
        }
        QCOMPARE(proxy.largestBatch(), std::size_t{100});
        QCOMPARE(proxy.httpRequests(), 3ull);
        // And straight to anvil, which takes any size.
        const auto direct = batchBlocking(*m_pool, requests);
        for (std::uint64_t i = 0; i < 250; ++i)
            QCOMPARE(json::serialize(*direct[i].result), json::serialize(*replies[i].result));
    }

    void logsOverARange()
    {
        // A contract whose code is LOG0(0, 0): every call to it emits one log in its own block.
        const std::string emitter = "0x00000000000000000000000000000000000e1171";
        QVERIFY(call("anvil_setCode", {emitter, "0x60006000a000"}).ok());
        const auto accounts = call("eth_accounts", {});
        QVERIFY(accounts.ok() && !accounts.result->as_array().empty());
        const json::value from = accounts.result->as_array()[0];
        std::vector<std::string> hashes;
        for (int i = 0; i < 30; ++i) {
            const auto sent = call("eth_sendTransaction", {json::object{{"from", from}, {"to", emitter}, {"gas", "0x186a0"}}});
            QVERIFY(sent.ok());
            hashes.emplace_back(sent.result->as_string());
        }
        // anvil answers eth_sendTransaction before it mines: wait for every receipt (bounded).
        std::vector<std::uint64_t> blocks;
        for (const auto& h : hashes) {
            json::value receipt;
            for (int poll = 0; poll < 600 && receipt.is_null(); ++poll) {
                const auto r = call("eth_getTransactionReceipt", {h});
                QVERIFY(r.ok());
                receipt = *r.result;
                if (receipt.is_null())
                    QTest::qWait(50);
            }
            QVERIFY2(!receipt.is_null(), "no receipt within 30 s");
            blocks.push_back(unhex(receipt.at("blockNumber")));
        }
        const auto last = *std::max_element(blocks.begin(), blocks.end());

        const json::object filter{{"address", emitter}};
        Completion<LogsReply> direct;
        getLogs(*m_pool, filter, 0, last, direct.callback());
        const auto d = direct.wait();
        QVERIFY(d);
        QVERIFY2(d->result, d->result ? "" : d->result.error().message.c_str());
        const auto logs = d->result->allLogs();
        QCOMPARE(logs.size(), std::size_t{30});
        for (std::size_t i = 0; i < logs.size(); ++i) {
            QCOMPARE(std::string(logs[i].at("transactionHash").as_string()), hashes[i]);
            QCOMPARE(unhex(logs[i].at("blockNumber")), blocks[i]);
        }

        // Through a proxy that refuses ranges wider than 8 blocks: the same logs, in the same order.
        FaultyRpcServer proxy(FaultyRpcServer::Options::forwardingTo(m_anvil.httpUrl()));
        proxy.setMaxLogsRange(8);
        auto p = EndpointPool::create(m_thread, {endpoint(proxy.url(), "capped")});
        QVERIFY(p);
        Completion<LogsReply> split;
        getLogs(**p, filter, 0, last, split.callback());
        const auto s = split.wait();
        QVERIFY(s);
        QVERIFY2(s->result, s->result ? "" : s->result.error().message.c_str());
        QCOMPARE(json::serialize(s->result->allLogs()), json::serialize(logs));
        QVERIFY(s->result->chunks.size() > 1);
        QCOMPARE(s->result->endpoints(), std::vector<std::string>{"capped"});
    }

    void keepAliveReusesConnections()
    {
        auto p = EndpointPool::create(m_thread, {endpoint(m_anvil.httpUrl(), "anvil")});
        QVERIFY(p);
        for (int i = 0; i < 30; ++i)
            QVERIFY(callBlocking(**p, "eth_blockNumber", {}).ok());
        const auto st = (*p)->status().front();
        QCOMPARE(st.httpRequests, 30ull);
        QCOMPARE(st.connects, 1ull);
    }

    void webSocketNewHeadsAcrossARestart()
    {
        auto heads = std::make_shared<HeadLog>();
        WsSubscription::Options options;
        options.reconnectBase = 100ms;
        options.reconnectCap = 1000ms;
        auto sub = WsSubscription::create(
            m_thread, endpoint(m_anvil.wsUrl(), "anvil-ws"), json::array{"newHeads"},
            [heads](const json::value& header, const std::string& endpointName) {
                std::lock_guard lock(heads->mutex);
                heads->numbers.push_back(unhex(header.at("number")));
                heads->endpoints.push_back(endpointName);
                heads->changed.notify_all();
            },
            [heads](const Result<void>& status, const std::string&) {
                std::lock_guard lock(heads->mutex);
                (status ? heads->subscribed : heads->lost)++;
                heads->changed.notify_all();
            },
            options);
        QVERIFY(sub);
        QVERIFY(heads->waitFor([](HeadLog& h) { return h.subscribed >= 1; }));
        const auto start = blockNumber();
        for (int i = 0; i < 3; ++i)
            QVERIFY(call("evm_mine", {}).ok());
        QVERIFY(heads->waitFor([start](HeadLog& h) { return !h.numbers.empty() && h.numbers.back() >= start + 3; }));
        {
            // The three mined heads arrive in order (a head mined just before may precede them).
            std::lock_guard lock(heads->mutex);
            const auto& n = heads->numbers;
            QVERIFY(n.size() >= 3);
            QCOMPARE(n[n.size() - 3], start + 1);
            QCOMPARE(n[n.size() - 2], start + 2);
            QCOMPARE(n[n.size() - 1], start + 3);
            QCOMPARE(heads->endpoints.back(), std::string("anvil-ws"));
        }
        std::size_t seen = 0;
        {
            std::lock_guard lock(heads->mutex);
            seen = heads->numbers.size();
        }

        // anvil goes away and comes back on the same port: the subscription reports the loss,
        // reconnects, subscribes again and delivers the new chain's heads.
        const auto port = m_anvil.port();
        m_anvil.stop();
        QVERIFY(heads->waitFor([](HeadLog& h) { return h.lost >= 1; }));
        const std::string error = m_anvil.start(PLINTH_SOURCE_DIR, {}, port);
        QVERIFY2(error.empty(), error.c_str());
        QVERIFY(heads->waitFor([](HeadLog& h) { return h.subscribed >= 2; }));
        QVERIFY(call("evm_mine", {}).ok());
        QVERIFY(heads->waitFor([seen](HeadLog& h) { return h.numbers.size() > seen; }));
        {
            std::lock_guard lock(heads->mutex);
            QCOMPARE(heads->numbers.back(), 1ull); // a fresh chain's first mined block
        }
        QVERIFY((*sub)->connects() >= 2);
    }
};

QTEST_GUILESS_MAIN(TestRpcAnvil)
#include "tst_rpcanvil.moc"
