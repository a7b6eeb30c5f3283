#include "wallet/codec/Hex.h"
#include "wallet/crypto/Bip39.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
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

// A valid 12-word phrase (entropy 0x00..00) used to build the bad-input cases.
const std::string kZeros = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";

} // namespace

class TestBip39 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wordListFileIsTheStandardList()
    {
        QFile f(QStringLiteral(PLINTH_SOURCE_DIR "/resources/bip39-english.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex(),
                 QByteArray("2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda"));
    }

    void ethersVectors()
    {
        const QJsonArray hd = loadVectors().value(QStringLiteral("hd")).toArray();
        QVERIFY(!hd.isEmpty());
        int checked = 0;
        for (const auto& v : hd) {
            const QJsonObject o = v.toObject();
            const Bytes entropy = *fromHex(str(o, "entropy"));
            auto mnemonic = entropyToMnemonic(entropy);
            QVERIFY(mnemonic);
            QCOMPARE(std::string(mnemonic->view()), str(o, "mnemonic"));
            auto back = mnemonicToEntropy(mnemonic->view());
            QVERIFY2(back, back ? "" : back.error().message.c_str());
            QCOMPARE(toHex(back->view()), str(o, "entropy"));
            const SecureBytes seed = mnemonicToSeed(mnemonic->view(), str(o, "passphrase"));
            QCOMPARE(toHex(seed.view()), str(o, "seed"));
            ++checked;
        }
        QCOMPARE(checked, static_cast<int>(hd.size()));
    }

    void tolerantOfWhitespaceAndCase()
    {
        const std::string messy = "  ABANDON abandon\tabandon abandon abandon abandon\n abandon abandon abandon abandon "
                                  "abandon   about \u3000";
        auto e = mnemonicToEntropy(messy);
        QVERIFY2(e, e ? "" : e.error().message.c_str());
        QCOMPARE(toHex(e->view()), std::string("0x00000000000000000000000000000000"));
        QVERIFY(mnemonicToSeed(messy, "TREZOR") == mnemonicToSeed(kZeros, "TREZOR"));
        // The BIP-39 reference vector for this phrase with passphrase "TREZOR".
        QCOMPARE(toHex(mnemonicToSeed(kZeros, "TREZOR").view()),
                 std::string("0xc55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a6987599d18264c1e1c92f2cf1"
                             "41630c7a3c4ab7c81b2f001698e7463b04"));
    }

    void normalisesThePassphraseNfkd()
    {
        // U+00E9 (composed) and e + U+0301 (decomposed) are the same passphrase after NFKD.
        QVERIFY(mnemonicToSeed(kZeros, "caf\u00e9") == mnemonicToSeed(kZeros, "cafe\u0301"));
        QVERIFY(!(mnemonicToSeed(kZeros, "cafe") == mnemonicToSeed(kZeros, "caf\u00e9")));
        // Compatibility decomposition: the ligature U+FB01 becomes "fi".
        QVERIFY(mnemonicToSeed(kZeros, "\ufb01") == mnemonicToSeed(kZeros, "fi"));
    }

    void rejectsBadMnemonics_data()
    {
        QTest::addColumn<QString>("mnemonic");
        QTest::addColumn<QString>("mentions");
        QString unknown = QString::fromStdString(kZeros);
        unknown.replace(0, 7, QStringLiteral("abandn"));
        QTest::newRow("unknown word") << unknown << QStringLiteral("word 1 is not in the BIP-39");
        QString checksum = QString::fromStdString(kZeros);
        checksum.replace(checksum.size() - 5, 5, QStringLiteral("abandon"));
        QTest::newRow("bad checksum") << checksum << QStringLiteral("bad checksum");
        QTest::newRow("11 words") << QString::fromStdString(kZeros.substr(8)) << QStringLiteral("not 11");
        QTest::newRow("empty") << QString() << QStringLiteral("not 0");
        QTest::newRow("13 words") << QString::fromStdString(kZeros + " about") << QStringLiteral("not 13");
    }
    void rejectsBadMnemonics()
    {
        QFETCH(QString, mnemonic);
        QFETCH(QString, mentions);
        auto e = mnemonicToEntropy(mnemonic.toStdString());
        QVERIFY(!e);
        QCOMPARE(e.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(QString::fromStdString(e.error().message).contains(mentions), e.error().message.c_str());
        QVERIFY(!QString::fromStdString(e.error().message).contains(QStringLiteral("abandon")));
    }

    void generatesValidDistinctMnemonics()
    {
        for (const int words : {12, 24}) {
            QSet<QString> seen;
            for (int i = 0; i < 20; ++i) {
                auto m = generateMnemonic(words);
                QVERIFY(m);
                const QString text = QString::fromUtf8(m->view().data(), static_cast<qsizetype>(m->size()));
                QCOMPARE(text.split(QLatin1Char(' ')).size(), words);
                auto e = mnemonicToEntropy(m->view());
                QVERIFY(e);
                QCOMPARE(e->size(), static_cast<std::size_t>(words == 12 ? 16 : 32));
                seen.insert(text);
            }
            QCOMPARE(seen.size(), 20);
        }
        QVERIFY(!generateMnemonic(13));
        QVERIFY(!generateMnemonic(0));
        QVERIFY(!entropyToMnemonic(Bytes(15, 0)));
        QVERIFY(!entropyToMnemonic(Bytes(33, 0)));
    }
};

QTEST_GUILESS_MAIN(TestBip39)
#include "tst_bip39.moc"
