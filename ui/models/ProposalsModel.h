#pragma once
// ProposalsModel: the governor's proposals of a ProposalsSnapshot as a list, newest first, with what the
// list's delegate draws: the state (for the chip), the tallies as shares of the quorum bar's scale, and a
// line saying when voting starts or ends on the chain's clock (setNow(), from the page's timer), and
// whether one of those moments has just passed (boundaryBetween(), for the page to read again).
//
// Ownership: Qt parent; holds a copy of the proposals. Threading: GUI thread only. Errors: none.

#include "wallet/network/ProposalBook.h"

#include <QAbstractListModel>

#include <cstdint>
#include <vector>

namespace plinth::ui {

class ProposalsModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // decimal id
        StateRole,                 // int(ProposalState)
        WhenRole,                  // "Voting ends in 2 days", "Ended 3 May 2026"...
        ForShareRole,              // double in [0, 1] of the bar's scale
        AgainstShareRole,
        AbstainShareRole,
        QuorumShareRole,           // where the quorum mark sits
    };

    explicit ProposalsModel(QObject* parent = nullptr) : QAbstractListModel(parent) {}
    // `proposals` in creation order (as the snapshot has them); shown newest first.
    void setProposals(std::vector<Proposal> proposals, unsigned decimals, QString symbol, std::uint64_t now);
    void setNow(std::uint64_t now);
    std::uint64_t now() const { return m_now; }
    // Whether a proposal whose state still moves with time (not canceled or executed) crosses its vote
    // start, its vote end or its timelock eta in (from, to]: a countdown ran out and the state the
    // verified snapshot holds may be another one now.
    bool boundaryBetween(std::uint64_t from, std::uint64_t to) const;
    const Proposal* proposal(int row) const;
    int rowOf(const UInt256& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The quorum bar's shares: for, against, abstain and the quorum mark, each of max(quorum, votes cast).
    struct Shares {
        double forShare = 0, againstShare = 0, abstainShare = 0, quorumMark = 0;
    };
    static Shares shares(const Proposal& p);
    // When voting starts, ends or ended, in a sentence, at `now` on the chain's clock.
    static QString whenText(const Proposal& p, std::uint64_t now);

private:
    QString tallyText(const Proposal& p) const;

    std::vector<Proposal> m_proposals; // newest first
    unsigned m_decimals = 18;
    QString m_symbol;
    std::uint64_t m_now = 0;
};

} // namespace plinth::ui
