// The Staking and Governance pages follow the chain's clock over a seeded devnet, with no reload asked
// by the test and no other change of stakes or proposals: only time moves (evm_increaseTime and a
// block, then a sync; a block is verified once its child is, hence ChainMoves' mineAndSync).
//  - Governance: the seeded Active proposal ("lisbon"), selected, turns Succeeded or Defeated once the
//    chain's clock passed its proposalDeadline; every proposal's state in the list then equals the
//    governor's state(id) at the block the page shows (cast), the seeded Pending one ("feeCut") moved
//    on too, and the detail follows: Vote off, Queue on exactly when it succeeded.
//  - Staking: an unstake's row counts down to the contract's releaseAt (unbondings(id), cast); after
//    the chain's clock moved by unbondingPeriod() the same page, its row still selected, says "Ready to
//    withdraw" and enables Withdraw.
//  - Staking, no block at all: a second unstake brought to twelve seconds before its release; when the
//    countdown runs out on the ChainClock the page reads its snapshot again by itself (one more model
//    reset, the same verified block) and the entry turns ready with Withdraw enabled.
// The pages' models pass QAbstractItemModelTester (Fatal) throughout.
#include "ChainMoves.h"
#include "ChainReads.h"
#include "ConfirmSend.h"
#include "GuiDevnet.h"
#include "PageDrivers.h"
#include "PageTestSupport.h"
#include "app/common/Language.h"
#include "ui/AccountContext.h"
#include "ui/common/Formatting.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTest>

using namespace plinth;
using test::addr;
using test::dec;

