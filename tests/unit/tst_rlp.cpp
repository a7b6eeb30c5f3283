#include "wallet/codec/Hex.h"
#include "wallet/codec/Rlp.h"

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

// The vectors write a string as hex and a list as a JSON array.
RlpItem fromJson(const QJsonValue& v)
{
    if (v.isArray()) {
        std::vector<RlpItem> children;
        for (const auto& c : v.toArray())
            children.push_back(fromJson(c));
        return RlpItem::list(std::move(children));
    }
    return RlpItem::string(*fromHex(v.toString().toStdString()));
}

Bytes hex(const char* h) { return *fromHex(h); }

} // namespace

class TestRlp : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ethersVectors()
    {
        const QJsonArray list = loadVectors().value(QStringLiteral("rlp")).toArray();
        QVERIFY(!list.isEmpty());
        int checked = 0;
        for (const auto& v : list) {
            const QJsonObject o = v.toObject();
            const RlpItem in = fromJson(o.value(QStringLiteral("in")));
            const std::string out = o.value(QStringLiteral("out")).toString().toStdString();
            QCOMPARE(toHex(rlpEncode(in)), out);
            auto decoded = rlpDecode(hex(out.c_str()));
            QVERIFY2(decoded, decoded ? "" : decoded.error().message.c_str());
            QVERIFY(*decoded == in);
            ++checked;
        }
        QCOMPARE(checked, static_cast<int>(list.size()));
    }

    void longForms()
    {
        const Bytes s56(56, 0x61);
        const Bytes enc = rlpEncode(RlpItem::string(s56));
        QCOMPARE(enc.size(), std::size_t{58});
        QCOMPARE(enc[0], std::uint8_t{0xb8});
        QCOMPARE(enc[1], std::uint8_t{56});
        const Bytes s1024(1024, 0x62);
        const Bytes enc2 = rlpEncode(RlpItem::string(s1024));
        QCOMPARE(toHex(ByteView(enc2).first(3)), std::string("0xb90400"));
        auto back = rlpDecode(enc2);
        QVERIFY(back);
        QVERIFY(back->bytes == s1024);
        std::vector<RlpItem> many(60, RlpItem::string(Bytes{1}));
        const Bytes list = rlpEncode(RlpItem::list(many));
        QCOMPARE(list[0], std::uint8_t{0xf8});
        QCOMPARE(list[1], std::uint8_t{60});
    }

    void encoderMatchesTree()
    {
        RlpEncoder e;
        e.beginList();
        e.addUInt(std::uint64_t{0});
        e.addUInt(std::uint64_t{127});
        e.addUInt(std::uint64_t{128});
        e.addUInt(UInt256(1) << 200);
        e.beginList();
        e.addBytes(Bytes(60, 7));
        e.endList();
        e.endList();
        const RlpItem tree = RlpItem::list({RlpItem::string(Bytes{}), RlpItem::string(Bytes{0x7f}),
                                            RlpItem::string(Bytes{0x80}), RlpItem::string(toMinimalBigEndian(UInt256(1) << 200)),
                                            RlpItem::list({RlpItem::string(Bytes(60, 7))})});
        QCOMPARE(toHex(e.finish()), toHex(rlpEncode(tree)));
    }

    void integers()
    {
        QCOMPARE(*rlpToUInt64(RlpItem::string(Bytes{})), std::uint64_t{0});
        QCOMPARE(*rlpToUInt64(RlpItem::string(Bytes{1, 0})), std::uint64_t{256});
        QVERIFY(!rlpToUInt64(RlpItem::string(Bytes{0})));     // zero is the empty string
        QVERIFY(!rlpToUInt64(RlpItem::string(Bytes{0, 1}))); // leading zero
        QVERIFY(!rlpToUInt64(RlpItem::string(Bytes(9, 1))));
        QVERIFY(!rlpToUInt256(RlpItem::string(Bytes(33, 1))));
        QVERIFY(!rlpToUInt256(RlpItem::list({})));
        QCOMPARE(*rlpToUInt256(RlpItem::string(Bytes(32, 0xff))), ~UInt256(0));
    }

    void rejectsNonCanonical_data()
    {
        QTest::addColumn<QString>("hex");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty input") << QString() << QStringLiteral("data ends");
        QTest::newRow("single byte as string") << QStringLiteral("0x8100") << QStringLiteral("single byte below 0x80");
        QTest::newRow("single byte 7f as string") << QStringLiteral("0x817f") << QStringLiteral("single byte below 0x80");
        QTest::newRow("long string, short payload")
            << QStringLiteral("0xb801") + QStringLiteral("61") << QStringLiteral("long form");
        QTest::newRow("long string, 55 bytes")
            << QStringLiteral("0xb837") + QStringLiteral("61").repeated(55) << QStringLiteral("long form");
        QTest::newRow("long list, short payload") << QStringLiteral("0xf80180") << QStringLiteral("long form");
        QTest::newRow("leading zero in length")
            << QStringLiteral("0xb90038") + QStringLiteral("61").repeated(56) << QStringLiteral("leading zero");
        QTest::newRow("leading zero in list length")
            << QStringLiteral("0xf90038") + QStringLiteral("80").repeated(56) << QStringLiteral("leading zero");
        QTest::newRow("trailing bytes") << QStringLiteral("0x8000") << QStringLiteral("trailing bytes");
        QTest::newRow("two items") << QStringLiteral("0xc0c0") << QStringLiteral("trailing bytes");
        QTest::newRow("string past end") << QStringLiteral("0x83aabb") << QStringLiteral("past the end");
        QTest::newRow("list past end") << QStringLiteral("0xc3aabb") << QStringLiteral("past the end");
        QTest::newRow("length of length past end") << QStringLiteral("0xb9ff") << QStringLiteral("past the end");
        QTest::newRow("huge length") << QStringLiteral("0xbfffffffffffffffff") << QStringLiteral("past the end");
        QTest::newRow("child past list end") << QStringLiteral("0xc28300") + QStringLiteral("0000")
                                             << QStringLiteral("past the end");
        QTest::newRow("non-canonical child") << QStringLiteral("0xc28105") << QStringLiteral("single byte below 0x80");
        RlpItem deep = RlpItem::list({});
        for (int i = 0; i < 300; ++i)
            deep = RlpItem::list({deep});
        QTest::newRow("too deep") << QString::fromStdString(toHex(rlpEncode(deep))) << QStringLiteral("nested too deeply");
    }
    void rejectsNonCanonical()
    {
        QFETCH(QString, hex);
        QFETCH(QString, mentions);
        auto bytes = fromHex(hex.toStdString());
        QVERIFY(bytes);
        auto item = rlpDecode(*bytes);
        QVERIFY(!item);
        QCOMPARE(item.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(QString::fromStdString(item.error().message).contains(mentions), item.error().message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestRlp)
#include "tst_rlp.moc"
