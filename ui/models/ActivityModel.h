#pragma once
// ActivityModel: one account's activity as a table: the transactions this wallet sent (the journal,
// TransactionsService::journal) and the account's reward claims proven in the verified cache
// (NetworkServices::ledger: Claimed events, each with the tokens the claim delivered). Columns: when,
// what, amount, status. Rows keep the order given; ActivityPage sorts them newest first through a
// QSortFilterProxyModel on SortRole (unix milliseconds: a transaction's signing time, a claim's block time).
//
// Ownership: Qt parent. Threading: GUI thread only (the page hands it values fetched on the workers).
// Errors: none; a missing half (no network: no claims) is simply not there, and the page says why.

#include "wallet/network/NetworkProfile.h"
#include "wallet/network/PayoutLedger.h"
#include "wallet/tx/TxJournal.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace plinth::ui {

class ActivityModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, What, Amount, Status, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, HashRole, PendingRole, KindRole };

    explicit ActivityModel(QObject* parent = nullptr);

    void setProfile(std::optional<NetworkProfile> profile) { m_profile = std::move(profile); }
    // Replaces the transactions, or the claims (each half refreshes on its own).
    void setTransactions(std::vector<JournalEntry> rows);
    void setClaims(std::vector<LedgerClaim> claims);
    std::size_t transactionCount() const { return m_transactions.size(); }
    std::size_t claimCount() const { return m_claims.size(); }
    bool hasPending() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindText(const std::string& kind);
    static QString statusText(JournalStatus status);

private:
    QVariant transactionData(const JournalEntry& e, int column, int role) const;
    QVariant claimData(const LedgerClaim& c, int column, int role) const;

    std::optional<NetworkProfile> m_profile;
    std::vector<JournalEntry> m_transactions; // rows 0..n-1
    std::vector<LedgerClaim> m_claims;        // rows n..
};

} // namespace plinth::ui
