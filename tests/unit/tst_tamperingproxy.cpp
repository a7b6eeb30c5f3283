// TamperingProxy against a real anvil: each mode really alters what it says (the same question asked of
// anvil directly and through the proxy gives different answers), the light client's checks catch every
// lie (wallet/light, wallet/eth), answers about other blocks pass untouched, and the counters count.
// This keeps the sync tampering tests from passing vacuously: a proxy that lied badly, or not at all,
// fails here first.
#include "tests/support/AnvilProcess.h"
#include "tests/support/TamperingProxy.h"
#include "wallet/codec/Hex.h"
#include "wallet/codec/UInt256.h"
#include "wallet/eth/BlockHeader.h"
#include "wallet/eth/Receipt.h"
#include "wallet/light/MerkleProof.h"
#include "wallet/light/ReceiptVerifier.h"
#include "wallet/rpc/EndpointPool.h"
#include "wallet/rpc/RpcSync.h"

#include <boost/json.hpp>

#include <QTest>

#include <thread>

using namespace plinth;
using namespace plinth::test;
using namespace std::chrono_literals;
namespace json = boost::json;
using Mode = TamperingProxy::Mode;
using Lie = TamperingProxy::Lie;

namespace {

// LOG1(topic = caller, data = calldata): CALLDATASIZE PUSH0 PUSH0 CALLDATACOPY CALLER CALLDATASIZE PUSH0 LOG1 STOP
const char* const kEmitterCode = "0x365f5f3733365fa100";
const char* const kEmitter = "0x00000000000000000000000000000000000e0117";
const char* const kStore = "0x0000000000000000000000000000000000005107";

std::string hexQ(std::uint64_t v) { return toHexQuantity(UInt256(v)); }
std::uint64_t unhex(const json::value& v) { return std::stoull(std::string(v.as_string()).substr(2), nullptr, 16); }

EndpointConfig endpoint(const std::string& url)
{
    EndpointConfig c;
    c.url = url;
    return c;
}

} // namespace

class TestTamperingProxy : public QObject {
    Q_OBJECT

    AnvilProcess m_anvil;
    NetworkThread m_thread;
    std::unique_ptr<EndpointPool> m_direct;
    std::unique_ptr<TamperingProxy> m_proxy;
    std::unique_ptr<EndpointPool> m_viaProxy;
    std::vector<std::string> m_accounts;
    std::uint64_t m_logBlock = 0;   // two receipts with a log each, one without
    std::uint64_t m_quietBlock = 0; // one ETH transfer, no logs
    std::uint64_t m_head = 0;
    std::string m_logTx;            // the first transaction of m_logBlock

    static json::value ask(EndpointPool& pool, const std::string& method, json::array params)
    {
        const RpcReply r = callBlocking(pool, method, std::move(params));
        if (!r.ok())
            qFatal("%s: %s", method.c_str(), r.result.error().message.c_str());
        return *r.result;
    }
    json::value direct(const std::string& method, json::array params) { return ask(*m_direct, method, std::move(params)); }
    json::value proxied(const std::string& method, json::array params) { return ask(*m_viaProxy, method, std::move(params)); }

    BlockHeader header(std::uint64_t n)
    {
        auto h = parseBlockHeaderJson(direct("eth_getBlockByNumber", {hexQ(n), false}));
        if (!h)
            qFatal("%s", h.error().message.c_str());
        return *h;
    }

