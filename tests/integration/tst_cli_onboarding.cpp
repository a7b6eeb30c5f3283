// Device onboarding with the real plinth-cli against a fresh seeded devnet per test: device-key new,
// device-key sign-onboarding (offline) and device register (the wallet's check, then the write flow),
// checked with cast: the registry's own onboardingDigest, the registration (deviceInfo, ownerOf,
// isActive), the stake in Staking, the tokens that moved and the transactions sent. The refusals are in
// tst_cli_onboarding_refusals.cpp.
#include "OnboardingCliHarness.h"

#include <QTest>

using namespace plinth;
using namespace plinth::test::onboarding;
using plinth::test::CliRun;
using plinth::test::DevnetFixture;
using plinth::test::jsonOf;

class TestCliOnboarding : public QObject, private OnboardingCliHarness {
    Q_OBJECT
private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void deviceKeyNewRefusesToOverwrite()
    {
        QString keystore;
        const QString device = newDeviceKey(&keystore);
        QVERIFY(!device.isEmpty());
        QFile f(keystore);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        QCOMPARE(QFile::permissions(keystore) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        const CliRun again = m_cli.run(QStringList{QStringLiteral("device-key"), QStringLiteral("new"), QStringLiteral("--keystore"), keystore,
                                                   QStringLiteral("--keystore-password-file"), m_devicePasswordFile}
                                       + network());
        QCOMPARE(again.exitCode, 2);
        QCOMPARE(again.err.trimmed(), QStringLiteral("plinth-cli: %1 already exists: it was not overwritten").arg(keystore));
        f.seek(0);
        QCOMPARE(f.readAll(), before);
        // Without --keystore the key goes under the data dir, named by its address; never into the vault.
        const CliRun byDefault = m_cli.run(QStringList{QStringLiteral("device-key"), QStringLiteral("new"), QStringLiteral("--keystore-password-file"),
                                                       m_devicePasswordFile, QStringLiteral("--scrypt-n"), QStringLiteral("1024"),
                                                       QStringLiteral("--json")}
                                           + network());
        QVERIFY2(byDefault.exitCode == 0, qPrintable(byDefault.err));
        const QString address = field(jsonOf(byDefault), "device");
        QCOMPARE(field(jsonOf(byDefault), "keystore"), QDir(m_dataDir).filePath(QStringLiteral("device-keys/%1.json").arg(address)));
        QVERIFY(QFile::exists(field(jsonOf(byDefault), "keystore")));
        const CliRun accounts = m_cli.run(QStringList{QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")} + network());
        QVERIFY(!accounts.out.contains(address, Qt::CaseInsensitive));
    }

    // The payload's digest is the registry's own onboardingDigest; the signature is one the registry
    // accepts (registered here with cast alone, independently of plinth-cli's register).
    void signedPayloadMatchesTheRegistry()
    {
        QString keystore;
        const QString device = newDeviceKey(&keystore);
        QVERIFY(!device.isEmpty());
        const CliRun r = sign(keystore, {QStringLiteral("--stake"), QStringLiteral("1000"), QStringLiteral("--metadata"),
                                         QStringLiteral("ipfs://meta"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject p = jsonOf(r).value(QStringLiteral("payload")).toObject();
        QCOMPARE(field(p, "device"), device);
        QCOMPARE(field(p, "owner"), kUser);
        QCOMPARE(field(p, "chainId"), QStringLiteral("31337"));
        QCOMPARE(field(p, "registry"), contract("devices"));
        QCOMPARE(field(p, "stake"), kTokens1000);
        auto payload = onboardingFromJson(QJsonDocument(p).toJson().toStdString());
        QVERIFY(payload);
        // The text form carries the same payload.
        auto fromText = onboardingFromText(field(jsonOf(r), "text").toStdString());
        QVERIFY(fromText);
        QVERIFY(*fromText == *payload);

        const QString digest = cast({QStringLiteral("call"), contract("devices"),
                                     QStringLiteral("onboardingDigest(address,address,uint8,uint256,string,uint256,uint256)(bytes32)"), kUser,
                                     device, QStringLiteral("0"), QStringLiteral("4"), QStringLiteral("881f1d4895fffff"), field(p, "nonce"),
                                     field(p, "deadline")});
        QCOMPARE(QString::fromStdString(toHex(onboardingDigest(*payload))), digest);

        const QString need = QStringLiteral("1010000000000000000000");
        QVERIFY(!cast({QStringLiteral("send"), contract("token"), QStringLiteral("approve(address,uint256)"), contract("devices"), need,
                       QStringLiteral("--private-key"), kUserKey})
                     .isNull());
        const QString registration = QStringLiteral("(%1,0,4,\"TB\",\"881f1d4895fffff\",\"ipfs://meta\",%2,%3,%4)")
                                         .arg(device, kTokens1000, field(p, "nonce"), field(p, "deadline"));
        QVERIFY(!cast({QStringLiteral("send"), contract("devices"),
                       QStringLiteral("register((address,uint8,uint256,string,string,string,uint256,uint256,uint256),bytes)"), registration,
                       field(p, "signature"), QStringLiteral("--private-key"), kUserKey})
                     .isNull());
        QCOMPARE(cast({QStringLiteral("call"), contract("devices"), QStringLiteral("ownerOfDevice(address)(address)"), device}), kUser);
    }

    // Signing needs no node: a profile whose only endpoint is unreachable works as well.
    void signingWorksOffline()
    {
        QString keystore;
        QVERIFY(!newDeviceKey(&keystore).isEmpty());
        const QString offline = writeProfile(QStringLiteral("offline.json"), [](QJsonObject& p) {
            p.insert(QStringLiteral("rpc"), QJsonArray{QStringLiteral("http://127.0.0.1:9")});
        });
        const CliRun r = sign(keystore, {QStringLiteral("--valid-for"), QStringLiteral("2h")}, kUser, offline);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("plinth-onboard:1;c=31337;")));
        QVERIFY(r.out.contains(QChar(0x2588))); // the QR code, drawn with blocks
        const CliRun withJson = sign(keystore, {QStringLiteral("--json")}, kUser, offline);
        QVERIFY(!withJson.out.contains(QChar(0x2588)));
        // Two signatures without --nonce get different random nonces.
        const CliRun again = sign(keystore, {QStringLiteral("--json")}, kUser, offline);
        QVERIFY(field(jsonOf(withJson).value(QStringLiteral("payload")).toObject(), "nonce")
                != field(jsonOf(again).value(QStringLiteral("payload")).toObject(), "nonce"));
        // --valid-for counts from now (the device's clock).
        const QJsonObject p = jsonOf(again).value(QStringLiteral("payload")).toObject();
        const qint64 deadline = field(p, "deadline").toLongLong();
        QVERIFY(qAbs(deadline - (QDateTime::currentSecsSinceEpoch() + 86400)) < 60);
    }

    void signingRefusesBadOptions_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        QTest::newRow("kind") << QStringList{QStringLiteral("--kind"), QStringLiteral("gpu")}
                              << "--kind must be storage, bandwidth, wireless, compute, energy or sensor";
        QTest::newRow("capacity") << QStringList{QStringLiteral("--capacity"), QStringLiteral("0")} << "--capacity must be a whole number above 0";
        QTest::newRow("duration") << QStringList{QStringLiteral("--valid-for"), QStringLiteral("soon")}
                                  << "--valid-for must be a duration such as 30m, 24h or 7d (at most 365 days), not \"soon\"";
        QTest::newRow("both") << QStringList{QStringLiteral("--valid-for"), QStringLiteral("1h"), QStringLiteral("--deadline"), QStringLiteral("5")}
                              << "pass --valid-for or --deadline, not both";
    }

    void signingRefusesBadOptions()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        QString keystore;
        QVERIFY(!newDeviceKey(&keystore).isEmpty());
        const CliRun r = sign(keystore, extra);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.trimmed(), QStringLiteral("plinth-cli: ") + message);
    }

    // The whole onboarding: a device key, its signed payload, the registration (approval included),
    // all checked with cast; then the same payload again is refused as a replay.
    void registersASignedPayload()
    {
        QString keystore;
        const QString device = newDeviceKey(&keystore);
        QVERIFY(!device.isEmpty());
        const QString payload = signToFile(keystore, {QStringLiteral("--stake"), QStringLiteral("1000"), QStringLiteral("--metadata"),
                                                      QStringLiteral("ipfs://meta")});
        QVERIFY(!payload.isEmpty());
        // No allowance yet (the seed leaves one): the flow must approve stake + fee first.
        setAllowance(QStringLiteral("0"));
        const QString balanceBefore = tokenBalance(kUser);
        const QString treasuryBefore = tokenBalance(contract("timelock"));
        const quint64 nonceBefore = nonceOf(kUser);
        const CliRun r = registerPayload(payload);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        expectRegistered(device, QStringLiteral("4"), QStringLiteral("TB"), QStringLiteral("881f1d4895fffff"), kTokens1000);
        // Stake 1000 and fee 10 left the owner: an approval and the registration were sent.
        const UInt256 spent = *parseDecimalUInt256(balanceBefore.toStdString()) - *parseDecimalUInt256(tokenBalance(kUser).toStdString());
        QCOMPARE(QString::fromStdString(toDecimalString(spent)), QStringLiteral("1010000000000000000000"));
        const UInt256 fee = *parseDecimalUInt256(tokenBalance(contract("timelock")).toStdString()) - *parseDecimalUInt256(treasuryBefore.toStdString());
        QCOMPARE(QString::fromStdString(toDecimalString(fee)), QStringLiteral("10000000000000000000"));
        QCOMPARE(nonceOf(kUser), nonceBefore + 2);
        const auto lines = jsonLines(r);
        QCOMPARE(lines.size(), 3); // the preview, the approval, the registration
        QCOMPARE(field(lines.at(1), "kind"), QStringLiteral("approve"));
        QCOMPARE(field(lines.at(2), "kind"), QStringLiteral("register"));
        QCOMPARE(field(lines.at(2), "status"), QStringLiteral("included"));

        const QJsonObject p = readJson(payload);
        expectRefused(payload, QStringLiteral("device %1 is already registered, to %2; device %1 already used nonce %3: this payload was "
                                              "registered before; sign a new one")
                                   .arg(device, kUser, field(p, "nonce")));
    }

    // The QR text on standard input registers the same way; with an allowance already in place no
    // approval is sent.
    void registersTheQrTextFromStdin()
    {
        QString keystore;
        const QString device = newDeviceKey(&keystore);
        QVERIFY(!device.isEmpty());
        const CliRun signedRun = sign(keystore, {QStringLiteral("--kind"), QStringLiteral("bandwidth"), QStringLiteral("--capacity"),
                                                 QStringLiteral("500"), QStringLiteral("--unit"), QStringLiteral("Mbps"), QStringLiteral("--json")});
        QVERIFY2(signedRun.exitCode == 0, qPrintable(signedRun.err));
        const QString text = field(jsonOf(signedRun), "text");
        QVERIFY(text.size() < 600);
        setAllowance(QStringLiteral("1010000000000000000000"));
        const quint64 nonceBefore = nonceOf(kUser);
        const CliRun r = registerPayload(QStringLiteral("-"), {}, text.toUtf8() + "\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QCOMPARE(nonceOf(kUser), nonceBefore + 1);
        // No --stake when signing: the registry's minimum.
        const QString minStake = castNumber({QStringLiteral("call"), contract("devices"), QStringLiteral("minStake()(uint256)")});
        QCOMPARE(minStake, kTokens1000);
        QCOMPARE(cast({QStringLiteral("call"), contract("devices"), QStringLiteral("isActive(address)(bool)"), device}), QStringLiteral("true"));
        QCOMPARE(castNumber({QStringLiteral("call"), contract("staking"), QStringLiteral("stakes(address,address)(uint256)"), device, kUser}),
                 minStake);
    }

    // This computer as a storage device: the capacity measured, the key made and kept in the data dir.
    void registersThisComputer()
    {
        setAllowance(QStringLiteral("0"));
        const quint64 nonceBefore = nonceOf(kUser);
        const CliRun r = m_cli.run(QStringList{QStringLiteral("device"), QStringLiteral("register"), QStringLiteral("--this-computer"),
                                               QStringLiteral("--kind"), QStringLiteral("storage"), QStringLiteral("--region"),
                                               QStringLiteral("881f1d4895fffff"), QStringLiteral("--yes"), QStringLiteral("--json"),
                                               QStringLiteral("--password-file"), m_passwordFile, QStringLiteral("--keystore-password-file"),
                                               m_devicePasswordFile, QStringLiteral("--scrypt-n"), QStringLiteral("1024")}
                                   + network());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QJsonObject o = previewFacts(r);
        const QString device = field(o, "device");
        QCOMPARE(field(o, "capacitySource"), QStringLiteral("measured"));
        QCOMPARE(field(o, "unit"), QStringLiteral("GB"));
        const QString keystore = QDir(m_dataDir).filePath(QStringLiteral("device-keys/%1.json").arg(device));
        QCOMPARE(field(o, "keystore"), keystore);
        auto key = decryptKeystore(readJsonText(keystore), SecureString(kDevicePassword.toStdString()));
        QVERIFY(key);
        QCOMPARE(QString::fromStdString(toChecksumAddress(key->address)), device);
        m_cli.addKey(QString::fromStdString(toHex(key->privateKey.view())));
        expectRegistered(device, field(o, "capacity"), QStringLiteral("GB"), QStringLiteral("881f1d4895fffff"), kTokens1000);
        QCOMPARE(nonceOf(kUser), nonceBefore + 2);

        // A declared capacity is used as declared and said to be.
        const CliRun declared = m_cli.run(QStringList{QStringLiteral("device"), QStringLiteral("register"), QStringLiteral("--this-computer"),
                                                      QStringLiteral("--kind"), QStringLiteral("energy"), QStringLiteral("--capacity"),
                                                      QStringLiteral("12"), QStringLiteral("--unit"), QStringLiteral("kWh"), QStringLiteral("--region"),
                                                      QStringLiteral("Lisbon"), QStringLiteral("--yes"), QStringLiteral("--json"),
                                                      QStringLiteral("--password-file"), m_passwordFile, QStringLiteral("--keystore-password-file"),
                                                      m_devicePasswordFile, QStringLiteral("--scrypt-n"), QStringLiteral("1024")}
                                          + network());
        QVERIFY2(declared.exitCode == 0, qPrintable(declared.err + declared.out));
        QCOMPARE(field(previewFacts(declared), "capacitySource"), QStringLiteral("declared"));
        QCOMPARE(field(previewFacts(declared), "capacity"), QStringLiteral("12"));
        // Energy cannot be measured: without --capacity the command says so before making a key.
        const CliRun undeclared = m_cli.run(QStringList{QStringLiteral("device"), QStringLiteral("register"), QStringLiteral("--this-computer"),
                                                        QStringLiteral("--kind"), QStringLiteral("energy"), QStringLiteral("--region"),
                                                        QStringLiteral("Lisbon"), QStringLiteral("--yes")}
                                            + network());
        QCOMPARE(undeclared.exitCode, 2);
        QCOMPARE(undeclared.err.trimmed(), QStringLiteral("plinth-cli: nothing on this computer measures a capacity of this kind: declare it "
                                                          "with --capacity N --unit U"));
        // A measured capacity keeps its unit.
        const CliRun relabelled = m_cli.run(QStringList{QStringLiteral("device"), QStringLiteral("register"), QStringLiteral("--this-computer"),
                                                        QStringLiteral("--kind"), QStringLiteral("storage"), QStringLiteral("--unit"),
                                                        QStringLiteral("TB"), QStringLiteral("--region"), QStringLiteral("Lisbon"), QStringLiteral("--yes")}
                                            + network());
        QCOMPARE(relabelled.exitCode, 2);
        QCOMPARE(relabelled.err.trimmed(), QStringLiteral("plinth-cli: --unit goes with --capacity: a measured capacity keeps its own unit"));
    }

    void signingWithAWrongPasswordFails()
    {
        QString keystore;
        QVERIFY(!newDeviceKey(&keystore).isEmpty());
        const QString wrong = path(QStringLiteral("wrong-password"));
        QVERIFY(test::writeFileBytes(wrong, "not it\n"));
        const CliRun r = m_cli.run(QStringList{QStringLiteral("device-key"), QStringLiteral("sign-onboarding"), QStringLiteral("--keystore"), keystore,
                                               QStringLiteral("--keystore-password-file"), wrong, QStringLiteral("--owner"), kUser,
                                               QStringLiteral("--kind"), QStringLiteral("storage"), QStringLiteral("--capacity"), QStringLiteral("4"),
                                               QStringLiteral("--region"), QStringLiteral("x")}
                                   + network());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("plinth-cli: %1: ").arg(keystore)), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliOnboarding)
#include "tst_cli_onboarding.moc"
