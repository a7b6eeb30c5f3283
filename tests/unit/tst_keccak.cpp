#include "wallet/codec/Hex.h"
#include "wallet/crypto/Keccak.h"

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

std::string hexOf(const Hash32& h) { return toHex(h); }

} // namespace

class TestKeccak : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void knownDigests()
    {
        // Keccak-256 of "" and "abc": the pre-NIST padding (NIST SHA3-256("") starts a7ffc6f8).
        QCOMPARE(hexOf(keccak256({})),
                 std::string("0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"));
        QCOMPARE(hexOf(keccak256(asBytes("abc"))),
                 std::string("0x4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45"));
    }

    void ethersSignatureHashes()
    {
        const QJsonArray sigs = loadVectors().value(QStringLiteral("sigs")).toArray();
        QVERIFY(!sigs.isEmpty());
        int checked = 0;
        for (const auto& v : sigs) {
            const QJsonObject o = v.toObject();
            const std::string text = o.value(QStringLiteral("signature")).toString().toStdString();
            QCOMPARE(hexOf(keccak256(asBytes(text))), o.value(QStringLiteral("keccak")).toString().toStdString());
            ++checked;
        }
        QCOMPARE(checked, static_cast<int>(sigs.size()));
    }

    void spansBlockBoundaries()
    {
        // 135, 136 and 137 bytes straddle Keccak-256's 136-byte rate; each must differ and be stable.
        Bytes a(135, 0x61), b(136, 0x61), c(137, 0x61);
        QVERIFY(keccak256(a) != keccak256(b));
        QVERIFY(keccak256(b) != keccak256(c));
        QCOMPARE(keccak256(c), keccak256(c));
    }
};

QTEST_GUILESS_MAIN(TestKeccak)
#include "tst_keccak.moc"
