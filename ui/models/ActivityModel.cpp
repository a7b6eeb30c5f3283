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

void ActivityModel::setClaims(std::vector<LedgerClaim> claims)
{
    beginResetModel();
    m_claims = std::move(claims);
    endResetModel();
}

bool ActivityModel::hasPending() const
{
    return std::any_of(m_transactions.begin(), m_transactions.end(),
                       [](const JournalEntry& e) { return e.status == JournalStatus::Pending || e.status == JournalStatus::Signed; });
}

int ActivityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_transactions.size() + m_claims.size());
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

QVariant ActivityModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const std::size_t row = std::size_t(index.row());
    if (row < m_transactions.size())
        return transactionData(m_transactions[row], index.column(), role);
    return claimData(m_claims[row - m_transactions.size()], index.column(), role);
}

QVariant ActivityModel::transactionData(const JournalEntry& e, int column, int role) const
{
    const std::uint64_t seconds = std::uint64_t(std::max<std::int64_t>(0, e.createdAtMs / 1000));
    switch (role) {
    case SortRole: return qlonglong(e.createdAtMs);
    case HashRole: return qs(toHex(e.hash));
    case PendingRole: return e.status == JournalStatus::Pending;
    case KindRole: return qs(e.kind);
    case Qt::ToolTipRole: return qs(toHex(e.hash));
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

QVariant ActivityModel::claimData(const LedgerClaim& c, int column, int role) const
{
    switch (role) {
    case SortRole: return qlonglong(c.timestamp) * 1000;
    case HashRole: return qs(toHex(c.ref.txHash));
    case PendingRole: return false;
    case KindRole: return QStringLiteral("claimed-event");
    case Qt::ToolTipRole: return qs(toHex(c.ref.txHash));
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (column) {
    case When: return formatDateTime(c.timestamp);
    //: %1 the address the rewards were paid to
    case What: return tr("Rewards claimed to %1").arg(shortAddress(c.to));
    case Amount:
        return m_profile ? formatAmount(c.received, m_profile->token.decimals, qs(m_profile->token.symbol)) : QString();
    //: %1 a block number
    case Status: return tr("Proven in block %1").arg(formatCount(c.ref.blockNumber));
    default: return {};
    }
}

} // namespace plinth::ui
