#include "wallet/codec/Hex.h"
#include "wallet/crypto/Secp256k1.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace plinth;

namespace {

QJsonObject loadVectors()
{
    QFile f(QStringLiteral(PLINTH_VECTORS_DIR "/ethers-vectors.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open ethers-vectors.json");
    return QJsonDocument::fromJson(f.readAll()).object();
}

SecureBytes keyFrom(const QJsonValue& v)
{
    auto bytes = fromHex(v.toString().toStdString());
    if (!bytes)
        qFatal("bad key hex in vectors");
    return SecureBytes(*bytes);
}

// The group order n, big-endian.
const char* const kOrderHex = "0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141";

} // namespace

class TestSecp256k1 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validatesPrivateKeys()
    {
        Bytes n = *fromHex(kOrderHex);
        QVERIFY(!isValidPrivateKey(n));
        n[31] = 0x40; // n - 1
        QVERIFY(isValidPrivateKey(n));
        QVERIFY(!isValidPrivateKey(Bytes(32, 0)));
        Bytes one(32, 0);
        one[31] = 1;
        QVERIFY(isValidPrivateKey(one));
        QVERIFY(!isValidPrivateKey(Bytes(31, 1)));
        QVERIFY(!isValidPrivateKey(Bytes(33, 1)));
        QVERIFY(!publicKeyFromPrivate(SecureBytes(Bytes(32, 0))));
        QVERIFY(!signHash(Hash32{}, SecureBytes(Bytes(32, 0))));
    }

    void generatorPoint()
    {
        Bytes one(32, 0);
        one[31] = 1;
        auto pub = publicKeyFromPrivate(SecureBytes(one));
        QVERIFY(pub);
        QCOMPARE(toHex(*pub), std::string("0x79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
                                          "483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8"));
        QCOMPARE(toHex(compressPublicKey(*pub)),
                 std::string("0x0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"));
        auto parsed = parsePublicKey(compressPublicKey(*pub));
        QVERIFY(parsed);
        QCOMPARE(*parsed, *pub);
        Bytes offCurve(33, 0xff); // x >= p is not a field element
        offCurve[0] = 0x02;
        QVERIFY(!parsePublicKey(offCurve));
        QVERIFY(!parsePublicKey(Bytes(64, 0x01)));
    }

    // The EIP-191 vectors give the digest and the deterministic (RFC 6979) signature r||s||v.
    void signsEthersDigestsByteForByte()
    {
        const QJsonArray msgs = loadVectors().value(QStringLiteral("messages")).toArray();
        QVERIFY(!msgs.isEmpty());
        int checked = 0;
        for (const auto& v : msgs) {
            const QJsonObject o = v.toObject();
            const SecureBytes key = keyFrom(o.value(QStringLiteral("privateKey")));
            const auto hash = fromHexFixed<32>(o.value(QStringLiteral("hash")).toString().toStdString());
            QVERIFY(hash);
            auto sig = signHash(*hash, key);
            QVERIFY(sig);
            Bytes rsv(sig->r.begin(), sig->r.end());
            rsv.insert(rsv.end(), sig->s.begin(), sig->s.end());
            rsv.push_back(static_cast<std::uint8_t>(27 + sig->recoveryId));
            QCOMPARE(toHex(rsv), o.value(QStringLiteral("signature")).toString().toStdString());
            auto recovered = recoverPublicKey(*hash, *sig);
            QVERIFY(recovered);
            QCOMPARE(*recovered, *publicKeyFromPrivate(key));
            ++checked;
        }
        QCOMPARE(checked, static_cast<int>(msgs.size()));
    }

    void recoveryRejectsMalformedSignatures()
    {
        Bytes k(32, 0);
        k[31] = 7;
        const SecureBytes key(k);
        Hash32 h{};
        h[0] = 1;
        auto sig = signHash(h, key);
        QVERIFY(sig);
        RecoverableSignature bad = *sig;
        bad.recoveryId = 2;
        QVERIFY(!recoverPublicKey(h, bad));
        bad = *sig;
        bad.r = {};
        QVERIFY(!recoverPublicKey(h, bad));
        bad = *sig;
        bad.s = *fromHexFixed<32>(kOrderHex); // s = n: out of range
        QVERIFY(!recoverPublicKey(h, bad));
        // High s: n - s is a valid signature in the math but Ethereum (EIP-2) rejects it.
        bad = *sig;
        {
            const FixedBytes<32> n = *fromHexFixed<32>(kOrderHex);
            int borrow = 0;
            for (int i = 31; i >= 0; --i) {
                int d = n[static_cast<std::size_t>(i)] - sig->s[static_cast<std::size_t>(i)] - borrow;
                borrow = d < 0 ? 1 : 0;
                bad.s[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(d + (borrow ? 256 : 0));
            }
        }
        auto high = recoverPublicKey(h, bad);
        QVERIFY(!high);
        QVERIFY(QString::fromStdString(high.error().message).contains(QStringLiteral("lower half")));
        // A different hash recovers a different key, not an error.
        Hash32 other = h;
        other[1] = 2;
        auto wrong = recoverPublicKey(other, *sig);
        if (wrong)
            QVERIFY(*wrong != *publicKeyFromPrivate(key));
    }

    void signsFromManyThreads()
    {
        Bytes k(32, 0);
        k[31] = 9;
        const SecureBytes key(k);
        const Hash32 h{};
        const auto expected = signHash(h, key);
        QVERIFY(expected);
        std::vector<std::thread> threads;
        std::atomic<int> mismatches{0};
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&] {
                for (int i = 0; i < 200; ++i) {
                    auto s = signHash(h, key);
                    if (!s || !(*s == *expected))
                        ++mismatches;
                }
            });
        for (auto& t : threads)
            t.join();
        QCOMPARE(mismatches.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSecp256k1)
#include "tst_secp256k1.moc"
