// `device update DEVICE [--capacity N --unit U] [--region R] [--metadata URI]`, `device transfer DEVICE TO`,
// `device retire DEVICE`: the owner's DeviceRegistry writes on the write flow (WriteFlow.h).
//
// update sends one transaction per changed field (the registry has one function per field), previewed
// together under one confirmation. transfer moves the device's ERC-721 token (id = the device address as
// a number) with safeTransferFrom from the owner, so that a contract that cannot hold it refuses it; a
// transfer to the zero address or to the current owner is refused before anything is built. retire
// burns the token for good.
#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "app/cli/PasswordInput.h"
#include "app/cli/WriteFlow.h"
#include "wallet/network/CallEncoders.h"

namespace plinth::cli {
namespace {

const QString kCapacity = QStringLiteral("capacity");
const QString kUnit = QStringLiteral("unit");
const QString kRegion = QStringLiteral("region");
const QString kMetadata = QStringLiteral("metadata");

QString q(const std::string& text) { return QString::fromStdString(text); }
QString addr(const Address& a) { return q(toChecksumAddress(a)); }

Result<Address> registryOf(WriteFlow& flow)
{
    auto registry = parseAddress(flow.session().profile().contracts.devices);
    if (!registry)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("cli", "the network profile has no valid device registry").toStdString());
    return *registry;
}

WriteStep registryStep(const Address& registry, QString description, Bytes data, const char* kind)
{
    WriteStep step;
    step.description = std::move(description);
    step.call.to = registry;
    step.call.data = std::move(data);
    step.call.kind = kind;
    return step;
}

class DeviceUpdateCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(DeviceUpdateCommand)
public:
    QStringList words() const override { return {QStringLiteral("device"), QStringLiteral("update")}; }
    QString summary() const override { return tr("Change a device's capacity, region or metadata URI (one transaction per field)"); }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("DEVICE"), tr("The device's address."));
        parser.addOption({kCapacity, tr("The new capacity, a whole number (with --unit)."), tr("n")});
        parser.addOption({kUnit, tr("The capacity's unit, e.g. TB or Mbps (with --capacity)."), tr("unit")});
        parser.addOption({kRegion, tr("The new region: an H3 cell (15 hex digits) or a label."), tr("region")});
        parser.addOption({kMetadata, tr("The new metadata URI."), tr("uri")});
        WriteFlow::addOptions(parser);
    }

    int run(CliContext& context) const override
    {
        if (context.positional().size() != 1)
            return context.fail(tr("device update takes one DEVICE"), kExitUsage);
        auto device = addressArgument(context.positional().first());
        if (!device)
            return context.fail(device.error(), kExitUsage);
        if (context.isSet(kCapacity) != context.isSet(kUnit))
            return context.fail(tr("--capacity and --unit go together: the registry stores them as one"), kExitUsage);
        if (!context.isSet(kCapacity) && !context.isSet(kRegion) && !context.isSet(kMetadata))
            return context.fail(tr("nothing to update: give --capacity N --unit U, --region R or --metadata URI"), kExitUsage);
        std::optional<UInt256> capacity;
        if (context.isSet(kCapacity)) {
            auto n = parseUInt256(context.value(kCapacity).trimmed().toStdString());
            if (!n || *n == 0)
                return context.fail(tr("--capacity must be a whole number above 0"), kExitUsage);
            capacity = *n;
        }
        std::unique_ptr<WriteFlow> flow;
        if (auto code = WriteFlow::open(context, flow))
            return *code;
        auto registry = registryOf(*flow);
        if (!registry)
            return context.fail(registry.error());
        const QString d = addr(*device);
        WritePlan plan;
        plan.title = tr("Update device %1").arg(d);
        if (capacity) {
            const std::string unit = context.value(kUnit).toStdString();
            //: %1 device, %2 capacity, %3 unit
            plan.steps.push_back(registryStep(*registry, tr("Set the capacity of device %1 to %2 %3").arg(d, q(toDecimalString(*capacity)), q(unit)),
                                              encodeUpdateCapacity(*device, *capacity, unit), "device-update"));
        }
        if (context.isSet(kRegion)) {
            const std::string region = context.value(kRegion).toStdString();
            plan.steps.push_back(registryStep(*registry, tr("Set the region of device %1 to \"%2\"").arg(d, q(region)),
                                              encodeUpdateRegion(*device, region), "device-update"));
        }
        if (context.isSet(kMetadata)) {
            const std::string uri = context.value(kMetadata).toStdString();
            plan.steps.push_back(registryStep(*registry, tr("Set the metadata URI of device %1 to %2").arg(d, q(uri)),
                                              encodeUpdateMetadata(*device, uri), "device-update"));
        }
        return flow->run(std::move(plan));
    }
};

class DeviceTransferCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(DeviceTransferCommand)
public:
    QStringList words() const override { return {QStringLiteral("device"), QStringLiteral("transfer")}; }
    QString summary() const override { return tr("Give a device (its ERC-721 token) to another account"); }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("DEVICE"), tr("The device's address."));
        parser.addPositionalArgument(QStringLiteral("TO"), tr("The new owner."));
        WriteFlow::addOptions(parser);
    }

    int run(CliContext& context) const override
    {
        if (context.positional().size() != 2)
            return context.fail(tr("device transfer takes DEVICE TO"), kExitUsage);
        auto device = addressArgument(context.positional().at(0));
        if (!device)
            return context.fail(device.error(), kExitUsage);
        auto to = addressArgument(context.positional().at(1));
        if (!to)
            return context.fail(to.error(), kExitUsage);
        if (*to == Address{})
            return context.fail(tr("TO must not be the zero address: the device would be lost"), kExitUsage);
        std::unique_ptr<WriteFlow> flow;
        if (auto code = WriteFlow::open(context, flow))
            return *code;
        auto registry = registryOf(*flow);
        if (!registry)
            return context.fail(registry.error());
        // The current owner (an eth_call; the simulation checks the rest).
        auto answer = flow->session().chain().call(CallRequest{flow->from(), *registry, 0, encodeOwnerOfDevice(*device)});
        if (!answer)
            return context.fail(answer.error());
        if (answer->size() != 32)
            return context.fail(tr("the registry's ownerOfDevice answer is not one 32-byte word"));
        Address owner;
        std::copy(answer->begin() + 12, answer->end(), owner.bytes.begin());
        if (owner == Address{})
            return context.fail(tr("device %1 is not registered or is retired: there is nothing to transfer").arg(addr(*device)));
        if (owner == *to)
            return context.fail(tr("device %1 already belongs to %2").arg(addr(*device), addr(*to)), kExitUsage);
        WritePlan plan;
        plan.title = tr("Transfer device %1 from %2 to %3").arg(addr(*device), addr(owner), addr(*to));
        plan.facts = QJsonObject{{QStringLiteral("owner"), addr(owner)}, {QStringLiteral("to"), addr(*to)}};
        plan.steps.push_back(registryStep(*registry, plan.title, encodeTransferDevice(owner, *to, *device), "device-transfer"));
        return flow->run(std::move(plan));
    }
};

class DeviceRetireCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(DeviceRetireCommand)
public:
    QStringList words() const override { return {QStringLiteral("device"), QStringLiteral("retire")}; }
    QString summary() const override { return tr("Retire a device for good (its token is burnt; it can never register again)"); }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("DEVICE"), tr("The device's address."));
        WriteFlow::addOptions(parser);
    }

    int run(CliContext& context) const override
    {
        if (context.positional().size() != 1)
            return context.fail(tr("device retire takes one DEVICE"), kExitUsage);
        auto device = addressArgument(context.positional().first());
        if (!device)
            return context.fail(device.error(), kExitUsage);
        std::unique_ptr<WriteFlow> flow;
        if (auto code = WriteFlow::open(context, flow))
            return *code;
        auto registry = registryOf(*flow);
        if (!registry)
            return context.fail(registry.error());
        WritePlan plan;
        plan.title = tr("Retire device %1 for good").arg(addr(*device));
        plan.notes << tr("Its token is burnt and it can never register again; stakes on it stay in Staking and can be unstaked.");
        plan.steps.push_back(registryStep(*registry, plan.title, encodeRetire(*device), "device-retire"));
        return flow->run(std::move(plan));
    }
};

} // namespace

PLINTH_CLI_COMMAND(DeviceUpdateCommand)
PLINTH_CLI_COMMAND(DeviceTransferCommand)
PLINTH_CLI_COMMAND(DeviceRetireCommand)

} // namespace plinth::cli
