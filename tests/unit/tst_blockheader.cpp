// BlockHeader: hashes recomputed from the fields of a real chain (anvil, Prague fields) and of mainnet's
// pre-London genesis, the fork-field prefix rule, every field's tampering caught, strict RLP round trips.
#include "wallet/codec/Hex.h"
#include "wallet/codec/Rlp.h"
#include "wallet/crypto/Keccak.h"
#include "wallet/eth/BlockHeader.h"

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

const json::array& anvilBlocks()
{
    static const json::value chain = loadJson(PLINTH_VECTORS_DIR "/anvil-chain.json");
    return chain.at("blocks").as_array();
}

json::object anvilBlock(std::size_t i) { return anvilBlocks().at(i).at("block").as_object(); }

std::string str(const json::value& v) { return std::string(v.as_string()); }

// Changes one hex digit of a 0x string (the last one), keeping it well-formed and the same length.
std::string flipLastDigit(const std::string& hex)
{
    std::string out = hex;
    char& c = out.back();
    c = c == '0' ? '1' : '0';
    return out;
}

const char* const kForkFields[] = {"baseFeePerGas", "withdrawalsRoot", "blobGasUsed", "excessBlobGas",
                                   "parentBeaconBlockRoot", "requestsHash"};

} // namespace

class TestBlockHeader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void anvilHashesRecomputed()
    {
        QVERIFY(anvilBlocks().size() >= 2);
        for (const auto& entry : anvilBlocks()) {
            const json::object& block = entry.at("block").as_object();
            auto h = parseBlockHeaderJson(block);
            QVERIFY2(h, h ? "" : h.error().message.c_str());
            QCOMPARE(toHex(blockHeaderHash(*h)), str(block.at("hash")));
            QCOMPARE(toHex(h->stateRoot), str(block.at("stateRoot")));
            QCOMPARE(toHex(h->parentHash), str(block.at("parentHash")));
            QCOMPARE(h->logsBloom.toHex(), str(block.at("logsBloom")));
            // anvil 1.7 runs Prague: all six fork fields are there.
            QVERIFY(h->requestsHash.has_value());
            QCOMPARE(toHex(*h->requestsHash), str(block.at("requestsHash")));
        }
    }

    void textOverload()
    {
        const std::string text = json::serialize(anvilBlock(3));
        auto h = parseBlockHeaderJson(std::string_view(text));
        QVERIFY(h);
        QCOMPARE(h->number, 3u);
        auto bad = parseBlockHeaderJson(std::string_view("{\"number\": "));
        QVERIFY(!bad);
        QVERIFY(bad.error().message.find("not valid JSON") != std::string::npos);
    }

    void mainnetGenesisPreLondon()
    {
        const json::value doc = loadJson(PLINTH_SOURCE_DIR "/tests/unit/data/light/mainnet-genesis.json");
        auto h = parseBlockHeaderJson(doc.at("block"));
        QVERIFY2(h, h ? "" : h.error().message.c_str());
        QVERIFY(!h->baseFeePerGas.has_value());
        QCOMPARE(toHex(blockHeaderHash(*h)), std::string("0xd4e56740f876aef8c010b86a40d5f56745a118d0906a34e69aec8c0db1cb8fa3"));
        const Bytes rlp = encodeBlockHeader(*h);
        auto decoded = decodeBlockHeaderRlp(rlp);
        QVERIFY(decoded);
        QVERIFY(*decoded == *h);
    }

    void everyFieldTamperedChangesTheHash()
    {
        const json::object original = anvilBlock(4);
        QVERIFY(parseBlockHeaderJson(original));
        const char* const fields[] = {"parentHash", "sha3Uncles", "miner", "stateRoot", "transactionsRoot",
                                      "receiptsRoot", "logsBloom", "difficulty", "number", "gasLimit", "gasUsed",
                                      "timestamp", "extraData", "mixHash", "nonce", "baseFeePerGas",
                                      "withdrawalsRoot", "blobGasUsed", "excessBlobGas", "parentBeaconBlockRoot",
                                      "requestsHash"};
        for (const char* field : fields) {
            json::object tampered = original;
            const std::string value = str(tampered.at(field));
            tampered[field] = std::string(field) == "extraData" ? value + "ff" : flipLastDigit(value);
            auto h = parseBlockHeaderJson(tampered);
            QVERIFY2(!h, field);
            QCOMPARE(h.error().code, ErrorCode::Unverified);
            QVERIFY2(h.error().message.find("hash mismatch") != std::string::npos, h.error().message.c_str());
        }
    }

    void claimedHashMustMatch()
    {
        json::object block = anvilBlock(2);
        block["hash"] = flipLastDigit(str(block.at("hash")));
        auto h = parseBlockHeaderJson(block);
        QVERIFY(!h);
        QCOMPARE(h.error().code, ErrorCode::Unverified);
        QVERIFY(h.error().message.find("block 2: hash mismatch (computed " + str(anvilBlock(2).at("hash"))) == 0);
    }

    void forkFieldsFormAPrefix()
    {
        const json::object original = anvilBlock(3);
        auto full = parseBlockHeaderJson(original);
        QVERIFY(full);
        // Every prefix 0..6 of fork fields is a valid header; its hash is keccak of its own encoding.
        for (int keep = 0; keep <= 6; ++keep) {
            json::object block = original;
            for (int i = keep; i < 6; ++i)
                block.erase(kForkFields[i]);
            BlockHeader expected = *full;
            if (keep < 6) expected.requestsHash.reset();
            if (keep < 5) expected.parentBeaconBlockRoot.reset();
            if (keep < 4) expected.excessBlobGas.reset();
            if (keep < 3) expected.blobGasUsed.reset();
            if (keep < 2) expected.withdrawalsRoot.reset();
            if (keep < 1) expected.baseFeePerGas.reset();
            block["hash"] = toHex(blockHeaderHash(expected));
            auto h = parseBlockHeaderJson(block);
            QVERIFY2(h, h ? "" : h.error().message.c_str());
            QVERIFY(*h == expected);
            auto rlp = rlpDecode(encodeBlockHeader(*h));
            QVERIFY(rlp);
            QCOMPARE(rlp->items.size(), std::size_t(15 + keep));
        }
        // A later field without an earlier one cannot be encoded unambiguously: rejected.
        for (int gap = 0; gap < 5; ++gap) {
            json::object block = original;
            block.erase(kForkFields[gap]);
            auto h = parseBlockHeaderJson(block);
            QVERIFY(!h);
            QCOMPARE(h.error().code, ErrorCode::InvalidArgument);
            QVERIFY2(h.error().message.find(std::string("'") + kForkFields[gap] + "' is not") != std::string::npos,
                     h.error().message.c_str());
        }
    }

    void malformedFieldsNamed_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("short hash") << "stateRoot" << "0x1234" << "block 3: field 'stateRoot' has 2 bytes, expected 32";
        QTest::newRow("not hex") << "receiptsRoot" << "0xzz" << "field 'receiptsRoot' is not hex";
        QTest::newRow("no prefix") << "extraData" << "abcd" << "field 'extraData' is not 0x-prefixed hex";
        QTest::newRow("bloom") << "logsBloom" << "0x00" << "field 'logsBloom' has 1 bytes, expected 256";
        QTest::newRow("nonce") << "nonce" << "0x000000000000000000" << "field 'nonce' has 9 bytes, expected 8";
        QTest::newRow("miner") << "miner" << "0x12" << "field 'miner' is not an address";
        QTest::newRow("gas 65 bits") << "gasLimit" << "0x10000000000000000" << "field 'gasLimit' is larger than 64 bits";
        QTest::newRow("quantity") << "timestamp" << "12" << "field 'timestamp' is not a hex quantity";
        QTest::newRow("difficulty") << "difficulty" << "0x" << "field 'difficulty' is not a hex quantity";
        QTest::newRow("blob gas") << "blobGasUsed" << "0xg" << "field 'blobGasUsed' is not a hex quantity";
    }

    void malformedFieldsNamed()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        json::object block = anvilBlock(3);
        block[field.toStdString()] = value.toStdString();
        auto h = parseBlockHeaderJson(block);
        QVERIFY(!h);
        QCOMPARE(h.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(h.error().message.find(expected.toStdString()) != std::string::npos, h.error().message.c_str());
    }

    void missingAndPending()
    {
        json::object block = anvilBlock(3);
        block.erase("mixHash");
        auto h = parseBlockHeaderJson(block);
        QVERIFY(!h);
        QCOMPARE(h.error().message, std::string("block 3: field 'mixHash' is missing"));

        block = anvilBlock(3);
        block["number"] = nullptr;
        h = parseBlockHeaderJson(block);
        QVERIFY(!h);
        QVERIFY(h.error().message.find("pending block") != std::string::npos);

        block = anvilBlock(3);
        block["hash"] = nullptr;
        h = parseBlockHeaderJson(block);
        QVERIFY(!h);
        QVERIFY(h.error().message.find("pending block") != std::string::npos);

        QVERIFY(!parseBlockHeaderJson(json::value(json::array{})));
        json::object wrongType = anvilBlock(3);
        wrongType["gasUsed"] = 5;
        QVERIFY(!parseBlockHeaderJson(wrongType));
    }

    void rlpRoundTrip()
    {
        for (const auto& entry : anvilBlocks()) {
            auto h = parseBlockHeaderJson(entry.at("block"));
            QVERIFY(h);
            const Bytes rlp = encodeBlockHeader(*h);
            auto decoded = decodeBlockHeaderRlp(rlp);
            QVERIFY2(decoded, decoded ? "" : decoded.error().message.c_str());
            QVERIFY(*decoded == *h);
            QCOMPARE(encodeBlockHeader(*decoded), rlp);
            QCOMPARE(toHex(keccak256(rlp)), str(entry.at("block").at("hash")));
        }
    }

    void rlpStrict()
    {
        auto h = parseBlockHeaderJson(anvilBlock(4));
        QVERIFY(h);
        auto item = rlpDecode(encodeBlockHeader(*h));
        QVERIFY(item);
        const RlpItem full = *item;

        auto expectError = [](const RlpItem& it, const std::string& fragment) {
            auto d = decodeBlockHeaderRlp(rlpEncode(it));
            if (d)
                return false;
            return d.error().message.find(fragment) != std::string::npos;
        };
        RlpItem shortList = full;
        shortList.items.resize(14);
        QVERIFY(expectError(shortList, "14 fields, expected 15 to 21"));
        RlpItem longList = full;
        longList.items.push_back(RlpItem::string(Bytes(32, 1)));
        QVERIFY(expectError(longList, "22 fields"));
        RlpItem badHash = full;
        badHash.items[3].bytes.pop_back();
        QVERIFY(expectError(badHash, "field 3 is not 32 bytes"));
        RlpItem badInt = full;
        badInt.items[9].bytes.insert(badInt.items[9].bytes.begin(), 0); // gasLimit with a leading zero
        QVERIFY(expectError(badInt, "field 9 is not a canonical integer"));
        RlpItem listField = full;
        listField.items[12] = RlpItem::list({});
        QVERIFY(expectError(listField, "field 12"));
        RlpItem badBloom = full;
        badBloom.items[6].bytes.resize(255);
        QVERIFY(expectError(badBloom, "field 6 is not 256 bytes"));

        Bytes trailing = encodeBlockHeader(*h);
        trailing.push_back(0);
        QVERIFY(!decodeBlockHeaderRlp(trailing));
        QVERIFY(!decodeBlockHeaderRlp(Bytes{0x80}));
        QVERIFY(!decodeBlockHeaderRlp(Bytes{}));
    }
};

QTEST_GUILESS_MAIN(TestBlockHeader)
#include "tst_blockheader.moc"
