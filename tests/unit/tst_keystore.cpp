// Keystore v3 import and export (wallet/vault/Keystore.h) against files written by ethers and geth.
#include "tst_vault_support.h"
#include "wallet/codec/Hex.h"
#include "wallet/vault/Kdf.h"
#include "wallet/vault/Keystore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace plinth;

namespace {

struct Vector {
    QString name;
    QByteArray json;
    QByteArray password;
    QString privateKey; // bare lowercase hex as the vector gives it (may be shorter than 32 bytes)
};

std::vector<Vector> allVectors()
{
    std::vector<Vector> out;
    const QJsonObject ethers = test::readVectors(QStringLiteral("keystore-vectors.json"));
    int i = 0;
    for (const QJsonValue v : ethers.value(QStringLiteral("keystores")).toArray()) {
        const QJsonObject o = v.toObject();
        out.push_back({QStringLiteral("ethers-%1").arg(i++),
                       QJsonDocument(o.value(QStringLiteral("json")).toObject()).toJson(QJsonDocument::Compact),
                       o.value(QStringLiteral("password")).toString().toUtf8(),
                       test::bareHex(o.value(QStringLiteral("privateKey")).toString())});
    }
    const QJsonObject geth = test::readVectors(QStringLiteral("geth-keystore-v3.json"));
    for (auto it = geth.begin(); it != geth.end(); ++it) {
        if (!it.value().isObject())
            continue;
        const QJsonObject o = it.value().toObject();
        out.push_back({QStringLiteral("geth-") + it.key(),
                       QJsonDocument(o.value(QStringLiteral("json")).toObject()).toJson(QJsonDocument::Compact),
                       o.value(QStringLiteral("password")).toString().toUtf8(),
                       test::bareHex(o.value(QStringLiteral("priv")).toString())});
    }
    return out;
}

// The first cheap ethers vector (n=1024, empty password), for the negative tests.
Vector cheapVector()
{
    for (Vector& v : allVectors())
        if (v.json.contains("\"n\":1024") && v.password.isEmpty())
            return v;
    return {};
}

std::string str(const QByteArray& b) { return b.toStdString(); }

QByteArray withReplaced(QByteArray json, const QByteArray& from, const QByteArray& to)
{
    return json.replace(from, to);
}

} // namespace

