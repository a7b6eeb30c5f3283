// Device onboarding with the real plinth-cli against a fresh seeded devnet per test (DevnetFixture):
// device-key new, device-key sign-onboarding (offline), and device register (the wallet's check, then
// the write flow), every result cross-checked with cast: the contract's own onboardingDigest, the
// registration (deviceInfo, ownerOfDevice, isActive), the stake in Staking, and for each refused payload
// the owner's nonce unchanged (nothing was sent). The vault holds anvil's well-known mnemonic (account 0
// is the devnet's funded "user").
#include "DevnetFixture.h"
#include "tst_cli_wallet_support.h"
#include "tst_vault_support.h"
#include "wallet/codec/Hex.h"
#include "wallet/onboarding/OnboardingCheck.h"
#include "wallet/onboarding/OnboardingFormat.h"
#include "wallet/vault/Keystore.h"
#include "wallet/vault/Vault.h"

#include <QDir>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace plinth;
using plinth::test::CliRun;
using plinth::test::DevnetFixture;
using plinth::test::jsonOf;

namespace {

const QByteArray kPassword = "onboarding test vault password";
const QByteArray kDevicePassword = "device key password";
const QString kMnemonic = QStringLiteral("test test test test test test test test test test test junk");
const QString kUserKey = QStringLiteral("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
const QString kUser = QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
const QString kAlice = QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
const QString kAliceKey = QStringLiteral("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
const QString kTokens1000 = QStringLiteral("1000000000000000000000");

QString field(const QJsonObject& o, const char* name) { return o.value(QLatin1String(name)).toString(); }

// The write flow prints JSON lines: {"preview": {"facts": ...}} first, then one per transaction sent.
QList<QJsonObject> jsonLines(const CliRun& run)
{
    QList<QJsonObject> lines;
    for (const QString& line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        lines << QJsonDocument::fromJson(line.toUtf8()).object();
    return lines;
}
QJsonObject previewFacts(const CliRun& run)
{
    const auto lines = jsonLines(run);
    return lines.isEmpty() ? QJsonObject()
                           : lines.front().value(QStringLiteral("preview")).toObject().value(QStringLiteral("facts")).toObject();
}

} // namespace

class TestCliOnboarding : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<DevnetFixture> m_devnet;
    std::unique_ptr<QTemporaryDir> m_root;
    test::CliRecorder m_cli;
    QString m_dataDir, m_passwordFile, m_devicePasswordFile;
    QJsonObject m_contracts;
    int m_keys = 0;

    QString path(const QString& name) const { return m_root->filePath(name); }
    QString contract(const char* name) const { return field(m_contracts, name); }
    QStringList network(const QString& profile = {}) const
    {
        return {QStringLiteral("--datadir"), m_dataDir, QStringLiteral("--network"), profile.isEmpty() ? m_devnet->profilePath() : profile};
    }
    QString cast(const QStringList& args)
    {
        QString error;
        const QString out = m_devnet->cast(args, &error);
        if (out.isNull())
            qWarning("cast %s failed: %s", qPrintable(args.join(QLatin1Char(' '))), qPrintable(error));
        return out;
    }
    QString castNumber(const QStringList& args) { return DevnetFixture::exactNumber(cast(args)); }
    quint64 nonceOf(const QString& who) { return cast({QStringLiteral("nonce"), who}).toULongLong(); }
    quint64 chainNow()
    {
        return cast({QStringLiteral("block"), QStringLiteral("latest"), QStringLiteral("--field"), QStringLiteral("timestamp")}).toULongLong();
    }

    // `device-key new` into a new keystore file; its address, and the key itself (read back with the
    // core's keystore reader) so that the leak check knows it.
    QString newDeviceKey(QString* keystore)
    {
        *keystore = path(QStringLiteral("device-%1.json").arg(++m_keys));
        const CliRun r = m_cli.run(QStringList{QStringLiteral("device-key"), QStringLiteral("new"), QStringLiteral("--keystore"), *keystore,
                                               QStringLiteral("--keystore-password-file"), m_devicePasswordFile, QStringLiteral("--scrypt-n"),
                                               QStringLiteral("1024"), QStringLiteral("--json")}
                                   + network());
        if (r.exitCode != 0) {
            qWarning("device-key new failed: %s", qPrintable(r.err));
            return {};
        }
        QFile f(*keystore);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        auto key = decryptKeystore(f.readAll().toStdString(), SecureString(kDevicePassword.toStdString()));
        if (!key)
            return {};
        m_cli.addKey(QString::fromStdString(toHex(key->privateKey.view())));
        return field(jsonOf(r), "device");
    }

    CliRun sign(const QString& keystore, const QStringList& extra, const QString& owner = kUser, const QString& profile = {})
    {
        QStringList args{QStringLiteral("device-key"), QStringLiteral("sign-onboarding"), QStringLiteral("--keystore"), keystore,
                         QStringLiteral("--keystore-password-file"), m_devicePasswordFile, QStringLiteral("--owner"), owner};
        if (!extra.contains(QStringLiteral("--kind")))
            args << QStringLiteral("--kind") << QStringLiteral("storage");
        if (!extra.contains(QStringLiteral("--capacity")))
            args << QStringLiteral("--capacity") << QStringLiteral("4") << QStringLiteral("--unit") << QStringLiteral("TB");
        if (!extra.contains(QStringLiteral("--region")))
            args << QStringLiteral("--region") << QStringLiteral("881f1d4895fffff");
        return m_cli.run(args + extra + network(profile));
    }

    // A signed payload written to a file (JSON); its parsed form in *payload.
    QString signToFile(const QString& keystore, const QStringList& extra, QJsonObject* payload = nullptr, const QString& owner = kUser)
    {
        const QString out = path(QStringLiteral("payload-%1.json").arg(++m_keys));
        const CliRun r = sign(keystore, extra + QStringList{QStringLiteral("--out"), out, QStringLiteral("--json")}, owner);
        if (r.exitCode != 0) {
            qWarning("sign-onboarding failed: %s", qPrintable(r.err));
            return {};
        }
        if (payload)
            *payload = jsonOf(r).value(QStringLiteral("payload")).toObject();
        return out;
    }

    QString writeProfile(const QString& name, const std::function<void(QJsonObject&)>& edit)
    {
        QJsonObject p = m_devnet->profile();
        edit(p);
        const QString file = path(name);
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QJsonDocument(p).toJson());
        return file;
    }

    CliRun registerPayload(const QString& source, const QStringList& extra = {}, const QByteArray& stdinData = {})
    {
        return m_cli.run(QStringList{QStringLiteral("device"), QStringLiteral("register"), QStringLiteral("--payload"), source,
                                     QStringLiteral("--yes"), QStringLiteral("--json"), QStringLiteral("--password-file"), m_passwordFile}
                             + extra + network(),
                         stdinData);
    }

    // A payload that cannot be registered: the exact message, and nothing sent (the owner's nonce as before).
    void expectRefused(const QString& payloadFile, const QString& message, const QStringList& extra = {})
    {
        const quint64 nonceBefore = nonceOf(kUser);
        const CliRun r = registerPayload(payloadFile, extra);
        QCOMPARE(r.exitCode, 1);
        const QJsonObject error = QJsonDocument::fromJson(r.err.trimmed().toUtf8()).object().value(QStringLiteral("error")).toObject();
        QCOMPARE(field(error, "message"), QStringLiteral("not registered, nothing was sent: ") + message);
        QCOMPARE(nonceOf(kUser), nonceBefore);
    }

    std::string readJsonText(const QString& file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll().toStdString() : std::string();
    }
    QJsonObject readJson(const QString& file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    }
    QString writeJson(const QString& name, const QJsonObject& o)
    {
        const QString file = path(name);
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QJsonDocument(o).toJson());
        return file;
    }
    SecureBytes keyOf(const QString& keystore)
    {
        QFile f(keystore);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        auto key = decryptKeystore(f.readAll().toStdString(), SecureString(kDevicePassword.toStdString()));
        return key ? std::move(key->privateKey) : SecureBytes();
    }
    void setAllowance(const QString& amount)
    {
        QVERIFY(!cast({QStringLiteral("send"), contract("token"), QStringLiteral("approve(address,uint256)"), contract("devices"), amount,
                       QStringLiteral("--private-key"), kUserKey})
                     .isNull());
    }
    QString tokenBalance(const QString& who)
    {
        return castNumber({QStringLiteral("call"), contract("token"), QStringLiteral("balanceOf(address)(uint256)"), who});
    }

