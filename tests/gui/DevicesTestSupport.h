#pragma once
// What the Devices GUI tests share: the real plinth-cli (PLINTH_CLI_PATH) to make device keys and sign
// onboarding payloads as a device would, cast helpers that read the registry and the rewards contract,
// a keystore for a seeded device key from facts.json, and the onboarding wizard opened from the page.
// Test-only; the test's thread.

#include "GuiDevnet.h"
#include "ui/dialogs/OnboardingWizard.h"
#include "ui/pages/DevicesPage.h"
#include "wallet/codec/Hex.h"
#include "wallet/codec/UInt256.h"
#include "wallet/eth/Address.h"
#include "wallet/vault/Keystore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

namespace plinth::test::devices {

inline const QByteArray kDevicePassword = "device key password";

struct CliResult {
    int exitCode = -1;
    QString out, err;
};

inline CliResult runCli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(PLINTH_CLI_PATH), args);
    CliResult r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("plinth-cli did not finish");
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

inline QStringList network(GuiDevnet& net)
{
    return {QStringLiteral("--datadir"), net.dataDir(), QStringLiteral("--network"), net.fixture().profilePath()};
}

inline QString writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

// A keystore (fast scrypt) for a raw key, so that `device-key sign-onboarding --keystore` signs with it.
inline QString keystoreFor(const QString& hexKey, const QString& path)
{
    auto raw = fromHex(hexKey.toStdString());
    if (!raw)
        return {};
    auto json = encryptKeystore(SecureBytes(ByteView(raw->data(), raw->size())), SecureString(kDevicePassword.toStdString()),
                                ScryptParams{1024, 8, 1});
    return json ? writeFile(path, QByteArray::fromStdString(*json)) : QString();
}

// `device-key new` as on a device: a new key in its own keystore (fast scrypt) under `passwordFile`;
// its address, or an empty string when plinth-cli failed.
inline QString newDeviceKey(GuiDevnet& net, const QString& keystore, const QString& passwordFile)
{
    const CliResult made = runCli(QStringList{QStringLiteral("device-key"), QStringLiteral("new"), QStringLiteral("--keystore"), keystore,
                                              QStringLiteral("--keystore-password-file"), passwordFile, QStringLiteral("--scrypt-n"),
                                              QStringLiteral("1024"), QStringLiteral("--json")}
                                  + network(net));
    if (made.exitCode != 0)
        qWarning("device-key new failed: %s", qPrintable(made.err));
    return QJsonDocument::fromJson(made.out.toUtf8()).object().value(QStringLiteral("device")).toString();
}

// `device-key sign-onboarding --json` with the keystore: {"payload": {...}, "text": "plinth-onboard:1;..."}.
inline QJsonObject signOnboarding(GuiDevnet& net, const QString& keystore, const QString& passwordFile, const QString& owner,
                                  const QStringList& extra = {})
{
    const CliResult r = runCli(QStringList{QStringLiteral("device-key"), QStringLiteral("sign-onboarding"), QStringLiteral("--keystore"),
                                           keystore, QStringLiteral("--keystore-password-file"), passwordFile, QStringLiteral("--owner"), owner,
                                           QStringLiteral("--kind"), QStringLiteral("storage"), QStringLiteral("--capacity"), QStringLiteral("4"),
                                           QStringLiteral("--unit"), QStringLiteral("TB"), QStringLiteral("--region"),
                                           QStringLiteral("881f1d4895fffff"), QStringLiteral("--no-qr"), QStringLiteral("--json")}
                               + extra + network(net));
    if (r.exitCode != 0)
        qWarning("sign-onboarding failed: %s", qPrintable(r.err));
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

// cast call CONTRACT SIG ARGS... -> the first word of the answer ("true", "0x…", a number).
inline QString call(GuiDevnet& net, const std::string& contract, const QString& signature, const QStringList& args)
{
    const QString out = net.fixture().cast(QStringList{QStringLiteral("call"), QString::fromStdString(contract), signature} + args);
    return out.section(QLatin1Char(' '), 0, 0);
}

// The page's Onboard button, then the first step's choice (the payload way, or this computer) and Next.
inline ui::OnboardingWizard* openOnboardingWizard(ui::DevicesPage& page, bool payloadWay = true)
{
    auto* onboard = page.findChild<QPushButton*>(QStringLiteral("devices.onboard"));
    if (!onboard || !spinUntil([&] { return onboard->isEnabled(); }, std::chrono::seconds(30)))
        return nullptr;
    QTest::mouseClick(onboard, Qt::LeftButton);
    auto wizards = page.findChildren<ui::OnboardingWizard*>();
    if (wizards.isEmpty())
        return nullptr;
    ui::OnboardingWizard* w = wizards.back();
    if (!payloadWay)
        w->findChild<QRadioButton*>(QStringLiteral("onboarding.modeComputer"))->setChecked(true);
    QTest::mouseClick(w->findChild<QPushButton*>(QStringLiteral("onboarding.next")), Qt::LeftButton);
    return w;
}

inline QString dec(const UInt256& v) { return QString::fromStdString(toDecimalString(v)); }
inline QString addr(const Address& a) { return QString::fromStdString(toChecksumAddress(a)); }

} // namespace plinth::test::devices
