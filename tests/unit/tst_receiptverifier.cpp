// ReceiptVerifier and TransactionsRoot: the logs of a real chain (anvil) proven from receipts against
// verified headers, with positions computed locally; transaction lists proven against transactionsRoot
// (raw transactions rebuilt from their JSON fields with wallet/eth/Transaction.h's encoder);
// and every way a server could forge or hide an event caught with a specific message.
#include "wallet/codec/Hex.h"
#include "wallet/codec/Rlp.h"
#include "wallet/crypto/Keccak.h"
#include "wallet/eth/BlockHeader.h"
#include "wallet/eth/Receipt.h"
#include "wallet/eth/Transaction.h"
#include "wallet/light/OrderedTrie.h"
#include "wallet/light/ReceiptVerifier.h"
#include "wallet/light/TransactionsRoot.h"

#include <boost/json.hpp>

#include <QTest>

#include <fstream>
#include <sstream>

using namespace plinth;
namespace json = boost::json;

namespace {

json::value loadJson(const std::string& path)
{
    std::ifstream in(path);
    if (!in)
        qFatal("cannot open %s", path.c_str());
    std::stringstream text;
    text << in.rdbuf();
    return json::parse(text.str());
}

const json::value& chain()
{
    static const json::value c = loadJson(PLINTH_VECTORS_DIR "/anvil-chain.json");
    return c;
}

std::string str(const json::value& v) { return std::string(v.as_string()); }

BlockHeader headerOf(std::size_t n) { return *parseBlockHeaderJson(chain().at("blocks").at(n).at("block")); }
json::array receiptsOf(std::size_t n) { return chain().at("blocks").at(n).at("receipts").as_array(); }

UInt256 q(const json::value& v) { return *parseHexQuantity(str(v)); }

// The raw signed transaction rebuilt from the block's JSON fields with wallet/eth/Transaction.h's encoder
// (the fields and the signature; the hash the server states is not used).
Bytes rawTransaction(const json::object& tx)
{
    // Only the signed fields: a node's block JSON also states gasPrice (the effective price) for type 2,
    // which the encoder rightly refuses to combine with maxFeePerGas.
    json::object fields;
    const bool dynamicFee = str(tx.at("type")) == "0x2";
    for (const char* name : {"type", "chainId", "nonce", "gas", "to", "value", "input", "accessList"})
        if (tx.contains(name))
            fields[name] = tx.at(name);
    const std::vector<const char*> fees = dynamicFee ? std::vector<const char*>{"maxFeePerGas", "maxPriorityFeePerGas"}
                                                     : std::vector<const char*>{"gasPrice"};
    for (const char* name : fees)
        fields[name] = tx.at(name);
    auto request = parseTransactionJson(json::serialize(fields));
    if (!request)
        qFatal("transaction JSON: %s", request.error().message.c_str());
    RecoverableSignature sig;
    sig.r = toBigEndian32(q(tx.at("r")));
    sig.s = toBigEndian32(q(tx.at("s")));
    sig.recoveryId = static_cast<std::uint8_t>(q(tx.at("yParity")));
    return encodeSignedTransaction(*request, sig).raw;
}

std::vector<Bytes> rawTransactionsOf(std::size_t n)
{
    std::vector<Bytes> raw;
    for (const auto& tx : chain().at("blocks").at(n).at("block").at("transactions").as_array())
        raw.push_back(rawTransaction(tx.as_object()));
    return raw;
}

bool failsWith(const Result<std::vector<VerifiedLog>>& r, const std::string& fragment)
{
    if (r) {
        qWarning("verified, expected an error containing '%s'", fragment.c_str());
        return false;
    }
    if (r.error().message.find(fragment) == std::string::npos) {
        qWarning("error '%s' lacks '%s'", r.error().message.c_str(), fragment.c_str());
        return false;
    }
    return true;
}

// A receipts array with a field of receipt i (or of its log j) replaced.
json::array withReceiptField(json::array receipts, std::size_t i, const char* field, json::value value)
{
    receipts[i].as_object()[field] = std::move(value);
    return receipts;
}

// Receipt i with its logs replaced and its bloom made consistent again, as a careful forger would.
json::array withLogs(json::array receipts, std::size_t i, json::array logs)
{
    json::object& r = receipts[i].as_object();
    r["logs"] = logs;
    std::vector<Log> parsed;
    for (const auto& l : logs)
        parsed.push_back(parseLogJson(l)->log);
    r["logsBloom"] = Bloom::ofLogs(parsed).toHex();
    return receipts;
}

// Two real receipts (blocks 4 and 6) under a header built for them, to test order and count.
struct TwoReceiptBlock {
    BlockHeader header;
    json::array receipts;
};

TwoReceiptBlock twoReceiptBlock()
{
    TwoReceiptBlock b;
    b.header = headerOf(4);
    b.receipts = receiptsOf(4);
    b.receipts.push_back(receiptsOf(6).at(0));
    std::vector<Bytes> encoded;
    Bloom bloom;
    for (const auto& r : b.receipts) {
        const Receipt receipt = parseReceiptJson(r)->receipt;
        encoded.push_back(encodeReceipt(receipt));
        bloom |= receipt.logsBloom;
    }
    b.header.receiptsRoot = orderedTrieRoot(encoded);
    b.header.logsBloom = bloom;
    const std::string hash = toHex(blockHeaderHash(b.header));
    std::uint64_t logIndex = 0;
    for (std::size_t i = 0; i < b.receipts.size(); ++i) {
        json::object& r = b.receipts[i].as_object();
        r["transactionIndex"] = toHexQuantity(i);
        r["blockHash"] = hash;
        r["blockNumber"] = "0x4";
        for (auto& l : r["logs"].as_array()) {
            json::object& log = l.as_object();
            log["transactionIndex"] = toHexQuantity(i);
            log["blockHash"] = hash;
            log["blockNumber"] = "0x4";
            log["logIndex"] = toHexQuantity(logIndex++);
        }
    }
    return b;
}

} // namespace

