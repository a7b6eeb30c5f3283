#pragma once
// DevicesModel: the current account's devices (a NetworkServices DevicesSnapshot) as a table: address,
// kind, capacity with its unit, region, status, stake and lifetime earnings. setSnapshot() updates by
// diff, keyed by the device's address, so a selection and a scroll position survive a sync.
//
// Display strings go through ui/common/Formatting; sorting compares the raw values (DevicesFilterModel
// uses device() and the SortRole). Ownership: a value holder, Qt parent. Threading: GUI thread only.
// Errors: none (the page shows why there is no snapshot).

#include "wallet/api/NetworkSnapshots.h"

#include <QAbstractTableModel>
#include <QString>

#include <optional>
#include <vector>

namespace plinth::ui {

class DevicesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Address, Kind, Capacity, Region, Status, Stake, Earned, ColumnCount };
    enum Role {
        AddressRole = Qt::UserRole + 1, // the checksummed address (QString)
        KindRole,                       // the kind's number (int)
        StatusRole,                     // DeviceStatus as int
        SortRole,                       // a value that sorts like the column (numbers for amounts)
    };

    DevicesModel(unsigned tokenDecimals, QString tokenSymbol, QObject* parent = nullptr);

    void setSnapshot(const DevicesSnapshot& snapshot);
    void clear();
    const std::optional<VerifiedAt>& verifiedAt() const { return m_at; }
    const Device& device(int row) const { return m_devices[static_cast<std::size_t>(row)]; }
    // The row of `address`, or -1.
    int rowOf(const plinth::Address& address) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Words for a device's kind and status, shared with the filter boxes and the detail panel.
    static QString kindText(std::uint8_t kind);
    static QString statusText(const Device& device);

private:
    QVariant display(const Device& d, int column) const;

    unsigned m_decimals;
    QString m_symbol;
    std::optional<VerifiedAt> m_at;
    std::vector<Device> m_devices;
};

} // namespace plinth::ui