    // The registration as the chain has it, checked with cast.
    void expectRegistered(const QString& device, const QString& capacity, const QString& unit, const QString& region,
                          const QString& stake)
    {
        QCOMPARE(cast({QStringLiteral("call"), contract("devices"), QStringLiteral("ownerOfDevice(address)(address)"), device}), kUser);
        QCOMPARE(cast({QStringLiteral("call"), contract("devices"), QStringLiteral("ownerOf(uint256)(address)"),
                       m_devnet->castOffline({QStringLiteral("to-dec"), device})}),
                 kUser);
        QCOMPARE(cast({QStringLiteral("call"), contract("devices"), QStringLiteral("isActive(address)(bool)"), device}), QStringLiteral("true"));
        const QString info = cast({QStringLiteral("call"), contract("devices"),
                                   QStringLiteral("deviceInfo(address)((uint8,bool,uint64,uint64,uint256,string,string,string))"), device});
        QVERIFY2(info.startsWith(QStringLiteral("(0, false, ")), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral(", %1, \"%2\", \"%3\"").arg(capacity, unit, region)), qPrintable(info));
        QCOMPARE(castNumber({QStringLiteral("call"), contract("staking"), QStringLiteral("stakes(address,address)(uint256)"), device, kUser}),
                 stake);
    }

private Q_SLOTS:
    // A fresh devnet and data dir for every test: no test sees another's registrations or nonces.
    void init()
    {
        m_root = std::make_unique<QTemporaryDir>();
        QVERIFY(m_root->isValid());
        m_devnet = std::make_unique<DevnetFixture>();
        QVERIFY2(m_devnet->start(), qPrintable(m_devnet->error()));
        m_contracts = m_devnet->profile().value(QStringLiteral("contracts")).toObject();
        m_dataDir = path(QStringLiteral("data"));
        m_passwordFile = path(QStringLiteral("password"));
        m_devicePasswordFile = path(QStringLiteral("device-password"));
        QVERIFY(test::writeFileBytes(m_passwordFile, kPassword + "\n"));
        QVERIFY(test::writeFileBytes(m_devicePasswordFile, kDevicePassword + "\n"));
        auto vault = Vault::create(test::toPath(m_dataDir), SecureString(kPassword.toStdString()), SecureString(kMnemonic.toStdString()),
                                   SecureString(std::string()), test::fastOptions());
        QVERIFY2(vault, vault ? "" : vault.error().message.c_str());
        m_cli.addMnemonic(kMnemonic);
        m_cli.addKey(kUserKey);
    }

    void cleanup()
    {
        QCOMPARE(m_cli.findLeak(), QString());
        m_devnet.reset();
        m_root.reset();
    }

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
