// `stake DEVICE AMOUNT`, `delegate-stake DEVICE AMOUNT`, `unstake DEVICE AMOUNT`, `withdraw ID`: Staking's
// writes on the write flow (WriteFlow.h). Amounts are in tokens with decimals, as `send --token` takes
// them. stake and delegate-stake move tokens with transferFrom: when the allowance is too small the plan
// approves exactly the amount first. A withdraw before the release time stops at the simulation, whose
// reason (StillUnbonding) gives the release time as a UTC date.
#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "app/cli/PasswordInput.h"
#include "app/cli/WriteFlow.h"
#include "wallet/codec/Abi.h"
#include "wallet/network/CallEncoders.h"
#include "wallet/tx/Amount.h"

namespace plinth::cli {
namespace {

QString q(const std::string& text) { return QString::fromStdString(text); }

struct DeviceAmount {
    Address device;
    UInt256 amount = 0;
};

// DEVICE AMOUNT, the amount in the profile's token; exit code on a usage error.
std::optional<int> deviceAmount(CliContext& context, const NetworkProfile& profile, const QString& verb, DeviceAmount& out)
{
    const QStringList args = context.positional();
    if (args.size() != 2)
        return context.fail(QCoreApplication::translate("cli", "%1 takes DEVICE AMOUNT").arg(verb), kExitUsage);
    auto device = addressArgument(args.at(0));
    if (!device)
        return context.fail(device.error(), kExitUsage);
    auto amount = parseAmount(args.at(1).toStdString(), profile.token.decimals, profile.token.symbol);
    if (!amount)
        return context.fail(amount.error(), kExitUsage);
    if (*amount == 0)
        return context.fail(QCoreApplication::translate("cli", "the amount must be more than 0"), kExitUsage);
    out = {*device, *amount};
    return std::nullopt;
}

void addDeviceAmountArguments(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("DEVICE"), QCoreApplication::translate("cli", "The device's address."));
    parser.addPositionalArgument(QStringLiteral("AMOUNT"), QCoreApplication::translate("cli", "How many tokens (e.g. 500 or 12.5)."));
}

// stake and delegate-stake: the tokens go to Staking with transferFrom, after an approval when needed.
class StakeTokensCommand : public CliCommand {
public:
    void addOptions(QCommandLineParser& parser) const override
    {
        addDeviceAmountArguments(parser);
        WriteFlow::addOptions(parser);
    }

    int run(CliContext& context) const override
    {
        std::unique_ptr<WriteFlow> flow;
        if (auto code = WriteFlow::open(context, flow))
            return *code;
        const NetworkProfile& profile = flow->session().profile();
        DeviceAmount a;
        if (auto code = deviceAmount(context, profile, words().first(), a))
            return *code;
        auto staking = parseAddress(profile.contracts.staking);
        if (!staking)
            return context.fail(QCoreApplication::translate("cli", "the network profile has no valid staking contract"));
        const QString amount = q(formatAmount(a.amount, profile.token.decimals, profile.token.symbol));
        // Checked here so that no approval is sent for tokens the account does not have.
        auto balance = flow->session().builder().tokenBalance(flow->from());
        if (!balance)
            return context.fail(balance.error());
        if (*balance < a.amount)
            return context.fail(QCoreApplication::translate("cli", "%1 has %2, less than the %3 to stake; nothing was sent")
                                    .arg(q(toChecksumAddress(flow->from())),
                                         q(formatAmount(*balance, profile.token.decimals, profile.token.symbol)), amount));
        auto approval = flow->needsAllowance(*staking, a.amount);
        if (!approval)
            return context.fail(approval.error());
        WritePlan plan;
        WriteStep step;
        step.description = description(amount, q(toChecksumAddress(a.device)));
        plan.title = step.description;
        step.call.to = *staking;
        step.call.data = encode(a);
        step.call.kind = words().first().toStdString();
        if (*approval) {
            plan.steps.push_back(std::move(**approval));
            step.afterPrevious = true;
        }
        plan.steps.push_back(std::move(step));
        plan.facts = QJsonObject{{QStringLiteral("device"), q(toChecksumAddress(a.device))},
                                 {QStringLiteral("amount"), q(toDecimalString(a.amount))},
                                 {QStringLiteral("approvalNeeded"), approval->has_value()}};
        return flow->run(std::move(plan));
    }

protected:
    virtual QString description(const QString& amount, const QString& device) const = 0;
    virtual Bytes encode(const DeviceAmount& a) const = 0;
};

class StakeCommand final : public StakeTokensCommand {
    Q_DECLARE_TR_FUNCTIONS(StakeCommand)
public:
    QStringList words() const override { return {QStringLiteral("stake")}; }
    QString summary() const override { return tr("Stake tokens on a device you own (approves them first when needed)"); }

protected:
    QString description(const QString& amount, const QString& device) const override
    {
        return tr("Stake %1 on your device %2").arg(amount, device);
    }
    Bytes encode(const DeviceAmount& a) const override { return encodeStake(a.device, a.amount); }
};

class DelegateStakeCommand final : public StakeTokensCommand {
    Q_DECLARE_TR_FUNCTIONS(DelegateStakeCommand)
public:
    QStringList words() const override { return {QStringLiteral("delegate-stake")}; }
    QString summary() const override { return tr("Delegate stake to any active device (approves the tokens first when needed)"); }

protected:
    QString description(const QString& amount, const QString& device) const override
    {
        return tr("Delegate %1 of stake to device %2").arg(amount, device);
    }
    Bytes encode(const DeviceAmount& a) const override { return encodeDelegateStake(a.device, a.amount); }
};

class UnstakeCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(UnstakeCommand)
public:
    QStringList words() const override { return {QStringLiteral("unstake")}; }
    QString summary() const override { return tr("Start unbonding stake from a device (withdraw it after the unbonding period)"); }
    void addOptions(QCommandLineParser& parser) const override
    {
        addDeviceAmountArguments(parser);
        WriteFlow::addOptions(parser);
    }

