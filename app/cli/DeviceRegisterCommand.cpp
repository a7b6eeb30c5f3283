// `device register --payload FILE|-` and `device register --this-computer`: a device's signed onboarding
// payload checked against the chain (wallet/onboarding/OnboardingCheck.h: every problem in one sentence,
// before anything is built), then registered through the shared write flow (WriteFlow.h: preview, confirm
// or --yes, sign, send, track), with the token approval of stake + fee to the registry first when the
// allowance is short.
//
// --this-computer makes the device key here, for a resource of this very computer: the capacity is
// prefilled from LocalResources (ResourcePrefill.h) unless declared with --capacity, the wallet signs
// the onboarding itself, and the key is kept in DATADIR/device-keys/ADDRESS.json (keystore v3, under a
// password asked for it) once the check has passed, before the registration is sent.
#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "app/cli/DeviceKeys.h"
#include "app/cli/PasswordInput.h"
#include "app/cli/NetworkSession.h"
#include "app/cli/TxSession.h"
#include "app/cli/WriteFlow.h"
#include "wallet/network/DeviceDirectory.h"
#include "wallet/network/LocalResources.h"
#include "wallet/onboarding/OnboardingCheck.h"
#include "wallet/onboarding/OnboardingFormat.h"
#include "wallet/onboarding/OnboardingReader.h"
#include "wallet/onboarding/ResourcePrefill.h"
#include "wallet/tx/Amount.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace plinth::cli {
namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }
QString addr(const Address& a) { return qs(toChecksumAddress(a)); }

const QString kPayload = QStringLiteral("payload");
const QString kThisComputer = QStringLiteral("this-computer");

Result<std::string> readPayloadText(const QString& source)
{
    QFile file;
    const bool stdinSource = source == QLatin1String("-");
    if (stdinSource ? !file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(source), !file.open(QIODevice::ReadOnly)))
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("cli", "cannot read %1: %2")
                                                  .arg(stdinSource ? QCoreApplication::translate("cli", "standard input") : source,
                                                       file.errorString())
                                                  .toStdString());
    // A payload is under a kilobyte; anything much larger is not one.
    const QByteArray bytes = file.read(64 * 1024);
    return bytes.toStdString();
}

// The verified cache, when this data dir has synced before, knows registrations from proven
// DeviceRegistered/DeviceRetired events: better than eth_call's word where it has the device. A cache
// that is missing, empty or behind changes nothing (the eth_call facts cover the rest).
void useVerifiedRegistration(CliContext& context, const Address& device, OnboardingFacts& facts)
{
    if (!QDir(QDir(context.dataDir()).filePath(QStringLiteral("cache"))).exists())
        return;
    auto session = openNetworkSession(context);
    if (!session)
        return;
    auto directory = DeviceDirectory::build(*session->store, session->contracts, *session->index);
    if (!directory)
        return;
    if (const Device* d = directory->find(device)) {
        facts.registrationVerifiedAt = session->cursor.number;
        facts.deviceRetired = d->status == DeviceStatus::Retired;
        if (!facts.deviceRetired)
            facts.deviceOwner = d->owner;
    }
}

// Where each capacity figure came from, for people and for --json.
struct CapacitySource {
    bool measured = false;
    std::string basis;
};

} // namespace

class DeviceRegisterCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(DeviceRegisterCommand)
public:
    QStringList words() const override { return {QStringLiteral("device"), QStringLiteral("register")}; }
    QString summary() const override { return tr("Register a device from its signed onboarding payload, or this computer"); }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addOption({kPayload, tr("The signed onboarding payload: a JSON file or QR text, or - for standard input."), tr("file")});
        parser.addOption({kThisComputer, tr("Register a resource of this computer: the wallet makes and keeps its device key.")});
        addOnboardingOptions(parser, false);
        addKeystoreFileOption(parser);
        addKeystorePasswordOption(parser);
        addScryptOption(parser);
        WriteFlow::addOptions(parser); // --from, --fee, --yes, --timeout, --password-file
    }

    int run(CliContext& context) const override;

private:
    Result<OnboardingPayload> payloadFromSource(CliContext& context) const;
    int sendRegistration(CliContext& context, WriteFlow& flow, const OnboardingPayload& payload, const OnboardingFacts& facts,
                         const OnboardingCheckResult& check, bool minimumStake, const CapacitySource& capacity,
                         const QString& keystorePath) const;
};

Result<OnboardingPayload> DeviceRegisterCommand::payloadFromSource(CliContext& context) const
{
    auto text = readPayloadText(context.value(kPayload));
    if (!text)
        return text.error();
    auto payload = parseOnboardingPayload(*text);
    if (!payload)
        return makeError(ErrorCode::InvalidArgument, tr("the onboarding payload is not valid: %1").arg(qs(payload.error().message)).toStdString());
    return payload;
}

