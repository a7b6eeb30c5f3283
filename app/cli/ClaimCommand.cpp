// `claim [--to ADDRESS]`: Rewards.claim(to) through the write flow (WriteFlow.h). The preview states the
// claimable amount, the accrued balance proven the way `ledger` proves it (synced, then eth_getProof of
// Rewards.accrued(owner) against the verified head); nothing to claim is refused before any transaction.
#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "app/cli/PasswordInput.h"
#include "app/cli/ProvenClaimable.h"
#include "app/cli/WriteFlow.h"
#include "wallet/network/CallEncoders.h"
#include "wallet/tx/Amount.h"

namespace plinth::cli {
namespace {

QString q(const std::string& text) { return QString::fromStdString(text); }

class ClaimCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ClaimCommand)
public:
    QStringList words() const override { return {QStringLiteral("claim")}; }
    QString summary() const override { return tr("Claim your accrued rewards, to yourself or to --to ADDRESS"); }
    void addOptions(QCommandLineParser& parser) const override
    {
        WriteFlow::addOptions(parser);
        parser.addOption({QStringLiteral("to"), tr("Where the rewards go (default: the claiming account)."), tr("address")});
    }

    int run(CliContext& context) const override
    {
        if (!context.positional().isEmpty())
            return context.fail(tr("claim takes no arguments"), kExitUsage);
        std::unique_ptr<WriteFlow> flow;
        if (auto code = WriteFlow::open(context, flow))
            return *code;
        Address to = flow->from();
        if (context.isSet(QStringLiteral("to"))) {
            auto parsed = addressArgument(context.value(QStringLiteral("to")));
            if (!parsed)
                return context.fail(parsed.error(), kExitUsage);
            if (*parsed == Address{})
                return context.fail(tr("--to must not be the zero address: the rewards would be lost"), kExitUsage);
            to = *parsed;
        }
        const NetworkProfile& profile = flow->session().profile();
        auto rewards = parseAddress(profile.contracts.rewards);
        if (!rewards)
            return context.fail(tr("the network profile has no valid rewards contract"));
        auto claimable = syncAndProveClaimable(context, flow->from());
        if (!claimable)
            return context.fail(claimable.error());
        const QString amount = q(formatAmount(claimable->value, profile.token.decimals, profile.token.symbol));
        const QString who = q(toChecksumAddress(flow->from()));
        if (claimable->value == 0)
            return context.fail(tr("%1 has nothing to claim: its accrued rewards are 0 (proven at block %2)")
                                    .arg(who)
                                    .arg(claimable->blockNumber));
        WritePlan plan;
        plan.title = tr("Claim the rewards of %1").arg(who);
        plan.notes << tr("Claimable: %1 (proven at block %2)").arg(amount).arg(claimable->blockNumber);
        plan.facts = QJsonObject{{QStringLiteral("claimable"), q(toDecimalString(claimable->value))},
                                 {QStringLiteral("claimableText"), amount},
                                 {QStringLiteral("provenBlock"), qint64(claimable->blockNumber)},
                                 {QStringLiteral("to"), q(toChecksumAddress(to))}};
        WriteStep step;
        //: %1 the amount with its symbol, %2 the recipient's address
        step.description = tr("Claim %1 of rewards to %2").arg(amount, q(toChecksumAddress(to)));
        step.call.to = *rewards;
        step.call.data = encodeClaim(to);
        step.call.kind = "claim";
        plan.steps.push_back(std::move(step));
        return flow->run(std::move(plan));
    }
};

} // namespace

PLINTH_CLI_COMMAND(ClaimCommand)

} // namespace plinth::cli
