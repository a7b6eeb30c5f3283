// `simulate ID`: a proposal's actions run by eth_call from the timelock (the msg.sender the targets see
// when the governor executes), each on its own and then all in sequence as execute would run them
// (wallet/network/ActionSequence.h), with success or the decoded revert reason per action. Works for any
// state; what it shows is what a node says now, not proven (no proof covers an EVM execution).
#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "app/cli/GovernanceOutput.h"
#include "app/cli/GovernanceWrite.h"
#include "wallet/codec/Hex.h"
#include "wallet/tx/CallSimulator.h"
#include "wallet/tx/ProposalSimulation.h"

#include <QJsonArray>
#include <QJsonObject>

namespace plinth::cli {
namespace {

class SimulateCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(SimulateCommand)
public:
    QStringList words() const override { return {QStringLiteral("simulate")}; }
    QString summary() const override { return tr("Run a proposal's actions by eth_call from the timelock and show what each would do (unverified)"); }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("id"), tr("The proposal's id, or its number as in PIP-7"), QStringLiteral("ID"));
        ChainSession::addOptions(parser);
    }

    int run(CliContext& context) const override
    {
        if (context.positional().size() != 1)
            return context.fail(tr("simulate takes one proposal id"), kExitUsage);
        const QString id = context.positional().first();
        auto session = openGovernance(context, &id);
        if (!session)
            return context.fail(session.error());
        ChainSession& s = *session->chain;
        const Proposal& p = *session->proposal;
        auto timelock = parseAddress(s.profile().contracts.timelock);
        if (!timelock)
            return context.fail(timelock.error());
        ChainClient chain(s.pool());
        CallSimulator simulator(chain, s.profile());
        const ActionDecoder decoder(s.profile().contracts);

        auto simulated = simulateProposal(chain, simulator, decoder, *timelock, p.actions);
        if (!simulated)
            return context.fail(simulated.error());
        const ProposalSimulation& sim = *simulated;

        QJsonArray rows;
        QStringList lines;
        for (std::size_t i = 0; i < sim.actions.size(); ++i) {
            const DecodedAction& a = sim.actions[i].action;
            const bool success = sim.actions[i].success;
            const QString reason = qs(sim.actions[i].revert);
            const QString target = a.targetName.empty() ? addressText(a.target) : qs(a.targetName);
            const QString name = a.function.empty() ? tr("%1 (undecoded call %2)").arg(target, qs(toHex(ByteView(a.calldata).first(std::min<std::size_t>(4, a.calldata.size())))))
                                                    : target + QLatin1Char('.') + qs(a.functionName);
            rows.append(QJsonObject{{QStringLiteral("index"), qint64(i)},
                                    {QStringLiteral("target"), addressText(a.target)},
                                    {QStringLiteral("targetName"), a.targetName.empty() ? QJsonValue() : QJsonValue(qs(a.targetName))},
                                    {QStringLiteral("function"), a.function.empty() ? QJsonValue() : QJsonValue(qs(a.function))},
                                    {QStringLiteral("success"), success},
                                    {QStringLiteral("revert"), success ? QJsonValue() : QJsonValue(reason)}});
            //: %1 the action's number, %2 contract.function, %3 "succeeds" or the revert reason
            lines << tr("  %1. %2: %3").arg(i + 1).arg(name, success ? tr("succeeds") : tr("reverts: %1").arg(reason));
        }

        QJsonObject sequenceJson;
        QString sequenceLine;
        if (sim.sequenceSkipped) {
            const QString skipped = qs(*sim.sequenceSkipped);
            sequenceJson = QJsonObject{{QStringLiteral("success"), QJsonValue()}, {QStringLiteral("skipped"), skipped}};
            //: %1 why
            sequenceLine = tr("In sequence: not simulated: %1.").arg(skipped);
        } else {
            sequenceJson = QJsonObject{{QStringLiteral("success"), sim.sequenceSuccess},
                                       {QStringLiteral("failedAction"), sim.sequenceSuccess ? QJsonValue() : QJsonValue(qint64(sim.failedAction))},
                                       {QStringLiteral("revert"), sim.sequenceSuccess ? QJsonValue() : QJsonValue(qs(sim.sequenceRevert))}};
            //: %1 the failing action's number, %2 the revert reason
            const QString failed = tr("In sequence, as execute runs them: action %1 reverts: %2")
                                       .arg(sim.failedAction + 1).arg(qs(sim.sequenceRevert));
            sequenceLine = sim.sequenceSuccess ? tr("In sequence, as execute runs them: every action succeeds.") : failed;
        }
        const bool touchesGovernor = sim.touchesGovernor;
        const bool allPassed = sim.allPassed();
        if (context.json()) {
            context.printJson(QJsonObject{{QStringLiteral("proposal"), decimalText(p.id)},
                                          {QStringLiteral("title"), qs(p.title)},
                                          {QStringLiteral("state"), stateName(p.state)},
                                          {QStringLiteral("from"), addressText(*timelock)},
                                          {QStringLiteral("verified"), false},
                                          {QStringLiteral("actions"), rows},
                                          {QStringLiteral("sequence"), sequenceJson},
                                          {QStringLiteral("governorSetterCaveat"), touchesGovernor}});
        } else {
            QTextStream& out = context.out();
            out << tr("%1 [%2]").arg(qs(p.title), stateText(p.state)) << '\n';
            out << tr("Simulated with eth_call from the timelock %1 on the node's latest state: unverified, no proof covers an execution.")
                       .arg(addressText(*timelock))
                << '\n';
            for (const QString& line : lines)
                out << line << '\n';
            out << sequenceLine << '\n';
            if (touchesGovernor)
                out << tr("Note: the governor's own settings accept a call only from inside its execute, so a governor action reverts here even when it would succeed.")
                    << '\n';
            out.flush();
        }
        if (!allPassed)
            return context.fail(tr("an action of %1 would revert if executed now").arg(qs(p.title)));
        return kExitOk;
    }
};

} // namespace

PLINTH_CLI_COMMAND(SimulateCommand)

} // namespace plinth::cli
