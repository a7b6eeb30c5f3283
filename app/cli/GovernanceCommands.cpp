// `proposals [--state S]` and `proposal show ID [--account A]`: the governor's proposals projected from
// verified events (wallet/network/ProposalBook.h): state, start and end, tallies against quorum, the
// markdown description, every action decoded (parameter changes old -> new), and before voting the
// account's voting power at the snapshot, why it is 0 when it is, and what its vote would change.
#include "app/cli/ChainSession.h"
#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "app/cli/GovernanceOutput.h"
#include "app/cli/PasswordInput.h"
#include "wallet/codec/Hex.h"
#include "wallet/network/GovernanceLoader.h"
#include "wallet/network/VoteImpact.h"

#include <QJsonArray>
#include <QJsonObject>

namespace plinth::cli {
namespace {

QJsonObject summaryJson(const Proposal& p, const ChainSession& s)
{
    return QJsonObject{{QStringLiteral("id"), decimalText(p.id)},
                       {QStringLiteral("title"), qs(p.title)},
                       {QStringLiteral("state"), stateName(p.state)},
                       {QStringLiteral("proposer"), addressText(p.proposer)},
                       {QStringLiteral("createdBlock"), qint64(p.createdBlock)},
                       {QStringLiteral("start"), qint64(p.snapshot)},
                       {QStringLiteral("startDate"), dateText(p.snapshot)},
                       {QStringLiteral("end"), qint64(p.deadline)},
                       {QStringLiteral("endDate"), dateText(p.deadline)},
                       {QStringLiteral("eta"), p.eta ? QJsonValue(qint64(*p.eta)) : QJsonValue()},
                       {QStringLiteral("for"), s.tokenJson(p.forVotes)},
                       {QStringLiteral("against"), s.tokenJson(p.againstVotes)},
                       {QStringLiteral("abstain"), s.tokenJson(p.abstainVotes)},
                       {QStringLiteral("quorum"), s.tokenJson(p.quorum)},
                       {QStringLiteral("quorumPercent"), decimalText(p.quorumNumerator)},
                       {QStringLiteral("quorumReached"), quorumReached(p.facts())},
                       // Before the snapshot the supply (and so the quorum) can still change.
                       {QStringLiteral("quorumFinal"), p.snapshot < s.verifiedTime()}};
}

class ProposalsCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ProposalsCommand)
public:
    QStringList words() const override { return {QStringLiteral("proposals")}; }
    QString summary() const override { return tr("List the governor's proposals with their state and votes, from verified events"); }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addOption({QStringLiteral("state"),
                          tr("Only proposals in this state: pending, active, canceled, defeated, succeeded, queued, expired, executed"),
                          QStringLiteral("STATE")});
        ChainSession::addOptions(parser);
    }

    int run(CliContext& context) const override
    {
        if (!context.positional().isEmpty())
            return context.fail(tr("proposals takes no arguments"), kExitUsage);
        std::optional<ProposalState> only;
        if (context.isSet(QStringLiteral("state"))) {
            only = parseProposalState(context.value(QStringLiteral("state")).toLower().toStdString());
            if (!only)
                return context.fail(tr("unknown state %1").arg(context.value(QStringLiteral("state"))), kExitUsage);
        }
        auto session = ChainSession::open(context);
        if (!session)
            return context.fail(session.error());
        auto view = loadGovernance((*session)->store(), (*session)->profile());
        if (!view)
            return context.fail(view.error());
        const ChainSession& s = **session;
        QJsonArray rows;
        QTextStream& out = context.out();
        if (!context.json())
            out << tr("Verified at block %1 (%2)").arg(view->verifiedBlock).arg(dateText(view->now)) << '\n';
        for (const Proposal& p : view->book.proposals()) {
            if (only && p.state != *only)
                continue;
            rows.append(summaryJson(p, s));
            if (!context.json())
                //: %1 the title, %2 the state, %3-%5 votes for, against, abstain, %6 the quorum, %7 start, %8 end
                out << tr("%1 [%2]\n  for %3, against %4, abstain %5 (quorum %6); voting %7 to %8\n  id %9")
                           .arg(qs(p.title), stateText(p.state), s.tokenText(p.forVotes), s.tokenText(p.againstVotes),
                                s.tokenText(p.abstainVotes), s.tokenText(p.quorum), dateText(p.snapshot), dateText(p.deadline),
                                decimalText(p.id))
                    << '\n';
        }
        if (context.json())
            context.printJson(QJsonObject{{QStringLiteral("verifiedBlock"), qint64(view->verifiedBlock)},
                                          {QStringLiteral("now"), qint64(view->now)},
                                          {QStringLiteral("proposals"), rows}});
        out.flush();
        return kExitOk;
    }
};

class ProposalShowCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ProposalShowCommand)
public:
    QStringList words() const override { return {QStringLiteral("proposal"), QStringLiteral("show")}; }
    QString summary() const override { return tr("Show a proposal: description, decoded actions, votes, and your voting power"); }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("id"), tr("The proposal's id, or its number as in PIP-7"), QStringLiteral("ID"));
        parser.addOption({QStringLiteral("account"), tr("Whose voting power to show (default: the wallet's first account)"),
                          QStringLiteral("ADDRESS")});
        ChainSession::addOptions(parser);
    }

    int run(CliContext& context) const override
    {
        if (context.positional().size() != 1)
            return context.fail(tr("proposal show takes one proposal id"), kExitUsage);
        std::optional<Address> account;
        if (context.isSet(QStringLiteral("account"))) {
            auto parsed = addressOption(context, QStringLiteral("account"));
            if (!parsed)
                return context.fail(parsed.error(), kExitUsage);
            account = *parsed;
        } else if (auto first = firstAccount(context)) {
            account = *first; // none without a wallet: the proposal is shown without voting power
        }
        auto session = ChainSession::open(context);
        if (!session)
            return context.fail(session.error());
        auto view = loadGovernance((*session)->store(), (*session)->profile());
        if (!view)
            return context.fail(view.error());
        const Proposal* p = findProposal(view->book, context.positional().first());
        if (!p)
            return context.fail(tr("no proposal %1 in the verified cache").arg(context.positional().first()));
        auto actions = loadActions((*session)->store(), (*session)->profile(), *p);
        if (!actions)
            return context.fail(actions.error());
        ChainSession& s = **session;

        QJsonObject o = summaryJson(*p, s);
        o.insert(QStringLiteral("verifiedBlock"), qint64(view->verifiedBlock));
        o.insert(QStringLiteral("now"), qint64(view->now));
        o.insert(QStringLiteral("description"), qs(p->description));
        QJsonArray actionRows;
        for (DecodedAction& a : *actions)
            actionRows.append(actionJson(s, a));
        o.insert(QStringLiteral("actions"), actionRows);
        QJsonArray votes;
        for (const ProposalVote& v : p->votes)
            votes.append(QJsonObject{{QStringLiteral("voter"), addressText(v.voter)},
                                     {QStringLiteral("support"), supportName(v.support)},
                                     {QStringLiteral("weight"), s.tokenJson(v.weight)},
                                     {QStringLiteral("reason"), qs(v.reason)},
                                     {QStringLiteral("block"), qint64(v.blockNumber)}});
        o.insert(QStringLiteral("votes"), votes);
        std::optional<VoteImpact> impact;
        if (account) {
            impact = assessVote(*p, view->power, *account);
            const auto choice = [](const ChoiceImpact& c) {
                return QJsonObject{{QStringLiteral("reachesQuorum"), c.reachesQuorum}, {QStringLiteral("changesOutcome"), c.changesOutcome}};
            };
            o.insert(QStringLiteral("account"),
                     QJsonObject{{QStringLiteral("address"), addressText(*account)},
                                 {QStringLiteral("votingPower"), s.tokenJson(impact->power.votes)},
                                 {QStringLiteral("snapshot"), qint64(p->snapshot)},
                                 // Before the snapshot, the power shown is the power now: it can still change.
                                 {QStringLiteral("snapshotPassed"), p->snapshot < view->now},
                                 {QStringLiteral("zeroReason"), impact->power.votes > 0 ? QJsonValue() : QJsonValue(reasonCode(impact->power.reason))},
                                 {QStringLiteral("zeroReasonText"), impact->power.votes > 0 ? QJsonValue() : QJsonValue(GovernanceText::reason(impact->power.reason))},
                                 {QStringLiteral("hasVoted"), impact->existingVote.has_value()},
                                 {QStringLiteral("vote"), impact->existingVote ? QJsonValue(supportName(impact->existingVote->support)) : QJsonValue()},
                                 {QStringLiteral("canVote"), impact->canVote},
                                 {QStringLiteral("quorumReachedNow"), impact->quorumReachedNow},
                                 {QStringLiteral("passingNow"), impact->passingNow},
                                 {QStringLiteral("ifFor"), choice(impact->forChoice)},
                                 {QStringLiteral("ifAgainst"), choice(impact->againstChoice)},
                                 {QStringLiteral("ifAbstain"), choice(impact->abstainChoice)}});
        }
        if (!account)
            o.insert(QStringLiteral("account"), QJsonValue());
        if (context.json()) {
            context.printJson(o);
            return kExitOk;
        }
        if (!account)
            context.err() << tr("No account to show voting power for: pass --account or add one to the wallet.") << '\n';
        printText(context.out(), s, *p, o, impact);
        return kExitOk;
    }

