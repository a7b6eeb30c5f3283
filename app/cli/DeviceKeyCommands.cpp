// `device-key new` and `device-key sign-onboarding`: run on the device itself, offline. The device key
// lives in its own keystore file (DeviceKeys.h); the signed payload (wallet/onboarding) goes to the
// owner's wallet as a JSON file or as the text of a QR code, for `plinth-cli device register`.
#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "app/cli/DeviceKeys.h"
#include "app/cli/PasswordInput.h"
#include "app/cli/TerminalQr.h"
#include "wallet/onboarding/OnboardingFormat.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace plinth::cli {
namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }
QString addr(const Address& a) { return qs(toChecksumAddress(a)); }

class DeviceKeyNewCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(DeviceKeyNewCommand)
public:
    QStringList words() const override { return {QStringLiteral("device-key"), QStringLiteral("new")}; }
    QString summary() const override { return tr("Create a device key in its own keystore file (never in the vault)"); }
    void addOptions(QCommandLineParser& parser) const override
    {
        addKeystoreFileOption(parser);
        addKeystorePasswordOption(parser);
        addScryptOption(parser);
    }

    int run(CliContext& context) const override
    {
        if (!context.positional().isEmpty())
            return context.fail(tr("device-key new takes no arguments"), kExitUsage);
        auto created = createDeviceKeystore(context);
        if (!created)
            return context.fail(created.error(), created.error().code == ErrorCode::InvalidArgument ? kExitUsage : kExitFailed);
        if (context.json()) {
            context.printJson(QJsonObject{{QStringLiteral("device"), addr(created->address)},
                                          {QStringLiteral("keystore"), created->path}});
            return kExitOk;
        }
        context.out() << tr("Device address: %1").arg(addr(created->address)) << '\n'
                      << tr("Key written to %1 (keystore v3, encrypted with the password you gave).").arg(created->path)
                      << Qt::endl;
        return kExitOk;
    }
};

class SignOnboardingCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(SignOnboardingCommand)
public:
    QStringList words() const override { return {QStringLiteral("device-key"), QStringLiteral("sign-onboarding")}; }
    QString summary() const override { return tr("Sign an onboarding payload with a device key (offline), as JSON and QR text"); }
    void addOptions(QCommandLineParser& parser) const override
    {
        addKeystoreFileOption(parser);
        addKeystorePasswordOption(parser);
        parser.addOption({QStringLiteral("owner"), tr("The account that will register the device."), tr("address")});
        addOnboardingOptions(parser, true);
        parser.addOption({QStringLiteral("out"), tr("Also write the JSON payload to this file (must not exist)."), tr("file")});
        parser.addOption({QStringLiteral("no-qr"), tr("Do not draw the QR code.")});
    }

    int run(CliContext& context) const override
    {
        if (!context.positional().isEmpty())
            return context.fail(tr("device-key sign-onboarding takes no arguments"), kExitUsage);
        if (!context.isSet(QStringLiteral("owner")))
            return context.fail(tr("--owner ADDRESS is required"), kExitUsage);
        auto owner = addressArgument(context.value(QStringLiteral("owner")));
        if (!owner)
            return context.fail(owner.error(), kExitUsage);
        auto network = context.network();
        if (!network)
            return context.fail(network.error());
        const QString out = context.value(QStringLiteral("out"));
        if (!out.isEmpty() && QFile::exists(out))
            return context.fail(tr("%1 already exists: it was not overwritten").arg(out), kExitUsage);
        // Every option is checked before the password is asked for. The device is unknown until the key
        // is decrypted, so it is filled in afterwards.
        const auto now = static_cast<std::uint64_t>(QDateTime::currentSecsSinceEpoch());
        auto payload = onboardingFromOptions(context, network->profile, *owner, Address{}, now);
        if (!payload)
            return context.fail(payload.error(), kExitUsage);
        auto key = openDeviceKeystore(context);
        if (!key)
            return context.fail(key.error(), key.error().code == ErrorCode::InvalidArgument ? kExitUsage : kExitFailed);
        payload->device = key->address;
        if (auto signedOk = signOnboarding(*payload, key->privateKey); !signedOk)
            return context.fail(signedOk.error());
        key->privateKey.clear();

        const std::string json = onboardingToJson(*payload);
        const std::string text = onboardingToText(*payload);
        if (!out.isEmpty())
            if (auto written = writeNewFile(out, json + "\n"); !written)
                return context.fail(written.error());
        const QJsonObject payloadObject = QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
        if (context.json()) {
            QJsonObject o{{QStringLiteral("payload"), payloadObject}, {QStringLiteral("text"), qs(text)}};
            if (!out.isEmpty())
                o.insert(QStringLiteral("file"), out);
            context.printJson(o);
            return kExitOk;
        }
        QTextStream& s = context.out();
        const QString deadline = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(payload->deadline), Qt::UTC)
                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        //: %1 device, %2 owner, %3 network name, %4 chain id, %5 deadline (UTC)
        s << tr("Device %1 signed its onboarding to %2 on %3 (chain %4), valid until %5.")
                 .arg(addr(payload->device), addr(payload->owner), qs(network->profile.name))
                 .arg(payload->chainId)
                 .arg(deadline)
          << "\n\n"
          << tr("Payload (JSON):") << '\n'
          << qs(json) << "\n\n"
          << tr("Payload (QR text, %n character(s)):", nullptr, static_cast<int>(text.size())) << '\n'
          << qs(text) << '\n';
        if (!out.isEmpty())
            s << tr("The JSON was also written to %1.").arg(out) << '\n';
        if (!context.isSet(QStringLiteral("no-qr"))) {
            auto qr = terminalQrCode(text);
            if (!qr)
                return context.fail(qr.error());
            s << '\n' << *qr;
        }
        s << tr("Register it from the owner's wallet with `plinth-cli device register --payload FILE` (or - for the text on stdin).")
          << Qt::endl;
        return kExitOk;
    }
};

} // namespace

PLINTH_CLI_COMMAND(DeviceKeyNewCommand)
PLINTH_CLI_COMMAND(SignOnboardingCommand)

} // namespace plinth::cli
