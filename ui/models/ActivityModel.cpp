#include "ui/models/ActivityModel.h"

#include "ui/common/Formatting.h"
#include "wallet/codec/Hex.h"

#include <algorithm>

namespace plinth::ui {
namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

} // namespace

ActivityModel::ActivityModel(QObject* parent) : QAbstractTableModel(parent) {}

void ActivityModel::setTransactions(std::vector<JournalEntry> rows)
{
    beginResetModel();
    m_transactions = std::move(rows);
    endResetModel();
}

QString ActivityModel::tokens(const UInt256& amount) const
{
    return m_profile ? formatAmount(amount, m_profile->token.decimals, qs(m_profile->token.symbol)) : QString();
}

void ActivityModel::setClaims(const std::vector<LedgerClaim>& claims)
{
    std::vector<Event> events;
    for (const LedgerClaim& c : claims)
        events.push_back({qint64(c.timestamp) * 1000,
                          //: %1 the address the rewards were paid to
                          tr("Rewards claimed to %1").arg(shortAddress(c.to)), tokens(c.received),
                          //: %1 a block number
                          tr("Proven in block %1").arg(formatCount(c.ref.blockNumber)), qs(toHex(c.ref.txHash)),
                          QStringLiteral("claimed-event")});
    beginResetModel();
    m_claims = std::move(events);
    endResetModel();
}

void ActivityModel::setStakeEvents(const StakeBook& book, const Address& account)
{
    std::vector<Event> events;
    for (const Unbonding& u : book.unbondings()) {
        if (u.staker != account)
            continue;
        //: %1 the number the staking contract gave the unstake request, %2 a device's address
        events.push_back({qint64(u.requestedAt) * 1000, tr("Unstake request #%1 from device %2").arg(qs(toDecimalString(u.id)), shortAddress(u.device)),
                          tokens(u.amount),
                          //: %1 a block number
                          tr("Proven in block %1").arg(formatCount(u.requestedBlock)), QString(), QStringLiteral("unstake-event")});
        if (u.withdrawn && u.withdrawnAt)
            //: %1 the number the staking contract gave the unstake request
            events.push_back({qint64(*u.withdrawnAt) * 1000, tr("Unstake request #%1 withdrawn").arg(qs(toDecimalString(u.id))), tokens(u.amount),
                              tr("Proven"), QString(), QStringLiteral("withdraw-event")});
    }
    for (const Slash& sl : book.slashes()) {
        if (sl.staker != account)
            continue;
        //: %1 a device's address, %2 the slasher's reason
        events.push_back({qint64(sl.timestamp) * 1000, tr("Stake on device %1 slashed: %2").arg(shortAddress(sl.device), qs(sl.reason)),
                          tokens(sl.amount), tr("Proven in block %1").arg(formatCount(sl.blockNumber)), qs(toHex(sl.txHash)),
                          QStringLiteral("slash-event")});
    }
    beginResetModel();
    m_stakeEvents = std::move(events);
    endResetModel();
}

bool ActivityModel::hasPending() const
{
    return std::any_of(m_transactions.begin(), m_transactions.end(),
                       [](const JournalEntry& e) { return e.status == JournalStatus::Pending || e.status == JournalStatus::Signed; });
}

int ActivityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_transactions.size() + m_claims.size() + m_stakeEvents.size());
}

int ActivityModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When: return tr("When");
    case What: return tr("What");
    case Amount: return tr("Amount");
    case Status: return tr("Status");
    default: return {};
    }
}

QString ActivityModel::kindText(const std::string& kind)
{
    if (kind == "transfer") return tr("Sent");
    if (kind == "token-transfer") return tr("Sent tokens");
    if (kind == "claim") return tr("Claim rewards");
    if (kind == "approve") return tr("Token approval");
    if (kind == "stake") return tr("Stake");
    if (kind == "delegate-stake") return tr("Delegated stake");
    if (kind == "unstake") return tr("Unstake");
    if (kind == "withdraw") return tr("Withdraw");
    if (kind == "vote") return tr("Vote");
    if (kind == "delegate-votes" || kind == "delegate") return tr("Delegate votes");
    if (kind == "propose") return tr("Proposal");
    if (kind == "queue") return tr("Queue proposal");
    if (kind == "execute") return tr("Execute proposal");
    if (kind == "register") return tr("Register device");
    if (kind == "speed-up") return tr("Speed-up");
    if (kind == "cancel") return tr("Cancellation");
    return tr("Contract call");
}

