// OrderedTrie and the light-client checks against a real, independent implementation: anvil. Blocks of 1,
// 2, 127, 128, 129 and 1000 transactions (legacy, EIP-2930 and EIP-1559, half of them emitting logs) are
// mined in one go each (--no-mining + evm_mine); their receiptsRoot and transactionsRoot must equal the
// roots rebuilt here, their logs must verify, the header chain must link, account and storage proofs from
// a state with hundreds of slots must verify, and a real reorg (anvil_reorg) must be walked back to its
// common ancestor.
#include "tests/support/AnvilProcess.h"
#include "wallet/codec/Hex.h"
#include "wallet/eth/BlockHeader.h"
#include "wallet/light/HeaderChain.h"
#include "wallet/light/MerkleProof.h"
#include "wallet/light/OrderedTrie.h"
#include "wallet/light/ReceiptVerifier.h"
#include "wallet/light/TransactionsRoot.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/json.hpp>

#include <QTest>

using namespace plinth;
namespace json = boost::json;
namespace http = boost::beast::http;

namespace {

// The emitter: copies its calldata to memory and emits LOG1(topic = caller, data = calldata).
// CALLDATASIZE PUSH0 PUSH0 CALLDATACOPY CALLER CALLDATASIZE PUSH0 LOG1 STOP
const char* const kEmitterCode = "0x365f5f3733365fa100";
const char* const kEmitter = "0x00000000000000000000000000000000000e0117";
const char* const kStore = "0x0000000000000000000000000000000000005107";

std::string hexQ(std::uint64_t v) { return toHexQuantity(UInt256(v)); }

} // namespace

class TestOrderedTrieAnvil : public QObject {
    Q_OBJECT
private:
    plinth::test::AnvilProcess m_anvil;
    std::vector<std::string> m_accounts;
    std::vector<BlockHeader> m_headers; // the blocks mined by blocksAgainstAnvil, in order
    Hash32 m_block1Hash{};

    // One JSON-RPC POST; the body is a request or a batch.
    json::value post(const json::value& body)
    {
        boost::asio::io_context ioc;
        boost::asio::ip::tcp::resolver resolver(ioc);
        boost::beast::tcp_stream stream(ioc);
        stream.connect(resolver.resolve("127.0.0.1", std::to_string(m_anvil.port())));
        http::request<http::string_body> req{http::verb::post, "/", 11};
        req.set(http::field::host, "127.0.0.1");
        req.set(http::field::content_type, "application/json");
        req.body() = json::serialize(body);
        req.prepare_payload();
        http::write(stream, req);
        boost::beast::flat_buffer buffer;
        http::response_parser<http::string_body> parser;
        parser.body_limit(256 * 1024 * 1024);
        http::read(stream, buffer, parser);
        return json::parse(parser.get().body());
    }

    json::value call(const std::string& method, json::array params)
    {
        const json::value reply = post(json::object{{"jsonrpc", "2.0"}, {"id", 1}, {"method", method}, {"params", std::move(params)}});
        if (reply.as_object().contains("error"))
            qFatal("%s failed: %s", method.c_str(), json::serialize(reply.at("error")).c_str());
        return reply.at("result");
    }

    std::vector<json::value> batch(const std::string& method, const std::vector<json::array>& paramsList)
    {
        json::array requests;
        for (std::size_t i = 0; i < paramsList.size(); ++i)
            requests.push_back(json::object{{"jsonrpc", "2.0"}, {"id", i}, {"method", method}, {"params", paramsList[i]}});
        const json::value replies = post(requests);
        std::vector<json::value> out(paramsList.size());
        for (const auto& r : replies.as_array()) {
            if (r.as_object().contains("error"))
                qFatal("%s failed: %s", method.c_str(), json::serialize(r.at("error")).c_str());
            out.at(static_cast<std::size_t>(r.at("id").to_number<std::int64_t>())) = r.at("result");
        }
        return out;
    }

    std::string currentBlock() { return std::string(call("eth_blockNumber", {}).as_string()); }

