#pragma once
// OnboardingCliHarness: what the onboarding CLI tests (tst_cli_onboarding, tst_cli_onboarding_refusals)
// share: a fresh seeded devnet and data dir per test (setUp/tearDown from each test's init/cleanup), the
// vault with anvil's well-known mnemonic (account 0 is the devnet's funded "user"), the real plinth-cli
// through CliRecorder (with its leak check), and helpers that make device keys, sign payloads, register
// them and check the chain with cast. Test-only; main thread.
#include "DevnetFixture.h"
#include "tst_cli_wallet_support.h"
#include "tst_vault_support.h"
#include "wallet/codec/Hex.h"
#include "wallet/onboarding/OnboardingCheck.h"
#include "wallet/onboarding/OnboardingFormat.h"
#include "wallet/vault/Keystore.h"
#include "wallet/vault/Vault.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace plinth::test::onboarding {

inline const QByteArray kPassword = "onboarding test vault password";
inline const QByteArray kDevicePassword = "device key password";
inline const QString kMnemonic = QStringLiteral("test test test test test test test test test test test junk");
inline const QString kUserKey = QStringLiteral("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
inline const QString kUser = QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
inline const QString kAlice = QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
inline const QString kAliceKey = QStringLiteral("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
inline const QString kTokens1000 = QStringLiteral("1000000000000000000000");

inline QString field(const QJsonObject& o, const char* name) { return o.value(QLatin1String(name)).toString(); }

// The write flow prints JSON lines: {"preview": {"facts": ...}} first, then one per transaction sent.
inline QList<QJsonObject> jsonLines(const CliRun& run)
{
    QList<QJsonObject> lines;
    for (const QString& line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        lines << QJsonDocument::fromJson(line.toUtf8()).object();
    return lines;
}
inline QJsonObject previewFacts(const CliRun& run)
{
    const auto lines = jsonLines(run);
    return lines.isEmpty() ? QJsonObject()
                           : lines.front().value(QStringLiteral("preview")).toObject().value(QStringLiteral("facts")).toObject();
}

class OnboardingCliHarness {
protected:
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


    // A fresh devnet and data dir for every test: no test sees another's registrations or nonces.
    void setUp()
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

    void tearDown()
    {
        QCOMPARE(m_cli.findLeak(), QString());
        m_devnet.reset();
        m_root.reset();
    }
};

} // namespace plinth::test::onboarding