private:
    static void printText(QTextStream& out, const ChainSession& s, const Proposal& p, const QJsonObject& o,
                          const std::optional<VoteImpact>& impact)
    {
        out << qs(p.title) << '\n' << tr("State: %1").arg(stateText(p.state)) << '\n';
        out << tr("Voting: %1 to %2").arg(dateText(p.snapshot), dateText(p.deadline)) << '\n';
        out << tr("For %1, against %2, abstain %3; quorum %4 (%5% of the supply at the snapshot)")
                   .arg(s.tokenText(p.forVotes), s.tokenText(p.againstVotes), s.tokenText(p.abstainVotes), s.tokenText(p.quorum),
                        decimalText(p.quorumNumerator))
            << "\n\n" << tr("Actions:") << '\n';
        printActions(out, o.value(QStringLiteral("actions")).toArray());
        out << '\n' << tr("Votes:") << '\n';
        for (const ProposalVote& v : p.votes)
            out << "  " << addressText(v.voter) << ' ' << supportText(v.support) << ' ' << s.tokenText(v.weight)
                << (v.reason.empty() ? QString() : QStringLiteral(": ") + qs(v.reason)) << '\n';
        if (impact) {
            if (p.snapshot >= s.verifiedTime())
                out << '\n' << tr("Your voting power now (the snapshot, %1, is still ahead): %2")
                                    .arg(dateText(p.snapshot), s.tokenText(impact->power.votes));
            else
                out << '\n' << tr("Your voting power at the snapshot: %1").arg(s.tokenText(impact->power.votes));
            if (impact->power.votes == 0)
                out << " (" << GovernanceText::reason(impact->power.reason) << ')';
            out << '\n';
            if (impact->existingVote)
                out << tr("You voted %1.").arg(supportText(impact->existingVote->support)) << '\n';
            else if (impact->canVote) {
                if (impact->forChoice.reachesQuorum)
                    out << tr("Voting for (or abstaining) would bring the proposal to quorum.") << '\n';
                if (impact->forChoice.changesOutcome || impact->againstChoice.changesOutcome)
                    out << tr("Your vote would change the outcome as it stands.") << '\n';
                else
                    out << tr("Your vote would not change the outcome as it stands.") << '\n';
            }
        }
        out << '\n' << qs(p.description) << '\n';
        out.flush();
    }
};

} // namespace

PLINTH_CLI_COMMAND(ProposalsCommand)
PLINTH_CLI_COMMAND(ProposalShowCommand)

} // namespace plinth::cli
