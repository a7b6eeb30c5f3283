// The Staking page's unstake, withdraw and delegate paths over a seeded devnet, each driven through the
// page's buttons, StakeDialog and the confirmation dialog, and checked with cast:
//  - an unstake adds the unbonding row the contract has (unbondings(id): staker, device, amount,
//    releaseAt = the unstake block's timestamp + unbondingPeriod()), its countdown text the time left
//    to that releaseAt on the chain's clock, stakes(device, user) down by the amount;
//  - once the chain's clock passed releaseAt (evm_increaseTime + evm_mine, then a sync), Withdraw on
//    that row moves balanceOf(user) up by exactly the withdrawn amount and marks it withdrawn;
//  - Delegate on another owner's device moves stakes(device, user) and deviceStake(device) by the amount
//    typed, and the page lists the delegation as the user's.
// The page's models pass QAbstractItemModelTester throughout.
#include "ChainMoves.h"
#include "ChainReads.h"
#include "ConfirmSend.h"
#include "GuiDevnet.h"
#include "PageDrivers.h"
#include "PageTestSupport.h"
#include "app/common/Language.h"
#include "ui/AccountContext.h"
#include "ui/common/Formatting.h"
#include "ui/dialogs/StakeDialog.h"
#include "ui/models/SlashesModel.h"
#include "ui/models/StakesModel.h"
#include "ui/models/UnbondingsModel.h"
#include "ui/pages/StakingPage.h"
#include "wallet/tx/Amount.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace plinth;
using test::addr;
using test::dec;

