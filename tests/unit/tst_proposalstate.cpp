// ProposalState: Governor.state() step by step, including the paths the seeded devnet does not reach
// (a queued operation executed or cancelled on the timelock directly; a tie; quorum from abstentions).
#include "wallet/network/ProposalState.h"

#include <QTest>

using namespace plinth;

namespace {

ProposalFacts facts()
{
    ProposalFacts f;
    f.snapshot = 1000;
    f.deadline = 2000;
    f.quorum = 40;
    return f;
}

} // namespace

class TestProposalState : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void names()
    {
        for (int i = 0; i < 8; ++i) {
            const auto s = static_cast<ProposalState>(i);
            QCOMPARE(parseProposalState(proposalStateName(s)), std::optional<ProposalState>(s));
        }
        QCOMPARE(proposalStateName(ProposalState::Succeeded), std::string_view("succeeded"));
        QVERIFY(!parseProposalState("Active"));
    }

    void timeline()
    {
        ProposalFacts f = facts();
        QCOMPARE(deriveProposalState(f, 999), ProposalState::Pending);
        QCOMPARE(deriveProposalState(f, 1000), ProposalState::Pending); // snapshot >= now
        QCOMPARE(deriveProposalState(f, 1001), ProposalState::Active);
        QCOMPARE(deriveProposalState(f, 2000), ProposalState::Active); // deadline >= now
        QCOMPARE(deriveProposalState(f, 2001), ProposalState::Defeated); // no votes: no quorum
    }

    void counting()
    {
        ProposalFacts f = facts();
        f.forVotes = 10;
        f.abstainVotes = 30; // quorum counts for + abstain
        QVERIFY(quorumReached(f));
        QCOMPARE(deriveProposalState(f, 3000), ProposalState::Succeeded);
        f.againstVotes = 10; // a tie fails
        QVERIFY(!voteSucceeded(f));
        QCOMPARE(deriveProposalState(f, 3000), ProposalState::Defeated);
        f.againstVotes = 0;
        f.abstainVotes = 29;
        QVERIFY(!quorumReached(f));
        QCOMPARE(deriveProposalState(f, 3000), ProposalState::Defeated);
    }

    void queuedFollowsTheTimelock()
    {
        ProposalFacts f = facts();
        f.forVotes = 50;
        f.queued = true;
        QCOMPARE(deriveProposalState(f, 3000), ProposalState::Queued);
        f.timelockDone = true;
        QCOMPARE(deriveProposalState(f, 3000), ProposalState::Executed);
        f.timelockDone = false;
        f.timelockCancelled = true;
        QCOMPARE(deriveProposalState(f, 3000), ProposalState::Canceled);
    }

    void executedAndCanceledWinOverTime()
    {
        ProposalFacts f = facts();
        f.canceled = true;
        QCOMPARE(deriveProposalState(f, 10), ProposalState::Canceled);
        f.executed = true;
        QCOMPARE(deriveProposalState(f, 10), ProposalState::Executed);
    }
};

QTEST_GUILESS_MAIN(TestProposalState)
#include "tst_proposalstate.moc"
