// `vote ID for|against|abstain [--reason R]` and `delegate ADDRESS|self`: the governor's castVote and the
// token's ERC20Votes delegation, checked on verified data first (wallet/network/GovernancePreflight.h),
// then previewed, confirmed, signed, sent and tracked by the shared write flow (GovernanceWrite.h).
#include "app/cli/ChainSession.h"
#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "app/cli/GovernanceOutput.h"
#include "app/cli/GovernanceWrite.h"
#include "app/cli/PasswordInput.h"
#include "wallet/network/GovernanceLoader.h"
#include "wallet/network/GovernancePreflight.h"

#include <QJsonObject>

namespace plinth::cli {
namespace {

std::optional<VoteSupport> parseSupport(const QString& text)
{
    const QString t = text.toLower();
    if (t == QStringLiteral("for"))
        return VoteSupport::For;
    if (t == QStringLiteral("against"))
        return VoteSupport::Against;
    if (t == QStringLiteral("abstain"))
        return VoteSupport::Abstain;
    return std::nullopt;
}

const ChoiceImpact& choiceOf(const VoteImpact& impact, VoteSupport s)
{
    return s == VoteSupport::For ? impact.forChoice : s == VoteSupport::Against ? impact.againstChoice : impact.abstainChoice;
}

class VoteCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(VoteCommand)
public:
    QStringList words() const override { return {QStringLiteral("vote")}; }
    QString summary() const override { return tr("Vote for, against or abstain on an active proposal"); }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("id"), tr("The proposal's id, or its number as in PIP-7"), QStringLiteral("ID"));
        parser.addPositionalArgument(QStringLiteral("support"), tr("for, against or abstain"), QStringLiteral("for|against|abstain"));
        parser.addOption({QStringLiteral("reason"), tr("A reason, recorded on chain with the vote (castVoteWithReason)"), QStringLiteral("TEXT")});
        WriteFlow::addOptions(parser);
        ChainSession::addOptions(parser);
    }

    int run(CliContext& context) const override
    {
        if (context.positional().size() != 2)
            return context.fail(tr("vote takes a proposal id and for, against or abstain"), kExitUsage);
        const auto support = parseSupport(context.positional().at(1));
        if (!support)
            return context.fail(tr("\"%1\" is not a vote: use for, against or abstain").arg(context.positional().at(1)), kExitUsage);
        std::unique_ptr<WriteFlow> flow;
        if (auto code = WriteFlow::open(context, flow))
            return *code;
        const Address* voter = &flow->from();
        const QString id = context.positional().first();
        auto session = openGovernance(context, &id);
        if (!session)
            return context.fail(session.error());
        ChainSession& s = *session->chain;
        const GovernanceView* view = &session->view;
        const Proposal* p = session->proposal;

        const VotePreflight check = preflightVote(*p, view->power, *voter);
        const VoteImpact& impact = check.impact;
        switch (check.blocker) {
        case VoteBlocker::NotActive:
            if (p->state == ProposalState::Pending)
                //: %1 the proposal's title, %2 a date, %3 how long until then
                return context.fail(tr("%1 is pending: voting opens at %2 (in %3); nothing was sent")
                                        .arg(qs(p->title), dateText(p->snapshot), GovernanceText::duration(p->snapshot - view->now)));
            //: %1 the proposal's title, %2 its state, %3 a date
            return context.fail(tr("%1 is %2, not active: voting closed at %3; nothing was sent")
                                    .arg(qs(p->title), stateText(p->state), dateText(p->deadline)));
        case VoteBlocker::AlreadyVoted:
            //: %1 the voter, %2 for/against/abstain, %3 the proposal's title, %4 a block number
            return context.fail(tr("%1 already voted %2 on %3 (block %4); the governor counts one vote per account; nothing was sent")
                                    .arg(addressText(*voter), supportText(impact.existingVote->support), qs(p->title))
                                    .arg(impact.existingVote->blockNumber));
        case VoteBlocker::NoVotingPower:
            //: %1 the voter, %2 the proposal's title, %3 the snapshot's date, %4 why
            return context.fail(tr("%1 has no voting power on %2 (snapshot %3): %4; nothing was sent")
                                    .arg(addressText(*voter), qs(p->title), dateText(p->snapshot), GovernanceText::reason(impact.power.reason)));
        case VoteBlocker::None: break;
        }

        const QString reason = context.value(QStringLiteral("reason"));
        auto governor = parseAddress(s.profile().contracts.governor);
        if (!governor)
            return context.fail(governor.error());
        WritePlan write = governancePlan(
            //: %1 for/against/abstain, %2 the proposal's title
            tr("Vote %1 on %2").arg(supportText(*support), qs(p->title)),
            context.isSet(QStringLiteral("reason")) ? tr("The governor's castVoteWithReason") : tr("The governor's castVote"), *governor,
            context.isSet(QStringLiteral("reason")) ? encodeCastVoteWithReason(p->id, *support, reason.toStdString())
                                                    : encodeCastVote(p->id, *support),
            "vote");
        write.notes << tr("Your voting power at the snapshot (%1): %2").arg(dateText(p->snapshot), s.tokenText(impact.power.votes));
        write.notes << impactSentence(impact, *support);
        if (!reason.isEmpty())
            write.notes << tr("Reason: %1").arg(reason);
        const ChoiceImpact& c = choiceOf(impact, *support);
        write.facts = QJsonObject{{QStringLiteral("proposal"), decimalText(p->id)},
                                 {QStringLiteral("support"), supportName(*support)},
                                 {QStringLiteral("reason"), reason},
                                 {QStringLiteral("votingPower"), s.tokenJson(impact.power.votes)},
                                 {QStringLiteral("reachesQuorum"), c.reachesQuorum},
                                 {QStringLiteral("changesOutcome"), c.changesOutcome}};
        return flow->run(std::move(write));
    }