class TestChainClockDevnet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        app::installLanguage(QStringLiteral("en"));
        QVERIFY2(m_net.start(), qPrintable(m_net.error()));
        m_accounts = test::openAccounts(m_net);
        QVERIFY(m_accounts);
        m_user = *m_accounts->current();
        m_staking = m_net.services().profile->contracts.staking;
        m_governor = m_net.services().profile->contracts.governor;
    }

    void anActiveProposalEndsWhenTheClockPassesItsDeadline()
    {
        const UInt256 lisbon = test::factsProposalId(m_net.fixture(), QStringLiteral("lisbon"));
        const UInt256 feeCut = test::factsProposalId(m_net.fixture(), QStringLiteral("feeCut"));
        ui::GovernancePage page(m_net.services(), *m_accounts);
        new QAbstractItemModelTester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal, &page);
        QTRY_VERIFY_WITH_TIMEOUT(page.shownAt().has_value(), 30000);
        QVERIFY(test::selectProposal(page, lisbon));
        QCOMPARE(stateOf(page, lisbon), ProposalState::Active);
        QCOMPARE(stateOf(page, feeCut), ProposalState::Pending);
        QCOMPARE(castState(lisbon, page.shownAt()->block.number), QStringLiteral("1"));
        auto* vote = page.findChild<QPushButton*>(QStringLiteral("governance.vote"));
        auto* queue = page.findChild<QPushButton*>(QStringLiteral("governance.queue"));
        QVERIFY(vote && queue);
        QVERIFY(!queue->isEnabled());
        const std::uint64_t shownBefore = page.shownAt()->block.number;

        const std::uint64_t deadline =
            test::castUIntAtHead(m_net.fixture(), m_governor, QStringLiteral("proposalDeadline(uint256)(uint256)"), {dec(lisbon)}).convert_to<std::uint64_t>();
        const std::uint64_t now = test::headTimestamp(m_net.fixture());
        QVERIFY(deadline > now);
        QVERIFY(test::moveTimeOn(m_net.fixture(), deadline - now + 1));
        QVERIFY2(test::mineAndSync(m_net), qPrintable(m_net.error()));

        // The page read again by itself: a later block, past the deadline, and lisbon's state moved.
        QTRY_VERIFY_WITH_TIMEOUT(page.shownAt() && page.shownAt()->block.number > shownBefore && page.shownAt()->timestamp > deadline, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(page, lisbon) != ProposalState::Active, 30000);
        const std::uint64_t at = page.shownAt()->block.number;
        QVERIFY(stateOf(page, lisbon) == ProposalState::Succeeded || stateOf(page, lisbon) == ProposalState::Defeated);
        // Every proposal's state is the governor's own at the block the page shows.
        QVERIFY(page.model()->rowCount() >= 8);
        for (int row = 0; row < page.model()->rowCount(); ++row) {
            const Proposal& p = *page.model()->proposal(row);
            QCOMPARE(QString::number(int(p.state)), castState(p.id, at));
        }
        QVERIFY(stateOf(page, feeCut) != ProposalState::Pending); // its vote started meanwhile
        // The selected detail followed without being selected again.
        QTRY_VERIFY_WITH_TIMEOUT(page.detailPanel()->detail() && page.detailPanel()->detail()->proposal.id == lisbon
                                     && page.detailPanel()->detail()->proposal.state == stateOf(page, lisbon),
                                 30000);
        QVERIFY(!vote->isEnabled());
        QCOMPARE(queue->isEnabled(), stateOf(page, lisbon) == ProposalState::Succeeded);
    }

    void unbondingTurnsReadyWhenTheClockPassesTheUnbondingPeriod()
    {
        ui::StakingPage page(m_net.services(), *m_accounts);
        test::attachStakingTesters(page);
        QTRY_VERIFY_WITH_TIMEOUT(page.shownAt().has_value(), 30000);
        const Unstaked u = unstake(page, QStringLiteral("12.5"));
        QVERIFY2(u.id > 0, "the unstake went through");
        // Its countdown: releaseAt less the chain's clock (the verified block's time plus the seconds
        // since the page read it, a few at most here).
        QTRY_VERIFY_WITH_TIMEOUT(page.unbondingsModel()->rowOf(u.id) >= 0, 60000);
        QVERIFY(test::selectUnbonding(page, u.id));
        const QString countdown = releaseText(page, u.id);
        const std::uint64_t shown = page.shownAt()->timestamp;
        QVERIFY(shown < u.releaseAt);
        bool matches = false;
        for (std::uint64_t elapsed = 0; elapsed <= 10 && !matches; ++elapsed)
            matches = countdown == QStringLiteral("in %1").arg(ui::formatDuration(u.releaseAt - shown - elapsed));
        QVERIFY2(matches, qPrintable(countdown));
        QCOMPARE(statusText(page, u.id), QStringLiteral("Unbonding"));
        auto* withdraw = page.findChild<QPushButton*>(QStringLiteral("staking.withdraw"));
        QVERIFY(!withdraw->isEnabled());

        // Only the clock moves, by the unbonding period.
        const std::uint64_t period = test::castUIntAtHead(m_net.fixture(), m_staking, QStringLiteral("unbondingPeriod()(uint64)"), {}).convert_to<std::uint64_t>();
        QVERIFY(test::moveTimeOn(m_net.fixture(), period));
        QVERIFY2(test::mineAndSync(m_net), qPrintable(m_net.error()));
        QTRY_VERIFY_WITH_TIMEOUT(page.shownAt()->timestamp >= u.releaseAt, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(statusText(page, u.id), QStringLiteral("Ready to withdraw"), 10000);
        QCOMPARE(releaseText(page, u.id), QStringLiteral("since %1").arg(ui::formatDateTime(u.releaseAt)));
        // The row stayed selected across the page's reads, and Withdraw is on for it.
        QTRY_VERIFY(withdraw->isEnabled());
        // The contract agrees: not withdrawn, released at or before the verified block's time.
        const QString onChain = test::castCall(m_net.fixture(), m_staking, QStringLiteral("unbondings(uint256)(address,address,uint128,uint64,bool)"),
                                               {dec(u.id)}, page.shownAt()->block.number);
        QCOMPARE(onChain.section(QLatin1Char(' '), 3, 3).toULongLong(), u.releaseAt);
        QCOMPARE(onChain.section(QLatin1Char(' '), 4, 4), QStringLiteral("false"));
    }

    void aCountdownRunningOutReadsTheSnapshotAgain()
    {
        ui::StakingPage page(m_net.services(), *m_accounts);
        test::attachStakingTesters(page);
        QTRY_VERIFY_WITH_TIMEOUT(page.shownAt().has_value(), 30000);
        const Unstaked u = unstake(page, QStringLiteral("3"));
        QVERIFY2(u.id > 0, "the unstake went through");
        // A block at twelve seconds before its release (evm_setNextBlockTimestamp: evm_increaseTime
        // would add the seconds since the head was mined), then its verifying child and a sync.
        const std::uint64_t now = test::headTimestamp(m_net.fixture());
        QVERIFY(u.releaseAt > now + 12);
        QVERIFY(!m_net.fixture().rpc(QStringLiteral("evm_setNextBlockTimestamp"), {QString::number(u.releaseAt - 12)}).isNull());
        QVERIFY(!m_net.fixture().rpc(QStringLiteral("evm_mine")).isNull());
        QVERIFY2(test::mineAndSync(m_net), qPrintable(m_net.error()));
        QTRY_VERIFY_WITH_TIMEOUT(page.unbondingsModel()->rowOf(u.id) >= 0 && page.shownAt()->timestamp >= u.releaseAt - 12, 30000);
        QVERIFY(page.shownAt()->timestamp < u.releaseAt);
        QVERIFY(test::selectUnbonding(page, u.id));
        QCOMPARE(statusText(page, u.id), QStringLiteral("Unbonding"));
        auto* withdraw = page.findChild<QPushButton*>(QStringLiteral("staking.withdraw"));
        QVERIFY(!withdraw->isEnabled());
        const std::uint64_t block = page.shownAt()->block.number;

        // No block, no sync from here: the ChainClock runs out and the page reads again by itself.
        // Each read resets the model; what the entry says right after tells a read made once the
        // countdown ran out from one that was still on its way before.
        QList<bool> readyAfterRead;
        connect(page.unbondingsModel(), &QAbstractItemModel::modelReset, &page,
                [&] { readyAfterRead << (statusText(page, u.id) == QStringLiteral("Ready to withdraw")); });
        QTRY_COMPARE_WITH_TIMEOUT(statusText(page, u.id), QStringLiteral("Ready to withdraw"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(readyAfterRead.contains(true), 10000);
        QCOMPARE(page.shownAt()->block.number, block); // the same verified block: nothing else moved
        QCOMPARE(statusText(page, u.id), QStringLiteral("Ready to withdraw"));
        // Read again at the same block, the clock did not restart from that block's time: still ready.
        QCOMPARE(statusText(page, u.id), QStringLiteral("Ready to withdraw"));
        QTRY_VERIFY(withdraw->isEnabled());
    }

private:
    struct Unstaked {
        UInt256 id = 0;
        std::uint64_t releaseAt = 0;
    };

    // Unstakes `amount` from the user's first bonded device through the page and the confirmation
    // dialog; the contract's new entry, then one block and a sync so that the page sees it.
    Unstaked unstake(ui::StakingPage& page, const QString& amount)
    {
        QPointer<ui::StakeDialog> dialog = test::openStakeDialog(page, QStringLiteral("staking.unstake"));
        if (!dialog || !dialog->device())
            return {};
        dialog->findChild<QLineEdit*>(QStringLiteral("stakeDialog.amount"))->setText(amount);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("stakeDialog.ok")), Qt::LeftButton);
        if (!test::spinUntil([&] { return dialog.isNull(); }))
            return {};
        QString error;
        if (!test::sendThroughConfirmDialog(page, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        Unstaked u;
        u.id = test::castUIntAtHead(m_net.fixture(), m_staking, QStringLiteral("unbondingCount()(uint256)"), {});
        u.releaseAt = test::castCall(m_net.fixture(), m_staking, QStringLiteral("unbondings(uint256)(address,address,uint128,uint64,bool)"),
                                     {dec(u.id)}, test::headBlock(m_net.fixture()))
                          .section(QLatin1Char(' '), 3, 3)
                          .toULongLong();
        if (!test::mineAndSync(m_net))
            return {};
        return u;
    }

    static QString cellText(ui::StakingPage& page, const UInt256& id, int column)
    {
        ui::UnbondingsModel* m = page.unbondingsModel();
        const int row = m->rowOf(id);
        return row < 0 ? QString() : m->index(row, column).data().toString();
    }
    static QString statusText(ui::StakingPage& page, const UInt256& id) { return cellText(page, id, ui::UnbondingsModel::StatusColumn); }
    static QString releaseText(ui::StakingPage& page, const UInt256& id) { return cellText(page, id, ui::UnbondingsModel::ReleaseColumn); }

    static ProposalState stateOf(ui::GovernancePage& page, const UInt256& id)
    {
        const Proposal* p = page.model()->proposal(page.model()->rowOf(id));
        return p ? p->state : ProposalState::Expired; // Expired never happens with a timelock: "not listed"
    }

    QString castState(const UInt256& id, std::uint64_t block)
    {
        return test::castCall(m_net.fixture(), m_governor, QStringLiteral("state(uint256)(uint8)"), {dec(id)}, block);
    }

    test::GuiDevnet m_net;
    std::unique_ptr<ui::AccountContext> m_accounts;
    Address m_user;
    std::string m_staking;
    std::string m_governor;
};

QTEST_MAIN(TestChainClockDevnet)
#include "tst_chain_clock_devnet.moc"
