#pragma once
// ActivityModel: one account's activity as a table: the transactions this wallet sent (the journal,
// TransactionsService::journal) and the account's events proven in the verified cache: its reward claims
// (NetworkServices::ledger: Claimed events, each with the tokens the claim delivered), its unstake
// requests and withdrawals, and the slashes of its stakes (NetworkServices::stakes). Columns: when,
// what, amount, status. A transaction that failed (reverted in its block, refused by the node, dropped)
// says why on its row: ReasonRole is the reason the journal recorded (for a revert the decoded revert,
// TransactionsService re-runs the call), or "reason unknown" when none was journalled, never empty;
// the tooltip and the accessible description of its cells say it in a sentence. Rows keep the order
// given; ActivityPage sorts them newest first through a QSortFilterProxyModel on SortRole (unix
// milliseconds: a transaction's signing time, a claim's block time).
//
// Ownership: Qt parent. Threading: GUI thread only (the page hands it values fetched on the workers).
// Errors: none; a missing half (no network: no claims) is simply not there, and the page says why.

#include "wallet/network/NetworkProfile.h"
#include "wallet/network/PayoutLedger.h"
#include "wallet/network/StakeBook.h"
#include "wallet/tx/TxJournal.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace plinth::ui {

class ActivityModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, What, Amount, Status, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, HashRole, PendingRole, KindRole, ReasonRole /* failed transactions only */ };

    explicit ActivityModel(QObject* parent = nullptr);

    void setProfile(std::optional<NetworkProfile> profile) { m_profile = std::move(profile); }
    // Replaces the transactions, or the claims (each half refreshes on its own).
    void setTransactions(std::vector<JournalEntry> rows);
    void setClaims(const std::vector<LedgerClaim>& claims);
    // The unbondings and slashes of `account`'s stakes in `book`.
    void setStakeEvents(const StakeBook& book, const Address& account);
    std::size_t transactionCount() const { return m_transactions.size(); }
    std::size_t claimCount() const { return m_claims.size(); }
    std::size_t stakeEventCount() const { return m_stakeEvents.size(); }
    bool hasPending() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindText(const std::string& kind);
    static QString statusText(JournalStatus status);
    // For a failed transaction (reverted, rejected, dropped): the journalled reason, or "reason
    // unknown"; and the sentence its row shows as tooltip and accessible description. Empty otherwise.
    static QString failureReason(const JournalEntry& e);
    static QString failureSentence(const JournalEntry& e);

private:
    // A proven event, in words already (built when the snapshot arrives).
    struct Event {
        qint64 ms = 0;
        QString what, amount, status, hash, kind;
    };
    QVariant transactionData(const JournalEntry& e, int column, int role) const;
    static QVariant eventData(const Event& e, int column, int role);
    QString tokens(const UInt256& amount) const;

    std::optional<NetworkProfile> m_profile;
    std::vector<JournalEntry> m_transactions; // rows 0..n-1
    std::vector<Event> m_claims;              // then the claims
    std::vector<Event> m_stakeEvents;         // then unbondings, withdrawals and slashes
};

} // namespace plinth::ui