private:
    static QString impactSentence(const VoteImpact& impact, VoteSupport support)
    {
        const ChoiceImpact& c = choiceOf(impact, support);
        if (c.reachesQuorum && c.changesOutcome)
            return tr("This vote brings the proposal to quorum and changes its outcome as it stands.");
        if (c.reachesQuorum)
            return tr("This vote brings the proposal to quorum.");
        if (c.changesOutcome)
            return impact.passingNow ? tr("This vote turns the proposal from passing to failing as it stands.")
                                     : tr("This vote turns the proposal from failing to passing as it stands.");
        return impact.passingNow ? tr("This vote does not change the outcome: the proposal passes as it stands.")
                                 : tr("This vote does not change the outcome: the proposal fails as it stands.");
    }
};

class DelegateCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(DelegateCommand)
public:
    QStringList words() const override { return {QStringLiteral("delegate")}; }
    QString summary() const override { return tr("Delegate your token's votes to an address, or to yourself"); }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("delegatee"), tr("Who votes with your tokens: an address, or self"),
                                     QStringLiteral("ADDRESS|self"));
        WriteFlow::addOptions(parser);
        ChainSession::addOptions(parser);
    }

    int run(CliContext& context) const override
    {
        if (context.positional().size() != 1)
            return context.fail(tr("delegate takes one address, or self"), kExitUsage);
        std::optional<Address> named;
        if (context.positional().first().toLower() != QStringLiteral("self")) {
            auto parsed = addressArgument(context.positional().first());
            if (!parsed)
                return context.fail(parsed.error(), kExitUsage);
            named = *parsed;
        }
        std::unique_ptr<WriteFlow> flow;
        if (auto code = WriteFlow::open(context, flow))
            return *code;
        const Address* from = &flow->from();
        const Address delegatee = named.value_or(*from);
        auto session = openGovernance(context);
        if (!session)
            return context.fail(session.error());
        ChainSession& s = *session->chain;
        const GovernanceView* view = &session->view;
        const std::optional<Address> current = view->power.delegateAt(*from, view->now);
        const UInt256 balance = view->power.balanceAt(*from, view->now);
        if (current && *current == delegatee)
            return context.fail(tr("%1 already delegates its votes to %2; nothing was sent").arg(addressText(*from), addressText(delegatee)));

        auto token = parseAddress(s.profile().contracts.token);
        if (!token)
            return context.fail(token.error());
        WritePlan write = governancePlan(delegatee == *from ? tr("Delegate the votes of %1 to itself").arg(addressText(*from))
                                                            : tr("Delegate the votes of %1 to %2").arg(addressText(*from), addressText(delegatee)),
                                         tr("The token's delegate (ERC20Votes)"), *token, encodeDelegateVotes(delegatee), "delegate-votes");
        write.notes << (current ? tr("Current delegate: %1").arg(addressText(*current))
                                  : tr("Current delegate: none (the tokens do not vote yet)"));
        //: %1 an amount of tokens, %2 the old delegate (or "nobody"), %3 the new one
        write.notes << tr("Votes that move: %1, from %2 to %3")
                             .arg(s.tokenText(balance), current ? addressText(*current) : tr("nobody"), addressText(delegatee));
        write.notes << tr("Delegation moves the votes of every token the account holds now and later, not only these.");
        write.facts = QJsonObject{{QStringLiteral("delegatee"), addressText(delegatee)},
                                 {QStringLiteral("currentDelegate"), current ? QJsonValue(addressText(*current)) : QJsonValue()},
                                 {QStringLiteral("votesMoving"), s.tokenJson(balance)}};
        return flow->run(std::move(write));
    }
};

} // namespace

PLINTH_CLI_COMMAND(VoteCommand)
PLINTH_CLI_COMMAND(DelegateCommand)

} // namespace plinth::cli
