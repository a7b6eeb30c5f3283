// `propose`, `queue ID` and `execute ID`: the governor's propose, queue and execute, checked on verified
// data first (wallet/network/GovernancePreflight.h), every action decoded with old -> new in the preview,
// then confirmed, signed, sent and tracked by the shared write flow (GovernanceWrite.h). queue and
// execute take the actions and the description from the proposal's verified ProposalCreated event.
#include "app/cli/ChainSession.h"
#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "app/cli/GovernanceOutput.h"
#include "app/cli/GovernanceWrite.h"
#include "wallet/codec/Abi.h"
#include "wallet/network/GovernanceLoader.h"
#include "wallet/network/GovernancePreflight.h"
#include "wallet/network/ProposalTemplates.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace plinth::cli {
namespace {

const QString kSet = QStringLiteral("set");
const QString kTransfer = QStringLiteral("transfer");
const QString kAction = QStringLiteral("action");
const QString kCall = QStringLiteral("call");

// The actions decoded as a proposal made now would show them: old values as of the verified block.
Result<QJsonArray> decodedActions(ChainSession& s, const ProposalActions& actions, std::uint64_t asOfBlock)
{
    Proposal draft;
    draft.actions = actions;
    draft.createdBlock = asOfBlock;
    auto decoded = loadActions(s.store(), s.profile(), draft);
    if (!decoded)
        return decoded.error();
    QJsonArray out;
    for (DecodedAction& a : *decoded)
        out.append(actionJson(s, a));
    return out;
}

// The preview's lines for the actions, as `proposal show` prints them.
QStringList actionLines(const QJsonArray& actions)
{
    QString text;
    QTextStream out(&text);
    printActions(out, actions);
    out.flush();
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

Result<Address> contractAddress(const std::string& text) { return parseAddress(text); }

class ProposeCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ProposeCommand)
public:
    QStringList words() const override { return {QStringLiteral("propose")}; }
    QString summary() const override { return tr("Create a proposal from parameter changes, treasury transfers or raw actions"); }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addOption({kSet, tr("A parameter change, e.g. rewards.rewardRate=0.55, registry.minStake=1500, staking.unbondingPeriod=7d (repeatable)"),
                          QStringLiteral("CONTRACT.PARAMETER=VALUE")});
        parser.addOption({kTransfer, tr("A treasury transfer of the token, e.g. 0x9965…=150000 (repeatable)"), QStringLiteral("ADDRESS=AMOUNT")});
        parser.addOption({kAction, tr("A raw action: target (contract name or address), value in wei, calldata (repeatable)"),
                          QStringLiteral("\"TARGET VALUE CALLDATA\"")});
        parser.addOption({kCall, tr("An action by signature, arguments as a JSON array, e.g. \"staking setUnbondingPeriod(uint64) [604800]\" (repeatable)"),
                          QStringLiteral("\"TARGET SIGNATURE [ARGS]\"")});
        parser.addOption({QStringLiteral("description"), tr("The proposal's markdown description; its first line is the title"), QStringLiteral("TEXT")});
        parser.addOption({QStringLiteral("description-file"), tr("Read the markdown description from a file"), QStringLiteral("FILE")});
        WriteFlow::addOptions(parser);
        ChainSession::addOptions(parser);
    }

    int run(CliContext& context) const override
    {
        if (!context.positional().isEmpty())
            return context.fail(tr("propose takes no arguments: give the actions with --set, --transfer, --action or --call"), kExitUsage);
        auto description = descriptionOption(context);
        if (!description)
            return context.fail(description.error(), kExitUsage);
        auto selected = context.network();
        if (!selected)
            return context.fail(selected.error());
        auto actions = actionsOption(context, selected->profile);
        if (!actions)
            return context.fail(actions.error(), kExitUsage);
        std::unique_ptr<WriteFlow> flow;
        if (auto code = WriteFlow::open(context, flow))
            return *code;
        const Address* proposer = &flow->from();

        auto session = openGovernance(context);
        if (!session)
            return context.fail(session.error());
        ChainSession& s = *session->chain;
        const GovernanceView* view = &session->view;
        if (!view->proposalThreshold)
            return context.fail(tr("the verified cache has no ProposalThresholdSet event of the governor: its threshold is unknown"));
        auto check = proposerCheck(view->book, view->power, *proposer, *view->proposalThreshold, view->now, *actions,
                                   description->toStdString());
        if (!check)
            return context.fail(check.error());
        if (!check->enoughVotes) {
            const VotingPowerReport why = view->power.explain(*proposer, view->now);
            //: %1 the proposer, %2 its votes, %3 the threshold, %4 how many are missing
            QString message = tr("%1 has %2 of voting power; proposing needs %3 (the governor's proposal threshold): %4 missing")
                                  .arg(addressText(*proposer), s.tokenText(check->votes), s.tokenText(check->threshold), s.tokenText(check->missing));
            if (check->votes == 0 && why.balanceNow > 0 && !why.delegateNow)
                message += QStringLiteral("; ") + tr("its %1 are not delegated: run `plinth-cli delegate self` first").arg(s.tokenText(why.balanceNow));
            return context.fail(message + QStringLiteral("; ") + tr("nothing was sent"));
        }
        if (check->existing)
            //: %1 the proposal's title, %2 its id, %3 its state
            return context.fail(tr("the same proposal exists already: %1 (id %2, %3); change the description to propose it again; nothing was sent")
                                    .arg(qs(check->existing->title), decimalText(check->id), stateText(check->existing->state)));
        auto decoded = decodedActions(s, *actions, view->verifiedBlock);
        if (!decoded)
            return context.fail(decoded.error());
        auto data = encodePropose(*actions, description->toStdString());
        if (!data)
            return context.fail(data.error());
        auto governor = contractAddress(s.profile().contracts.governor);
        if (!governor)
            return context.fail(governor.error());

        //: %1 the proposal's title
        WritePlan write = governancePlan(tr("Propose \"%1\"").arg(qs(proposalTitle(description->toStdString()))),
                                         tr("The governor's propose"), *governor, std::move(*data), "propose");
        write.notes << tr("Proposal id: %1").arg(decimalText(check->id));
        write.notes << tr("Your votes: %1 (threshold %2)").arg(s.tokenText(check->votes), s.tokenText(check->threshold));
        write.notes << tr("Actions:") << actionLines(*decoded);
        write.facts = QJsonObject{{QStringLiteral("proposalId"), decimalText(check->id)},
                                 {QStringLiteral("votes"), s.tokenJson(check->votes)},
                                 {QStringLiteral("threshold"), s.tokenJson(check->threshold)},
                                 {QStringLiteral("actions"), *decoded}};
        return flow->run(std::move(write));
    }

