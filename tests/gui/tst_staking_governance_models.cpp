// The Staking and Governance models on hand-made rows (no chain): each under QAbstractItemModelTester
// (Fatal) while it is filled, reset and its clock moves; an unbonding turns withdrawable exactly at its
// release time on the chain clock and only its status and countdown cells change; the proposals list is
// newest first with quorum-bar shares of max(quorum, votes cast) and the right "when" sentence; a stake
// row says how it concerns the account. For the pages' re-reads on the chain's clock: an unbonding's
// countdown runs out in (from, to] exactly when from < releaseAt <= to (never for a withdrawn one); a
// proposal's state boundary is voteStart + 1, voteEnd + 1 (the governor's state() moves on one second
// after each) and its eta, never for a canceled or executed one; CoalescedRead starts one read at a
// time and folds any number of requests made meanwhile into exactly one more. ActivityModel (Fatal
// tester) puts a failed transaction's journalled reason on its row, "reason unknown" when there is none.
#include "app/common/Language.h"
#include "ui/common/CoalescedRead.h"
#include "ui/common/Formatting.h"
#include "ui/models/ActivityModel.h"
#include "ui/models/ProposalsModel.h"
#include "ui/models/StakesModel.h"
#include "ui/models/UnbondingsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace plinth;
using Tester = QAbstractItemModelTester;

namespace {

Address address(std::uint8_t last)
{
    Address a{};
    a.bytes[19] = last;
    return a;
}

UInt256 tokens(unsigned n) { return UInt256(n) * UInt256(1000000000000000000ULL); }

} // namespace

class TestStakingGovernanceModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { app::installLanguage(QStringLiteral("en")); }

    void unbondingTurnsWithdrawableAtItsReleaseTime()
    {
        ui::UnbondingsModel model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        Unbonding running{1, address(1), address(9), tokens(5), 10, 1, 1000, false, std::nullopt};
        Unbonding withdrawn{2, address(2), address(9), tokens(7), 10, 1, 500, true, 600};
        model.setUnbondings({running, withdrawn}, {18, QStringLiteral("PLNTH")}, 999);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 6);
        const auto status = [&](int row) { return static_cast<ui::UnbondingsModel::Status>(model.data(model.index(row, 0), ui::UnbondingsModel::kStatusRole).toInt()); };
        QCOMPARE(status(0), ui::UnbondingsModel::Status::Unbonding);
        QCOMPARE(model.data(model.index(0, ui::UnbondingsModel::ReleaseColumn)).toString(), QStringLiteral("in ") + ui::formatDuration(1));
        QCOMPARE(status(1), ui::UnbondingsModel::Status::Withdrawn);
        QCOMPARE(model.data(model.index(0, ui::UnbondingsModel::AmountColumn)).toString(), ui::formatAmount(tokens(5), 18, QStringLiteral("PLNTH")));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setNow(999); // the same second: nothing to repaint
        QCOMPARE(changed.count(), 0);
        model.setNow(1000); // the contract accepts withdraw() at block.timestamp >= releaseAt
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().column(), int(ui::UnbondingsModel::StatusColumn));
        QCOMPARE(changed.at(0).at(1).toModelIndex().column(), int(ui::UnbondingsModel::ReleaseColumn));
        QCOMPARE(status(0), ui::UnbondingsModel::Status::Withdrawable);
        QCOMPARE(status(1), ui::UnbondingsModel::Status::Withdrawn);
        // The page reads again when a countdown runs out: releaseAt 1000 is in (999, 1000], not in
        // (1000, 5000] (already released) nor in (998, 999]; the withdrawn entry (500) never counts.
        QVERIFY(model.releasedBetween(999, 1000));
        QVERIFY(model.releasedBetween(0, 5000));
        QVERIFY(!model.releasedBetween(1000, 5000));
        QVERIFY(!model.releasedBetween(998, 999));
        QVERIFY(!model.releasedBetween(499, 501));
        QCOMPARE(model.rowOf(2), 1);
        QCOMPARE(model.rowOf(3), -1);
        QCOMPARE(model.now(), std::uint64_t(1000));
        model.setUnbondings({}, {18, QStringLiteral("PLNTH")}, 1000);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.releasedBetween(0, 5000));
        model.setNow(2000); // no rows: no signal with an invalid range
        QCOMPARE(changed.count(), 1);
    }

    void stakeRowsSayHowTheyConcernTheAccount()
    {
        ui::StakesModel model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        const Address me = address(9);
        StakePosition own{address(1), me, me, tokens(3), tokens(4), tokens(1), 0, false};
        StakePosition delegation{address(2), me, address(7), tokens(2), tokens(2), 0, 0, true};
        StakePosition onMine{address(1), address(5), me, tokens(8), tokens(8), 0, tokens(1), true};
        model.setPositions({own, delegation, onMine}, me, {18, QStringLiteral("PLNTH")});
        const auto kind = [&](int row) { return model.data(model.index(row, ui::StakesModel::KindColumn)).toString(); };
        QCOMPARE(kind(0), QStringLiteral("Your stake"));
        QCOMPARE(kind(1), QStringLiteral("Your delegation"));
        QCOMPARE(kind(2), QStringLiteral("Delegated to your device"));
        QCOMPARE(model.data(model.index(2, 0), ui::StakesModel::kOwnStakeRole).toBool(), false);
        QCOMPARE(model.data(model.index(0, 0), ui::StakesModel::kActiveRole).toString(), QStringLiteral("3000000000000000000"));
        // Amounts sort by value, not by text: 8 tokens after 20 would be wrong as text ("8" > "2").
        QVERIFY(model.data(model.index(2, ui::StakesModel::ActiveColumn), ui::SnapshotTableModel::kSortRole).toString() >
                model.data(model.index(0, ui::StakesModel::ActiveColumn), ui::SnapshotTableModel::kSortRole).toString());
        QCOMPARE(model.data(model.index(2, ui::StakesModel::SlashedColumn), Qt::ToolTipRole).toString(),
                 ui::fullAmount(tokens(1), 18, QStringLiteral("PLNTH")));
    }

    void proposalsAreNewestFirstWithQuorumShares()
    {
        ui::ProposalsModel model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        Proposal old;
        old.id = 11;
        old.title = "PIP-1: old";
        old.snapshot = 100;
        old.deadline = 200;
        old.forVotes = tokens(30);
        old.againstVotes = tokens(10);
        old.quorum = tokens(20);
        old.state = ProposalState::Succeeded;
        Proposal fresh;
        fresh.id = 12;
        fresh.title = "PIP-2: new";
        fresh.snapshot = 1000;
        fresh.deadline = 2000;
        fresh.quorum = tokens(20);
        fresh.state = ProposalState::Pending;
        model.setProposals({old, fresh}, 18, QStringLiteral("PLNTH"), 500);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("PIP-2: new"));
        QCOMPARE(model.rowOf(11), 1);
        QCOMPARE(model.index(0).data(ui::ProposalsModel::StateRole).toInt(), int(ProposalState::Pending));
        QCOMPARE(model.index(0).data(ui::ProposalsModel::WhenRole).toString(), QStringLiteral("Voting starts in ") + ui::formatDuration(500));
        QCOMPARE(model.index(1).data(ui::ProposalsModel::WhenRole).toString(), QStringLiteral("Voting ended ") + ui::formatDate(200));
        // 40 votes cast against a quorum of 20: the scale is 40.
        QCOMPARE(model.index(1).data(ui::ProposalsModel::ForShareRole).toDouble(), 0.75);
        QCOMPARE(model.index(1).data(ui::ProposalsModel::AgainstShareRole).toDouble(), 0.25);
        QCOMPARE(model.index(1).data(ui::ProposalsModel::QuorumShareRole).toDouble(), 0.5);
        // No votes: the scale is the quorum, whose mark is at the end.
        QCOMPARE(model.index(0).data(ui::ProposalsModel::ForShareRole).toDouble(), 0.0);
        QCOMPARE(model.index(0).data(ui::ProposalsModel::QuorumShareRole).toDouble(), 1.0);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setNow(1500);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0).data(ui::ProposalsModel::WhenRole).toString(), QStringLiteral("Voting ends in ") + ui::formatDuration(500));
    }

    void proposalBoundariesAreWhereTheGovernorsStateMoves()
    {
        ui::ProposalsModel model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        Proposal p;
        p.id = 1;
        p.snapshot = 1000;
        p.deadline = 2000;
        p.state = ProposalState::Pending;
        model.setProposals({p}, 18, QStringLiteral("PLNTH"), 900);
        // Pending while now <= voteStart: Active from 1001 on; Active while now <= voteEnd: 2001.
        QVERIFY(!model.boundaryBetween(900, 1000));
        QVERIFY(model.boundaryBetween(1000, 1001));
        QVERIFY(!model.boundaryBetween(1001, 2000));
        QVERIFY(model.boundaryBetween(2000, 2001));
        QVERIFY(!model.boundaryBetween(2001, 9000));
        QVERIFY(!model.boundaryBetween(2001, 2001));
        p.state = ProposalState::Queued;
        p.eta = 5000;
        model.setProposals({p}, 18, QStringLiteral("PLNTH"), 4000);
        QVERIFY(model.boundaryBetween(4999, 5000)); // Execute opens at the eta itself
        QVERIFY(!model.boundaryBetween(5000, 6000));
        // Nothing moves a canceled or an executed proposal any more.
        for (const ProposalState settled : {ProposalState::Canceled, ProposalState::Executed}) {
            p.state = settled;
            model.setProposals({p}, 18, QStringLiteral("PLNTH"), 900);
            QVERIFY(!model.boundaryBetween(0, 9000));
        }
    }

    void coalescedReadRunsOneAndQueuesOne()
    {
        int started = 0;
        ui::CoalescedRead read([&] { ++started; });
        read.request();
        QCOMPARE(started, 1);
        QVERIFY(read.inFlight());
        for (int i = 0; i < 5; ++i) // a burst while the first read runs
            read.request();
        QCOMPARE(started, 1);
        QVERIFY(read.queued());
        read.finish(); // the one queued read starts
        QCOMPARE(started, 2);
        QVERIFY(read.inFlight());
        QVERIFY(!read.queued());
        read.finish(); // nothing queued: idle
        QCOMPARE(started, 2);
        QVERIFY(!read.inFlight());
        // A start that decides at once not to read (no network) finishes inside request().
        int immediate = 0;
        ui::CoalescedRead* self = nullptr;
        ui::CoalescedRead sync([&] { ++immediate; self->finish(); });
        self = &sync;
        sync.request();
        sync.request();
        QCOMPARE(immediate, 2);
        QVERIFY(!sync.inFlight());
    }

    void activityFailedRowsSayWhy()
    {
        ui::ActivityModel model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        const auto entry = [](std::uint8_t tag, JournalStatus status, std::string note) {
            JournalEntry e;
            e.hash[0] = tag;
            e.tx.from = address(9);
            e.tx.to = address(1);
            e.kind = "unstake";
            e.status = status;
            e.blockNumber = 40 + tag;
            e.createdAtMs = 1000 * tag;
            e.note = std::move(note);
            return e;
        };
        const std::string reason = "PlinthStaking: the stake is 5 PLNTH, less than the 6 PLNTH asked for (InsufficientStake)";
        model.setTransactions({entry(1, JournalStatus::Reverted, reason), entry(2, JournalStatus::Reverted, ""),
                               entry(3, JournalStatus::Included, ""), entry(4, JournalStatus::Rejected, "nonce too low")});
        QCOMPARE(model.rowCount(), 4);
        const auto at = [&](int row, int column, int role) { return model.index(row, column).data(role).toString(); };
        QCOMPARE(at(0, ui::ActivityModel::Status, Qt::DisplayRole), QStringLiteral("Failed in block 41"));
        QCOMPARE(at(0, ui::ActivityModel::Status, ui::ActivityModel::ReasonRole), QString::fromStdString(reason));
        QCOMPARE(at(0, ui::ActivityModel::Status, Qt::ToolTipRole), QStringLiteral("The transaction failed: ") + QString::fromStdString(reason));
        QCOMPARE(at(0, ui::ActivityModel::What, Qt::AccessibleDescriptionRole), QStringLiteral("The transaction failed: ") + QString::fromStdString(reason));
        // Nothing journalled: said so, never an empty reason.
        QCOMPARE(at(1, ui::ActivityModel::Status, ui::ActivityModel::ReasonRole), QStringLiteral("reason unknown"));
        QCOMPARE(at(1, ui::ActivityModel::Status, Qt::ToolTipRole), QStringLiteral("The transaction failed: reason unknown"));
        // A confirmed one has no reason, and its tooltip stays its hash.
        QCOMPARE(at(2, ui::ActivityModel::Status, ui::ActivityModel::ReasonRole), QString());
        QVERIFY(model.index(2, 0).data(Qt::AccessibleDescriptionRole).isNull());
        QVERIFY(at(2, 0, Qt::ToolTipRole).startsWith(QStringLiteral("0x03")));
        QCOMPARE(at(3, ui::ActivityModel::Status, Qt::ToolTipRole), QStringLiteral("The node refused the transaction: nonce too low"));
    }
};

QTEST_MAIN(TestStakingGovernanceModels)
#include "tst_staking_governance_models.moc"
