// Receipt and Log: JSON receipts of a real chain (anvil) parsed, encoded in consensus form and rebuilt into
// the receiptsRoot of their verified header; typed and legacy encodings; malformed receipts rejected with
// the field named; a receipt whose bloom does not match its logs rejected.
#include "wallet/codec/Hex.h"
#include "wallet/codec/Rlp.h"
#include "wallet/eth/BlockHeader.h"
#include "wallet/eth/Receipt.h"
#include "wallet/light/OrderedTrie.h"

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

json::object receiptOf(std::size_t block) { return chain().at("blocks").at(block).at("receipts").at(0).as_object(); }

bool failsWith(const Result<RpcReceipt>& r, const std::string& fragment)
{
    if (r) {
        qWarning("parsed, expected an error containing '%s'", fragment.c_str());
        return false;
    }
    if (r.error().message.find(fragment) == std::string::npos) {
        qWarning("error '%s' lacks '%s'", r.error().message.c_str(), fragment.c_str());
        return false;
    }
    return true;
}

} // namespace

class TestReceipt : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void receiptsRootsRebuilt()
    {
        int blocks = 0;
        for (const auto& entry : chain().at("blocks").as_array()) {
            auto header = parseBlockHeaderJson(entry.at("block"));
            QVERIFY(header);
            auto receipts = parseBlockReceiptsJson(entry.at("receipts"), blockLabel(header->number));
            QVERIFY2(receipts, receipts ? "" : receipts.error().message.c_str());
            std::vector<Bytes> encoded;
            for (const RpcReceipt& r : *receipts)
                encoded.push_back(encodeReceipt(r.receipt));
            QCOMPARE(toHex(orderedTrieRoot(encoded)), str(entry.at("block").at("receiptsRoot")));
            ++blocks;
        }
        QCOMPARE(blocks, 7);
    }

    void fieldsParsed()
    {
        auto r = parseReceiptJson(receiptOf(4));
        QVERIFY(r);
        QCOMPARE(r->receipt.type, std::uint8_t{2});
        QVERIFY(r->receipt.status);
        QVERIFY(!r->receipt.postState);
        QCOMPARE(r->receipt.cumulativeGasUsed, std::uint64_t{0x19014});
        QCOMPARE(r->receipt.logs.size(), std::size_t{3});
        QCOMPARE(r->claimedLogPositions.size(), std::size_t{3});
        QCOMPARE(*r->claimedLogPositions[2].logIndex, std::uint64_t{2});
        QCOMPARE(r->blockNumber, std::uint64_t{4});
        QCOMPARE(toHex(r->transactionHash), str(receiptOf(4).at("transactionHash")));
        QCOMPARE(toHex(r->receipt.logs[1].data), str(receiptOf(4).at("logs").at(1).at("data")));
    }

    void typedAndLegacyEncodings()
    {
        Receipt r = parseReceiptJson(receiptOf(4))->receipt;
        r.type = 0;
        const Bytes legacy = encodeReceipt(r);
        auto list = rlpDecode(legacy);
        QVERIFY(list && list->isList);
        QCOMPARE(list->items.size(), std::size_t{4});
        QCOMPARE(list->items[0].bytes, Bytes{0x01});
        QCOMPARE(list->items[2].bytes.size(), std::size_t{256});
        QCOMPARE(list->items[3].items.size(), std::size_t{3});
        QCOMPARE(list->items[3].items[0].items[1].items.size(), std::size_t{4}); // topics
        for (std::uint8_t type = 1; type <= kMaxReceiptType; ++type) {
            r.type = type;
            const Bytes typed = encodeReceipt(r);
            QCOMPARE(typed.front(), type);
            QCOMPARE(Bytes(typed.begin() + 1, typed.end()), legacy);
        }
        r.type = 0;
        r.status = false;
        QCOMPARE(rlpDecode(encodeReceipt(r))->items[0].bytes, Bytes{});

        json::object future = receiptOf(4);
        future["type"] = "0x5";
        auto unsupported = parseReceiptJson(future);
        QVERIFY(!unsupported);
        QCOMPARE(unsupported.error().code, ErrorCode::Unsupported);
        json::object untyped = receiptOf(4);
        untyped.erase("type");
        QCOMPARE(parseReceiptJson(untyped)->receipt.type, std::uint8_t{0});
    }

    void preByzantiumRoot()
    {
        json::object old = receiptOf(1);
        old.erase("status");
        old.erase("type");
        old["root"] = str(chain().at("blocks").at(1).at("block").at("stateRoot"));
        auto r = parseReceiptJson(old);
        QVERIFY2(r, r ? "" : r.error().message.c_str());
        QVERIFY(r->receipt.postState);
        const auto list = rlpDecode(encodeReceipt(r->receipt));
        QCOMPARE(toHex(list->items[0].bytes), str(old.at("root")));
        old.erase("root");
        QVERIFY(failsWith(parseReceiptJson(old), "has neither 'status' nor 'root'"));
    }

    void bloomMustMatchLogs()
    {
        json::object dropped = receiptOf(4);
        dropped["logs"].as_array().pop_back();
        QVERIFY(failsWith(parseReceiptJson(dropped, "block 4, receipt 0"),
                          "block 4, receipt 0: logsBloom does not match its 2 log(s)"));
        json::object injected = receiptOf(6);
        injected["logs"].as_array().push_back(receiptOf(4).at("logs").at(0));
        QVERIFY(failsWith(parseReceiptJson(injected), "logsBloom does not match"));
        json::object noBloom = receiptOf(4);
        noBloom["logsBloom"] = "0x" + std::string(512, '0');
        QVERIFY(failsWith(parseReceiptJson(noBloom), "logsBloom does not match its 3 log(s)"));
        json::object movedLog = receiptOf(4);
        movedLog["logs"].as_array()[0].as_object()["address"] = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";
        QVERIFY(failsWith(parseReceiptJson(movedLog), "logsBloom does not match"));
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("status") << "status" << "0x2" << "field 'status' is neither 0x0 nor 0x1";
        QTest::newRow("gas") << "cumulativeGasUsed" << "0xq" << "field 'cumulativeGasUsed' is not a hex quantity";
        QTest::newRow("bloom") << "logsBloom" << "0x00" << "field 'logsBloom' has 1 bytes, expected 256";
        QTest::newRow("tx hash") << "transactionHash" << "0x00" << "field 'transactionHash' has 1 bytes";
        QTest::newRow("index") << "transactionIndex" << "zero" << "field 'transactionIndex' is not a hex quantity";
        QTest::newRow("block") << "blockNumber" << "" << "field 'blockNumber' is not a hex quantity";
        QTest::newRow("logs") << "logs" << "none" << "field 'logs' is not an array";
    }

    void malformed()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        json::object r = receiptOf(4);
        r[field.toStdString()] = value.toStdString();
        QVERIFY(failsWith(parseReceiptJson(r, "receipt 0"), "receipt 0: " + expected.toStdString()));
    }

    void malformedLogs()
    {
        json::object r = receiptOf(4);
        auto& topics = r["logs"].as_array()[1].as_object()["topics"].as_array();
        topics.push_back(topics[0]);
        QVERIFY(failsWith(parseReceiptJson(r, "receipt 0"), "receipt 0, log 1: field 'topics' has 5 entries"));
        r = receiptOf(4);
        r["logs"].as_array()[2].as_object()["topics"].as_array()[1] = "0x01";
        QVERIFY(failsWith(parseReceiptJson(r, "receipt 0"), "receipt 0, log 2: topic 1 is not 32 bytes of hex"));
        r = receiptOf(4);
        r["logs"].as_array()[0].as_object().erase("data");
        QVERIFY(failsWith(parseReceiptJson(r, "receipt 0"), "receipt 0, log 0: field 'data' is missing"));
        r = receiptOf(4);
        r["logs"].as_array()[0].as_object()["logIndex"] = 7;
        QVERIFY(failsWith(parseReceiptJson(r), "field 'logIndex' is not a string"));
        r = receiptOf(4);
        r["logs"].as_array()[0] = "log";
        QVERIFY(failsWith(parseReceiptJson(r), "expected a JSON object"));
        QVERIFY(!parseBlockReceiptsJson(json::value("x")));
        QVERIFY(!parseReceiptJson(json::value(5)));
    }
};

QTEST_GUILESS_MAIN(TestReceipt)
#include "tst_receipt.moc"