private:
    static Result<QString> descriptionOption(CliContext& context)
    {
        const bool text = context.isSet(QStringLiteral("description"));
        const bool file = context.isSet(QStringLiteral("description-file"));
        if (text == file)
            return makeError(ErrorCode::InvalidArgument, tr("give the description with exactly one of --description and --description-file").toStdString());
        QString description = context.value(QStringLiteral("description"));
        if (file) {
            QFile f(context.value(QStringLiteral("description-file")));
            if (!f.open(QIODevice::ReadOnly))
                return makeError(ErrorCode::InvalidArgument,
                                 tr("cannot read the description file %1: %2").arg(f.fileName(), f.errorString()).toStdString());
            description = QString::fromUtf8(f.readAll());
        }
        if (description.trimmed().isEmpty())
            return makeError(ErrorCode::InvalidArgument, tr("the description is empty: its first line is the proposal's title").toStdString());
        return description;
    }

    // The actions in the order they were given, whichever options gave them.
    static Result<ProposalActions> actionsOption(CliContext& context, const NetworkProfile& profile)
    {
        const ProposalTemplates templates(profile.contracts, profile.token.decimals);
        ProposalActions actions;
        QMap<QString, qsizetype> used;
        for (const QString& name : context.parser().optionNames()) {
            if (name != kSet && name != kTransfer && name != kAction && name != kCall)
                continue;
            const QString value = context.parser().values(name).value(used[name]++);
            const std::string text = value.toStdString();
            auto action = name == kSet        ? templates.parameterChange(text)
                          : name == kTransfer ? templates.treasuryTransfer(text)
                          : name == kAction   ? templates.rawAction(text)
                                              : templates.callAction(text);
            if (!action)
                return makeError(ErrorCode::InvalidArgument, "--" + name.toStdString() + " " + text + ": " + action.error().message);
            appendAction(actions, *action);
        }
        if (actions.targets.empty())
            return makeError(ErrorCode::InvalidArgument,
                             tr("a proposal needs at least one action: --set, --transfer, --action or --call").toStdString());
        return actions;
    }
};

