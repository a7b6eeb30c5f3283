// device register refusing payloads, each with its one exact sentence and nothing sent (the owner's
// nonce unchanged, checked with cast), against a fresh seeded devnet per test: a signature by another key,
// a field altered after signing, expired, a used nonce, too small a stake or balance, another chain,
// another owner.
#include "OnboardingCliHarness.h"

#include <QTest>

using namespace plinth;
using namespace plinth::test::onboarding;
using plinth::test::CliRun;
using plinth::test::DevnetFixture;
using plinth::test::jsonOf;

class TestCliOnboardingRefusals : public QObject, private OnboardingCliHarness {
    Q_OBJECT
private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void refusesASignatureByAnotherKey()
    {
        QString keystoreA, keystoreB;
        const QString deviceA = newDeviceKey(&keystoreA);
        const QString deviceB = newDeviceKey(&keystoreB);
        QVERIFY(!deviceA.isEmpty() && !deviceB.isEmpty());
        QJsonObject p;
        QVERIFY(!signToFile(keystoreA, {QStringLiteral("--stake"), QStringLiteral("1000")}, &p).isEmpty());
        // Device B's key signs device A's message.
        auto payload = onboardingFromJson(QJsonDocument(p).toJson().toStdString());
        QVERIFY(payload);
        auto forged = signHash(onboardingDigest(*payload), keyOf(keystoreB));
        QVERIFY(forged);
        payload->signature = *forged;
        const QString file = writeJson(QStringLiteral("forged.json"),
                                       QJsonDocument::fromJson(QByteArray::fromStdString(onboardingToJson(*payload))).object());
        expectRefused(file, QStringLiteral("signed by %1 but the payload names device %2").arg(deviceB, deviceA));
    }

    void refusesAFieldAlteredAfterSigning()
    {
        QString keystore;
        const QString device = newDeviceKey(&keystore);
        QJsonObject p;
        QVERIFY(!signToFile(keystore, {QStringLiteral("--stake"), QStringLiteral("1000")}, &p).isEmpty());
        p.insert(QStringLiteral("capacity"), QStringLiteral("40"));
        const QString file = writeJson(QStringLiteral("altered.json"), p);
        const quint64 nonceBefore = nonceOf(kUser);
        const CliRun r = registerPayload(file);
        QCOMPARE(r.exitCode, 1);
        const QString message = field(QJsonDocument::fromJson(r.err.trimmed().toUtf8()).object().value(QStringLiteral("error")).toObject(), "message");
        QVERIFY2(message.startsWith(QStringLiteral("not registered, nothing was sent: signed by 0x"))
                     && message.endsWith(QStringLiteral(" but the payload names device ") + device),
                 qPrintable(message));
        QCOMPARE(nonceOf(kUser), nonceBefore);
    }

    void refusesAnExpiredPayload()
    {
        QString keystore;
        QVERIFY(!newDeviceKey(&keystore).isEmpty());
        // 35 minutes before the chain's latest block (the devnet's clock is the fixture's, not this machine's).
        const quint64 deadline = chainNow() - 35 * 60;
        const QString file = signToFile(keystore, {QStringLiteral("--stake"), QStringLiteral("1000"), QStringLiteral("--deadline"),
                                                   QString::number(deadline)});
        expectRefused(file, QStringLiteral("the payload expired at %1, 35 minutes ago").arg(QString::fromStdString(utcMinuteText(deadline))));
    }

    // A retired device's nonce stays used: a second payload with the same nonce is refused for both.
    void refusesAUsedNonce()
    {
        QString keystore;
        const QString device = newDeviceKey(&keystore);
        const QString first = signToFile(keystore, {QStringLiteral("--stake"), QStringLiteral("1000"), QStringLiteral("--nonce"),
                                                    QStringLiteral("5")});
        QVERIFY2(registerPayload(first).exitCode == 0, "the first registration failed");
        QVERIFY(!cast({QStringLiteral("send"), contract("devices"), QStringLiteral("retire(address)"), device, QStringLiteral("--private-key"),
                       kUserKey})
                     .isNull());
        const QString again = signToFile(keystore, {QStringLiteral("--stake"), QStringLiteral("1000"), QStringLiteral("--nonce"),
                                                    QStringLiteral("5")});
        expectRefused(again, QStringLiteral("device %1 was retired and can never register again; device %1 already used nonce 5: this "
                                            "payload was registered before; sign a new one")
                                 .arg(device));
    }

