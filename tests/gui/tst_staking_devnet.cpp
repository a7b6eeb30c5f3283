// The Staking page over a seeded devnet: its three tables equal the core's StakesSnapshot for the
// current account and the Staking contract read with cast at the block the page shows (every bonded
// amount is stakes(device, staker); every unbonding entry is unbondings(id)); each model passes
// QAbstractItemModelTester; the countdowns move on the chain's clock without a new read; Withdraw is
// enabled exactly for the account's released entries; a stake made through the page's dialogs and the
// confirmation dialog moves stakes(device, user) on chain by the amount typed.
#include "ChainReads.h"
#include "ConfirmSend.h"
#include "GuiDevnet.h"
#include "PageDrivers.h"
#include "ServiceTestSupport.h"
#include "app/common/Language.h"
#include "ui/AccountContext.h"
#include "ui/common/Formatting.h"
#include "ui/dialogs/StakeDialog.h"
#include "ui/dialogs/TransactionConfirmDialog.h"
#include "wallet/tx/Amount.h"
#include "ui/models/SlashesModel.h"
#include "ui/models/StakesModel.h"
#include "ui/models/UnbondingsModel.h"
#include "ui/pages/StakingPage.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace plinth;
using test::addr;
using test::dec;

class TestStakingDevnet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        app::installLanguage(QStringLiteral("en"));
        QVERIFY2(m_net.start(), qPrintable(m_net.error()));
        m_accounts = std::make_unique<ui::AccountContext>(*m_net.services().wallet);
        m_accounts->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(m_accounts->current().has_value(), 30000);
        m_user = *m_accounts->current();
        QCOMPARE(addr(m_user), m_net.userAddress());
    }

    void tablesEqualTheSnapshotAndTheContract()
    {
        ui::StakingPage page(m_net.services(), *m_accounts);
        test::attachStakingTesters(page);
        page.setEmptyTexts(QStringLiteral("Staking"), QStringLiteral("waiting"));
        QTRY_VERIFY_WITH_TIMEOUT(page.shownAt().has_value(), 30000);
        const std::uint64_t block = page.shownAt()->block.number;
        auto snap = test::ask<StakesSnapshot>([&](auto done) { m_net.services().network->stakes(m_user, std::move(done)); });
        QVERIFY2(snap, snap ? "" : snap.error().message.c_str());
        QCOMPARE(snap->at.block.number, block);
        const std::string staking = m_net.services().profile->contracts.staking;
        const unsigned decimals = m_net.services().profile->token.decimals;
        const QString symbol = QString::fromStdString(m_net.services().profile->token.symbol);

        ui::StakesModel* stakes = page.stakesModel();
        QCOMPARE(stakes->rowCount(), int(snap->book.positions().size()));
        QVERIFY(stakes->rowCount() >= 2); // the user's own stakes and delegations are seeded
        UInt256 ownBonded = 0;
        for (int row = 0; row < stakes->rowCount(); ++row) {
            const StakePosition& p = snap->book.positions()[std::size_t(row)];
            QCOMPARE(stakes->data(stakes->index(row, ui::StakesModel::DeviceColumn), ui::StakesModel::kDeviceRole).toString(), addr(p.device));
            const QString onChain = test::castCall(m_net.fixture(), staking, QStringLiteral("stakes(address,address)(uint256)"),
                                                   {addr(p.device), addr(p.staker)}, block);
            QCOMPARE(stakes->data(stakes->index(row, 0), ui::StakesModel::kActiveRole).toString(), onChain);
            QCOMPARE(stakes->data(stakes->index(row, ui::StakesModel::ActiveColumn)).toString(), ui::formatAmount(p.amount, decimals, symbol));
            if (p.staker == m_user)
                ownBonded += p.amount;
        }
        QVERIFY(ownBonded > 0);

        ui::UnbondingsModel* unbondings = page.unbondingsModel();
        QCOMPARE(unbondings->rowCount(), int(snap->book.unbondings().size()));
        QVERIFY(unbondings->rowCount() >= 1);
        for (int row = 0; row < unbondings->rowCount(); ++row) {
            const Unbonding& u = *unbondings->unbonding(row);
            QCOMPARE(unbondings->data(unbondings->index(row, 0), ui::UnbondingsModel::kIdRole).toString(), dec(snap->book.unbondings()[std::size_t(row)].id));
            // (staker, device, amount, releaseAt, withdrawn)
            QCOMPARE(test::castCall(m_net.fixture(), staking, QStringLiteral("unbondings(uint256)(address,address,uint128,uint64,bool)"),
                                    {dec(u.id)}, block),
                     QStringList({addr(u.staker), addr(u.device), dec(u.amount), QString::number(u.releaseAt),
                                  u.withdrawn ? QStringLiteral("true") : QStringLiteral("false")})
                         .join(QLatin1Char(' ')));
            const auto status = static_cast<ui::UnbondingsModel::Status>(
                unbondings->data(unbondings->index(row, 0), ui::UnbondingsModel::kStatusRole).toInt());
            QCOMPARE(status, u.withdrawn ? ui::UnbondingsModel::Status::Withdrawn
                             : u.releaseAt <= snap->at.timestamp ? ui::UnbondingsModel::Status::Withdrawable
                                                                 : ui::UnbondingsModel::Status::Unbonding);
        }
        QCOMPARE(page.slashesModel()->rowCount(), int(snap->book.slashes().size()));
    }

    void countdownsMoveOnTheChainClock()
    {
        ui::StakingPage page(m_net.services(), *m_accounts);
        test::attachStakingTesters(page);
        QTRY_VERIFY_WITH_TIMEOUT(page.shownAt().has_value(), 30000);
        ui::UnbondingsModel* model = page.unbondingsModel();
        int running = -1;
        for (int row = 0; row < model->rowCount() && running < 0; ++row)
            if (model->status(*model->unbonding(row)) == ui::UnbondingsModel::Status::Unbonding)
                running = row;
        QVERIFY2(running >= 0, "the devnet seeds an unbonding that is still running");
        const Unbonding u = *model->unbonding(running);
        const QString text = model->data(model->index(running, ui::UnbondingsModel::ReleaseColumn)).toString();
        QVERIFY2(text.startsWith(QStringLiteral("in ")), qPrintable(text));
        // The page's timer refreshes the countdown cells every second from the clock, not from the core:
        // the snapshot it shows stays the same.
        const VerifiedAt at = *page.shownAt();
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 2, 5000);
        QCOMPARE(*page.shownAt(), at);
        const QModelIndex from = changed.last().at(0).toModelIndex(), to = changed.last().at(1).toModelIndex();
        QCOMPARE(from.column(), int(ui::UnbondingsModel::StatusColumn));
        QCOMPARE(to.column(), int(ui::UnbondingsModel::ReleaseColumn));
        QVERIFY(u.releaseAt > at.timestamp);
    }

    void withdrawIsEnabledForReleasedEntriesOfTheAccount()
    {
        ui::StakingPage page(m_net.services(), *m_accounts);
        QTRY_VERIFY_WITH_TIMEOUT(page.shownAt().has_value(), 30000);
        auto* view = page.findChild<QTableView*>(QStringLiteral("staking.unbondings"));
        auto* withdraw = page.findChild<QPushButton*>(QStringLiteral("staking.withdraw"));
        QVERIFY(view && withdraw);
        QVERIFY(!withdraw->isEnabled()); // nothing selected
        auto* proxy = qobject_cast<QSortFilterProxyModel*>(view->model());
        for (int row = 0; row < proxy->rowCount(); ++row) {
            view->selectRow(row);
            const Unbonding* u = page.unbondingsModel()->unbonding(proxy->mapToSource(proxy->index(row, 0)).row());
            const bool expected = u->staker == m_user && !u->withdrawn && u->releaseAt <= page.shownAt()->timestamp;
            QCOMPARE(withdraw->isEnabled(), expected);
        }
    }

    void stakeDialogRefusesWhatTheContractWould()
    {
        ui::StakingPage page(m_net.services(), *m_accounts);
        QTRY_VERIFY_WITH_TIMEOUT(page.shownAt().has_value(), 30000);
        auto* unstake = page.findChild<QPushButton*>(QStringLiteral("staking.unstake"));
        QTRY_VERIFY(unstake->isEnabled());
        QTest::mouseClick(unstake, Qt::LeftButton);
        auto* dialog = page.findChild<ui::StakeDialog*>();
        QVERIFY(dialog);
        auto* amount = dialog->findChild<QLineEdit*>(QStringLiteral("stakeDialog.amount"));
        auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("stakeDialog.ok"));
        QVERIFY(!ok->isEnabled());
        amount->setText(QStringLiteral("0"));
        QVERIFY(!ok->isEnabled());
        amount->setText(QStringLiteral("1e18"));
        QVERIFY(!ok->isEnabled());
        // More than the bonded stake of the first choice.
        amount->setText(QStringLiteral("100000000000"));
        QVERIFY(!ok->isEnabled());
        amount->setText(QStringLiteral("1"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dec(*dialog->amount()), QStringLiteral("1") + QString(int(m_net.services().profile->token.decimals), QLatin1Char('0')));
        dialog->reject();
    }

    void stakeThroughTheGuiMovesTheStakeOnChain()
    {
        ui::StakingPage page(m_net.services(), *m_accounts);
        test::attachStakingTesters(page);
        QTRY_VERIFY_WITH_TIMEOUT(page.shownAt().has_value(), 30000);
        QPointer<ui::StakeDialog> dialog = test::openStakeDialog(page, QStringLiteral("staking.stake"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->device().has_value()); // the user owns seeded devices
        const Address device = *dialog->device();
        const std::string staking = m_net.services().profile->contracts.staking;
        const QString head = m_net.fixture().cast({QStringLiteral("block-number")});
        const UInt256 before = parseDecimalUInt256(test::castCall(m_net.fixture(), staking, QStringLiteral("stakes(address,address)(uint256)"),
                                                                  {addr(device), addr(m_user)}, head.toULongLong())
                                                       .toStdString())
                                   .value();
        dialog->findChild<QLineEdit*>(QStringLiteral("stakeDialog.amount"))->setText(QStringLiteral("25"));
        auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("stakeDialog.ok"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());

        QString sendError;
        QVERIFY2(test::sendThroughConfirmDialog(page, &sendError), qPrintable(sendError));

        const UInt256 amount = parseAmount("25", m_net.services().profile->token.decimals, "").value();
        const QString after = m_net.fixture().cast({QStringLiteral("block-number")});
        QCOMPARE(test::castCall(m_net.fixture(), staking, QStringLiteral("stakes(address,address)(uint256)"), {addr(device), addr(m_user)},
                                after.toULongLong()),
                 dec(before + amount));
        // A block is verified once its child is: mine one on top of the transaction's, then sync.
        QVERIFY(!m_net.fixture().cast({QStringLiteral("rpc"), QStringLiteral("evm_mine")}).isNull());
        QVERIFY2(m_net.syncNow(), qPrintable(m_net.error()));
        // The page read the new snapshot after its own sync: the row shows the new bonded amount.
        QTRY_VERIFY_WITH_TIMEOUT(bondedShown(page, device) == dec(before + amount), 60000);
    }

private:
    static QString bondedShown(ui::StakingPage& page, const Address& device)
    {
        ui::StakesModel* m = page.stakesModel();
        for (int row = 0; row < m->rowCount(); ++row)
            if (m->position(row)->device == device && m->data(m->index(row, 0), ui::StakesModel::kOwnStakeRole).toBool())
                return m->data(m->index(row, 0), ui::StakesModel::kActiveRole).toString();
        return {};
    }

    test::GuiDevnet m_net;
    std::unique_ptr<ui::AccountContext> m_accounts;
    Address m_user;
};

QTEST_MAIN(TestStakingDevnet)
#include "tst_staking_devnet.moc"
