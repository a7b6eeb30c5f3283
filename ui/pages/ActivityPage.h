#pragma once
// ActivityPage: the current account's activity, newest first: the transactions this wallet sent (the
// journal, with their state) and its events proven in the verified cache (reward claims, unstake
// requests, withdrawals, slashes). A pending transaction
// can be sped up or cancelled: both open the TransactionConfirmDialog on the replacement
// (TransactionsService::speedUp / cancel). While something is pending the journal is read again every
// two seconds, so the row turns confirmed (or replaced) without the user doing anything; each new
// verified head (SyncService::handleCacheChanged) reads the journal too, so a transaction sent from
// another page appears, and settles, without a visit to this one.
// A failed transaction's row says why (ActivityModel::ReasonRole, its tooltip); the selected row's
// reason is also written out under the table ("activity.detail"), hidden for rows that did not fail.
// Widgets (objectName): "activity.status", "activity.table", "activity.detail", "activity.speedUp",
// "activity.cancel".
//
// Ownership: a child of the page stack; keeps references to the window's UiServices and AccountContext,
// which outlive it. Threading: GUI thread only; every service call answers through onGui().

#include "ui/AccountContext.h"
#include "ui/UiServices.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedLayout;
class QTableView;
class QTimer;

namespace plinth::ui {

class ActivityModel;
class EmptyStatePage;

class ActivityPage : public QWidget {
    Q_OBJECT
public:
    ActivityPage(UiServices& services, AccountContext& accounts, QWidget* parent = nullptr);
    // Sets the page title and the sentence shown while the page has nothing to show.
    void setEmptyTexts(const QString& title, const QString& message);

    ActivityModel& model() { return *m_model; }
    QSortFilterProxyModel& sorted() { return *m_sorted; }

public Q_SLOTS:
    // Reads the journal and the proven claims again.
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void readJournal();
    void updateStatus();
    void updateButtons();
    void updateDetail();
    void replace(bool speedUp);

    UiServices& m_services;
    AccountContext& m_accounts;
    EmptyStatePage* m_empty;
    QLabel* m_title = nullptr;
    QStackedLayout* m_stack = nullptr;
    ActivityModel* m_model = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    QLabel* m_status = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_detail = nullptr;
    QPushButton* m_speedUp = nullptr;
    QPushButton* m_cancel = nullptr;
    QTimer* m_poll = nullptr;
    int m_journalRequest = 0, m_claimsRequest = 0;
    bool m_journalRead = false, m_claimsRead = false, m_stakesRead = false;
    QString m_claimsError, m_stakesError;
    std::unique_ptr<SubscriptionHandle> m_newHead;
};

} // namespace plinth::ui
