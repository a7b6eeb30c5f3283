#include "ui/models/EarningsModel.h"

#include "ui/common/Formatting.h"

#include <QLocale>

namespace plinth::ui {

EarningsModel::EarningsModel(QObject* parent) : QAbstractTableModel(parent)
{
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &EarningsModel::insertBatch);
}

void EarningsModel::setToken(unsigned decimals, const QString& symbol)
{
    m_decimals = decimals;
    m_symbol = symbol;
    if (m_next > 0)
        Q_EMIT dataChanged(index(0, Amount), index(int(m_next) - 1, Amount));
}

void EarningsModel::clear() { setRows({}); }

void EarningsModel::setRows(std::vector<RewardRow> rows)
{
    m_timer.stop();
    beginResetModel();
    m_pending = std::move(rows);
    m_next = 0;
    endResetModel();
    if (m_pending.empty())
        Q_EMIT finished();
    else
        m_timer.start();
}

void EarningsModel::insertBatch()
{
    const std::size_t last = std::min(m_pending.size(), m_next + kBatch);
    if (last > m_next) {
        beginInsertRows({}, int(m_next), int(last) - 1);
        m_next = last;
        endInsertRows();
    }
    if (m_next >= m_pending.size()) {
        m_timer.stop();
        Q_EMIT finished();
    }
}

int EarningsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_next); }
int EarningsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString EarningsModel::kindText(std::uint8_t kind)
{
    switch (kind) {
    case 0: return tr("Storage");
    case 1: return tr("Bandwidth");
    case 2: return tr("Wireless");
    case 3: return tr("Compute");
    case 4: return tr("Energy");
    case 5: return tr("Sensor");
    default: break;
    }
    if (kind == kUnknownKind)
        return tr("Unknown kind");
    //: a resource kind this version does not know, by its number
    return tr("Kind %1").arg(kind);
}

QVariant EarningsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RewardRow& row = m_pending[std::size_t(index.row())];
    const RewardRecord& r = row.record;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date: return formatDateTime(r.timestamp);
        case DeviceColumn: return shortAddress(row.device);
        case Kind: return kindText(row.kind);
        case Epoch: return formatCount(r.epoch);
        //: a score in percent, from basis points
        case Score: return tr("%1 %").arg(QLocale().toString(double(r.score) / 100.0, 'f', 2));
        case Amount: return formatAmount(r.amount, m_decimals, m_symbol);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == DeviceColumn)
            return fullAddress(row.device);
        if (index.column() == Amount)
            return fullAmount(r.amount, m_decimals, m_symbol);
        if (index.column() == Date)
            //: %1 the block number
            return tr("Block %1").arg(formatCount(r.blockNumber));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Epoch || index.column() == Score || index.column() == Amount)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case kSortRole:
        switch (index.column()) {
        case Date: return QVariant::fromValue<qulonglong>(r.timestamp);
        case DeviceColumn: return fullAddress(row.device);
        case Kind: return kindText(row.kind);
        case Epoch: return QVariant::fromValue<qulonglong>(r.epoch);
        case Score: return QVariant::fromValue<qulonglong>(r.score);
        // 78 digits hold any uint256: zero-padded, text order is number order.
        case Amount: return QString::fromStdString(toDecimalString(r.amount)).rightJustified(78, QLatin1Char('0'));
        }
        break;
    default: break;
    }
    return {};
}

QVariant EarningsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date: return tr("Date");
    case DeviceColumn: return tr("Device");
    case Kind: return tr("Kind");
    case Epoch: return tr("Epoch");
    case Score: return tr("Score");
    case Amount: return tr("Amount");
    }
    return {};
}

} // namespace plinth::ui