    json::value proofQuestion(bool viaProxy)
    {
        json::array params{kStore, json::array{toHex(toBigEndian32(UInt256(3)))}, hexQ(m_head)};
        return viaProxy ? proxied("eth_getProof", params) : direct("eth_getProof", params);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const std::string error = m_anvil.start(PLINTH_SOURCE_DIR, {QStringLiteral("--no-mining")});
        QVERIFY2(error.empty(), error.c_str());
        auto d = EndpointPool::create(m_thread, {endpoint(m_anvil.httpUrl())});
        QVERIFY(d);
        m_direct = std::move(*d);
        m_proxy = std::make_unique<TamperingProxy>(m_anvil.httpUrl());
        auto p = EndpointPool::create(m_thread, {endpoint(m_proxy->url())});
        QVERIFY(p);
        m_viaProxy = std::move(*p);

        const json::value accounts = direct("eth_accounts", {});
        for (const auto& a : accounts.as_array())
            m_accounts.emplace_back(a.as_string());
        QVERIFY(m_accounts.size() >= 3);
        direct("anvil_setCode", {kEmitter, kEmitterCode});
        // A few storage slots so that the storage proof has a branch and leaves.
        direct("anvil_setCode", {kStore, "0x00"});
        for (std::uint64_t s = 1; s <= 20; ++s)
            direct("anvil_setStorageAt", {kStore, toHex(toBigEndian32(UInt256(s))), toHex(toBigEndian32(UInt256(s * 11)))});
        direct("anvil_setBalance", {kStore, "0x1000"});
        direct("evm_mine", {});

        // One block with two logging transactions and a transfer (one sender each: no nonce races).
        const json::object txs[] = {
            {{"from", m_accounts[0]}, {"to", kEmitter}, {"data", "0x0102"}, {"gas", "0x186a0"}, {"gasPrice", "0x77359400"}},
            {{"from", m_accounts[1]}, {"to", kEmitter}, {"data", "0x030405"}, {"gas", "0x186a0"}, {"gasPrice", "0x77359400"}},
            {{"from", m_accounts[2]}, {"to", m_accounts[0]}, {"value", "0x1"}, {"gas", "0x5208"}, {"gasPrice", "0x77359400"}},
        };
        for (const auto& tx : txs)
            direct("eth_sendTransaction", {tx});
        direct("evm_mine", {});
        m_logBlock = unhex(direct("eth_blockNumber", {}));
        m_logTx = std::string(direct("eth_getBlockByNumber", {hexQ(m_logBlock), false}).at("transactions").at(0).as_string());
        direct("eth_sendTransaction", {json::object{{"from", m_accounts[2]}, {"to", m_accounts[1]}, {"value", "0x2"},
                                                    {"gas", "0x5208"}, {"gasPrice", "0x77359400"}}});
        direct("evm_mine", {});
        m_quietBlock = m_logBlock + 1;
        direct("evm_mine", {});
        m_head = unhex(direct("eth_blockNumber", {}));
        QCOMPARE(direct("eth_getBlockReceipts", {hexQ(m_logBlock)}).as_array().size(), std::size_t{3});
        QVERIFY(header(m_quietBlock).logsBloom.isEmpty());
        QVERIFY(!header(m_logBlock).logsBloom.isEmpty());
    }

    void cleanupTestCase()
    {
        m_viaProxy.reset();
        m_direct.reset();
        m_proxy.reset();
        m_anvil.stop();
    }

    void init()
    {
        m_proxy->clearLie();
        m_proxy->resetCounters();
    }

    void withoutALieAnswersAreForwarded()
    {
        QCOMPARE(json::serialize(proxied("eth_getBlockByNumber", {hexQ(m_logBlock), false})),
                 json::serialize(direct("eth_getBlockByNumber", {hexQ(m_logBlock), false})));
        QCOMPARE(json::serialize(proofQuestion(true)), json::serialize(proofQuestion(false)));
        QCOMPARE(m_proxy->altered(), 0ull);
        QVERIFY(!m_proxy->lowestAlteredBlock());
    }

    void proofModesAreCaught_data()
    {
        QTest::addColumn<int>("mode");
        for (Mode m : {Mode::ProofBalance, Mode::ProofStorageValue, Mode::ProofNodeAdded, Mode::ProofNodeRemoved,
                       Mode::StorageProofNodeAdded, Mode::StorageProofNodeRemoved})
            QTest::newRow(TamperingProxy::modeName(m)) << static_cast<int>(m);
    }