class TestReceiptVerifier : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyBlockVerified()
    {
        std::size_t total = 0;
        for (std::size_t n = 0; n < chain().at("blocks").as_array().size(); ++n) {
            const BlockHeader header = headerOf(n);
            auto logs = verifyBlockReceiptsJson(header, receiptsOf(n));
            QVERIFY2(logs, logs ? "" : logs.error().message.c_str());
            std::size_t i = 0;
            for (const auto& r : receiptsOf(n))
                for (const auto& l : r.at("logs").as_array()) {
                    const VerifiedLog& v = logs->at(i++);
                    QCOMPARE(v.blockNumber, header.number);
                    QCOMPARE(toHex(v.blockHash), str(l.at("blockHash")));
                    QCOMPARE(toHexQuantity(v.logIndex), str(l.at("logIndex")));
                    QCOMPARE(toHexQuantity(v.transactionIndex), str(l.at("transactionIndex")));
                    QCOMPARE(toHex(v.transactionHash), str(l.at("transactionHash")));
                    QVERIFY(!v.transactionHashProven);
                    QCOMPARE(toHex(v.log.data), str(l.at("data")));
                }
            QCOMPARE(logs->size(), i);
            total += i;
        }
        QCOMPARE(total, std::size_t{6});
    }

    void transactionsRootProvesHashes()
    {
        for (std::size_t n = 0; n < chain().at("blocks").as_array().size(); ++n) {
            const BlockHeader header = headerOf(n);
            const std::vector<Bytes> raw = rawTransactionsOf(n);
            auto hashes = verifyTransactionsRoot(header, raw);
            QVERIFY2(hashes, hashes ? "" : hashes.error().message.c_str());
            const auto& txs = chain().at("blocks").at(n).at("block").at("transactions").as_array();
            QCOMPARE(hashes->size(), txs.size());
            for (std::size_t i = 0; i < txs.size(); ++i)
                QCOMPARE(toHex(hashes->at(i)), str(txs[i].at("hash")));
            auto logs = verifyBlockReceiptsJson(header, receiptsOf(n), *hashes);
            QVERIFY(logs);
            for (const VerifiedLog& v : *logs)
                QVERIFY(v.transactionHashProven);
        }
        // A transaction dropped, altered or taken from another block.
        const BlockHeader h4 = headerOf(4);
        auto none = verifyTransactionsRoot(h4, {});
        QVERIFY(!none);
        QVERIFY(none.error().message.find("block 4: transactionsRoot mismatch (computed 0x56e81f") == 0);
        std::vector<Bytes> altered = rawTransactionsOf(4);
        altered[0].back() ^= 1;
        QVERIFY(!verifyTransactionsRoot(h4, altered));
        QVERIFY(!verifyTransactionsRoot(h4, rawTransactionsOf(6)));
        // Receipts for other transactions than the proven ones.
        auto h6hashes = verifyTransactionsRoot(headerOf(6), rawTransactionsOf(6));
        QVERIFY(failsWith(verifyBlockReceiptsJson(h4, receiptsOf(4), *h6hashes), "receipt 0 is for transaction"));
        const std::vector<Hash32> two(2, Hash32{});
        QVERIFY(failsWith(verifyBlockReceiptsJson(h4, receiptsOf(4), two), "1 receipts for 2 transactions"));
    }

    void filterSelectsProvenLogs()
    {
        const BlockHeader header = headerOf(4);
        const Address owner = *parseAddress("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
        Hash32 ownerTopic{};
        std::copy(owner.bytes.begin(), owner.bytes.end(), ownerTopic.begin() + 12);
        const LogFilter filter{{}, {{}, {}, {}, {ownerTopic}}};
        QVERIFY(receiptsNeeded(header, filter));
        QVERIFY(!receiptsNeeded(headerOf(5), filter)); // block 5 has no logs: its bloom proves it
        auto logs = verifyBlockReceiptsJson(header, receiptsOf(4), {}, &filter);
        QVERIFY(logs);
        QCOMPARE(logs->size(), std::size_t{2});
        QCOMPARE(logs->at(0).logIndex, std::uint64_t{0});
        QCOMPARE(logs->at(1).logIndex, std::uint64_t{2});
    }

    void forgedOrHiddenLogs()
    {
        const BlockHeader h = headerOf(4);
        const json::array good = receiptsOf(4);
        const json::array logs = good.at(0).at("logs").as_array();

        json::array fewer = logs;
        fewer.pop_back();
        QVERIFY(failsWith(verifyBlockReceiptsJson(h, withLogs(good, 0, fewer)), "block 4: receiptsRoot mismatch (computed 0x"));
        json::array more = logs;
        json::object injected = logs.at(2).as_object();
        injected["logIndex"] = "0x3";
        injected["data"] = "0x00000000000000000000000000000000000000000000000000000000000f4240";
        more.push_back(injected);
        QVERIFY(failsWith(verifyBlockReceiptsJson(h, withLogs(good, 0, more)), "receiptsRoot mismatch"));
        json::array changed = logs;
        changed[1].as_object()["data"] = "0x00000000000000000000000000000000000000000000000000000000000003e8";
        QVERIFY(failsWith(verifyBlockReceiptsJson(h, withLogs(good, 0, changed)), "receiptsRoot mismatch"));
        QVERIFY(failsWith(verifyBlockReceiptsJson(h, withLogs(good, 0, {})), "receiptsRoot mismatch"));

        // Dropped without fixing the bloom: caught even before the root.
        json::array careless = good;
        careless[0].as_object()["logs"].as_array().pop_back();
        QVERIFY(failsWith(verifyBlockReceiptsJson(h, careless), "block 4, receipt 0: logsBloom does not match its 2 log(s)"));
        // A bloom that claims no match while the log is there.
        QVERIFY(failsWith(verifyBlockReceiptsJson(h, withReceiptField(good, 0, "logsBloom", json::string("0x" + std::string(512, '0')))),
                          "logsBloom does not match"));
    }

    void alteredReceipts()
    {
        const BlockHeader h = headerOf(4);
        const json::array good = receiptsOf(4);
        QVERIFY(failsWith(verifyBlockReceiptsJson(h, withReceiptField(good, 0, "status", "0x0")), "receiptsRoot mismatch"));
        QVERIFY(failsWith(verifyBlockReceiptsJson(h, withReceiptField(good, 0, "cumulativeGasUsed", "0x19015")),
                          "receiptsRoot mismatch"));
        QVERIFY(failsWith(verifyBlockReceiptsJson(h, withReceiptField(good, 0, "type", "0x1")), "receiptsRoot mismatch"));
        QVERIFY(failsWith(verifyBlockReceiptsJson(h, json::array{}), "receiptsRoot mismatch (computed 0x56e81f"));
        // Fields beside the proven data must agree with it.
        QVERIFY(failsWith(verifyBlockReceiptsJson(h, withReceiptField(good, 0, "transactionIndex", "0x1")),
                          "receipt 0 has transactionIndex 0x1 (receipts are missing, extra or out of order)"));
        json::array moved = good;
        moved[0].as_object()["logs"].as_array()[1].as_object()["logIndex"] = "0x5";
        QVERIFY(failsWith(verifyBlockReceiptsJson(h, moved), "receipt 0, log 1 has logIndex 0x5, expected 0x1"));
        json::array removed = good;
        removed[0].as_object()["logs"].as_array()[2].as_object()["removed"] = true;
        QVERIFY(failsWith(verifyBlockReceiptsJson(h, removed), "receipt 0, log 2 is marked removed"));
        json::array otherTx = good;
        otherTx[0].as_object()["logs"].as_array()[0].as_object()["transactionHash"] = str(receiptsOf(6).at(0).at("transactionHash"));
        QVERIFY(failsWith(verifyBlockReceiptsJson(h, otherTx), "receipt 0, log 0 names another transaction"));
    }

    void wrongBlockReturned()
    {
        const BlockHeader h4 = headerOf(4);
        // Block 6's receipts for block 4.
        QVERIFY(failsWith(verifyBlockReceiptsJson(h4, receiptsOf(6)), "block 4: receipt 0 belongs to block 6"));
        // Relabelled to look like block 4's: the root gives them away.
        json::array relabelled = receiptsOf(6);
        relabelled[0].as_object()["blockNumber"] = "0x4";
        relabelled[0].as_object()["blockHash"] = str(good4Hash());
        for (auto& l : relabelled[0].as_object()["logs"].as_array()) {
            l.as_object()["blockNumber"] = "0x4";
            l.as_object()["blockHash"] = str(good4Hash());
        }
        QVERIFY(failsWith(verifyBlockReceiptsJson(h4, relabelled), "block 4: receiptsRoot mismatch"));
        json::array wrongHash = receiptsOf(4);
        wrongHash[0].as_object()["blockHash"] = str(chain().at("blocks").at(6).at("block").at("hash"));
        QVERIFY(failsWith(verifyBlockReceiptsJson(h4, wrongHash), "receipt 0 names block hash"));
    }

    void removedOrReordered()
    {
        TwoReceiptBlock b = twoReceiptBlock();
        auto all = verifyBlockReceiptsJson(b.header, b.receipts);
        QVERIFY2(all, all ? "" : all.error().message.c_str());
        QCOMPARE(all->size(), std::size_t{6});
        QCOMPARE(all->back().transactionIndex, std::uint64_t{1});
        QCOMPARE(all->back().logIndex, std::uint64_t{5});

        json::array swapped = b.receipts;
        std::swap(swapped[0], swapped[1]);
        QVERIFY(failsWith(verifyBlockReceiptsJson(b.header, swapped), "receipt 0 has transactionIndex 0x1"));
        // Swapped and relabelled consistently: the trie root still catches the new order.
        for (std::size_t i = 0; i < 2; ++i)
            swapped[i].as_object()["transactionIndex"] = toHexQuantity(i);
        std::uint64_t logIndex = 0;
        for (std::size_t i = 0; i < 2; ++i)
            for (auto& l : swapped[i].as_object()["logs"].as_array()) {
                l.as_object()["transactionIndex"] = toHexQuantity(i);
                l.as_object()["logIndex"] = toHexQuantity(logIndex++);
            }
        QVERIFY(failsWith(verifyBlockReceiptsJson(b.header, swapped), "receiptsRoot mismatch"));

        json::array lastRemoved = b.receipts;
        lastRemoved.pop_back();
        QVERIFY(failsWith(verifyBlockReceiptsJson(b.header, lastRemoved), "receiptsRoot mismatch (computed"));
        json::array firstRemoved = b.receipts;
        firstRemoved.erase(firstRemoved.begin());
        QVERIFY(failsWith(verifyBlockReceiptsJson(b.header, firstRemoved), "receipt 0 has transactionIndex 0x1"));
    }

    void headerBloomMustBeTheReceiptsBlooms()
    {
        // A header whose bloom says "nothing here" while a receipt has logs: the receipts give it away.
        BlockHeader h = headerOf(4);
        h.logsBloom = Bloom();
        json::array receipts = receiptsOf(4);
        const std::string hash = toHex(blockHeaderHash(h));
        receipts[0].as_object()["blockHash"] = hash;
        for (auto& l : receipts[0].as_object()["logs"].as_array())
            l.as_object()["blockHash"] = hash;
        QVERIFY(failsWith(verifyBlockReceiptsJson(h, receipts), "block 4: the receipts' blooms do not combine to the header's logsBloom"));
        // Such a header is not the chain's block 4: its hash differs from the verified one.
        QVERIFY(blockHeaderHash(h) != blockHeaderHash(headerOf(4)));
    }

private:
    static json::value good4Hash() { return chain().at("blocks").at(4).at("block").at("hash"); }
};

QTEST_GUILESS_MAIN(TestReceiptVerifier)
#include "tst_receiptverifier.moc"
