// parseAmount / formatAmount (wallet/tx/Amount.h): exact decimal text <-> base units.
#include "wallet/tx/Amount.h"

#include <QTest>

using namespace plinth;

class TestAmount : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void accepted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<uint>("decimals");
        QTest::addColumn<QString>("base");
        QTest::newRow("whole") << "12" << 18u << "12000000000000000000";
        QTest::newRow("one and a half") << "1.5" << 18u << "1500000000000000000";
        QTest::newRow("one wei") << "0.000000000000000001" << 18u << "1";
        QTest::newRow("all decimals") << "1.000000000000000001" << 18u << "1000000000000000001";
        QTest::newRow("leading dot") << ".5" << 18u << "500000000000000000";
        QTest::newRow("trailing dot") << "2." << 18u << "2000000000000000000";
        QTest::newRow("leading zeros") << "007.10" << 2u << "710";
        QTest::newRow("zero") << "0" << 18u << "0";
        QTest::newRow("six decimals") << "0.000001" << 6u << "1";
        QTest::newRow("no decimals") << "42" << 0u << "42";
        QTest::newRow("trailing zeros beyond value") << "1.50" << 2u << "150";
        QTest::newRow("large") << "1000000000" << 18u << "1000000000000000000000000000";
        QTest::newRow("max uint256")
            << "115792089237316195423570985008687907853269984665640564039457584007913129639935" << 0u
            << "115792089237316195423570985008687907853269984665640564039457584007913129639935";
    }
    void accepted()
    {
        QFETCH(QString, text);
        QFETCH(uint, decimals);
        QFETCH(QString, base);
        auto v = parseAmount(text.toStdString(), decimals, "ETH");
        QVERIFY2(v.has_value(), v ? "" : v.error().message.c_str());
        QCOMPARE(QString::fromStdString(toDecimalString(*v)), base);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<uint>("decimals");
        QTest::addColumn<QString>("why");
        QTest::newRow("empty") << "" << 18u << "empty";
        QTest::newRow("negative") << "-1" << 18u << "cannot be negative";
        QTest::newRow("plus") << "+1" << 18u << "without a sign";
        QTest::newRow("exponent") << "1e18" << 18u << "exponents are not accepted";
        QTest::newRow("exponent upper") << "1.5E3" << 18u << "exponents are not accepted";
        QTest::newRow("too many decimals") << "0.0000000000000000001" << 18u << "ETH has 18 decimal places, and it has 19";
        QTest::newRow("decimals on whole-unit") << "1.5" << 0u << "ETH has no decimal places";
        QTest::newRow("two dots") << "1.2.3" << 18u << "more than one";
        QTest::newRow("comma") << "1,5" << 18u << "at most one \".\"";
        QTest::newRow("underscore") << "1_000" << 18u << "at most one \".\"";
        QTest::newRow("space inside") << "1 000" << 18u << "spaces";
        QTest::newRow("leading space") << " 1" << 18u << "spaces";
        QTest::newRow("hex") << "0x10" << 18u << "at most one \".\"";
        QTest::newRow("letters") << "ten" << 18u << "at most one \".\"";
        QTest::newRow("dot only") << "." << 18u << "no digits";
        QTest::newRow("unit suffix") << "1ETH" << 18u << "at most one \".\"";
        QTest::newRow("too large") << "115792089237316195423570985008687907853269984665640564039457584007913129639936" << 0u
                                   << "too large";
        QTest::newRow("too large scaled") << "115792089237316195423570985008687907853269984665640564039458" << 18u << "too large";
        QTest::newRow("nan") << "NaN" << 18u << "at most one \".\"";
        QTest::newRow("infinity") << "inf" << 18u << "at most one \".\"";
    }
    void refused()
    {
        QFETCH(QString, text);
        QFETCH(uint, decimals);
        QFETCH(QString, why);
        auto v = parseAmount(text.toStdString(), decimals, "ETH");
        QVERIFY2(!v.has_value(), qPrintable(QStringLiteral("accepted as %1").arg(v ? QString::fromStdString(toDecimalString(*v)) : QString())));
        QCOMPARE(v.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(QString::fromStdString(v.error().message).contains(why), v.error().message.c_str());
    }

    void formats()
    {
        QCOMPARE(QString::fromStdString(formatAmount(UInt256(0), 18, "ETH")), QStringLiteral("0 ETH"));
        QCOMPARE(QString::fromStdString(formatAmount(UInt256(1), 18, "ETH")), QStringLiteral("0.000000000000000001 ETH"));
        QCOMPARE(QString::fromStdString(formatAmount(*parseDecimalUInt256("2100000000000000"), 18, "ETH")),
                 QStringLiteral("0.0021 ETH"));
        QCOMPARE(QString::fromStdString(formatAmount(UInt256(1500000000), 9, "gwei")), QStringLiteral("1.5 gwei"));
        QCOMPARE(QString::fromStdString(formatAmount(UInt256(42), 0, "")), QStringLiteral("42"));
    }

    void roundTrips()
    {
        for (const char* text : {"1.5", "0.000000000000000001", "123456789.987654321", "10", "0.1"}) {
            auto v = parseAmount(text, 18, "ETH");
            QVERIFY(v.has_value());
            QCOMPARE(QString::fromStdString(formatAmount(*v, 18, {})), QString::fromLatin1(text));
        }
    }
};

QTEST_GUILESS_MAIN(TestAmount)
#include "tst_amount.moc"
