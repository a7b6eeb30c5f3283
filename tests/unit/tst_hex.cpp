#include "wallet/codec/Hex.h"

#include <QTest>

using namespace plinth;

class TestHex : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void encodesLowercase()
    {
        const Bytes b{0x00, 0x01, 0xab, 0xff};
        QCOMPARE(toHex(b), std::string("0x0001abff"));
        QCOMPARE(toHex(b, false), std::string("0001abff"));
        QCOMPARE(toHex(Bytes{}), std::string("0x"));
        QCOMPARE(toHex(Bytes{}, false), std::string());
    }

    void decodesWithAndWithoutPrefix_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("0x") << QStringLiteral("0x00ff10") << QStringLiteral("0x00ff10");
        QTest::newRow("0X upper") << QStringLiteral("0X00FF10") << QStringLiteral("0x00ff10");
        QTest::newRow("bare") << QStringLiteral("aBcD") << QStringLiteral("0xabcd");
        QTest::newRow("empty") << QString() << QStringLiteral("0x");
        QTest::newRow("prefix only") << QStringLiteral("0x") << QStringLiteral("0x");
    }
    void decodesWithAndWithoutPrefix()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        auto b = fromHex(text.toStdString());
        QVERIFY2(b, b ? "" : b.error().message.c_str());
        QCOMPARE(QString::fromStdString(toHex(*b)), canonical);
    }

    void rejectsBadHex_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("odd") << QStringLiteral("0xabc") << QStringLiteral("odd number");
        QTest::newRow("odd bare") << QStringLiteral("a") << QStringLiteral("odd number");
        QTest::newRow("g") << QStringLiteral("0xag") << QStringLiteral("position 3");
        QTest::newRow("space") << QStringLiteral(" 0x00") << QStringLiteral("not a hex digit");
        QTest::newRow("double prefix") << QStringLiteral("0x0x00") << QStringLiteral("position 3");
        QTest::newRow("unicode") << QStringLiteral("0x\u00e9a") << QStringLiteral("not a hex digit");
    }
    void rejectsBadHex()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        auto b = fromHex(text.toStdString());
        QVERIFY(!b);
        QCOMPARE(b.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(QString::fromStdString(b.error().message).contains(mentions), b.error().message.c_str());
    }

    void roundTripsEveryByte()
    {
        Bytes all(256);
        for (int i = 0; i < 256; ++i)
            all[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(i);
        auto back = fromHex(toHex(all));
        QVERIFY(back);
        QVERIFY(*back == all);
    }

    void fixedLengthChecksSize()
    {
        QVERIFY(fromHexFixed<2>("0x0102"));
        auto wrong = fromHexFixed<32>("0x0102");
        QVERIFY(!wrong);
        QVERIFY(QString::fromStdString(wrong.error().message).contains(QStringLiteral("expected 32 bytes")));
    }
};

QTEST_GUILESS_MAIN(TestHex)
#include "tst_hex.moc"
