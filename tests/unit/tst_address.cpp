#include "wallet/codec/Hex.h"
#include "wallet/eth/Address.h"

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

} // namespace

class TestAddress : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void eip55Vectors()
    {
        const QJsonArray list = loadVectors().value(QStringLiteral("eip55")).toArray();
        QVERIFY(!list.isEmpty());
        int checked = 0;
        for (const auto& v : list) {
            const QJsonObject o = v.toObject();
            auto lower = parseAddress(str(o, "lower"));
            QVERIFY(lower);
            QCOMPARE(toChecksumAddress(*lower), str(o, "checksummed"));
            auto mixed = parseAddress(str(o, "checksummed"));
            QVERIFY2(mixed, mixed ? "" : mixed.error().message.c_str());
            QVERIFY(*mixed == *lower);
            ++checked;
        }
        QCOMPARE(checked, static_cast<int>(list.size()));
    }

    void addressesOfSigningKeys()
    {
        const QJsonArray list = loadVectors().value(QStringLiteral("messages")).toArray();
        int checked = 0;
        for (const auto& v : list) {
            const QJsonObject o = v.toObject();
            const SecureBytes key(*fromHex(str(o, "privateKey")));
            auto a = addressFromPrivateKey(key);
            QVERIFY(a);
            QCOMPARE(toChecksumAddress(*a), str(o, "address"));
            QCOMPARE(toChecksumAddress(addressFromPublicKey(*publicKeyFromPrivate(key))), str(o, "address"));
            ++checked;
        }
        QCOMPARE(checked, static_cast<int>(list.size()));
        QVERIFY(!addressFromPrivateKey(SecureBytes(Bytes(32, 0))));
    }

    void acceptsSingleCase()
    {
        const std::string mixed = "0x317D19d2fB9942196BcB5F27Ba77f247c4E01dC9";
        auto upper = parseAddress("0x317D19D2FB9942196BCB5F27BA77F247C4E01DC9");
        QVERIFY(upper);
        QCOMPARE(toChecksumAddress(*upper), mixed);
        QVERIFY(parseAddress("0X317d19d2fb9942196bcb5f27ba77f247c4e01dc9"));
    }

    void rejectsBadAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        // One letter's case flipped from the EIP-55 form.
        QTest::newRow("bad checksum") << QStringLiteral("0x317d19d2fB9942196BcB5F27Ba77f247c4E01dC9")
                                      << QStringLiteral("bad checksum");
        QTest::newRow("no prefix") << QStringLiteral("317d19d2fb9942196bcb5f27ba77f247c4e01dc9")
                                   << QStringLiteral("start with 0x");
        QTest::newRow("short") << QStringLiteral("0x317d19d2fb9942196bcb5f27ba77f247c4e01d")
                               << QStringLiteral("not 38");
        QTest::newRow("long") << QStringLiteral("0x317d19d2fb9942196bcb5f27ba77f247c4e01dc900")
                              << QStringLiteral("not 42");
        QTest::newRow("not hex") << QStringLiteral("0x317d19d2fb9942196bcb5f27ba77f247c4e01dcz")
                                 << QStringLiteral("hexadecimal");
        QTest::newRow("empty") << QString() << QStringLiteral("start with 0x");
    }
    void rejectsBadAddresses()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        auto a = parseAddress(text.toStdString());
        QVERIFY(!a);
        QVERIFY2(QString::fromStdString(a.error().message).contains(mentions), a.error().message.c_str());
    }

    void orders()
    {
        Address a, b;
        b.bytes[19] = 1;
        QVERIFY(a < b);
        QVERIFY(a == a);
    }
};

QTEST_GUILESS_MAIN(TestAddress)
#include "tst_address.moc"
