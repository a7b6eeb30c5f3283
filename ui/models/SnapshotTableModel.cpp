#include "ui/models/SnapshotTableModel.h"

#include "ui/common/Formatting.h"

namespace plinth::ui {

int SnapshotTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : rows(); }

int SnapshotTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(headers().size());
}

QVariant SnapshotTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cell(index.row(), index.column(), role);
}

QVariant SnapshotTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= headers().size())
        return {};
    return headers().at(section);
}

QString SnapshotTableModel::amountSortKey(const UInt256& value)
{
    return QString::fromStdString(toDecimalString(value)).rightJustified(78, QLatin1Char('0'));
}

QVariant SnapshotTableModel::amountCell(const UInt256& value, int role) const
{
    switch (role) {
    case Qt::DisplayRole: return formatAmount(value, m_units.decimals, m_units.symbol);
    case Qt::ToolTipRole: return fullAmount(value, m_units.decimals, m_units.symbol);
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case kSortRole: return amountSortKey(value);
    default: return {};
    }
}

QVariant SnapshotTableModel::addressCell(const Address& address, int role)
{
    if (role == Qt::DisplayRole)
        return shortAddress(address);
    return role == Qt::ToolTipRole || role == kSortRole ? QVariant(fullAddress(address)) : QVariant();
}

} // namespace plinth::ui
