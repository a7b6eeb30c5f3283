#include "wallet/codec/Hex.h"
#include "wallet/crypto/Bip32.h"
#include "wallet/crypto/Bip39.h"
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

class TestBip32 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ethersDerivations()
    {
        const QJsonArray hd = loadVectors().value(QStringLiteral("hd")).toArray();
        int expected = 0;
        for (const auto& v : hd)
            expected += static_cast<int>(v.toObject().value(QStringLiteral("derived")).toArray().size());
        QVERIFY(expected > 0);
        int checked = 0;
        for (const auto& v : hd) {
            const QJsonObject o = v.toObject();
            const SecureBytes seed(*fromHex(str(o, "seed")));
            for (const auto& d : o.value(QStringLiteral("derived")).toArray()) {
                const QJsonObject dv = d.toObject();
                auto path = parseDerivationPath(str(dv, "path"));
                QVERIFY2(path, path ? "" : path.error().message.c_str());
                QCOMPARE(path->toString(), str(dv, "path"));
                auto key = derivePrivateKey(seed, *path);
                QVERIFY(key);
                QCOMPARE(toHex(key->view()), str(dv, "privateKey"));
                QCOMPARE(toHex(*compressedPublicKeyFromPrivate(*key)), str(dv, "publicKey"));
                QCOMPARE(toChecksumAddress(*addressFromPrivateKey(*key)), str(dv, "address"));
                ++checked;
            }
        }
        QCOMPARE(checked, expected);
    }

    // BIP-32's own test vector 1 (seed 000102...0f), chain m/0'/1/2'/2/1000000000.
    void bip32TestVector1()
    {
        const SecureBytes seed(*fromHex("000102030405060708090a0b0c0d0e0f"));
        auto master = derivePrivateKey(seed, *parseDerivationPath("m"));
        QVERIFY(master);
        QCOMPARE(toHex(master->view()), std::string("0xe8f32e723decf4051aefac8e2c93c9c5b214313817cdb01a1494b917c8436b35"));
        auto leaf = derivePrivateKey(seed, *parseDerivationPath("m/0H/1/2h/2/1000000000"));
        QVERIFY(leaf);
        QCOMPARE(toHex(leaf->view()), std::string("0x471b76e389e528d6de6d816857e012c5455051cad6660850e58372a6c3e6e7c8"));
    }

    void defaultPath()
    {
        QCOMPARE(defaultEthereumPath(7).toString(), std::string("m/44'/60'/0'/0/7"));
        QCOMPARE(*parseDerivationPath("m/44'/60'/0'/0/7"), defaultEthereumPath(7));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, defaultEthereumPath(kHardenedIndex));
        auto max = parseDerivationPath("m/2147483647'/2147483647");
        QVERIFY(max);
        QCOMPARE(max->indices.at(0), 0xffffffffU);
        QCOMPARE(max->indices.at(1), 0x7fffffffU);
    }

    void rejectsBadPaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QString() << QStringLiteral("start with");
        QTest::newRow("no m") << QStringLiteral("44'/60'") << QStringLiteral("start with");
        QTest::newRow("m no slash") << QStringLiteral("m44") << QStringLiteral("followed by");
        QTest::newRow("trailing slash") << QStringLiteral("m/44'/") << QStringLiteral("level 2 is empty");
        QTest::newRow("double slash") << QStringLiteral("m//1") << QStringLiteral("level 1 is empty");
        QTest::newRow("letters") << QStringLiteral("m/44'/x") << QStringLiteral("level 2 is not a number");
        QTest::newRow("negative") << QStringLiteral("m/-1") << QStringLiteral("not a number");
        QTest::newRow("overflow") << QStringLiteral("m/2147483648") << QStringLiteral("too large");
        QTest::newRow("overflow hardened") << QStringLiteral("m/4294967295'") << QStringLiteral("too large");
        QTest::newRow("huge") << QStringLiteral("m/99999999999999999999999") << QStringLiteral("too large");
        QTest::newRow("double mark") << QStringLiteral("m/1''") << QStringLiteral("not a number");
        QTest::newRow("only mark") << QStringLiteral("m/'") << QStringLiteral("empty");
        QString deep = QStringLiteral("m");
        for (int i = 0; i < 256; ++i)
            deep += QStringLiteral("/0");
        QTest::newRow("too deep") << deep << QStringLiteral("255 levels");
    }
    void rejectsBadPaths()
    {
        QFETCH(QString, path);
        QFETCH(QString, mentions);
        auto p = parseDerivationPath(path.toStdString());
        QVERIFY(!p);
        QCOMPARE(p.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(QString::fromStdString(p.error().message).contains(mentions), p.error().message.c_str());
    }

    void rejectsBadSeeds()
    {
        QVERIFY(!derivePrivateKey(SecureBytes(Bytes(15, 1)), defaultEthereumPath(0)));
        QVERIFY(!derivePrivateKey(SecureBytes(Bytes(65, 1)), defaultEthereumPath(0)));
        QVERIFY(derivePrivateKey(SecureBytes(Bytes(16, 1)), defaultEthereumPath(0)));
        DerivationPath deep;
        deep.indices.assign(256, 0);
        QVERIFY(!derivePrivateKey(SecureBytes(Bytes(16, 1)), deep));
    }
};

QTEST_GUILESS_MAIN(TestBip32)
#include "tst_bip32.moc"