    void refusesTooSmallAStake()
    {
        QString keystore;
        QVERIFY(!newDeviceKey(&keystore).isEmpty());
        const QString file = signToFile(keystore, {QStringLiteral("--stake"), QStringLiteral("50")});
        expectRefused(file, QStringLiteral("stake 50 PLNTH is below the registry's minimum of 1000 PLNTH"));
        // The stake is not signed: the owner may raise it when registering, and then it passes the check.
        const CliRun raised = registerPayload(file, {QStringLiteral("--stake"), QStringLiteral("1000")});
        QVERIFY2(raised.exitCode == 0, qPrintable(raised.err));
    }

    void refusesTooSmallABalance()
    {
        QString keystore;
        QVERIFY(!newDeviceKey(&keystore).isEmpty());
        const QString file = signToFile(keystore, {QStringLiteral("--stake"), QStringLiteral("1000")});
        // Leave the user 500 PLNTH.
        const UInt256 keep = *parseDecimalUInt256("500000000000000000000");
        const UInt256 away = *parseDecimalUInt256(tokenBalance(kUser).toStdString()) - keep;
        QVERIFY(!cast({QStringLiteral("send"), contract("token"), QStringLiteral("transfer(address,uint256)"), kAlice,
                       QString::fromStdString(toDecimalString(away)), QStringLiteral("--private-key"), kUserKey})
                     .isNull());
        expectRefused(file, QStringLiteral("%1 holds 500 PLNTH but registering needs 1010 PLNTH (stake 1000 PLNTH and the onboarding fee "
                                           "of 10 PLNTH)")
                                .arg(kUser));
    }

    void refusesAnotherChain()
    {
        QString keystore;
        QVERIFY(!newDeviceKey(&keystore).isEmpty());
        const QString otherChain = writeProfile(QStringLiteral("chain-999.json"), [](QJsonObject& p) { p.insert(QStringLiteral("chainId"), 999); });
        const QString out = path(QStringLiteral("payload-999.json"));
        const CliRun r = sign(keystore, {QStringLiteral("--stake"), QStringLiteral("1000"), QStringLiteral("--out"), out}, kUser, otherChain);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        expectRefused(out, QStringLiteral("the payload was signed for chain 999 but the network \"Plinth Devnet\" is chain 31337"));
        // The same payload through a profile that claims chain 999 for this node: the node's chain id gives it away.
        const quint64 nonceBefore = nonceOf(kUser);
        const CliRun r2 = m_cli.run(QStringList{QStringLiteral("device"), QStringLiteral("register"), QStringLiteral("--payload"), out,
                                                QStringLiteral("--yes"), QStringLiteral("--json"), QStringLiteral("--password-file"), m_passwordFile}
                                    + network(otherChain));
        QCOMPARE(r2.exitCode, 1);
        QCOMPARE(field(QJsonDocument::fromJson(r2.err.trimmed().toUtf8()).object().value(QStringLiteral("error")).toObject(), "message"),
                 QStringLiteral("not registered, nothing was sent: the node reports chain 31337 but the network \"Plinth Devnet\" is chain 999"));
        QCOMPARE(nonceOf(kUser), nonceBefore);
    }

    void refusesAPayloadForAnotherOwner()
    {
        QString keystore;
        QVERIFY(!newDeviceKey(&keystore).isEmpty());
        const QString file = signToFile(keystore, {QStringLiteral("--stake"), QStringLiteral("1000")}, nullptr, kAlice);
        expectRefused(file, QStringLiteral("the payload names owner %1 but the sending account is %2").arg(kAlice, kUser));
    }
};

QTEST_GUILESS_MAIN(TestCliOnboardingRefusals)
#include "tst_cli_onboarding_refusals.moc"
