#include "ui/models/DevicesModel.h"

#include "ui/common/Formatting.h"

#include <algorithm>
#include <unordered_set>

namespace plinth::ui {
namespace {

// Amounts sort as numbers: a double keeps their order (ties closer than 1e-15 relative are harmless).
double sortable(const UInt256& v) { return v.convert_to<double>(); }

} // namespace

DevicesModel::DevicesModel(unsigned tokenDecimals, QString tokenSymbol, QObject* parent)
    : QAbstractTableModel(parent), m_decimals(tokenDecimals), m_symbol(std::move(tokenSymbol))
{
}

QString DevicesModel::kindText(std::uint8_t kind)
{
    switch (kind) {
    case 0: return tr("Storage");
    case 1: return tr("Bandwidth");
    case 2: return tr("Wireless hotspot");
    case 3: return tr("Compute (GPU)");
    case 4: return tr("Energy");
    case 5: return tr("Sensor");
    default:
        //: %1 the kind's number, for a kind this Plinth does not know
        return tr("Kind %1").arg(kind);
    }
}

QString DevicesModel::statusText(const Device& d)
{
    switch (d.status) {
    case DeviceStatus::Retired: return tr("Retired");
    case DeviceStatus::Offline:
        //: a device whose latest %Ln epochs scored 0
        return tr("Offline for %Ln epoch(s)", nullptr, static_cast<int>(d.offlineEpochs));
    case DeviceStatus::Active: break;
    }
    return tr("Active");
}

void DevicesModel::clear()
{
    beginResetModel();
    m_devices.clear();
    m_at.reset();
    endResetModel();
}

int DevicesModel::rowOf(const plinth::Address& address) const
{
    const auto it = std::find_if(m_devices.begin(), m_devices.end(), [&](const Device& d) { return d.address == address; });
    return it == m_devices.end() ? -1 : static_cast<int>(it - m_devices.begin());
}

// Diff by address: rows gone are removed, rows still there are updated in place, new ones inserted where
// the snapshot has them (registration order, so usually appended).
void DevicesModel::setSnapshot(const DevicesSnapshot& snapshot)
{
    m_at = snapshot.at;
    std::unordered_set<std::string> keep;
    for (const Device& d : snapshot.devices)
        keep.insert(toChecksumAddress(d.address));
    for (int row = static_cast<int>(m_devices.size()) - 1; row >= 0; --row) {
        if (keep.count(toChecksumAddress(m_devices[static_cast<std::size_t>(row)].address)))
            continue;
        beginRemoveRows({}, row, row);
        m_devices.erase(m_devices.begin() + row);
        endRemoveRows();
    }
    for (std::size_t i = 0; i < snapshot.devices.size(); ++i) {
        const Device& incoming = snapshot.devices[i];
        const int row = static_cast<int>(i);
        const int at = rowOf(incoming.address);
        if (at == row) {
            m_devices[i] = incoming;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            continue;
        }
        if (at > row) { // moved up: take it out where it was first
            beginRemoveRows({}, at, at);
            m_devices.erase(m_devices.begin() + at);
            endRemoveRows();
        }
        beginInsertRows({}, row, row);
        m_devices.insert(m_devices.begin() + row, incoming);
        endInsertRows();
    }
}

int DevicesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_devices.size());
}

int DevicesModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant DevicesModel::display(const Device& d, int column) const
{
    switch (column) {
    case Address: return shortAddress(d.address);
    case Kind: return kindText(d.kind);
    case Capacity: return formatAmount(d.capacity, 0, QString::fromStdString(d.unit));
    case Region: return QString::fromStdString(d.region);
    case Status: return statusText(d);
    case Stake: return formatAmount(d.stake, m_decimals, m_symbol);
    case Earned: return formatAmount(d.lifetimeEarned, m_decimals, m_symbol);
    default: return {};
    }
}

QVariant DevicesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Device& d = m_devices[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole: return display(d, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Address)
            return fullAddress(d.address);
        if (index.column() == Stake)
            return fullAmount(d.stake, m_decimals, m_symbol);
        if (index.column() == Earned)
            return fullAmount(d.lifetimeEarned, m_decimals, m_symbol);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Capacity || index.column() == Stake || index.column() == Earned)
            return QVariant::fromValue<int>(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case AddressRole: return fullAddress(d.address);
    case KindRole: return int(d.kind);
    case StatusRole: return int(d.status);
    case SortRole:
        switch (index.column()) {
        case Address: return fullAddress(d.address).toLower();
        case Kind: return int(d.kind);
        case Capacity: return sortable(d.capacity);
        case Region: return QString::fromStdString(d.region);
        case Status: return int(d.status) * 1000000 + static_cast<int>(std::min<std::uint64_t>(d.offlineEpochs, 999999));
        case Stake: return sortable(d.stake);
        case Earned: return sortable(d.lifetimeEarned);
        default: return {};
        }
    default: return {};
    }
}

QVariant DevicesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Address: return tr("Device");
    case Kind: return tr("Kind");
    case Capacity: return tr("Capacity");
    case Region: return tr("Region");
    case Status: return tr("Status");
    case Stake: return tr("Stake");
    case Earned: return tr("Earned to date");
    default: return {};
    }
}

} // namespace plinth::ui