    // Sends `count` transactions into the pending pool and mines them into one block.
    std::uint64_t mineBlockWith(std::size_t count, std::size_t& logsExpected)
    {
        // Explicit nonces: anvil numbers the transactions of one batch from the mined state, so several
        // from one sender would replace each other.
        std::vector<std::uint64_t> nonces;
        for (const auto& a : m_accounts)
            nonces.push_back(std::stoull(std::string(call("eth_getTransactionCount", {a, "latest"}).as_string()), nullptr, 16));
        std::vector<json::array> txs;
        for (std::size_t i = 0; i < count; ++i) {
            const std::size_t sender = i % m_accounts.size();
            json::object tx{{"from", m_accounts[sender]}, {"gas", "0x186a0"}, {"nonce", hexQ(nonces[sender]++)}};
            if (i % 2 == 0) {
                // Calldata of varied length: receipts (and their logs) of varied size.
                tx["to"] = kEmitter;
                tx["data"] = toHex(Bytes(i % 70, static_cast<std::uint8_t>(i)));
                ++logsExpected;
            } else {
                tx["to"] = m_accounts[(i + 3) % m_accounts.size()];
                tx["value"] = hexQ(i + 1);
            }
            // One price for all: anvil orders its pool by fee, and a sender's later nonce paying more would
            // be ordered before an earlier one and dropped.
            switch (i % 3) {
            case 0: tx["gasPrice"] = "0x77359400"; break;                                   // legacy
            case 1: tx["gasPrice"] = "0x77359400"; tx["accessList"] = json::array{}; break; // EIP-2930
            default:                                                                         // EIP-1559
                tx["maxFeePerGas"] = "0x77359400";
                tx["maxPriorityFeePerGas"] = "0x77359400";
                break;
            }
            txs.push_back(json::array{tx});
        }
        batch("eth_sendTransaction", txs);
        call("evm_mine", {});
        return std::stoull(currentBlock(), nullptr, 16);
    }

    BlockHeader headerAt(std::uint64_t number)
    {
        const json::value block = call("eth_getBlockByNumber", {hexQ(number), false});
        auto header = parseBlockHeaderJson(block);
        if (!header)
            qFatal("%s", header.error().message.c_str());
        return *header;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const std::string error = m_anvil.start(PLINTH_SOURCE_DIR, {QStringLiteral("--no-mining"), QStringLiteral("--gas-limit"),
                                                                    QStringLiteral("300000000")});
        QVERIFY2(error.empty(), error.c_str());
        const json::value accounts = call("eth_accounts", {});
        for (const auto& a : accounts.as_array())
            m_accounts.emplace_back(a.as_string());
        QVERIFY(m_accounts.size() >= 10);
        call("anvil_setCode", {kEmitter, kEmitterCode});
        call("evm_mine", {});
        m_block1Hash = blockHeaderHash(headerAt(1));
    }

    void blocksAgainstAnvil_data()
    {
        QTest::addColumn<int>("count");
        for (int n : {1, 2, 127, 128, 129, 1000})
            QTest::newRow(std::to_string(n).c_str()) << n;
    }

    void blocksAgainstAnvil()
    {
        QFETCH(int, count);
        std::size_t logsExpected = 0;
        const std::uint64_t number = mineBlockWith(static_cast<std::size_t>(count), logsExpected);
        const json::value block = call("eth_getBlockByNumber", {hexQ(number), false});
        auto header = parseBlockHeaderJson(block); // the hash is recomputed from the fields and compared
        QVERIFY2(header, header ? "" : header.error().message.c_str());
        const json::array& txHashes = block.at("transactions").as_array();
        QCOMPARE(txHashes.size(), static_cast<std::size_t>(count));

        std::vector<json::array> indices;
        for (int i = 0; i < count; ++i)
            indices.push_back(json::array{hexQ(number), hexQ(static_cast<std::uint64_t>(i))});
        std::vector<Bytes> raw;
        for (const auto& r : batch("eth_getRawTransactionByBlockNumberAndIndex", indices))
            raw.push_back(*fromHex(std::string(r.as_string())));
        auto hashes = verifyTransactionsRoot(*header, raw);
        QVERIFY2(hashes, hashes ? "" : hashes.error().message.c_str());
        for (int i = 0; i < count; ++i)
            QCOMPARE(toHex(hashes->at(static_cast<std::size_t>(i))), std::string(txHashes[static_cast<std::size_t>(i)].as_string()));

        const json::value receipts = call("eth_getBlockReceipts", {hexQ(number)});
        auto parsed = parseBlockReceiptsJson(receipts);
        QVERIFY2(parsed, parsed ? "" : parsed.error().message.c_str());
        std::vector<Bytes> encoded;
        for (const auto& r : *parsed)
            encoded.push_back(encodeReceipt(r.receipt));
        QCOMPARE(toHex(orderedTrieRoot(encoded)), toHex(header->receiptsRoot));
        auto logs = verifyBlockReceipts(*header, *parsed, *hashes);
        QVERIFY2(logs, logs ? "" : logs.error().message.c_str());
        QCOMPARE(logs->size(), logsExpected);

        if (count > 2) {
            // Receipts dropped or reordered in a real block: caught.
            std::vector<RpcReceipt> dropped = *parsed;
            dropped.erase(dropped.begin() + count / 2);
            QVERIFY(!verifyBlockReceipts(*header, dropped));
            std::vector<RpcReceipt> reordered = *parsed;
            // Transactions 0 and 2 both emitted one log: the swap keeps every stated position consistent,
            // so only the trie root can tell.
            std::swap(reordered[0].receipt, reordered[2].receipt);
            auto r = verifyBlockReceipts(*header, reordered);
            QVERIFY(!r);
            QVERIFY2(r.error().message.find("receiptsRoot mismatch") != std::string::npos, r.error().message.c_str());
        }
        m_headers.push_back(*header);
    }

