// `devices [--owner A]`, `device show DEVICE` and `resources`: the account's devices as the verified
// events describe them (from the local cache, no network), and what this computer could offer.
#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "app/cli/NetworkSession.h"
#include "wallet/codec/Hex.h"
#include "wallet/network/DeviceDirectory.h"
#include "wallet/network/LocalResources.h"

#include <QJsonArray>
#include <QJsonObject>

namespace plinth::cli {
namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }
QString addr(const Address& a) { return qs(toChecksumAddress(a)); }

struct Labels {
    Q_DECLARE_TR_FUNCTIONS(DeviceCommands)
public:
    static QString status(const Device& d)
    {
        switch (d.status) {
        case DeviceStatus::Retired:
            return tr("retired");
        case DeviceStatus::Offline:
            return tr("offline for %n epoch(s)", nullptr, static_cast<int>(d.offlineEpochs));
        case DeviceStatus::Active:
            break;
        }
        return tr("active");
    }
};

const char* statusKey(DeviceStatus s)
{
    return s == DeviceStatus::Retired ? "retired" : s == DeviceStatus::Offline ? "offline" : "active";
}

QJsonObject deviceJson(const NetworkSession& s, const Device& d)
{
    QJsonArray spans;
    for (const EpochSpan& e : d.offlineSpans)
        spans.append(QJsonObject{{QStringLiteral("first"), qint64(e.first)}, {QStringLiteral("last"), qint64(e.last)}});
    QJsonArray previous;
    for (const Address& a : d.previousOwners)
        previous.append(addr(a));
    const unsigned decimals = s.profile.token.decimals;
    return QJsonObject{{QStringLiteral("device"), addr(d.address)},
                       {QStringLiteral("owner"), addr(d.owner)},
                       {QStringLiteral("kind"), qs(resourceKindName(d.kind))},
                       {QStringLiteral("capacity"), qs(toDecimalString(d.capacity))},
                       {QStringLiteral("unit"), qs(d.unit)},
                       {QStringLiteral("region"), qs(d.region)},
                       {QStringLiteral("metadataURI"), qs(d.metadataURI)},
                       {QStringLiteral("status"), QString::fromLatin1(statusKey(d.status))},
                       {QStringLiteral("offlineEpochs"), qint64(d.offlineEpochs)},
                       {QStringLiteral("offlineSpans"), spans},
                       {QStringLiteral("stake"), qs(formatUnits(d.stake, decimals))},
                       {QStringLiteral("stakeRaw"), qs(toDecimalString(d.stake))},
                       {QStringLiteral("ownStake"), qs(formatUnits(d.ownStake, decimals))},
                       {QStringLiteral("lastEpoch"), d.lastEpoch ? QJsonValue(qint64(*d.lastEpoch)) : QJsonValue()},
                       {QStringLiteral("lastScore"), d.lastEpoch ? QJsonValue(qint64(d.lastScore)) : QJsonValue()},
                       {QStringLiteral("lifetimeEarned"), qs(formatUnits(d.lifetimeEarned, decimals))},
                       {QStringLiteral("lifetimeEarnedRaw"), qs(toDecimalString(d.lifetimeEarned))},
                       {QStringLiteral("rewards"), qint64(d.rewardCount)},
                       {QStringLiteral("registeredBlock"), qint64(d.registered.blockNumber)},
                       {QStringLiteral("registeredAt"), qint64(d.registeredAt)},
                       {QStringLiteral("previousOwners"), previous},
                       {QStringLiteral("verifiedBlock"), qint64(s.cursor.number)}};
}

Result<DeviceDirectory> directoryOf(const NetworkSession& s)
{
    return DeviceDirectory::build(*s.store, s.contracts, *s.index);
}

class DevicesCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(DevicesCommand)
public:
    QStringList words() const override { return {QStringLiteral("devices")}; }
    QString summary() const override { return tr("List an account's devices from the verified cache"); }
    void addOptions(QCommandLineParser& parser) const override { addOwnerOption(parser); }

    int run(CliContext& context) const override
    {
        if (!context.positional().isEmpty())
            return context.fail(tr("devices takes no arguments"), kExitUsage);
        auto owner = ownerFor(context);
        if (!owner)
            return context.fail(owner.error(), owner.error().code == ErrorCode::InvalidArgument ? kExitUsage : kExitFailed);
        auto session = openNetworkSession(context);
        if (!session)
            return context.fail(session.error());
        auto dir = directoryOf(*session);
        if (!dir)
            return context.fail(dir.error());
        const auto devices = dir->ownedBy(*owner);
        if (context.json()) {
            QJsonArray rows;
            for (const Device& d : devices)
                rows.append(deviceJson(*session, d));
            context.printJson(QJsonObject{{QStringLiteral("owner"), addr(*owner)},
                                          {QStringLiteral("verifiedBlock"), qint64(session->cursor.number)},
                                          {QStringLiteral("devices"), rows}});
            return kExitOk;
        }
        QTextStream& out = context.out();
        out << tr("%n device(s) of %1, verified up to block %2", nullptr, static_cast<int>(devices.size()))
                   .arg(addr(*owner))
                   .arg(session->cursor.number)
            << '\n';
        for (const Device& d : devices) {
            //: one device: address, kind, capacity and unit, region, status
            out << tr("%1  %2 %3 %4  %5  %6")
                       .arg(addr(d.address), qs(resourceKindName(d.kind)), qs(toDecimalString(d.capacity)), qs(d.unit),
                            qs(d.region), Labels::status(d))
                << '\n';
            out << "    "
                << tr("stake %1, last score %2, earned %3")
                       .arg(session->amount(d.stake),
                            d.lastEpoch ? tr("%1% in epoch %2").arg(d.lastScore / 100.0, 0, 'f', 2).arg(*d.lastEpoch)
                                        : tr("none yet"),
                            session->amount(d.lifetimeEarned))
                << '\n';
        }
        out.flush();
        return kExitOk;
    }
};

class DeviceShowCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(DeviceShowCommand)
public:
    QStringList words() const override { return {QStringLiteral("device"), QStringLiteral("show")}; }
    QString summary() const override { return tr("Show one device from the verified cache"); }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("device"), tr("The device's address"), QStringLiteral("DEVICE"));
    }

    int run(CliContext& context) const override
    {
        const QStringList args = context.positional();
        if (args.size() != 1)
            return context.fail(tr("device show takes one device address"), kExitUsage);
        auto device = parseAddress(args.first().toStdString());
        if (!device)
            return context.fail(tr("%1 is not an address: %2").arg(args.first(), qs(device.error().message)), kExitUsage);
        auto session = openNetworkSession(context);
        if (!session)
            return context.fail(session.error());
        auto dir = directoryOf(*session);
        if (!dir)
            return context.fail(dir.error());
        const Device* d = dir->find(*device);
        if (!d)
            return context.fail(tr("no device %1 is registered (verified up to block %2)").arg(addr(*device)).arg(session->cursor.number));
        const QJsonObject o = deviceJson(*session, *d);
        if (context.json()) {
            context.printJson(o);
            return kExitOk;
        }
        QTextStream& out = context.out();
        out << tr("Device:     %1").arg(addr(d->address)) << '\n'
            << tr("Owner:      %1").arg(addr(d->owner)) << '\n'
            << tr("Kind:       %1, %2 %3").arg(qs(resourceKindName(d->kind)), qs(toDecimalString(d->capacity)), qs(d->unit)) << '\n'
            << tr("Region:     %1").arg(qs(d->region)) << '\n'
            << tr("Status:     %1").arg(Labels::status(*d)) << '\n'
            << tr("Stake:      %1 (own %2)").arg(session->amount(d->stake), session->amount(d->ownStake)) << '\n'
            << tr("Earned:     %1 in %n reward(s)", nullptr, static_cast<int>(d->rewardCount)).arg(session->amount(d->lifetimeEarned))
            << '\n';
        for (const EpochSpan& e : d->offlineSpans)
            out << tr("Offline:    epochs %1 to %2").arg(e.first).arg(e.last) << '\n';
        for (const Address& a : d->previousOwners)
            out << tr("Owned by:   %1 before").arg(addr(a)) << '\n';
        out << tr("Verified up to block %1").arg(session->cursor.number) << '\n';
        out.flush();
        return kExitOk;
    }
};

class ResourcesCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ResourcesCommand)
public:
    QStringList words() const override { return {QStringLiteral("resources")}; }
    QString summary() const override { return tr("Show this computer's disks, GPU, CPU, memory and network interfaces"); }

    int run(CliContext& context) const override
    {
        const LocalResources r = measureLocalResources();
        QJsonArray disks, gpus, nics;
        for (const DiskResource& d : r.disks)
            disks.append(QJsonObject{{QStringLiteral("mountPoint"), qs(d.mountPoint)}, {QStringLiteral("source"), qs(d.source)},
                                     {QStringLiteral("fsType"), qs(d.fsType)}, {QStringLiteral("totalBytes"), qint64(d.totalBytes)},
                                     {QStringLiteral("freeBytes"), qint64(d.freeBytes)},
                                     {QStringLiteral("provenance"), QString::fromLatin1(provenanceName(d.provenance))}});
        for (const GpuResource& g : r.gpus)
            gpus.append(QJsonObject{{QStringLiteral("name"), qs(g.name)}, {QStringLiteral("vendorId"), qs(g.vendorId)},
                                    {QStringLiteral("deviceId"), qs(g.deviceId)}, {QStringLiteral("source"), qs(g.source)}});
        for (const NetworkInterfaceResource& n : r.interfaces)
            nics.append(QJsonObject{{QStringLiteral("name"), qs(n.name)}, {QStringLiteral("mac"), qs(n.macAddress)},
                                    {QStringLiteral("operState"), qs(n.operState)}, {QStringLiteral("loopback"), n.loopback},
                                    {QStringLiteral("speedMbps"), n.speedMbps ? QJsonValue(qint64(*n.speedMbps)) : QJsonValue()}});
        const auto opt = [](const std::optional<std::uint64_t>& v) { return v ? QJsonValue(qint64(*v)) : QJsonValue(); };
        if (context.json()) {
            context.printJson(QJsonObject{
                {QStringLiteral("disks"), disks},
                {QStringLiteral("gpus"), QJsonObject{{QStringLiteral("provenance"), QString::fromLatin1(provenanceName(r.gpuProvenance))},
                                                     {QStringLiteral("devices"), gpus}}},
                {QStringLiteral("cpu"), QJsonObject{{QStringLiteral("model"), qs(r.cpu.model)},
                                                    {QStringLiteral("logicalCores"), qint64(r.cpu.logicalCores)},
                                                    {QStringLiteral("provenance"), QString::fromLatin1(provenanceName(r.cpu.provenance))}}},
                {QStringLiteral("memory"), QJsonObject{{QStringLiteral("totalBytes"), opt(r.memory.totalBytes)},
                                                       {QStringLiteral("availableBytes"), opt(r.memory.availableBytes)},
                                                       {QStringLiteral("provenance"), QString::fromLatin1(provenanceName(r.memory.provenance))}}},
                {QStringLiteral("interfaces"), nics}});
            return kExitOk;
        }
        QTextStream& out = context.out();
        const auto gib = [](std::uint64_t b) { return QString::number(double(b) / (1024.0 * 1024 * 1024), 'f', 1); };
        for (const DiskResource& d : r.disks)
            out << tr("Disk:      %1 (%2, %3): %4 GiB free of %5 GiB, measured")
                       .arg(qs(d.mountPoint), qs(d.source), qs(d.fsType), gib(d.freeBytes), gib(d.totalBytes))
                << '\n';
        if (r.gpus.empty())
            out << (r.gpuProvenance == Provenance::Measured ? tr("GPU:       none found") : tr("GPU:       unknown (nothing readable)")) << '\n';
        for (const GpuResource& g : r.gpus)
            out << tr("GPU:       %1, measured (%2)").arg(qs(g.name), qs(g.source)) << '\n';
        out << (r.cpu.provenance == Provenance::Measured
                    ? tr("CPU:       %1, %n logical core(s), measured", nullptr, static_cast<int>(r.cpu.logicalCores)).arg(qs(r.cpu.model))
                    : tr("CPU:       unknown"))
            << '\n';
        out << (r.memory.totalBytes ? tr("Memory:    %1 GiB, measured").arg(gib(*r.memory.totalBytes)) : tr("Memory:    unknown")) << '\n';
        for (const NetworkInterfaceResource& n : r.interfaces)
            out << tr("Interface: %1 %2, link speed %3").arg(qs(n.name), qs(n.operState),
                                                          n.speedMbps ? tr("%1 Mbps").arg(*n.speedMbps) : tr("unknown"))
                << '\n';
        out << tr("Capacities a network scores (TB offered, TFLOPS, uplink Mbps) are declared when registering; they are not measured here.")
            << '\n';
        out.flush();
        return kExitOk;
    }
};

} // namespace

PLINTH_CLI_COMMAND(DevicesCommand)
PLINTH_CLI_COMMAND(DeviceShowCommand)
PLINTH_CLI_COMMAND(ResourcesCommand)

} // namespace plinth::cli