    int run(CliContext& context) const override
    {
        std::unique_ptr<WriteFlow> flow;
        if (auto code = WriteFlow::open(context, flow))
            return *code;
        const NetworkProfile& profile = flow->session().profile();
        DeviceAmount a;
        if (auto code = deviceAmount(context, profile, words().first(), a))
            return *code;
        auto staking = parseAddress(profile.contracts.staking);
        if (!staking)
            return context.fail(tr("the network profile has no valid staking contract"));
        WritePlan plan;
        WriteStep step;
        //: %1 amount with symbol, %2 device address
        step.description = tr("Unstake %1 from device %2: it unbonds, then `withdraw` pays it out")
                               .arg(q(formatAmount(a.amount, profile.token.decimals, profile.token.symbol)), q(toChecksumAddress(a.device)));
        plan.title = step.description;
        step.call.to = *staking;
        step.call.data = encodeUnstake(a.device, a.amount);
        step.call.kind = "unstake";
        plan.steps.push_back(std::move(step));
        // When it can be withdrawn: the contract's unbondingPeriod() (a view call, not proven).
        const auto selector = functionSelector("unbondingPeriod()");
        if (auto answer = flow->session().chain().call(CallRequest{flow->from(), *staking, 0, Bytes(selector->begin(), selector->end())});
            answer && answer->size() == 32) {
            const UInt256 seconds = *fromBigEndian(*answer);
            plan.notes << (seconds % 86400 == 0 && seconds > 0
                               ? tr("Unbonding period: %n day(s) (read with eth_call, unverified)", nullptr, int(seconds / 86400))
                               : tr("Unbonding period: %1 s (read with eth_call, unverified)").arg(q(toDecimalString(seconds))));
            plan.facts.insert(QStringLiteral("unbondingPeriod"), q(toDecimalString(seconds)));
        }
        return flow->run(std::move(plan));
    }
};

class WithdrawCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(WithdrawCommand)
public:
    QStringList words() const override { return {QStringLiteral("withdraw")}; }
    QString summary() const override { return tr("Withdraw an unbonding entry whose release time has passed"); }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("ID"), tr("The unbonding id (see `plinth-cli stakes`)."));
        WriteFlow::addOptions(parser);
    }

    int run(CliContext& context) const override
    {
        if (context.positional().size() != 1)
            return context.fail(tr("withdraw takes one unbonding ID"), kExitUsage);
        auto id = parseUInt256(context.positional().first().trimmed().toStdString());
        if (!id || *id == 0)
            return context.fail(tr("ID must be an unbonding id: a whole number from 1"), kExitUsage);
        std::unique_ptr<WriteFlow> flow;
        if (auto code = WriteFlow::open(context, flow))
            return *code;
        auto staking = parseAddress(flow->session().profile().contracts.staking);
        if (!staking)
            return context.fail(tr("the network profile has no valid staking contract"));
        WritePlan plan;
        WriteStep step;
        step.description = tr("Withdraw the unbonded stake of unbonding %1").arg(q(toDecimalString(*id)));
        plan.title = step.description;
        step.call.to = *staking;
        step.call.data = encodeWithdraw(*id);
        step.call.kind = "withdraw";
        plan.steps.push_back(std::move(step));
        return flow->run(std::move(plan));
    }
};

} // namespace

PLINTH_CLI_COMMAND(StakeCommand)
PLINTH_CLI_COMMAND(DelegateStakeCommand)
PLINTH_CLI_COMMAND(UnstakeCommand)
PLINTH_CLI_COMMAND(WithdrawCommand)

} // namespace plinth::cli