    void headerChainOverMinedBlocks()
    {
        QVERIFY(!m_headers.empty());
        HeaderChain chain(TrustedCheckpoint{1, m_block1Hash}, 64);
        for (std::uint64_t n = 2; n <= m_headers.back().number; ++n) {
            const BlockHeader h = headerAt(n);
            auto ok = chain.extend(std::span(&h, 1));
            QVERIFY2(ok, ok ? "" : ok.error().message.c_str());
        }
        QCOMPARE(chain.tipHash(), blockHeaderHash(m_headers.back()));
    }

    void proofsFromALargerState()
    {
        // 300 storage slots: a storage trie several levels deep.
        for (std::uint64_t i = 1; i <= 300; ++i)
            call("anvil_setStorageAt", {kStore, toHex(toBigEndian32(UInt256(i * 7))), toHex(toBigEndian32(UInt256(i * 1000 + 1)))});
        call("anvil_setBalance", {kStore, "0xde0b6b3a7640000"});
        call("evm_mine", {});
        const std::uint64_t number = std::stoull(currentBlock(), nullptr, 16);
        const BlockHeader header = headerAt(number);
        const Address store = *parseAddress(kStore);
        std::vector<Hash32> slots;
        for (std::uint64_t s : {7ull, 14ull, 700ull, 2100ull, 8ull, 2101ull, 0ull})
            slots.push_back(toBigEndian32(UInt256(s)));
        json::array keys;
        for (const Hash32& s : slots)
            keys.push_back(json::string(toHex(s)));
        const json::value proof = call("eth_getProof", {kStore, keys, hexQ(number)});
        auto account = verifyGetProofJson(header.stateRoot, store, slots, proof);
        QVERIFY2(account, account ? "" : account.error().message.c_str());
        QVERIFY(account->exists);
        QCOMPARE(account->state.balance, UInt256(1000000000000000000ull));
        const std::uint64_t expected[] = {1001, 2001, 100001, 300001, 0, 0, 0};
        for (std::size_t i = 0; i < slots.size(); ++i)
            QCOMPARE(account->slots[i].value, UInt256(expected[i]));
        // Every sender's account, in a state of a few dozen accounts.
        for (const auto& a : m_accounts) {
            const json::value p = call("eth_getProof", {a, json::array{}, hexQ(number)});
            auto proven = verifyGetProofJson(header.stateRoot, *parseAddress(a), {}, p);
            QVERIFY2(proven, proven ? "" : proven.error().message.c_str());
            QVERIFY(proven->state.nonce > 0);
        }
        // An absent account.
        const char* absent = "0x00000000000000000000000000000000deadbeef";
        auto none = verifyGetProofJson(header.stateRoot, *parseAddress(absent), {},
                                       call("eth_getProof", {absent, json::array{}, hexQ(number)}));
        QVERIFY2(none, none ? "" : none.error().message.c_str());
        QVERIFY(!none->exists);
    }

    void realReorgWalkedBack()
    {
        call("anvil_mine", {"0x4"});
        const std::uint64_t tip = std::stoull(currentBlock(), nullptr, 16);
        HeaderChain chain(TrustedCheckpoint{1, m_block1Hash}, 64);
        std::vector<BlockHeader> all;
        for (std::uint64_t n = 2; n <= tip; ++n)
            all.push_back(headerAt(n));
        QVERIFY(chain.extend(all));

        call("anvil_reorg", {3, json::array{}});
        const BlockHeader newHead = headerAt(tip);
        QVERIFY(blockHeaderHash(newHead) != chain.tipHash());
        std::vector<BlockHeader> branch = {newHead};
        auto update = chain.evaluate(branch);
        int fetched = 0;
        while (update && update->kind == ChainUpdate::Kind::NeedParent) {
            const json::value parent = call("eth_getBlockByHash", {toHex(update->neededHash), false});
            auto h = parseBlockHeaderJson(parent);
            QVERIFY(h);
            branch.insert(branch.begin(), *h);
            update = chain.evaluate(branch);
            ++fetched;
        }
        QVERIFY2(update, update ? "" : update.error().message.c_str());
        QCOMPARE(update->kind, ChainUpdate::Kind::Reorg);
        QCOMPARE(update->ancestorNumber, tip - 3);
        QCOMPARE(update->replacedBlocks, std::uint64_t{3});
        QCOMPARE(fetched, 2);
        QVERIFY(chain.apply(branch));
        QCOMPARE(chain.tipHash(), blockHeaderHash(newHead));
    }

    void cleanupTestCase() { m_anvil.stop(); }
};

QTEST_GUILESS_MAIN(TestOrderedTrieAnvil)
#include "tst_orderedtrie_anvil.moc"
