#include "wallet/codec/Hex.h"
#include "wallet/eth/Eip191.h"

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

class TestEip191 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ethersMessages()
    {
        const QJsonArray list = loadVectors().value(QStringLiteral("messages")).toArray();
        QVERIFY(!list.isEmpty());
        int checked = 0;
        for (const auto& v : list) {
            const QJsonObject o = v.toObject();
            const std::string message = str(o, "message"); // UTF-8, as personal_sign hashes text
            QCOMPARE(toHex(personalMessageHash(asBytes(message))), str(o, "hash"));
            const SecureBytes key(*fromHex(str(o, "privateKey")));
            auto sig = signPersonalMessage(asBytes(message), key);
            QVERIFY(sig);
            QCOMPARE(signatureToHex(*sig), str(o, "signature"));
            auto parsed = signatureFromHex(str(o, "signature"));
            QVERIFY(parsed);
            QVERIFY(*parsed == *sig);
            auto signer = recoverPersonalMessageSigner(asBytes(message), *parsed);
            QVERIFY(signer);
            QCOMPARE(toChecksumAddress(*signer), str(o, "address"));
            ++checked;
        }
        QCOMPARE(checked, static_cast<int>(list.size()));
    }

    void acceptsBothVForms()
    {
        const std::string rs = "0xad21841ada999a1f94b0508a52a24c2f394aacb5e2df67cb16ba3963c02e88b8"
                               "7c2c2006f7f1d5b636ef0b4adec57f24884000ef53e394fb8ad189955b9ad045";
        auto a = signatureFromHex(rs + "1c");
        auto b = signatureFromHex(rs + "01");
        QVERIFY(a && b);
        QVERIFY(*a == *b);
        QCOMPARE(a->recoveryId, std::uint8_t{1});
    }

    void rejectsBadSignatures_data()
    {
        QTest::addColumn<QString>("hex");
        QTest::addColumn<QString>("mentions");
        const QString rs = QStringLiteral("0xad21841ada999a1f94b0508a52a24c2f394aacb5e2df67cb16ba3963c02e88b8"
                                          "7c2c2006f7f1d5b636ef0b4adec57f24884000ef53e394fb8ad189955b9ad045");
        QTest::newRow("v=29") << rs + QStringLiteral("1d") << QStringLiteral("v must be");
        QTest::newRow("short") << rs << QStringLiteral("not 64");
        QTest::newRow("not hex") << rs + QStringLiteral("zz") << QStringLiteral("not a hex digit");
        QTest::newRow("r zero") << QStringLiteral("0x") + QString(64, QLatin1Char('0')) + rs.mid(66) + QStringLiteral("1b")
                                << QStringLiteral("zero");
        QTest::newRow("high s") << rs.left(66) + QStringLiteral("ff") + rs.mid(68) + QStringLiteral("1b")
                                << QStringLiteral("lower half");
    }
    void rejectsBadSignatures()
    {
        QFETCH(QString, hex);
        QFETCH(QString, mentions);
        auto s = signatureFromHex(hex.toStdString());
        QVERIFY(!s);
        QVERIFY2(QString::fromStdString(s.error().message).contains(mentions), s.error().message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestEip191)
#include "tst_eip191.moc"
