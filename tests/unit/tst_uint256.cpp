#include "wallet/codec/Hex.h"
#include "wallet/codec/UInt256.h"

#include <QTest>

using namespace plinth;

namespace {

const std::string kMax = "115792089237316195423570985008687907853269984665640564039457584007913129639935";

} // namespace

class TestUInt256 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesDecimalAndHex()
    {
        QCOMPARE(*parseUInt256("0"), UInt256(0));
        QCOMPARE(*parseUInt256("1234567890"), UInt256(1234567890));
        QCOMPARE(*parseUInt256("0x0"), UInt256(0));
        QCOMPARE(*parseUInt256("0x00ff"), UInt256(255));
        QCOMPARE(*parseUInt256("0XFF"), UInt256(255));
        QCOMPARE(toDecimalString(*parseUInt256(kMax)), kMax);
        QCOMPARE(*parseUInt256("0x" + std::string(64, 'f')), ~UInt256(0));
        QCOMPARE(*parseHexQuantity("0x" + std::string(10, '0') + std::string(64, 'f')), ~UInt256(0));
    }

    void rejectsBadNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("negative") << QStringLiteral("-1") << QStringLiteral("negative");
        QTest::newRow("space") << QStringLiteral(" 1") << QStringLiteral("not a decimal");
        QTest::newRow("overflow") << QStringLiteral("115792089237316195423570985008687907853269984665640564039457584007913129639936")
                                  << QStringLiteral("too large");
        QTest::newRow("hex overflow") << QStringLiteral("0x1") + QString(64, QLatin1Char('0')) << QStringLiteral("too large");
        QTest::newRow("hex no digits") << QStringLiteral("0x") << QStringLiteral("no digits");
        QTest::newRow("hex junk") << QStringLiteral("0x12g") << QStringLiteral("not a hex");
        QTest::newRow("float") << QStringLiteral("1.5") << QStringLiteral("not a decimal");
    }
    void rejectsBadNumbers()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        auto v = parseUInt256(text.toStdString());
        QVERIFY(!v);
        QVERIFY2(QString::fromStdString(v.error().message).contains(mentions), v.error().message.c_str());
    }

    void hexQuantities()
    {
        QCOMPARE(toHexQuantity(0), std::string("0x0"));
        QCOMPARE(toHexQuantity(26), std::string("0x1a"));
        QCOMPARE(toHexQuantity(256), std::string("0x100"));
        QVERIFY(!parseHexQuantity("12"));
    }

    void bigEndian()
    {
        QCOMPARE(toHex(toBigEndian32(1)), "0x" + std::string(62, '0') + "01");
        QCOMPARE(toHex(toBigEndian32(~UInt256(0))), "0x" + std::string(64, 'f'));
        QCOMPARE(toHex(toMinimalBigEndian(0)), std::string("0x"));
        QCOMPARE(toHex(toMinimalBigEndian(0x1234)), std::string("0x1234"));
        QCOMPARE(*fromBigEndian(*fromHex("0x0102")), UInt256(0x102));
        QCOMPARE(*fromBigEndian({}), UInt256(0));
        QVERIFY(!fromBigEndian(Bytes(33, 0)));
        const UInt256 v = *parseUInt256(kMax) - 12345;
        QCOMPARE(*fromBigEndian(toBigEndian32(v)), v);
    }

    void formatsUnits_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<uint>("decimals");
        QTest::addColumn<QString>("text");
        QTest::newRow("1.5 ether") << QStringLiteral("1500000000000000000") << 18u << QStringLiteral("1.5");
        QTest::newRow("1 wei") << QStringLiteral("1") << 18u << QStringLiteral("0.000000000000000001");
        QTest::newRow("zero") << QStringLiteral("0") << 18u << QStringLiteral("0");
        QTest::newRow("whole") << QStringLiteral("12000000") << 6u << QStringLiteral("12");
        QTest::newRow("no decimals") << QStringLiteral("42") << 0u << QStringLiteral("42");
        QTest::newRow("max") << QString::fromStdString(kMax) << 18u
                             << QStringLiteral("115792089237316195423570985008687907853269984665640564039457.584007913129639935");
    }
    void formatsUnits()
    {
        QFETCH(QString, value);
        QFETCH(uint, decimals);
        QFETCH(QString, text);
        const UInt256 v = *parseUInt256(value.toStdString());
        QCOMPARE(QString::fromStdString(formatUnits(v, decimals)), text);
        auto back = parseUnits(text.toStdString(), decimals);
        QVERIFY2(back, back ? "" : back.error().message.c_str());
        QCOMPARE(*back, v);
    }

    void parsesUnits()
    {
        QCOMPARE(*parseUnits("1.5", 18), *parseUInt256("1500000000000000000"));
        QCOMPARE(*parseUnits(".5", 1), UInt256(5));
        QCOMPARE(*parseUnits("2.", 2), UInt256(200));
        QCOMPARE(*parseUnits("0.000001", 6), UInt256(1));
        QCOMPARE(*parseUnits("007", 0), UInt256(7));
    }

    void rejectsBadAmounts_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<uint>("decimals");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("too many decimals") << QStringLiteral("0.0000001") << 6u << QStringLiteral("more than 6 decimal places");
        QTest::newRow("decimals on 0") << QStringLiteral("1.1") << 0u << QStringLiteral("more than 0 decimal places");
        QTest::newRow("overflow") << QString::fromStdString(kMax) << 1u << QStringLiteral("too large");
        QTest::newRow("overflow whole") << QString::fromStdString(kMax + "0") << 0u << QStringLiteral("too large");
        QTest::newRow("negative") << QStringLiteral("-1") << 18u << QStringLiteral("negative");
        QTest::newRow("two dots") << QStringLiteral("1.2.3") << 18u << QStringLiteral("not a number");
        QTest::newRow("exponent") << QStringLiteral("1e18") << 18u << QStringLiteral("not a number");
        QTest::newRow("comma") << QStringLiteral("1,5") << 18u << QStringLiteral("not a number");
        QTest::newRow("space") << QStringLiteral(" 1") << 18u << QStringLiteral("not a number");
        QTest::newRow("empty") << QString() << 18u << QStringLiteral("empty");
        QTest::newRow("dot") << QStringLiteral(".") << 18u << QStringLiteral("empty");
        QTest::newRow("decimals 78") << QStringLiteral("1") << 78u << QStringLiteral("77 decimals");
    }
    void rejectsBadAmounts()
    {
        QFETCH(QString, amount);
        QFETCH(uint, decimals);
        QFETCH(QString, mentions);
        auto v = parseUnits(amount.toStdString(), decimals);
        QVERIFY(!v);
        QVERIFY2(QString::fromStdString(v.error().message).contains(mentions), v.error().message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestUInt256)
#include "tst_uint256.moc"
