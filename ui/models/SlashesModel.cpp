#include "ui/models/SlashesModel.h"

#include "ui/common/Formatting.h"

namespace plinth::ui {

void SlashesModel::setSlashes(std::vector<Slash> slashes, TokenUnits units)
{
    beginResetModel();
    m_slashes = std::move(slashes);
    m_units = std::move(units);
    endResetModel();
}

QStringList SlashesModel::headers() const { return {tr("Date"), tr("Device"), tr("Staker"), tr("Amount"), tr("Reason")}; }

QVariant SlashesModel::cell(int row, int column, int role) const
{
    const Slash& s = m_slashes[static_cast<std::size_t>(row)];
    switch (column) {
    case DateColumn:
        if (role == Qt::DisplayRole)
            return formatDateTime(s.timestamp);
        if (role == Qt::ToolTipRole)
            //: %1 a block number
            return tr("Block %1").arg(formatCount(s.blockNumber));
        return role == kSortRole ? QVariant(qulonglong(s.blockNumber)) : QVariant();
    case DeviceColumn: return addressCell(s.device, role);
    case StakerColumn: return addressCell(s.staker, role);
    case AmountColumn: return amountCell(s.amount, role);
    case ReasonColumn:
        return role == Qt::DisplayRole || role == Qt::ToolTipRole || role == kSortRole ? QVariant(QString::fromStdString(s.reason))
                                                                                         : QVariant();
    default: return {};
    }
}

} // namespace plinth::ui