// queue and execute: the same call shape, different checks.
class TimelockStepCommand : public CliCommand {
public:
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("id"), QCoreApplication::translate("cli", "The proposal's id, or its number as in PIP-7"),
                                     QStringLiteral("ID"));
        WriteFlow::addOptions(parser);
        ChainSession::addOptions(parser);
    }

    int run(CliContext& context) const override
    {
        if (context.positional().size() != 1)
            return context.fail(QCoreApplication::translate("cli", "%1 takes one proposal id").arg(words().first()), kExitUsage);
        std::unique_ptr<WriteFlow> flow;
        if (auto code = WriteFlow::open(context, flow))
            return *code;
        const QString id = context.positional().first();
        auto session = openGovernance(context, &id);
        if (!session)
            return context.fail(session.error());
        const Proposal* p = session->proposal;
        if (auto refusal = refuse(*p, session->view.now); !refusal.isEmpty())
            return context.fail(refusal + QStringLiteral("; ") + QCoreApplication::translate("cli", "nothing was sent"));
        auto data = encode(p->actions, p->description);
        if (!data)
            return context.fail(data.error());
        auto governor = contractAddress(session->chain->profile().contracts.governor);
        if (!governor)
            return context.fail(governor.error());
        auto decoded = decodedActions(*session->chain, p->actions, p->createdBlock);
        if (!decoded)
            return context.fail(decoded.error());
        WritePlan write = governancePlan(summaryOf(*p), QCoreApplication::translate("cli", "The governor's %1").arg(words().first()), *governor,
                                         std::move(*data), words().first().toStdString());
        if (auto note = noteOf(*p, session->view); !note.isEmpty())
            write.notes << note;
        write.notes << QCoreApplication::translate("cli", "Actions:") << actionLines(*decoded);
        write.facts = QJsonObject{{QStringLiteral("proposal"), decimalText(p->id)},
                                 {QStringLiteral("state"), stateName(p->state)},
                                 {QStringLiteral("eta"), p->eta ? QJsonValue(qint64(*p->eta)) : QJsonValue()},
                                 {QStringLiteral("actions"), *decoded},
                                 {QStringLiteral("timelockDelay"), session->view.timelockDelay ? QJsonValue(decimalText(*session->view.timelockDelay))
                                                                                               : QJsonValue()}};
        return flow->run(std::move(write));
    }

protected:
    // Why the governor would refuse, in a sentence; empty when it would not.
    virtual QString refuse(const Proposal& p, std::uint64_t now) const = 0;
    virtual Result<Bytes> encode(const ProposalActions& actions, const std::string& description) const = 0;
    virtual QString summaryOf(const Proposal& p) const = 0;
    // A fact for the preview ("executable from ..."); empty when there is none to add.
    virtual QString noteOf(const Proposal& p, const GovernanceView& view) const
    {
        (void)p;
        (void)view;
        return {};
    }
};

class QueueCommand final : public TimelockStepCommand {
    Q_DECLARE_TR_FUNCTIONS(QueueCommand)
public:
    QStringList words() const override { return {QStringLiteral("queue")}; }
    QString summary() const override { return tr("Queue a succeeded proposal in the timelock"); }

protected:
    QString refuse(const Proposal& p, std::uint64_t) const override
    {
        if (preflightQueue(p).blocker == TimelockBlocker::None)
            return {};
        if (p.state == ProposalState::Active || p.state == ProposalState::Pending)
            //: %1 the title, %2 its state, %3 the end of voting
            return tr("%1 is %2: it can be queued once voting ends (%3) if it succeeded").arg(qs(p.title), stateText(p.state), dateText(p.deadline));
        return tr("%1 is %2: only a succeeded proposal can be queued").arg(qs(p.title), stateText(p.state));
    }
    Result<Bytes> encode(const ProposalActions& a, const std::string& d) const override { return encodeQueue(a, d); }
    QString summaryOf(const Proposal& p) const override { return tr("Queue %1 in the timelock").arg(qs(p.title)); }
    QString noteOf(const Proposal&, const GovernanceView& view) const override
    {
        if (!view.timelockDelay || *view.timelockDelay > UInt256(UINT32_MAX))
            return {};
        const auto delay = static_cast<std::uint64_t>(*view.timelockDelay);
        //: %1 how long the timelock waits, %2 the date from which execute can run
        return tr("The timelock's delay is %1: once queued, it can be executed from about %2.")
            .arg(GovernanceText::duration(delay), dateText(view.now + delay));
    }
};

class ExecuteCommand final : public TimelockStepCommand {
    Q_DECLARE_TR_FUNCTIONS(ExecuteCommand)
public:
    QStringList words() const override { return {QStringLiteral("execute")}; }
    QString summary() const override { return tr("Execute a queued proposal whose timelock delay has passed"); }

protected:
    QString refuse(const Proposal& p, std::uint64_t now) const override
    {
        const TimelockPreflight check = preflightExecute(p, now);
        switch (check.blocker) {
        case TimelockBlocker::None: return {};
        case TimelockBlocker::NotReady:
            //: %1 the title, %2 a date, %3 how long until then
            return tr("%1 is queued but not ready: the timelock lets it run from %2, in %3")
                .arg(qs(p.title), dateText(*check.eta), GovernanceText::duration(check.waitSeconds));
        case TimelockBlocker::NotQueued:
        case TimelockBlocker::NotSucceeded: break;
        }
        if (p.state == ProposalState::Succeeded)
            return tr("%1 succeeded but is not queued: run `plinth-cli queue` first").arg(qs(p.title));
        return tr("%1 is %2: only a queued proposal can be executed").arg(qs(p.title), stateText(p.state));
    }
    Result<Bytes> encode(const ProposalActions& a, const std::string& d) const override { return encodeExecute(a, d); }
    QString summaryOf(const Proposal& p) const override { return tr("Execute %1").arg(qs(p.title)); }
};

} // namespace

PLINTH_CLI_COMMAND(ProposeCommand)
PLINTH_CLI_COMMAND(QueueCommand)
PLINTH_CLI_COMMAND(ExecuteCommand)

} // namespace plinth::cli
