#pragma once
// The Staking page: the current account's stakes and delegations per device, its unbonding entries with
// a live countdown to their release on the chain's clock (ChainClock: the verified block's timestamp
// plus the time elapsed since; a one-second timer refreshes the text and never calls the core), and the
// slashes that concern it. Actions: stake (on the account's own devices), delegate-stake (on another's),
// unstake, and withdraw (enabled for the account's entry once it is released), each through
// TransactionConfirmDialog. Data: NetworkServices::stakes(account) and devices(), read again when the
// account changes, when a sync changed stakes, after a transaction of this page settled, and when only
// the chain's clock moved: the sync verified a new head (SyncService::handleCacheChanged) or a
// countdown reached zero on the ChainClock. Those reads are coalesced (CoalescedRead: one in flight,
// one queued), so that "ready to withdraw" and the Withdraw button follow the verified chain without a
// read per second or per block burst; those read the stakes only (the devices, the stake dialogs'
// choices, do not move with time). The selected unbonding entry stays selected across the reads.
//
// Widgets for tests (objectName): "staking.stakes", "staking.unbondings", "staking.slashes" (views),
// "staking.stake", "staking.delegate", "staking.unstake", "staking.withdraw" (buttons), "staking.status".
// Ownership: a child of the page stack; keeps references to the window's UiServices and AccountContext,
// which outlive it; its subscription to the network's changes ends with it. Threading: GUI thread only;
// every facade answer comes back through onGui. Errors: a failed read is shown in a sentence in place of
// the tables (the previous snapshot is not kept on screen as if it were current).

#include "ui/AccountContext.h"
#include "ui/UiServices.h"
#include "ui/common/ChainClock.h"
#include "ui/common/CoalescedRead.h"
#include "ui/dialogs/StakeDialog.h"
#include "wallet/api/NetworkActions.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace plinth::ui {

class EmptyStatePage;
class SlashesModel;
class StakesModel;
class UnbondingsModel;

class StakingPage : public QWidget {
    Q_OBJECT
public:
    StakingPage(UiServices& services, AccountContext& accounts, QWidget* parent = nullptr);
    ~StakingPage() override;
    // Sets the page title and the sentence shown while the page has nothing to show.
    void setEmptyTexts(const QString& title, const QString& message);

    StakesModel* stakesModel() const { return m_stakes; }
    UnbondingsModel* unbondingsModel() const { return m_unbondings; }
    SlashesModel* slashesModel() const { return m_slashes; }
    // The verified block the tables show; nullopt before the first snapshot arrived.
    std::optional<VerifiedAt> shownAt() const { return m_shownAt; }

public Q_SLOTS:
    // Reads the snapshot again (coalesced with any read already running).
    void reload();

private:
    void read();
    void refreshForClock();
    void showStakes(StakesSnapshot snapshot);
    void showMessage(const QString& message);
    void tick();
    void updateActions();
    void openStakeDialog(StakeDialog::Kind kind);
    void confirm(NetworkAction action);
    QTableView* makeTable(const QString& id, const QString& name, QAbstractItemModel* model);
    TokenUnits units() const;

    UiServices& m_services;
    AccountContext& m_accounts;
    EmptyStatePage* m_empty;
    QStackedWidget* m_stack;
    QLabel* m_title;
    QLabel* m_verified;
    QLabel* m_status;
    QLabel* m_stakesEmpty;
    QLabel* m_unbondingsEmpty;
    QLabel* m_slashesEmpty;
    StakesModel* m_stakes;
    UnbondingsModel* m_unbondings;
    SlashesModel* m_slashes;
    QTableView* m_stakesView;
    QTableView* m_unbondingsView;
    QTableView* m_slashesView;
    QPushButton* m_stakeButton;
    QPushButton* m_delegateButton;
    QPushButton* m_unstakeButton;
    QPushButton* m_withdrawButton;
    QTimer* m_clockTimer;
    ChainClock m_clock;
    std::vector<Device> m_devices; // every device of the network, for the stake dialogs' choices
    std::optional<VerifiedAt> m_shownAt;
    QString m_waitingText;
    quint64 m_generation = 0; // answers read for another account are dropped
    CoalescedRead m_refresh;
    bool m_devicesStale = true; // the next read also reads the devices (not needed when only time moved)
    std::unique_ptr<SubscriptionHandle> m_changed;
    std::unique_ptr<SubscriptionHandle> m_newHead;
};

} // namespace plinth::ui