int DeviceRegisterCommand::sendRegistration(CliContext& context, WriteFlow& flow, const OnboardingPayload& p,
                                            const OnboardingFacts& facts, const OnboardingCheckResult& check, bool minimumStake,
                                            const CapacitySource& capacity, const QString& keystorePath) const
{
    const NetworkProfile& profile = flow.session().profile();
    const auto tokens = [&](const UInt256& v) { return qs(formatAmount(v, profile.token.decimals, profile.token.symbol)); };
    const QString kind = QString::fromLatin1(onboardingKindName(p.kind));
    const QString capacityText = p.unit.empty() ? qs(toDecimalString(p.capacity)) : qs(toDecimalString(p.capacity)) + QLatin1Char(' ') + qs(p.unit);

    WritePlan plan;
    //: %1 device address, %2 kind (storage, ...), %3 capacity and unit, %4 region, %5 owner address
    plan.title = tr("Register device %1 (%2, %3, region %4) to %5").arg(addr(p.device), kind, capacityText, qs(p.region), addr(p.owner));
    plan.notes << (minimumStake ? tr("Stake: %1, the registry's minimum (the payload names none).").arg(tokens(p.stake))
                                : tr("Stake: %1 (the registry's minimum is %2).").arg(tokens(p.stake), tokens(facts.minStake)))
               << tr("Onboarding fee: %1, paid to the treasury.").arg(tokens(facts.onboardingFee));
    if (capacity.measured)
        plan.notes << tr("Capacity: %1, measured on this computer (%2).").arg(capacityText, qs(capacity.basis));
    else if (!keystorePath.isEmpty())
        plan.notes << tr("Capacity: %1, as you declared it.").arg(capacityText);
    if (!keystorePath.isEmpty())
        plan.notes << tr("The device key is kept in %1.").arg(keystorePath);
    const auto deadline = static_cast<std::uint64_t>(p.deadline);
    //: %1 the deadline (UTC), %2 how long from the chain's latest block, e.g. "23 hours 59 minutes"
    plan.notes << tr("Checked: the device's signature, chain %1, the registry, the deadline %2 (in %3), not yet registered, nonce unused, "
                     "the owner, the stake and your balance.")
                      .arg(p.chainId)
                      .arg(qs(utcMinuteText(deadline)), qs(durationText(deadline - facts.latestTimestamp)))
               << tr("The registry's state and your balance were read with eth_call at block %1: unverified.").arg(facts.latestBlock);
    plan.facts = QJsonObject{{QStringLiteral("device"), addr(p.device)},
                             {QStringLiteral("owner"), addr(p.owner)},
                             {QStringLiteral("kind"), kind},
                             {QStringLiteral("capacity"), qs(toDecimalString(p.capacity))},
                             {QStringLiteral("unit"), qs(p.unit)},
                             {QStringLiteral("region"), qs(p.region)},
                             {QStringLiteral("metadataURI"), qs(p.metadataURI)},
                             {QStringLiteral("stake"), qs(toDecimalString(p.stake))},
                             {QStringLiteral("minimumStake"), minimumStake},
                             {QStringLiteral("fee"), qs(toDecimalString(facts.onboardingFee))},
                             {QStringLiteral("needed"), qs(toDecimalString(check.needed))},
                             {QStringLiteral("nonce"), qs(toDecimalString(p.nonce))},
                             {QStringLiteral("deadline"), qs(toDecimalString(p.deadline))},
                             {QStringLiteral("checkedAtBlock"), qint64(facts.latestBlock)},
                             {QStringLiteral("unverified"), check.unverified}};
    if (!keystorePath.isEmpty()) {
        plan.facts.insert(QStringLiteral("keystore"), keystorePath);
        plan.facts.insert(QStringLiteral("capacitySource"), capacity.measured ? QStringLiteral("measured") : QStringLiteral("declared"));
        if (capacity.measured)
            plan.facts.insert(QStringLiteral("capacityBasis"), qs(capacity.basis));
    }

    auto registry = parseAddress(profile.contracts.devices);
    if (!registry)
        return context.fail(tr("the network \"%1\" has no device registry").arg(qs(profile.name)));
    auto approval = flow.needsAllowance(*registry, check.needed);
    if (!approval)
        return context.fail(approval.error());
    if (*approval)
        plan.steps.push_back(std::move(**approval));
    WriteStep registration;
    registration.description = tr("Register device %1, staking %2 and paying the %3 fee").arg(addr(p.device), tokens(p.stake),
                                                                                           tokens(facts.onboardingFee));
    registration.call.to = *registry;
    registration.call.data = encodeRegisterCall(p);
    registration.call.kind = "register";
    registration.afterPrevious = !plan.steps.empty();
    plan.steps.push_back(std::move(registration));
    return flow.run(std::move(plan));
}