class TestStakingPathsDevnet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        app::installLanguage(QStringLiteral("en"));
        QVERIFY2(m_net.start(), qPrintable(m_net.error()));
        m_accounts = test::openAccounts(m_net);
        QVERIFY(m_accounts);
        m_user = *m_accounts->current();
        QCOMPARE(addr(m_user), m_net.userAddress());
        m_staking = m_net.services().profile->contracts.staking;
        m_decimals = m_net.services().profile->token.decimals;
    }

    void unstakeAddsTheContractsUnbondingWithItsCountdown()
    {
        ui::StakingPage page(m_net.services(), *m_accounts);
        test::attachStakingTesters(page);
        QTRY_VERIFY_WITH_TIMEOUT(page.shownAt().has_value(), 30000);
        const int rowsBefore = page.unbondingsModel()->rowCount();
        QPointer<ui::StakeDialog> dialog = test::openStakeDialog(page, QStringLiteral("staking.unstake"));
        QVERIFY(dialog);
        QVERIFY(dialog->device().has_value()); // the first of the user's bonded stakes
        m_device = *dialog->device();
        const UInt256 bondedBefore = stakeOf(m_device);
        dialog->findChild<QLineEdit*>(QStringLiteral("stakeDialog.amount"))->setText(QStringLiteral("12.5"));
        m_amount = parseAmount("12.5", m_decimals, "").value();
        QVERIFY(bondedBefore >= m_amount);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("stakeDialog.ok")), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());
        QString sendError;
        QVERIFY2(test::sendThroughConfirmDialog(page, &sendError), qPrintable(sendError));

        // The contract's new entry: the last id, the user's, releasing one unbonding period after the
        // unstake's block.
        const std::uint64_t unstakeBlock = test::headBlock(m_net.fixture());
        const std::uint64_t unstakeTime = test::headTimestamp(m_net.fixture());
        m_id = test::castUIntAtHead(m_net.fixture(), m_staking, QStringLiteral("unbondingCount()(uint256)"), {});
        const QString onChain = test::castCall(m_net.fixture(), m_staking, QStringLiteral("unbondings(uint256)(address,address,uint128,uint64,bool)"),
                                               {dec(m_id)}, unstakeBlock);
        const QStringList fields = onChain.split(QLatin1Char(' '));
        QCOMPARE(fields.size(), 5);
        QCOMPARE(fields.at(0), addr(m_user));
        QCOMPARE(fields.at(1), addr(m_device));
        QCOMPARE(fields.at(2), dec(m_amount));
        const std::uint64_t period = test::castUIntAtHead(m_net.fixture(), m_staking, QStringLiteral("unbondingPeriod()(uint64)"), {}).convert_to<std::uint64_t>();
        m_releaseAt = fields.at(3).toULongLong();
        QCOMPARE(m_releaseAt, unstakeTime + period);
        QCOMPARE(fields.at(4), QStringLiteral("false"));
        QCOMPARE(dec(stakeOf(m_device)), dec(bondedBefore - m_amount));

        QVERIFY2(test::mineAndSync(m_net), qPrintable(m_net.error()));
        // The page read again after its own sync: the new row is there, still unbonding.
        int row = -1;
        QTRY_VERIFY_WITH_TIMEOUT((row = page.unbondingsModel()->rowOf(m_id)) >= 0, 60000);
        QCOMPARE(page.unbondingsModel()->rowCount(), rowsBefore + 1);
        ui::UnbondingsModel* model = page.unbondingsModel();
        const Unbonding& u = *model->unbonding(row);
        QCOMPARE(u.staker, m_user);
        QCOMPARE(u.device, m_device);
        QCOMPARE(dec(u.amount), dec(m_amount));
        QCOMPARE(u.releaseAt, m_releaseAt);
        QCOMPARE(model->status(u), ui::UnbondingsModel::Status::Unbonding);
        const QModelIndex release = model->index(row, ui::UnbondingsModel::ReleaseColumn);
        QCOMPARE(release.data(Qt::ToolTipRole).toString(), ui::formatDateTime(m_releaseAt));
        // The countdown is releaseAt less the chain's clock: the verified block's time plus the seconds
        // since the page read it (a few at most here).
        const std::uint64_t shown = page.shownAt()->timestamp;
        QVERIFY(shown >= unstakeTime && shown < m_releaseAt);
        const QString text = release.data().toString();
        bool matches = false;
        for (std::uint64_t elapsed = 0; elapsed <= 10 && !matches; ++elapsed)
            matches = text == QStringLiteral("in %1").arg(ui::formatDuration(m_releaseAt - shown - elapsed));
        QVERIFY2(matches, qPrintable(text + QStringLiteral(" vs in ") + ui::formatDuration(m_releaseAt - shown)));
        // Withdraw stays off for it while it unbonds.
        QVERIFY(test::selectUnbonding(page, m_id));
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("staking.withdraw"))->isEnabled());
    }

    void withdrawAfterTheUnbondingPeriodPaysExactlyTheAmount()
    {
        QVERIFY2(m_id > 0, "needs the unstake of the test before");
        const std::uint64_t now = test::headTimestamp(m_net.fixture());
        QVERIFY(m_releaseAt > now);
        QVERIFY(test::moveTimeOn(m_net.fixture(), m_releaseAt - now + 60));
        QVERIFY2(test::mineAndSync(m_net), qPrintable(m_net.error()));

        // A page opened now reads the verified block past releaseAt: the entry is ready to withdraw.
        ui::StakingPage page(m_net.services(), *m_accounts);
        test::attachStakingTesters(page);
        QTRY_VERIFY_WITH_TIMEOUT(page.shownAt().has_value(), 30000);
        QVERIFY(page.shownAt()->timestamp >= m_releaseAt);
        const int row = page.unbondingsModel()->rowOf(m_id);
        QVERIFY(row >= 0);
        QCOMPARE(page.unbondingsModel()->status(*page.unbondingsModel()->unbonding(row)), ui::UnbondingsModel::Status::Withdrawable);
        QCOMPARE(page.unbondingsModel()->index(row, ui::UnbondingsModel::StatusColumn).data().toString(), QStringLiteral("Ready to withdraw"));
        QVERIFY(test::selectUnbonding(page, m_id));
        auto* withdraw = page.findChild<QPushButton*>(QStringLiteral("staking.withdraw"));
        QVERIFY(withdraw->isEnabled());

        const std::string token = m_net.services().profile->contracts.token;
        const UInt256 balanceBefore = test::castUIntAtHead(m_net.fixture(), token, QStringLiteral("balanceOf(address)(uint256)"), {addr(m_user)});
        QTest::mouseClick(withdraw, Qt::LeftButton);
        QString sendError;
        QVERIFY2(test::sendThroughConfirmDialog(page, &sendError), qPrintable(sendError));
        const UInt256 balanceAfter = test::castUIntAtHead(m_net.fixture(), token, QStringLiteral("balanceOf(address)(uint256)"), {addr(m_user)});
        QVERIFY(balanceAfter >= balanceBefore);
        QCOMPARE(dec(balanceAfter - balanceBefore), dec(m_amount));
        QCOMPARE(test::castCall(m_net.fixture(), m_staking, QStringLiteral("unbondings(uint256)(address,address,uint128,uint64,bool)"), {dec(m_id)},
                                test::headBlock(m_net.fixture()))
                     .section(QLatin1Char(' '), 4, 4),
                 QStringLiteral("true"));

        QVERIFY2(test::mineAndSync(m_net), qPrintable(m_net.error()));
        QTRY_VERIFY_WITH_TIMEOUT(page.unbondingsModel()->rowOf(m_id) >= 0
                                     && page.unbondingsModel()->status(*page.unbondingsModel()->unbonding(page.unbondingsModel()->rowOf(m_id)))
                                            == ui::UnbondingsModel::Status::Withdrawn,
                                 60000);
        // Nothing is left to withdraw on that row.
        QVERIFY(test::selectUnbonding(page, m_id));
        QVERIFY(!withdraw->isEnabled());
    }

    void delegateToAnotherOwnersDeviceMovesItsStake()
    {
        ui::StakingPage page(m_net.services(), *m_accounts);
        test::attachStakingTesters(page);
        QTRY_VERIFY_WITH_TIMEOUT(page.shownAt().has_value(), 30000);
        QPointer<ui::StakeDialog> dialog = test::openStakeDialog(page, QStringLiteral("staking.delegate"));
        QVERIFY(dialog);
        QCOMPARE(dialog->kind(), ui::StakeDialog::Kind::Delegate);
        // The choices are the other owners' devices: take one with no delegation of the user yet.
        auto* devices = dialog->findChild<QComboBox*>(QStringLiteral("stakeDialog.device"));
        QTRY_VERIFY(devices->count() > 0);
        std::optional<Address> device;
        for (int i = 0; i < devices->count() && !device; ++i) {
            devices->setCurrentIndex(i);
            QVERIFY(dialog->device().has_value());
            const QString owner = test::castCall(m_net.fixture(), m_net.services().profile->contracts.devices,
                                                 QStringLiteral("ownerOfDevice(address)(address)"), {addr(*dialog->device())},
                                                 test::headBlock(m_net.fixture()));
            QVERIFY2(owner.compare(addr(m_user), Qt::CaseInsensitive) != 0, qPrintable(owner)); // never the user's own
            if (stakeOf(*dialog->device()) == 0)
                device = *dialog->device();
        }
        QVERIFY2(device, "every other device has a delegation of the user already");
        const UInt256 onDeviceBefore = test::castUIntAtHead(m_net.fixture(), m_staking, QStringLiteral("deviceStake(address)(uint256)"), {addr(*device)});
        dialog->findChild<QLineEdit*>(QStringLiteral("stakeDialog.amount"))->setText(QStringLiteral("7.25"));
        const UInt256 amount = parseAmount("7.25", m_decimals, "").value();
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("stakeDialog.ok")), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());
        QString sendError;
        QVERIFY2(test::sendThroughConfirmDialog(page, &sendError), qPrintable(sendError));

        QCOMPARE(dec(stakeOf(*device)), dec(amount));
        QCOMPARE(dec(test::castUIntAtHead(m_net.fixture(), m_staking, QStringLiteral("deviceStake(address)(uint256)"), {addr(*device)})),
                 dec(onDeviceBefore + amount));
        QVERIFY2(test::mineAndSync(m_net), qPrintable(m_net.error()));
        // The page lists it as the user's delegation, with the amount cast reads.
        QTRY_VERIFY_WITH_TIMEOUT(delegationRow(page, *device) >= 0, 60000);
        const int row = delegationRow(page, *device);
        ui::StakesModel* stakes = page.stakesModel();
        QVERIFY(stakes->position(row)->delegation);
        QCOMPARE(stakes->data(stakes->index(row, 0), ui::StakesModel::kActiveRole).toString(), dec(amount));
        QCOMPARE(stakes->data(stakes->index(row, ui::StakesModel::ActiveColumn)).toString(),
                 ui::formatAmount(amount, m_decimals, QString::fromStdString(m_net.services().profile->token.symbol)));
    }

private:
    UInt256 stakeOf(const Address& device)
    {
        return test::castUIntAtHead(m_net.fixture(), m_staking, QStringLiteral("stakes(address,address)(uint256)"), {addr(device), addr(m_user)});
    }

    int delegationRow(ui::StakingPage& page, const Address& device) const
    {
        ui::StakesModel* m = page.stakesModel();
        for (int row = 0; row < m->rowCount(); ++row)
            if (m->position(row)->device == device && m->position(row)->staker == m_user)
                return row;
        return -1;
    }

    test::GuiDevnet m_net;
    std::unique_ptr<ui::AccountContext> m_accounts;
    Address m_user;
    std::string m_staking;
    unsigned m_decimals = 18;
    // The unstake of the first test, withdrawn by the second.
    Address m_device;
    UInt256 m_amount = 0, m_id = 0;
    std::uint64_t m_releaseAt = 0;
};

QTEST_MAIN(TestStakingPathsDevnet)
#include "tst_staking_paths_devnet.moc"