QString ActivityModel::statusText(JournalStatus status)
{
    switch (status) {
    case JournalStatus::Signed: return tr("Signed, not yet sent");
    case JournalStatus::Pending: return tr("Pending");
    case JournalStatus::Included: return tr("Confirmed");
    case JournalStatus::Reverted: return tr("Failed");
    case JournalStatus::Rejected: return tr("Refused by the node");
    case JournalStatus::Dropped: return tr("Dropped");
    case JournalStatus::Replaced: return tr("Replaced");
    }
    return {};
}

QString ActivityModel::failureReason(const JournalEntry& e)
{
    if (e.status != JournalStatus::Reverted && e.status != JournalStatus::Rejected && e.status != JournalStatus::Dropped)
        return {};
    //: shown for a failed transaction when Plinth could not learn why it failed
    return e.note.empty() ? tr("reason unknown") : qs(e.note);
}

QString ActivityModel::failureSentence(const JournalEntry& e)
{
    const QString reason = failureReason(e);
    switch (e.status) {
    //: %1 why it failed (the contract's decoded revert, or "reason unknown")
    case JournalStatus::Reverted: return tr("The transaction failed: %1").arg(reason);
    //: %1 the node's reason (or "reason unknown")
    case JournalStatus::Rejected: return tr("The node refused the transaction: %1").arg(reason);
    //: %1 why (or "reason unknown")
    case JournalStatus::Dropped: return tr("The transaction was dropped: %1").arg(reason);
    default: return {};
    }
}

QVariant ActivityModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == Amount ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    const std::size_t row = std::size_t(index.row());
    if (row < m_transactions.size())
        return transactionData(m_transactions[row], index.column(), role);
    if (row < m_transactions.size() + m_claims.size())
        return eventData(m_claims[row - m_transactions.size()], index.column(), role);
    return eventData(m_stakeEvents[row - m_transactions.size() - m_claims.size()], index.column(), role);
}

QVariant ActivityModel::transactionData(const JournalEntry& e, int column, int role) const
{
    const std::uint64_t seconds = std::uint64_t(std::max<std::int64_t>(0, e.createdAtMs / 1000));
    switch (role) {
    case SortRole: return qlonglong(e.createdAtMs);
    case HashRole: return qs(toHex(e.hash));
    case PendingRole: return e.status == JournalStatus::Pending;
    case KindRole: return qs(e.kind);
    case ReasonRole: return failureReason(e);
    case Qt::ToolTipRole: {
        const QString failure = failureSentence(e);
        return failure.isEmpty() ? qs(toHex(e.hash)) : failure;
    }
    case Qt::AccessibleDescriptionRole: {
        const QString failure = failureSentence(e);
        return failure.isEmpty() ? QVariant() : QVariant(failure);
    }
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (column) {
    case When: return formatDateTime(seconds);
    case What: {
        const Address to = e.tx.to.value_or(Address{});
        //: %1 what the transaction did ("Stake"), %2 the address it went to
        return tr("%1 to %2").arg(kindText(e.kind), shortAddress(to));
    }
    case Amount:
        if (!m_profile || e.tx.value == 0)
            return QString();
        return formatAmount(e.tx.value, m_profile->currency.decimals, qs(m_profile->currency.symbol));
    case Status:
        if (e.blockNumber && (e.status == JournalStatus::Included || e.status == JournalStatus::Reverted))
            //: %1 a status ("Confirmed"), %2 a block number
            return tr("%1 in block %2").arg(statusText(e.status), formatCount(*e.blockNumber));
        return statusText(e.status);
    default: return {};
    }
}

QVariant ActivityModel::eventData(const Event& e, int column, int role)
{
    switch (role) {
    case SortRole: return e.ms;
    case HashRole: return e.hash;
    case PendingRole: return false;
    case KindRole: return e.kind;
    case ReasonRole: return QString();
    case Qt::ToolTipRole: return e.hash.isEmpty() ? QVariant() : QVariant(e.hash);
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (column) {
    case When: return formatDateTime(std::uint64_t(e.ms / 1000));
    case What: return e.what;
    case Amount: return e.amount;
    case Status: return e.status;
    default: return {};
    }
}

} // namespace plinth::ui
