// `simulate ID`: a proposal's actions run by eth_call from the timelock (the msg.sender the targets see
// when the governor executes), each on its own and then all in sequence as execute would run them
// (wallet/network/ActionSequence.h), with success or the decoded revert reason per action. Works for any
// state; what it shows is what a node says now, not proven (no proof covers an EVM execution).
#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "app/cli/GovernanceOutput.h"
#include "app/cli/GovernanceWrite.h"
#include "wallet/codec/Hex.h"
#include "wallet/network/ActionSequence.h"
#include "wallet/tx/CallSimulator.h"

#include <QJsonArray>
#include <QJsonObject>

namespace plinth::cli {
namespace {

struct ActionOutcome {
    bool success = false;
    QString reason; // the revert in words
};

struct SequenceOutcome {
    bool success = false;
    std::size_t failedAction = 0;
    QString reason;
};

// One action, as the timelock would call it.
Result<ActionOutcome> simulateAction(CallSimulator& simulator, const Address& timelock, const DecodedAction& a)
{
    auto sim = simulator.simulate(CallRequest{timelock, a.target, a.value, a.calldata});
    if (!sim)
        return sim.error();
    ActionOutcome out;
    out.success = sim->success;
    if (!sim->success)
        out.reason = qs(sim->revert->sentence);
    return out;
}

// Every action in order, from the timelock's address with its code replaced by the batch caller.
Result<SequenceOutcome> simulateSequence(ChainClient& chain, CallSimulator& simulator, const Address& timelock,
                                         const ProposalActions& actions)
{
    auto input = encodeActionSequence(actions);
    if (!input)
        return input.error();
    auto code = fromHex(kSequenceRuntime);
    if (!code)
        return code.error();
    auto outcome = chain.callOutcome(CallRequest{Address{}, timelock, 0, std::move(*input)}, "latest", {},
                                     CodeOverride{timelock, std::move(*code)});
    if (!outcome)
        return outcome.error();
    SequenceOutcome out;
    out.success = !outcome->reverted;
    if (out.success) {
        // The batch caller returns how many actions it ran: anything else means the node ran the real
        // timelock (it ignored the override), and nothing was simulated.
        auto ran = fromBigEndian(outcome->data);
        if (outcome->data.size() != 32 || !ran || *ran != actions.targets.size())
            return makeError(ErrorCode::Unsupported,
                             QCoreApplication::translate("cli", "the node (%1) did not run the actions in sequence: it seems to ignore eth_call's state override")
                                 .arg(qs(outcome->endpoint))
                                 .toStdString());
        return out;
    }
    if (auto failure = decodeSequenceFailure(outcome->revert.data, actions.targets.size())) {
        out.failedAction = failure->index;
        out.reason = qs(simulator.decoder().explain(failure->revertData, actions.targets[failure->index]).sentence);
    } else {
        // Not the batch caller's answer (out of gas in the caller itself, or a node that ignored the override).
        out.failedAction = 0;
        out.reason = QCoreApplication::translate("cli", "the node reverted the sequence without saying which action failed (%1)")
                         .arg(qs(outcome->revert.nodeMessage));
    }
    return out;
}

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

        bool allPassed = true;
        QJsonArray rows;
        QStringList lines;
        for (std::size_t i = 0; i < p.actions.targets.size(); ++i) {
            const DecodedAction a = decoder.decode(p.actions.targets[i], p.actions.values[i], p.actions.calldatas[i]);
            auto outcome = simulateAction(simulator, *timelock, a);
            if (!outcome)
                return context.fail(outcome.error());
            allPassed &= outcome->success;
            const QString target = a.targetName.empty() ? addressText(a.target) : qs(a.targetName);
            const QString name = a.function.empty() ? tr("%1 (undecoded call %2)").arg(target, qs(toHex(ByteView(a.calldata).first(std::min<std::size_t>(4, a.calldata.size())))))
                                                    : target + QLatin1Char('.') + qs(a.functionName);
            rows.append(QJsonObject{{QStringLiteral("index"), qint64(i)},
                                    {QStringLiteral("target"), addressText(a.target)},
                                    {QStringLiteral("targetName"), a.targetName.empty() ? QJsonValue() : QJsonValue(qs(a.targetName))},
                                    {QStringLiteral("function"), a.function.empty() ? QJsonValue() : QJsonValue(qs(a.function))},
                                    {QStringLiteral("success"), outcome->success},
                                    {QStringLiteral("revert"), outcome->success ? QJsonValue() : QJsonValue(outcome->reason)}});
            //: %1 the action's number, %2 contract.function, %3 "succeeds" or the revert reason
            lines << tr("  %1. %2: %3").arg(i + 1).arg(name, outcome->success ? tr("succeeds") : tr("reverts: %1").arg(outcome->reason));
        }

        QJsonObject sequenceJson;
        QString sequenceLine;
        std::optional<QString> skipped; // why the sequence was not simulated
        std::optional<SequenceOutcome> sequence;
        if (std::find(p.actions.targets.begin(), p.actions.targets.end(), *timelock) != p.actions.targets.end()) {
            // The replacement code would answer the timelock's own calls (updateDelay) instead of it.
            skipped = tr("an action calls the timelock itself");
        } else if (auto ran = simulateSequence(chain, simulator, *timelock, p.actions); ran) {
            sequence = std::move(*ran);
        } else if (ran.error().code == ErrorCode::Unsupported) {
            skipped = qs(ran.error().message);
        } else {
            return context.fail(ran.error());
        }
        if (skipped) {
            sequenceJson = QJsonObject{{QStringLiteral("success"), QJsonValue()}, {QStringLiteral("skipped"), *skipped}};
            //: %1 why
            sequenceLine = tr("In sequence: not simulated: %1.").arg(*skipped);
        } else {
            allPassed &= sequence->success;
            sequenceJson = QJsonObject{{QStringLiteral("success"), sequence->success},
                                       {QStringLiteral("failedAction"), sequence->success ? QJsonValue() : QJsonValue(qint64(sequence->failedAction))},
                                       {QStringLiteral("revert"), sequence->success ? QJsonValue() : QJsonValue(sequence->reason)}};
            sequenceLine = sequence->success ? tr("In sequence, as execute runs them: every action succeeds.")
                                             //: %1 the failing action's number, %2 the revert reason
                                             : tr("In sequence, as execute runs them: action %1 reverts: %2")
                                                   .arg(sequence->failedAction + 1).arg(sequence->reason);
        }
        bool touchesGovernor = false;
        for (const Address& target : p.actions.targets)
            touchesGovernor |= decoder.nameOf(target) == "governor";
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
