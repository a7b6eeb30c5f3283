#include "ui/models/UnbondingsModel.h"

#include "ui/common/Formatting.h"

#include <algorithm>

namespace plinth::ui {

void UnbondingsModel::setUnbondings(std::vector<Unbonding> unbondings, TokenUnits units, std::uint64_t now)
{
    beginResetModel();
    m_unbondings = std::move(unbondings);
    m_units = std::move(units);
    m_now = now;
    endResetModel();
}

void UnbondingsModel::setNow(std::uint64_t now)
{
    if (now == m_now)
        return;
    m_now = now;
    if (!m_unbondings.empty())
        Q_EMIT dataChanged(index(0, StatusColumn), index(rows() - 1, ReleaseColumn));
}

bool UnbondingsModel::releasedBetween(std::uint64_t from, std::uint64_t to) const
{
    return std::any_of(m_unbondings.begin(), m_unbondings.end(),
                       [&](const Unbonding& u) { return !u.withdrawn && u.releaseAt > from && u.releaseAt <= to; });
}

int UnbondingsModel::rowOf(const UInt256& id) const
{
    const auto it = std::find_if(m_unbondings.begin(), m_unbondings.end(), [&](const Unbonding& u) { return u.id == id; });
    return it == m_unbondings.end() ? -1 : static_cast<int>(it - m_unbondings.begin());
}

const Unbonding* UnbondingsModel::unbonding(int row) const
{
    return row >= 0 && row < rows() ? &m_unbondings[static_cast<std::size_t>(row)] : nullptr;
}

UnbondingsModel::Status UnbondingsModel::status(const Unbonding& u) const
{
    if (u.withdrawn)
        return Status::Withdrawn;
    // The contract's withdraw() accepts block.timestamp >= releaseAt.
    return u.releaseAt <= m_now ? Status::Withdrawable : Status::Unbonding;
}

QStringList UnbondingsModel::headers() const
{
    return {tr("Entry"), tr("Device"), tr("Staker"), tr("Amount"), tr("Status"), tr("Release")};
}

QString UnbondingsModel::statusText(const Unbonding& u) const
{
    switch (status(u)) {
    case Status::Unbonding: return tr("Unbonding");
    case Status::Withdrawable: return tr("Ready to withdraw");
    case Status::Withdrawn: return tr("Withdrawn");
    }
    return {};
}

QString UnbondingsModel::releaseText(const Unbonding& u) const
{
    switch (status(u)) {
    //: %1 how long until the stake is released ("2 days 3 hours")
    case Status::Unbonding: return tr("in %1").arg(formatDuration(u.releaseAt - m_now));
    //: %1 a date and time
    case Status::Withdrawable: return tr("since %1").arg(formatDateTime(u.releaseAt));
    case Status::Withdrawn:
        //: %1 a date and time
        return u.withdrawnAt ? tr("withdrawn %1").arg(formatDateTime(*u.withdrawnAt)) : formatDateTime(u.releaseAt);
    }
    return {};
}

QVariant UnbondingsModel::cell(int row, int column, int role) const
{
    const Unbonding& u = m_unbondings[static_cast<std::size_t>(row)];
    if (role == kStatusRole)
        return static_cast<int>(status(u));
    if (role == kIdRole)
        return QString::fromStdString(toDecimalString(u.id));
    switch (column) {
    case IdColumn:
        if (role == Qt::DisplayRole)
            //: an unbonding entry's number
            return tr("#%1").arg(QString::fromStdString(toDecimalString(u.id)));
        return role == kSortRole ? QVariant(amountSortKey(u.id)) : QVariant();
    case DeviceColumn: return addressCell(u.device, role);
    case StakerColumn: return addressCell(u.staker, role);
    case AmountColumn: return amountCell(u.amount, role);
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return statusText(u);
        return role == kSortRole ? QVariant(static_cast<int>(status(u))) : QVariant();
    case ReleaseColumn:
        if (role == Qt::DisplayRole)
            return releaseText(u);
        if (role == Qt::ToolTipRole)
            return formatDateTime(u.releaseAt);
        return role == kSortRole ? QVariant(qulonglong(u.releaseAt)) : QVariant();
    default: return {};
    }
}

} // namespace plinth::ui