    void proofModesAreCaught()
    {
        QFETCH(int, mode);
        const Hash32 stateRoot = header(m_head).stateRoot;
        const Address store = *parseAddress(kStore);
        const std::vector<Hash32> slots{toBigEndian32(UInt256(3))};
        const json::value honest = proofQuestion(false);
        auto ok = verifyGetProofJson(stateRoot, store, slots, honest);
        QVERIFY2(ok, ok ? "" : ok.error().message.c_str());
        QCOMPARE(ok->slots.at(0).value, UInt256(33));

        // Aimed at another block: untouched.
        m_proxy->setLie(Lie::make(static_cast<Mode>(mode), m_head - 1));
        QCOMPARE(json::serialize(proofQuestion(true)), json::serialize(honest));
        QCOMPARE(m_proxy->altered(), 0ull);

        m_proxy->setLie(Lie::make(static_cast<Mode>(mode), m_head));
        const json::value lie = proofQuestion(true);
        QCOMPARE(m_proxy->altered(), 1ull);
        QCOMPARE(m_proxy->alteredOf("eth_getProof"), 1ull);
        QCOMPARE(m_proxy->lowestAlteredBlock(), std::optional<std::uint64_t>(m_head));
        QVERIFY(json::serialize(lie) != json::serialize(honest));
        auto caught = verifyGetProofJson(stateRoot, store, slots, lie);
        QVERIFY2(!caught, "the light client accepted the tampered proof");
        QVERIFY2(caught.error().code == ErrorCode::Unverified, caught.error().message.c_str());
    }

    void headerFieldModes_data()
    {
        QTest::addColumn<int>("field");
        QTest::newRow("stateRoot") << static_cast<int>(TamperingProxy::HeaderFieldKind::StateRoot);
        QTest::newRow("receiptsRoot") << static_cast<int>(TamperingProxy::HeaderFieldKind::ReceiptsRoot);
        QTest::newRow("timestamp") << static_cast<int>(TamperingProxy::HeaderFieldKind::Timestamp);
        QTest::newRow("logsBloom") << static_cast<int>(TamperingProxy::HeaderFieldKind::LogsBloom);
    }

    void headerFieldModes()
    {
        QFETCH(int, field);
        const auto kind = static_cast<TamperingProxy::HeaderFieldKind>(field);
        const BlockHeader honest = header(m_logBlock);
        const Hash32 honestHash = blockHeaderHash(honest);
        const Hash32 childParent = header(m_logBlock + 1).parentHash;
        QCOMPARE(childParent, honestHash);

        // "hash" as sent: the recomputed hash differs, the parse says so.
        m_proxy->setLie(Lie::header(Mode::HeaderField, kind, m_logBlock));
        const json::value sent = proxied("eth_getBlockByNumber", {hexQ(m_logBlock), false});
        QCOMPARE(std::string(sent.at("hash").as_string()), toHex(honestHash));
        auto parsed = parseBlockHeaderJson(sent);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().code == ErrorCode::Unverified, parsed.error().message.c_str());
        // The neighbours pass untouched.
        QCOMPARE(json::serialize(proxied("eth_getBlockByNumber", {hexQ(m_logBlock + 1), false})),
                 json::serialize(direct("eth_getBlockByNumber", {hexQ(m_logBlock + 1), false})));
        QCOMPARE(m_proxy->altered(), 1ull);

