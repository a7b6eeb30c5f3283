#include "wallet/codec/Abi.h"
#include "wallet/codec/Hex.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace plinth;

namespace {

QJsonObject loadVectors()
{
    QFile f(QStringLiteral(PLINTH_VECTORS_DIR "/ethers-vectors.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open ethers-vectors.json");
    return QJsonDocument::fromJson(f.readAll()).object();
}

std::string str(const QJsonObject& o, const char* key) { return o.value(QLatin1String(key)).toString().toStdString(); }

AbiType type(const char* text)
{
    auto t = parseAbiType(text);
    if (!t)
        qFatal("bad type in test: %s", text);
    return *t;
}

AbiSignature sig(const char* text)
{
    auto s = parseAbiSignature(text);
    if (!s)
        qFatal("bad signature in test: %s", s.error().message.c_str());
    return *s;
}

Bytes hex(std::string_view h) { return *fromHex(h); }

std::string word(std::string_view hexDigits) { return std::string(64 - hexDigits.size(), '0') + std::string(hexDigits); }

} // namespace

class TestAbi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ethersEncodings()
    {
        const QJsonArray list = loadVectors().value(QStringLiteral("abi")).toArray();
        QVERIFY(!list.isEmpty());
        int checked = 0;
        for (const auto& v : list) {
            const QJsonObject o = v.toObject();
            std::vector<AbiType> types;
            for (const auto& t : o.value(QStringLiteral("types")).toArray()) {
                auto parsed = parseAbiType(t.toString().toStdString());
                QVERIFY2(parsed, parsed ? "" : parsed.error().message.c_str());
                types.push_back(*parsed);
            }
            const QByteArray valuesJson = QJsonDocument(o.value(QStringLiteral("values")).toArray()).toJson();
            auto values = abiValuesFromJson(types, valuesJson.toStdString());
            QVERIFY2(values, values ? "" : values.error().message.c_str());
            auto encoded = abiEncode(types, *values);
            QVERIFY2(encoded, encoded ? "" : encoded.error().message.c_str());
            QCOMPARE(toHex(*encoded), str(o, "encoded"));
            auto decoded = abiDecode(types, *encoded);
            QVERIFY2(decoded, decoded ? "" : decoded.error().message.c_str());
            QVERIFY(*decoded == *values);
            // Decoded values render back to the same JSON the vector gives (modulo number formatting).
            auto again = abiValuesFromJson(types, abiValuesToJson(types, *decoded));
            QVERIFY(again);
            QVERIFY(*again == *values);
            ++checked;
        }
        QCOMPARE(checked, static_cast<int>(list.size()));
    }

    void ethersSelectorsAndTopics()
    {
        const QJsonArray list = loadVectors().value(QStringLiteral("sigs")).toArray();
        QVERIFY(!list.isEmpty());
        int checked = 0;
        for (const auto& v : list) {
            const QJsonObject o = v.toObject();
            auto s = parseAbiSignature(str(o, "signature"));
            QVERIFY(s);
            QCOMPARE(s->canonical(), str(o, "signature"));
            QCOMPARE(toHex(functionSelector(*s)), str(o, "selector"));
            QCOMPARE(toHex(eventTopic(*s)), str(o, "keccak"));
            ++checked;
        }
        QCOMPARE(checked, static_cast<int>(list.size()));
    }

    void parsesTypesAndSignatures()
    {
        QCOMPARE(type("uint").canonical(), std::string("uint256"));
        QCOMPARE(type("int").canonical(), std::string("int256"));
        QCOMPARE(type("tuple(address,uint256)[]").canonical(), std::string("(address,uint256)[]"));
        QCOMPARE(type("uint8[2][]").kind, AbiType::Kind::Array);
        QCOMPARE(type("uint8[2][]").components[0].kind, AbiType::Kind::FixedArray);
        QVERIFY(type("(uint256,string)[2]").isDynamic());
        QVERIFY(!type("(uint256,bytes32)[2]").isDynamic());
        QCOMPARE(type("(uint256,bytes32)[2]").headSize(), std::size_t{128});
        auto f = sig("f((uint256,string)[],bytes32)");
        QCOMPARE(f.params.size(), std::size_t{2});
        QCOMPARE(f.canonical(), std::string("f((uint256,string)[],bytes32)"));
        auto ev = sig(" Transfer( address indexed from , address indexed to, uint value ) ");
        QCOMPARE(ev.canonical(), std::string("Transfer(address,address,uint256)"));
        QVERIFY(ev.params[0].indexed && ev.params[1].indexed && !ev.params[2].indexed);
        QCOMPARE(ev.params[2].name, std::string("value"));
        QCOMPARE(sig("noArgs()").canonical(), std::string("noArgs()"));
        QCOMPARE(toHex(*functionSelector("transfer(address to, uint amount)")), std::string("0xa9059cbb"));
    }

