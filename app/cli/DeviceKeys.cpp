#include "app/cli/DeviceKeys.h"

#include "app/cli/PasswordInput.h"
#include "wallet/tx/Amount.h"

#include <QDir>
#include <QFile>

namespace plinth::cli {
namespace {

Error usage(const QString& message) { return makeError(ErrorCode::InvalidArgument, message.toStdString()); }

const QString kKeystore = QStringLiteral("keystore");

Result<UInt256> positiveNumber(CliContext& context, const QString& option)
{
    auto n = parseDecimalUInt256(context.value(option).trimmed().toStdString());
    if (!n || *n == 0)
        return usage(QCoreApplication::translate("cli", "--%1 must be a whole number above 0").arg(option));
    return *n;
}

} // namespace

void addKeystoreFileOption(QCommandLineParser& parser)
{
    parser.addOption({kKeystore, QCoreApplication::translate("cli", "The device key's keystore file."), QCoreApplication::translate("cli", "file")});
}

QString defaultDeviceKeyPath(CliContext& context, const Address& device)
{
    return QDir(context.dataDir()).filePath(QStringLiteral("device-keys/%1.json").arg(QString::fromStdString(toChecksumAddress(device))));
}

Result<QString> writeDeviceKeystore(CliContext& context, const SecureBytes& key, const Address& address)
{
    auto cost = scryptOption(context);
    if (!cost)
        return cost.error();
    const QString chosen = context.value(kKeystore);
    const QString path = chosen.isEmpty() ? defaultDeviceKeyPath(context, address) : chosen;
    if (QFile::exists(path))
        return usage(QCoreApplication::translate("cli", "%1 already exists: it was not overwritten").arg(path));
    if (chosen.isEmpty()) {
        const QString dir = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(dir))
            return makeError(ErrorCode::Io, QCoreApplication::translate("cli", "cannot create %1").arg(dir).toStdString());
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    auto password = keystorePassword(context, true);
    if (!password)
        return password.error();
    if (password->empty())
        return usage(QCoreApplication::translate("cli", "a device key's password must not be empty"));
    auto json = encryptKeystore(key, *password, *cost);
    if (!json)
        return json.error();
    // O_EXCL: a file that appeared since the check above is not overwritten either.
    if (auto written = writeNewFile(path, *json); !written)
        return written.error();
    return path;
}

Result<NewDeviceKey> createDeviceKeystore(CliContext& context)
{
    // Refuse a bad --scrypt-n or an existing --keystore before anything else.
    if (auto cost = scryptOption(context); !cost)
        return cost.error();
    const QString chosen = context.value(kKeystore);
    if (!chosen.isEmpty() && QFile::exists(chosen))
        return usage(QCoreApplication::translate("cli", "%1 already exists: it was not overwritten").arg(chosen));
    auto key = newDeviceKey();
    if (!key)
        return key.error();
    auto address = addressFromPrivateKey(*key);
    if (!address)
        return address.error();
    auto path = writeDeviceKeystore(context, *key, *address);
    if (!path)
        return path.error();
    return NewDeviceKey{std::move(*key), *address, *path};
}

Result<KeystoreKey> openDeviceKeystore(CliContext& context)
{
    if (!context.isSet(kKeystore))
        return usage(QCoreApplication::translate("cli", "--keystore FILE is required"));
    const QString path = context.value(kKeystore);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("cli", "cannot read %1: %2").arg(path, file.errorString()).toStdString());
    const QByteArray json = file.readAll();
    auto password = keystorePassword(context, false);
    if (!password)
        return password.error();
    auto key = decryptKeystore(json.toStdString(), *password);
    if (!key)
        return makeError(key.error().code, QCoreApplication::translate("cli", "%1: %2").arg(path, QString::fromStdString(key.error().message)).toStdString());
    return key;
}

void addOnboardingOptions(QCommandLineParser& parser, bool capacityRequired)
{
    parser.addOption({QStringLiteral("kind"), QCoreApplication::translate("cli", "What the device offers: storage, bandwidth, wireless, compute, energy or sensor."),
                      QCoreApplication::translate("cli", "kind")});
    parser.addOption({QStringLiteral("capacity"),
                      capacityRequired ? QCoreApplication::translate("cli", "Its capacity, a whole number in --unit.")
                                       : QCoreApplication::translate("cli", "Its capacity, a whole number in --unit (default: measured where possible)."),
                      QCoreApplication::translate("cli", "n")});
    parser.addOption({QStringLiteral("unit"), QCoreApplication::translate("cli", "The capacity's unit, e.g. TB, Mbps, TFLOPS."), QCoreApplication::translate("cli", "unit")});
    parser.addOption({QStringLiteral("region"), QCoreApplication::translate("cli", "Where it is: an H3 cell index or a label."), QCoreApplication::translate("cli", "region")});
    parser.addOption({QStringLiteral("metadata"), QCoreApplication::translate("cli", "A metadata URI (optional)."), QCoreApplication::translate("cli", "uri")});
    parser.addOption({QStringLiteral("stake"), QCoreApplication::translate("cli", "The stake to register with, in tokens (default: the registry's minimum)."),
                      QCoreApplication::translate("cli", "amount")});
    parser.addOption({QStringLiteral("nonce"), QCoreApplication::translate("cli", "The onboarding nonce (default: a random 64-bit number)."), QCoreApplication::translate("cli", "n")});
    parser.addOption({QStringLiteral("valid-for"), QCoreApplication::translate("cli", "How long the signature is valid, e.g. 30m, 24h, 7d (default 24h)."),
                      QCoreApplication::translate("cli", "duration")});
    parser.addOption({QStringLiteral("deadline"), QCoreApplication::translate("cli", "The signature's deadline as a unix time (instead of --valid-for)."),
                      QCoreApplication::translate("cli", "unix")});
}