int DeviceRegisterCommand::run(CliContext& context) const
{
    if (!context.positional().isEmpty())
        return context.fail(tr("device register takes no arguments"), kExitUsage);
    const bool thisComputer = context.isSet(kThisComputer);
    if (thisComputer == context.isSet(kPayload))
        return context.fail(tr("pass either --payload FILE|- or --this-computer"), kExitUsage);
    if (!thisComputer) {
        // What the device signed cannot be changed here; only the stake, which it does not sign.
        for (const char* option : {"kind", "capacity", "unit", "region", "metadata", "nonce", "valid-for", "deadline", "keystore"})
            if (context.isSet(QLatin1String(option)))
                return context.fail(tr("--%1 is for --this-computer: a payload carries its own").arg(QLatin1String(option)), kExitUsage);
    }
    std::unique_ptr<WriteFlow> flow;
    if (auto failed = WriteFlow::open(context, flow))
        return *failed;
    const Address from = flow->from();
    const NetworkProfile& profile = flow->session().profile();

    OnboardingPayload payload;
    SecureBytes deviceKey;
    CapacitySource capacitySource;
    if (thisComputer) {
        auto key = newDeviceKey();
        if (!key)
            return context.fail(key.error());
        auto device = addressFromPrivateKey(*key);
        if (!device)
            return context.fail(device.error());
        const LocalResources resources = measureLocalResources();
        CapacityPrefill prefill;
        const auto kind = onboardingKindFromName(context.value(QStringLiteral("kind")).trimmed().toLower().toStdString());
        if (kind)
            prefill = prefillCapacity(resources, *kind);
        const bool declared = context.isSet(QStringLiteral("capacity"));
        // A measured figure has its own unit: a --unit without --capacity would relabel it.
        if (!declared && context.isSet(QStringLiteral("unit")))
            return context.fail(tr("--unit goes with --capacity: a measured capacity keeps its own unit"), kExitUsage);
        // (A missing or unknown --kind is reported by onboardingFromOptions below.)
        if (kind && !declared && !prefill.capacity)
            return context.fail(tr("nothing on this computer measures a capacity of this kind: declare it with --capacity N --unit U"),
                                kExitUsage);
        const auto now = static_cast<std::uint64_t>(QDateTime::currentSecsSinceEpoch());
        auto built = onboardingFromOptions(context, profile, from, *device, now, prefill.capacity ? &*prefill.capacity : nullptr,
                                           &prefill.unit);
        if (!built)
            return context.fail(built.error(), kExitUsage);
        payload = std::move(*built);
        capacitySource = declared ? CapacitySource{false, {}} : CapacitySource{true, prefill.basis};
        if (auto ok = signOnboarding(payload, *key); !ok)
            return context.fail(ok.error());
        deviceKey = std::move(*key);
    } else {
        auto parsed = payloadFromSource(context);
        if (!parsed)
            return context.fail(parsed.error());
        payload = std::move(*parsed);
        if (context.isSet(QStringLiteral("stake"))) {
            auto stake = parseAmount(context.value(QStringLiteral("stake")).toStdString(), profile.token.decimals, profile.token.symbol);
            if (!stake)
                return context.fail(stake.error(), kExitUsage);
            payload.stake = *stake;
        }
    }

    OnboardingReader reader(flow->session().pool(), profile);
    auto facts = reader.read(payload, from);
    if (!facts)
        return context.fail(facts.error());
    useVerifiedRegistration(context, payload.device, *facts);
    // The stake is not signed: a payload without one stakes the registry's minimum.
    const bool minimumStake = payload.stake == 0 && !context.isSet(QStringLiteral("stake"));
    if (minimumStake)
        payload.stake = facts->minStake;
    const OnboardingCheckResult check = checkOnboarding(payload, *facts, profile, from);
    if (!check.ok()) {
        QStringList sentences;
        QJsonArray problems;
        for (const OnboardingProblem& p : check.problems) {
            sentences << qs(p.sentence);
            problems.append(qs(p.sentence));
        }
        if (context.json())
            context.printJson(QJsonObject{{QStringLiteral("device"), addr(payload.device)},
                                          {QStringLiteral("registered"), false},
                                          {QStringLiteral("problems"), problems},
                                          {QStringLiteral("unverified"), check.unverified}});
        //: %1 one or more sentences separated by "; "
        return context.fail(tr("not registered, nothing was sent: %1").arg(sentences.join(QStringLiteral("; "))));
    }

    QString keystorePath;
    if (thisComputer) {
        auto written = writeDeviceKeystore(context, deviceKey, payload.device);
        deviceKey.clear();
        if (!written)
            return context.fail(written.error());
        keystorePath = *written;
    }
    return sendRegistration(context, *flow, payload, *facts, check, minimumStake, capacitySource, keystorePath);
}

PLINTH_CLI_COMMAND(DeviceRegisterCommand)

} // namespace plinth::cli