    void rejectsBadTypes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("uint7") << QStringLiteral("uint7");
        QTest::newRow("uint264") << QStringLiteral("uint264");
        QTest::newRow("uint0") << QStringLiteral("uint0");
        QTest::newRow("uint08") << QStringLiteral("uint08");
        QTest::newRow("bytes0") << QStringLiteral("bytes0");
        QTest::newRow("bytes33") << QStringLiteral("bytes33");
        QTest::newRow("unknown") << QStringLiteral("uint256x");
        QTest::newRow("float") << QStringLiteral("fixed128x18");
        QTest::newRow("zero array") << QStringLiteral("uint256[0]");
        QTest::newRow("bad array") << QStringLiteral("uint256[a]");
        QTest::newRow("unbalanced") << QStringLiteral("(uint256");
        QTest::newRow("unbalanced 2") << QStringLiteral("uint256]");
        QTest::newRow("empty component") << QStringLiteral("(uint256,)");
        QTest::newRow("empty") << QString();
        QTest::newRow("empty tuple") << QStringLiteral("()[]");
        QTest::newRow("deep") << QStringLiteral("uint8") + QStringLiteral("[]").repeated(40);
    }
    void rejectsBadTypes()
    {
        QFETCH(QString, text);
        QVERIFY(!parseAbiType(text.toStdString()));
    }

    void rejectsBadSignatures()
    {
        QVERIFY(!parseAbiSignature("transfer"));
        QVERIFY(!parseAbiSignature("(uint256)"));
        QVERIFY(!parseAbiSignature("1f(uint256)"));
        QVERIFY(!parseAbiSignature("f(uint256 a b)"));
        QVERIFY(!parseAbiSignature("f(uint256))"));
        QVERIFY(!parseAbiSignature("f(uint256)x"));
    }

    void encodesTheErc20Transfer()
    {
        const AbiSignature transfer = sig("transfer(address,uint256)");
        auto call = encodeFunctionCall(transfer, *abiValuesFromJson(transfer.types(),
                                                                    "[\"0x5f12A2E6eEc2326BBf2b7F764DD08D816e209B1a\", \"1000\"]"));
        QVERIFY(call);
        QCOMPARE(toHex(*call), "0xa9059cbb" + word("5f12a2e6eec2326bbf2b7f764dd08d816e209b1a") + word("3e8"));
        auto back = decodeFunctionCall(transfer, *call);
        QVERIFY(back);
        QCOMPARE(std::get<UInt256>((*back)[1].value), UInt256(1000));
        QVERIFY(!decodeFunctionCall(sig("approve(address,uint256)"), *call));
        QVERIFY(!decodeFunctionCall(transfer, Bytes{0xa9, 0x05}));
    }

    void negativeAndBoundaryIntegers()
    {
        const std::vector<AbiType> types{type("int8"), type("int16"), type("int256"), type("uint8")};
        auto v = abiValuesFromJson(types, "[-128, 32767, \"-57896044618658097711785492504343953926634992332820282019728792003956564819968\", 255]");
        QVERIFY2(v, v ? "" : v.error().message.c_str());
        auto enc = abiEncode(types, *v);
        QVERIFY(enc);
        QCOMPARE(toHex(ByteView(*enc).subspan(0, 32)), "0x" + std::string(62, 'f') + "80");
        QCOMPARE(toHex(ByteView(*enc).subspan(64, 32)), "0x80" + std::string(62, '0'));
        auto dec = abiDecode(types, *enc);
        QVERIFY(dec);
        QVERIFY(*dec == *v);
        QVERIFY(!abiValuesFromJson({type("int8")}, "[128]"));
        QVERIFY(!abiValuesFromJson({type("int8")}, "[-129]"));
        QVERIFY(!abiValuesFromJson({type("uint8")}, "[256]"));
        QVERIFY(!abiValuesFromJson({type("uint8")}, "[-1]"));
        QVERIFY(!abiValuesFromJson({type("bytes4")}, "[\"0x0102\"]"));
        QVERIFY(!abiValuesFromJson({type("address")}, "[\"0x5f12a2E6eEc2326BBf2b7F764DD08D816e209B1a\"]"));
        QVERIFY(!abiEncode({type("uint8")}, {AbiValue::ofUInt(256)}));
        QVERIFY(!abiEncode({type("uint8")}, {AbiValue::ofInt(1)}));
        QVERIFY(!abiEncode({type("uint8")}, {}));
    }

    // A "register(...)"-style call mixing static and dynamic arguments, nested tuples and fixed arrays.
    void nestedRoundTrip()
    {
        const AbiSignature f = sig("register(bytes32 id,(string uri,bytes data,uint64[2] caps)[] metas,bool[3] flags,string name)");
        auto args = abiValuesFromJson(f.types(), "[\"0x" + std::string(64, 'a') + "\", "
                                                "[[\"ipfs://x\", \"0x0102\", [1, 2]], [\"\", \"0x\", [\"3\", \"0x4\"]]], "
                                                "[true, false, true], \"\u00e9t\u00e9\"]");
        QVERIFY2(args, args ? "" : args.error().message.c_str());
        auto call = encodeFunctionCall(f, *args);
        QVERIFY(call);
        auto back = decodeFunctionCall(f, *call);
        QVERIFY2(back, back ? "" : back.error().message.c_str());
        QVERIFY(*back == *args);
    }

    void rejectsBadData_data()
    {
        QTest::addColumn<QString>("types");
        QTest::addColumn<QString>("data");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("too short") << QStringLiteral("uint256,uint256") << QString::fromStdString(word("1"))
                                   << QStringLiteral("[1]: data too short");
        QTest::newRow("empty") << QStringLiteral("uint256") << QString() << QStringLiteral("too short");
        QTest::newRow("offset out of range") << QStringLiteral("bytes") << QString::fromStdString(word("40"))
                                             << QStringLiteral("offset out of range");
        QTest::newRow("huge offset") << QStringLiteral("string") << QString::fromStdString(std::string(64, 'f'))
                                     << QStringLiteral("offset out of range");
        QTest::newRow("length past end") << QStringLiteral("bytes") << QString::fromStdString(word("20") + word("21") + word("0"))
                                         << QStringLiteral("too short for a length of 33");
        QTest::newRow("array length past end") << QStringLiteral("uint256[]")
                                               << QString::fromStdString(word("20") + word("3") + word("1"))
                                               << QStringLiteral("runs past the end");
        QTest::newRow("huge array length") << QStringLiteral("uint256[]")
                                           << QString::fromStdString(word("20") + std::string(64, 'f'))
                                           << QStringLiteral("array length out of range");
        QTest::newRow("fixed array short") << QStringLiteral("uint256[3]") << QString::fromStdString(word("1") + word("2"))
                                           << QStringLiteral("too short");
        QTest::newRow("dirty uint8") << QStringLiteral("uint8") << QString::fromStdString(word("100"))
                                     << QStringLiteral("does not fit");
        QTest::newRow("dirty int8") << QStringLiteral("int8") << QString::fromStdString(word("80"))
                                    << QStringLiteral("does not fit");
        QTest::newRow("bool 2") << QStringLiteral("bool") << QString::fromStdString(word("2")) << QStringLiteral("0 or 1");
        QTest::newRow("dirty address") << QStringLiteral("address") << QString::fromStdString("01" + std::string(62, '0'))
                                       << QStringLiteral("12 zero bytes");
        QTest::newRow("dirty bytes4") << QStringLiteral("bytes4") << QString::fromStdString("0102030405" + std::string(54, '0'))
                                      << QStringLiteral("zero-padded");
        QTest::newRow("nested offset out of range") << QStringLiteral("uint256[][]")
                                                    << QString::fromStdString(word("20") + word("1") + word("ff00"))
                                                    << QStringLiteral("offset out of range");
    }
    void rejectsBadData()
    {
        QFETCH(QString, types);
        QFETCH(QString, data);
        QFETCH(QString, mentions);
        std::vector<AbiType> ts;
        for (const auto& t : types.split(QLatin1Char(',')))
            ts.push_back(type(t.toLatin1().constData()));
        auto r = abiDecode(ts, hex(data.toStdString()));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(QString::fromStdString(r.error().message).contains(mentions), r.error().message.c_str());
    }

    // Offsets that all point at one array must not multiply into a huge decoded value: three levels of
    // n offsets each aimed at the same next-level array decode to n^3 values from O(n) bytes.
    static std::string aliased(int n)
    {
        const std::string len = QByteArray::number(n, 16).toStdString();
        const std::string off = QByteArray::number(n * 32, 16).toStdString();
        std::string data = word("20");
        for (int level = 0; level < 3; ++level) {
            data += word(len);
            for (int i = 0; i < n; ++i)
                data += word(level < 2 ? off : "1");
        }
        return data;
    }
    void boundsAliasedOffsets()
    {
        auto small = abiDecode({type("uint256[][][]")}, hex(aliased(4)));
        QVERIFY2(small, small ? "" : small.error().message.c_str());
        QCOMPARE(std::get<AbiValue::List>((*small)[0].value).size(), std::size_t{4});
        auto big = abiDecode({type("uint256[][][]")}, hex(aliased(64)));
        QVERIFY(!big);
        QVERIFY2(QString::fromStdString(big.error().message).contains(QStringLiteral("too many values")),
                 big.error().message.c_str());
    }

    void jsonOfInvalidUtf8StaysValid()
    {
        const std::vector<AbiType> types{type("string")};
        const std::string bad = std::string("ok") + char(0xff) + char(0xc3); // stray byte, truncated sequence
        auto enc = abiEncode(types, {AbiValue::ofString(bad)});
        QVERIFY(enc);
        auto dec = abiDecode(types, *enc);
        QVERIFY(dec);
        QCOMPARE(std::get<std::string>((*dec)[0].value), bad); // decoding keeps the exact bytes
        const std::string json = abiValuesToJson(types, *dec);
        QCOMPARE(json, std::string("[\"ok\xef\xbf\xbd\xef\xbf\xbd\"]"));
        QVERIFY(abiValuesFromJson(types, json));
    }

    void decodesLogs()
    {
        const AbiSignature ev = sig("VoteCast(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason)");
        const auto types = std::vector<AbiType>{type("uint256"), type("uint8"), type("uint256"), type("string")};
        auto data = abiEncode(types, *abiValuesFromJson(types, "[\"7\", 1, \"1000\", \"because\"]"));
        QVERIFY(data);
        Hash32 voter{};
        voter[31] = 0x42;
        const std::vector<Hash32> topics{eventTopic(ev), voter};
        auto values = decodeEventLog(ev, topics, *data);
        QVERIFY2(values, values ? "" : values.error().message.c_str());
        QCOMPARE(values->size(), std::size_t{5});
        QCOMPARE(std::get<FixedBytes<20>>((*values)[0].value)[19], std::uint8_t{0x42});
        QCOMPARE(std::get<std::string>((*values)[4].value), std::string("because"));
        QVERIFY(!decodeEventLog(ev, {topics[0]}, *data));                // missing indexed topic
        QVERIFY(!decodeEventLog(ev, {topics[1], topics[1]}, *data));     // wrong topic 0
        QVERIFY(!decodeEventLog(ev, topics, ByteView(*data).first(64))); // data too short
        // Anonymous events have no topic 0; indexed dynamic values are their hash.
        const AbiSignature anon = sig("Note(string indexed tag, uint256 n)");
        Hash32 tagHash{};
        tagHash[0] = 0xaa;
        auto a = decodeEventLog(anon, {tagHash}, hex(word("5")), true);
        QVERIFY(a);
        QCOMPARE(std::get<Bytes>((*a)[0].value).size(), std::size_t{32});
        Hash32 dirty{};
        dirty[0] = 1;
        QVERIFY(!decodeEventLog(sig("E(address indexed a)"), {eventTopic(sig("E(address)")), dirty}, {}));
    }

    void decodesRevertData()
    {
        auto empty = decodeRevertData({});
        QVERIFY(empty);
        QCOMPARE(empty->kind, RevertReason::Kind::Empty);
        // Error("Not owner")
        auto err = decodeRevertData(hex("0x08c379a0" + word("20") + word("9") + "4e6f74206f776e6572" + std::string(46, '0')));
        QVERIFY(err);
        QCOMPARE(err->kind, RevertReason::Kind::ErrorString);
        QCOMPARE(err->message, std::string("Not owner"));
        auto panic = decodeRevertData(hex("0x4e487b71" + word("11")));
        QVERIFY(panic);
        QCOMPARE(panic->kind, RevertReason::Kind::Panic);
        QCOMPARE(panic->panicCode, UInt256(0x11));
        QCOMPARE(panic->message, std::string("arithmetic overflow or underflow"));
        const AbiSignature custom = sig("InsufficientStake(uint256 have, uint256 need)");
        const FixedBytes<4> sel = functionSelector(custom);
        const Bytes data = [&] {
            Bytes d(sel.begin(), sel.end());
            const Bytes body = hex(word("1") + word("2"));
            d.insert(d.end(), body.begin(), body.end());
            return d;
        }();
        auto c = decodeRevertData(data, {sig("Other()"), custom});
        QVERIFY(c);
        QCOMPARE(c->kind, RevertReason::Kind::Custom);
        QCOMPARE(c->error->name, std::string("InsufficientStake"));
        QCOMPARE(std::get<UInt256>(c->args[1].value), UInt256(2));
        auto unknown = decodeRevertData(data);
        QVERIFY(unknown);
        QCOMPARE(unknown->kind, RevertReason::Kind::Unknown);
        QVERIFY(!decodeRevertData(hex("0x08c379a0" + word("20"))));
        QVERIFY(!decodeRevertData(hex("0x0102")));
    }
};

QTEST_GUILESS_MAIN(TestAbi)
#include "tst_abi.moc"
