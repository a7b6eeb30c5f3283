// The Staking and Governance models on hand-made rows (no chain): each under QAbstractItemModelTester
// (Fatal) while it is filled, reset and its clock moves; an unbonding turns withdrawable exactly at its
// release time on the chain clock and only its status and countdown cells change; the proposals list is
// newest first with quorum-bar shares of max(quorum, votes cast) and the right "when" sentence; a stake
// row says how it concerns the account.
#include "app/common/Language.h"
#include "ui/common/Formatting.h"
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
        model.setUnbondings({}, {18, QStringLiteral("PLNTH")}, 1000);
        QCOMPARE(model.rowCount(), 0);
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
};

QTEST_MAIN(TestStakingGovernanceModels)
#include "tst_staking_governance_models.moc"