        // Rehashed: the block alone looks whole; only the link to its child (or the hash asked for) tells.
        m_proxy->setLie(Lie::header(Mode::HeaderFieldRehashed, kind, m_logBlock));
        for (const auto& [method, key] : {std::pair<std::string, std::string>{"eth_getBlockByNumber", hexQ(m_logBlock)},
                                          {"eth_getBlockByHash", toHex(honestHash)}}) {
            const json::value lie = proxied(method, {key, false});
            auto h = parseBlockHeaderJson(lie);
            QVERIFY2(h, h ? "" : h.error().message.c_str());
            QVERIFY(!(*h == honest));
            QCOMPARE(h->number, m_logBlock);
            QCOMPARE(h->parentHash, honest.parentHash);
            QVERIFY(blockHeaderHash(*h) != honestHash);
            QVERIFY(blockHeaderHash(*h) != childParent);
            QCOMPARE(std::string(lie.at("hash").as_string()), toHex(blockHeaderHash(*h)));
        }
        QCOMPARE(m_proxy->altered(), 3ull);
        QCOMPARE(m_proxy->alteredOf("eth_getBlockByHash"), 1ull);
    }

    void bloomCleared()
    {
        const BlockHeader honest = header(m_logBlock);
        m_proxy->setLie(Lie::make(Mode::BloomCleared)); // any block with events
        for (std::uint64_t n = m_logBlock - 1; n <= m_head; ++n)
            proxied("eth_getBlockByNumber", {hexQ(n), false});
        QCOMPARE(m_proxy->altered(), 1ull); // only the block with events had something to hide
        QCOMPARE(m_proxy->lowestAlteredBlock(), std::optional<std::uint64_t>(m_logBlock));
        auto h = parseBlockHeaderJson(proxied("eth_getBlockByNumber", {hexQ(m_logBlock), false}));
        QVERIFY2(h, h ? "" : h.error().message.c_str());
        QVERIFY(h->logsBloom.isEmpty());
        QCOMPARE(h->receiptsRoot, honest.receiptsRoot);
        QVERIFY(blockHeaderHash(*h) != header(m_logBlock + 1).parentHash);
    }

    void receiptModesAreCaught_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("field");
        QTest::addColumn<int>("logDelta"); // logs in the answer compared with the truth
        const int none = 0;
        QTest::newRow("LogDropped") << static_cast<int>(Mode::LogDropped) << none << -1;
        QTest::newRow("LogInjected") << static_cast<int>(Mode::LogInjected) << none << 1;
        QTest::newRow("status") << static_cast<int>(Mode::ReceiptAltered)
                                << static_cast<int>(TamperingProxy::ReceiptFieldKind::Status) << 0;
        QTest::newRow("cumulativeGasUsed") << static_cast<int>(Mode::ReceiptAltered)
                                           << static_cast<int>(TamperingProxy::ReceiptFieldKind::CumulativeGasUsed) << 0;
        QTest::newRow("logData") << static_cast<int>(Mode::ReceiptAltered)
                                 << static_cast<int>(TamperingProxy::ReceiptFieldKind::LogData) << 0;
    }

    void receiptModesAreCaught()
    {
        QFETCH(int, mode);
        QFETCH(int, field);
        QFETCH(int, logDelta);
        Lie lie = Lie::make(static_cast<Mode>(mode), m_logBlock);
        lie.receiptField = static_cast<TamperingProxy::ReceiptFieldKind>(field);
        m_proxy->setLie(lie);
        const BlockHeader h = header(m_logBlock);

        const json::value honest = direct("eth_getBlockReceipts", {hexQ(m_logBlock)});
        auto good = verifyBlockReceiptsJson(h, honest);
        QVERIFY2(good, good ? "" : good.error().message.c_str());
        QCOMPARE(good->size(), std::size_t{2});
        const json::value tampered = proxied("eth_getBlockReceipts", {hexQ(m_logBlock)});
        QVERIFY(json::serialize(tampered) != json::serialize(honest));
        // Each receipt still parses (its own bloom follows its logs): only the receipts root can tell.
        auto parsed = parseBlockReceiptsJson(tampered);
        QVERIFY2(parsed, parsed ? "" : parsed.error().message.c_str());
        auto caught = verifyBlockReceiptsJson(h, tampered);
        QVERIFY2(!caught, "the light client accepted tampered receipts");
        QVERIFY2(caught.error().code == ErrorCode::Unverified, caught.error().message.c_str());

        const json::value receipt = proxied("eth_getTransactionReceipt", {m_logTx});
        QVERIFY(json::serialize(receipt) != json::serialize(direct("eth_getTransactionReceipt", {m_logTx})));
        const json::object filter{{"address", kEmitter}, {"fromBlock", hexQ(m_logBlock)}, {"toBlock", hexQ(m_logBlock)}};
        const json::value logs = proxied("eth_getLogs", {filter});
        const json::value honestLogs = direct("eth_getLogs", {filter});
        QCOMPARE(static_cast<int>(logs.as_array().size()), static_cast<int>(honestLogs.as_array().size()) + logDelta);
        const bool logsLie = mode != static_cast<int>(Mode::ReceiptAltered)
            || field == static_cast<int>(TamperingProxy::ReceiptFieldKind::LogData);
        QCOMPARE(json::serialize(logs) != json::serialize(honestLogs), logsLie);
        QCOMPARE(m_proxy->alteredOf("eth_getBlockReceipts"), 1ull);
        QCOMPARE(m_proxy->alteredOf("eth_getTransactionReceipt"), 1ull);
        QCOMPARE(m_proxy->alteredOf("eth_getLogs"), logsLie ? 1ull : 0ull);

        // Other blocks pass untouched.
        QCOMPARE(json::serialize(proxied("eth_getBlockReceipts", {hexQ(m_quietBlock)})),
                 json::serialize(direct("eth_getBlockReceipts", {hexQ(m_quietBlock)})));
    }

    void logInjectedIntoABlockWithoutLogs()
    {
        Lie lie = Lie::make(Mode::LogInjected, m_quietBlock);
        lie.injectedAddress = kEmitter;
        m_proxy->setLie(lie);
        const json::value tampered = proxied("eth_getBlockReceipts", {hexQ(m_quietBlock)});
        QCOMPARE(tampered.at(0).at("logs").as_array().size(), std::size_t{1});
        auto caught = verifyBlockReceiptsJson(header(m_quietBlock), tampered);
        QVERIFY(!caught);
        QVERIFY2(caught.error().code == ErrorCode::Unverified, caught.error().message.c_str());
    }

    void wrongBlock()
    {
        m_proxy->setLie(Lie::wrongBlock(m_quietBlock));
        QCOMPARE(unhex(proxied("eth_getBlockByNumber", {hexQ(m_quietBlock), false}).at("number")), m_quietBlock - 1);
        QCOMPARE(unhex(proxied("eth_getBlockByNumber", {hexQ(m_head), false}).at("number")), m_head);
        m_proxy->setLie(Lie::wrongBlock(m_quietBlock, m_head));
        QCOMPARE(unhex(proxied("eth_getBlockByNumber", {hexQ(m_quietBlock), false}).at("number")), m_head);
        QCOMPARE(m_proxy->altered(), 2ull);
        QCOMPARE(m_proxy->lowestAlteredBlock(), std::optional<std::uint64_t>(m_quietBlock));
    }

    void timesBoundsTheLies()
    {
        Lie lie = Lie::header(Mode::HeaderField, TamperingProxy::HeaderFieldKind::Timestamp, std::nullopt);
        lie.times = 2;
        m_proxy->setLie(lie);
        int failed = 0;
        for (int i = 0; i < 5; ++i)
            failed += parseBlockHeaderJson(proxied("eth_getBlockByNumber", {hexQ(m_head), false})) ? 0 : 1;
        QCOMPARE(failed, 2);
        QCOMPARE(m_proxy->altered(), 2ull);
        QVERIFY(m_proxy->lie().mode == Mode::None);
    }

    void settersWhileServing()
    {
        // Lies switched from another thread while a batch is answered: no crash, every answer either
        // honest or altered, and the counter agrees with what was seen.
        std::atomic<bool> stop{false};
        std::thread flipper([&] {
            for (int i = 0; !stop.load(); ++i) {
                if (i % 2)
                    m_proxy->setLie(Lie::header(Mode::HeaderField, TamperingProxy::HeaderFieldKind::StateRoot, std::nullopt));
                else
                    m_proxy->clearLie();
                std::this_thread::yield();
            }
        });
        std::uint64_t lies = 0;
        for (int round = 0; round < 20; ++round) {
            std::vector<RpcRequest> requests;
            for (std::uint64_t n = 1; n <= m_head; ++n)
                requests.push_back({"eth_getBlockByNumber", {hexQ(n), false}});
            for (const auto& r : batchBlocking(*m_viaProxy, requests)) {
                QVERIFY(r.ok());
                lies += parseBlockHeaderJson(*r.result) ? 0 : 1;
            }
        }
        stop.store(true);
        flipper.join();
        QCOMPARE(m_proxy->altered(), lies);
    }
};

QTEST_GUILESS_MAIN(TestTamperingProxy)
#include "tst_tamperingproxy.moc"
