#pragma once
// The Governance page: the governor's proposals (NetworkServices::proposals) as a list with state chips
// and quorum bars, newest first, and beside it the selected proposal (NetworkServices::proposal with the
// current account): its rendered description, decoded actions, tallies, the account's voting power at
// the snapshot and why, and the voting deadline's countdown on the chain's clock (a one-second timer
// that never calls the core). Actions: Vote (VoteDialog, then TransactionConfirmDialog with a
// VoteAction), Simulate (TransactionsService::simulateProposal, shown as unverified), Queue and Execute
// (QueueAction/ExecuteAction with the proposal's actions and description), Delegate to yourself
// (DelegateVotesAction) for an account that has delegated to nobody, and Delegate votes (the page's
// "governance.delegateVotes" button and the detail's "Change delegate"): DelegateVotesDialog, then the
// confirmation of its DelegateVotesAction.
//
// Widgets for tests (objectName): "governance.list" (the view), "governance.detail" (the panel, see
// ProposalDetailPanel.h for its parts), "governance.status".
// Ownership: a child of the page stack; keeps references to the window's UiServices and AccountContext,
// which outlive it; its subscription to the network's changes ends with it. Threading: GUI thread only;
// every facade answer comes back through onGui. Errors: a failed read is shown in a sentence.
// Time: a proposal's state moves with the chain's clock (Pending -> Active at voteStart, Active ->
// Succeeded or Defeated after voteEnd, Queued -> executable at its eta) with no event. The page reads
// the proposals again when the sync verified a new head (SyncService::handleCacheChanged) and when a
// countdown ran out on the ChainClock, coalesced (CoalescedRead: one read in flight, one queued); the
// selected proposal's detail is read again only when its state or tallies changed, so that a new
// block costs no proofs.

#include "ui/AccountContext.h"
#include "ui/UiServices.h"
#include "ui/common/ChainClock.h"
#include "ui/common/CoalescedRead.h"
#include "ui/models/SnapshotTableModel.h"
#include "wallet/api/NetworkActions.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QListView;
class QStackedWidget;
class QTimer;

namespace plinth::ui {

class EmptyStatePage;
class ProposalDetailPanel;
class ProposalsModel;

class GovernancePage : public QWidget {
    Q_OBJECT
public:
    GovernancePage(UiServices& services, AccountContext& accounts, QWidget* parent = nullptr);
    ~GovernancePage() override;
    // Sets the page title and the sentence shown while the page has nothing to show.
    void setEmptyTexts(const QString& title, const QString& message);

    ProposalsModel* model() const { return m_model; }
    ProposalDetailPanel* detailPanel() const { return m_detail; }
    std::optional<VerifiedAt> shownAt() const { return m_shownAt; }

public Q_SLOTS:
    // Reads the proposals and the selected detail again (coalesced with any read already running).
    void reload();

private:
    void read();
    void showProposals(Result<ProposalsSnapshot> r, bool detailStale);
    void refreshForClock();
    void showMessage(const QString& message);
    void loadDetail(const UInt256& id);
    void tick();
    void vote();
    static QString voteText(VoteSupport support, const QString& title); // the confirmation's title
    void simulate();
    void delegateVotes();
    void confirm(NetworkAction action);
    TokenUnits units() const;

    UiServices& m_services;
    AccountContext& m_accounts;
    EmptyStatePage* m_empty;
    QStackedWidget* m_stack;
    QLabel* m_title;
    QLabel* m_verified;
    QLabel* m_status;
    QLabel* m_listEmpty;
    QListView* m_list;
    ProposalsModel* m_model;
    ProposalDetailPanel* m_detail;
    QTimer* m_clockTimer;
    ChainClock m_clock;
    std::optional<VerifiedAt> m_shownAt;
    std::optional<UInt256> m_selected;
    QString m_waitingText;
    quint64 m_generation = 0;       // answers of an older reload are dropped
    quint64 m_detailGeneration = 0; // and of an older selection
    CoalescedRead m_refresh;
    bool m_detailStale = false;     // the next read also reads the selected detail again
    std::unique_ptr<SubscriptionHandle> m_changed;
    std::unique_ptr<SubscriptionHandle> m_newHead;
};

} // namespace plinth::ui