Result<std::uint64_t> parseDuration(const QString& text)
{
    static constexpr std::uint64_t kMax = 365ull * 86400;
    QString t = text.trimmed();
    std::uint64_t unit = 1;
    if (!t.isEmpty() && !t.back().isDigit()) {
        const QChar suffix = t.back();
        unit = suffix == QLatin1Char('s') ? 1 : suffix == QLatin1Char('m') ? 60 : suffix == QLatin1Char('h') ? 3600
             : suffix == QLatin1Char('d') ? 86400 : 0;
        t.chop(1);
    }
    bool ok = false;
    const qulonglong n = t.toULongLong(&ok);
    if (!ok || unit == 0 || n == 0 || n > kMax / unit)
        return usage(QCoreApplication::translate("cli", "--valid-for must be a duration such as 30m, 24h or 7d (at most 365 days), not \"%1\"").arg(text));
    return n * unit;
}

Result<OnboardingPayload> onboardingFromOptions(CliContext& context, const NetworkProfile& profile, const Address& owner,
                                                const Address& device, std::uint64_t now, const UInt256* measuredCapacity,
                                                const std::string* measuredUnit)
{
    OnboardingPayload p;
    p.chainId = profile.chainId;
    auto registry = parseAddress(profile.contracts.devices);
    if (!registry)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("cli", "the network \"%1\" has no device registry").arg(QString::fromStdString(profile.name)).toStdString());
    p.registry = *registry;
    p.owner = owner;
    p.device = device;

    if (!context.isSet(QStringLiteral("kind")))
        return usage(QCoreApplication::translate("cli", "--kind is required (storage, bandwidth, wireless, compute, energy or sensor)"));
    auto kind = onboardingKindFromName(context.value(QStringLiteral("kind")).trimmed().toLower().toStdString());
    if (!kind)
        return usage(QCoreApplication::translate("cli", "--kind must be storage, bandwidth, wireless, compute, energy or sensor"));
    p.kind = *kind;

    if (context.isSet(QStringLiteral("capacity"))) {
        auto capacity = positiveNumber(context, QStringLiteral("capacity"));
        if (!capacity)
            return capacity.error();
        p.capacity = *capacity;
    } else if (measuredCapacity && *measuredCapacity > 0) {
        p.capacity = *measuredCapacity;
    } else {
        return usage(QCoreApplication::translate("cli", "--capacity N is required"));
    }
    p.unit = context.isSet(QStringLiteral("unit")) || !measuredUnit ? context.value(QStringLiteral("unit")).toStdString() : *measuredUnit;
    p.region = context.value(QStringLiteral("region")).trimmed().toStdString();
    if (p.region.empty())
        return usage(QCoreApplication::translate("cli", "--region is required (an H3 cell index or a label)"));
    p.metadataURI = context.value(QStringLiteral("metadata")).toStdString();

    if (context.isSet(QStringLiteral("stake"))) {
        auto stake = parseAmount(context.value(QStringLiteral("stake")).toStdString(), profile.token.decimals, profile.token.symbol);
        if (!stake)
            return stake.error();
        p.stake = *stake;
    }

    if (context.isSet(QStringLiteral("nonce"))) {
        auto nonce = parseDecimalUInt256(context.value(QStringLiteral("nonce")).trimmed().toStdString());
        if (!nonce)
            return usage(QCoreApplication::translate("cli", "--nonce must be a whole number"));
        p.nonce = *nonce;
    } else {
        auto nonce = randomOnboardingNonce();
        if (!nonce)
            return nonce.error();
        p.nonce = *nonce;
    }

    if (context.isSet(QStringLiteral("deadline")) && context.isSet(QStringLiteral("valid-for")))
        return usage(QCoreApplication::translate("cli", "pass --valid-for or --deadline, not both"));
    if (context.isSet(QStringLiteral("deadline"))) {
        auto deadline = positiveNumber(context, QStringLiteral("deadline"));
        if (!deadline)
            return deadline.error();
        p.deadline = *deadline;
    } else {
        auto seconds = parseDuration(context.isSet(QStringLiteral("valid-for")) ? context.value(QStringLiteral("valid-for"))
                                                                                : QStringLiteral("24h"));
        if (!seconds)
            return seconds.error();
        p.deadline = UInt256(now) + *seconds;
    }
    return p;
}

} // namespace plinth::cli