class TestKeystore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyVectorDecrypts_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QString>("privateKey");
        const auto vectors = allVectors();
        QVERIFY2(vectors.size() >= 7, "vector files missing or incomplete");
        for (const Vector& v : vectors)
            QTest::newRow(qPrintable(v.name)) << v.json << v.password << v.privateKey;
    }

    void everyVectorDecrypts()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, password);
        QFETCH(QString, privateKey);
        auto key = decryptKeystore(str(json), SecureString(str(password)));
        QVERIFY2(key.has_value(), key ? "" : key.error().message.c_str());
        // Keys of 31 and 30 bytes come back left-padded to 32.
        const QString expected = privateKey.rightJustified(64, QLatin1Char('0'));
        QCOMPARE(QString::fromStdString(toHex(key->privateKey.view(), false)), expected);
        auto address = addressFromPrivateKey(key->privateKey);
        QVERIFY(address.has_value());
        QVERIFY(*address == key->address);
    }

    void shortKeysAreReallyShort()
    {
        // Guards the test data: the geth vectors must still hold the 31- and 30-byte cases.
        int shortKeys = 0;
        for (const Vector& v : allVectors())
            if (v.privateKey.size() < 64)
                ++shortKeys;
        QCOMPARE(shortKeys, 2);
    }

    void capitalisedCryptoKeyIsAccepted()
    {
        const Vector v = cheapVector();
        QVERIFY(v.json.contains("\"Crypto\""));
        auto key = decryptKeystore(str(v.json), SecureString(str(v.password)));
        QVERIFY(key.has_value());
        auto lower = decryptKeystore(str(withReplaced(v.json, "\"Crypto\"", "\"crypto\"")), SecureString(str(v.password)));
        QVERIFY(lower.has_value());
    }

    void wrongPassword()
    {
        const Vector v = cheapVector();
        auto key = decryptKeystore(str(v.json), SecureString("not the password"));
        QVERIFY(!key);
        QCOMPARE(key.error().code, ErrorCode::WrongPassword);
        QVERIFY(QString::fromStdString(key.error().message).contains(QStringLiteral("MAC")));
    }

    void badMac()
    {
        const Vector v = cheapVector();
        const QJsonObject o = QJsonDocument::fromJson(v.json).object();
        const QString mac = o.value(QStringLiteral("Crypto")).toObject().value(QStringLiteral("mac")).toString();
        QString flipped = mac;
        flipped[10] = flipped[10] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        auto key = decryptKeystore(str(withReplaced(v.json, mac.toUtf8(), flipped.toUtf8())), SecureString(str(v.password)));
        QVERIFY(!key);
        QCOMPARE(key.error().code, ErrorCode::WrongPassword);
    }

    void malformedFiles_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown kdf") << QByteArray("\"scrypt\"") << QByteArray("\"argon2id\"")
                                     << int(ErrorCode::Unsupported) << QStringLiteral("unknown KDF \"argon2id\"");
        QTest::newRow("cipher") << QByteArray("aes-128-ctr") << QByteArray("aes-128-cbc") << int(ErrorCode::Unsupported)
                                << QStringLiteral("cipher \"aes-128-cbc\"");
        QTest::newRow("version") << QByteArray("\"version\":3") << QByteArray("\"version\":2")
                                 << int(ErrorCode::Unsupported) << QStringLiteral("version 2");
        QTest::newRow("no crypto") << QByteArray("\"Crypto\"") << QByteArray("\"Kripto\"")
                                   << int(ErrorCode::InvalidArgument) << QStringLiteral("\"crypto\" is missing");
        QTest::newRow("not json") << QByteArray("{") << QByteArray("[") << int(ErrorCode::InvalidArgument)
                                  << QStringLiteral("not valid JSON");
        QTest::newRow("n not power of two") << QByteArray("\"n\":1024") << QByteArray("\"n\":1000")
                                            << int(ErrorCode::InvalidArgument) << QStringLiteral("power of two");
        QTest::newRow("huge n") << QByteArray("\"n\":1024") << QByteArray("\"n\":1073741824")
                                << int(ErrorCode::InvalidArgument) << QStringLiteral("1 GiB");
        QTest::newRow("dklen") << QByteArray("\"dklen\":32") << QByteArray("\"dklen\":16")
                               << int(ErrorCode::InvalidArgument) << QStringLiteral("dklen");
    }

    void malformedFiles()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Vector v = cheapVector();
        QVERIFY(v.json.contains(from));
        auto key = decryptKeystore(str(withReplaced(v.json, from, to)), SecureString(str(v.password)));
        QVERIFY(!key);
        QCOMPARE(int(key.error().code), code);
        QVERIFY2(QString::fromStdString(key.error().message).contains(message), key.error().message.c_str());
    }

    void addressMustMatchKey()
    {
        const Vector v = cheapVector();
        const QJsonObject o = QJsonDocument::fromJson(v.json).object();
        const QByteArray address = o.value(QStringLiteral("address")).toString().toUtf8();
        auto key = decryptKeystore(str(withReplaced(v.json, address, QByteArray(40, '1'))), SecureString(str(v.password)));
        QVERIFY(!key);
        QCOMPARE(key.error().code, ErrorCode::Corrupt);
    }

    void exportRoundTripsAndLooksLikeRealFiles()
    {
        auto raw = fromHex("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318");
        QVERIFY(raw.has_value());
        const SecureBytes key(*raw);
        auto json = encryptKeystore(key, SecureString("pässwörd"), test::kFastScrypt);
        QVERIFY(json.has_value());
        const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(*json)).object();
        QCOMPARE(o.value(QStringLiteral("version")).toInt(), 3);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"))
                    .match(o.value(QStringLiteral("id")).toString())
                    .hasMatch());
        auto address = addressFromPrivateKey(key);
        QVERIFY(address.has_value());
        QCOMPARE(o.value(QStringLiteral("address")).toString(), QString::fromStdString(toHex(address->bytes, false)));
        const QJsonObject crypto = o.value(QStringLiteral("crypto")).toObject();
        QCOMPARE(crypto.value(QStringLiteral("cipher")).toString(), QStringLiteral("aes-128-ctr"));
        QCOMPARE(crypto.value(QStringLiteral("kdf")).toString(), QStringLiteral("scrypt"));
        const QJsonObject params = crypto.value(QStringLiteral("kdfparams")).toObject();
        QCOMPARE(params.value(QStringLiteral("n")).toInteger(), 1024);
        QCOMPARE(params.value(QStringLiteral("r")).toInteger(), 8);
        QCOMPARE(params.value(QStringLiteral("p")).toInteger(), 1);
        QCOMPARE(params.value(QStringLiteral("dklen")).toInteger(), 32);
        QCOMPARE(params.value(QStringLiteral("salt")).toString().size(), 64);
        QCOMPARE(crypto.value(QStringLiteral("cipherparams")).toObject().value(QStringLiteral("iv")).toString().size(), 32);
        QCOMPARE(crypto.value(QStringLiteral("mac")).toString().size(), 64);

        auto back = decryptKeystore(*json, SecureString("pässwörd"));
        QVERIFY(back.has_value());
        QVERIFY(back->privateKey == key);
        // Two exports of one key differ (fresh salt, IV and id).
        auto again = encryptKeystore(key, SecureString("pässwörd"), test::kFastScrypt);
        QVERIFY(again.has_value() && *again != *json);
    }

    void defaultExportCostIsKeystoreDefault()
    {
        QCOMPARE(kDefaultScrypt.n, std::uint64_t{262144});
        QCOMPARE(kDefaultScrypt.r, 8u);
        QCOMPARE(kDefaultScrypt.p, 1u);
    }

    // The scrypt path for files OpenSSL refuses (N >= 2^(16 r)) must agree with OpenSSL where both run.
    void portableScryptMatchesOpenSsl_data()
    {
        QTest::addColumn<quint64>("n");
        QTest::addColumn<uint>("r");
        QTest::addColumn<uint>("p");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QByteArray>("salt");
        QTest::newRow("rfc7914 shape") << quint64(16) << 1u << 1u << QByteArray() << QByteArray();
        QTest::newRow("n1024 r8 p16") << quint64(1024) << 8u << 16u << QByteArray("password") << QByteArray("NaCl");
        QTest::newRow("n2048 r2 p3") << quint64(2048) << 2u << 3u << QByteArray("p\xc3\xa4ss") << QByteArray(32, '\x5a');
        QTest::newRow("n32768 r1 p2") << quint64(32768) << 1u << 2u << QByteArray("x") << QByteArray("salt");
    }

    void portableScryptMatchesOpenSsl()
    {
        QFETCH(quint64, n);
        QFETCH(uint, r);
        QFETCH(uint, p);
        QFETCH(QByteArray, password);
        QFETCH(QByteArray, salt);
        const ScryptParams params{n, r, p};
        const auto bytes = [](const QByteArray& b) { return asBytes(std::string_view(b.constData(), std::size_t(b.size()))); };
        auto openssl = deriveScrypt(bytes(password), bytes(salt), params, 64);
        auto portable = deriveScryptPortable(bytes(password), bytes(salt), params, 64);
        QVERIFY(openssl && portable);
        QVERIFY(*openssl == *portable);
    }

    void exportRefusesInvalidKeys()
    {
        const SecureBytes zero(32);
        QVERIFY(!encryptKeystore(zero, SecureString("x"), test::kFastScrypt));
        const SecureBytes shortKey(31);
        QVERIFY(!encryptKeystore(shortKey, SecureString("x"), test::kFastScrypt));
    }
};

QTEST_GUILESS_MAIN(TestKeystore)
#include "tst_keystore.moc"
