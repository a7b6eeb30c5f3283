#pragma once
// StakesModel: the stakes and delegations of a StakesSnapshot, one row per (device, staker): what is
// bonded now, everything deposited, requested out and slashed, and how the row concerns the account
// (its own stake, its delegation to another's device, or someone's stake on its device).
//
// Ownership: Qt parent; holds a copy of the snapshot's positions. Threading: GUI thread only.
// Errors: none.

#include "ui/models/SnapshotTableModel.h"
#include "wallet/network/StakeBook.h"

#include <optional>
#include <vector>

namespace plinth::ui {

class StakesModel : public SnapshotTableModel {
    Q_OBJECT
public:
    enum Column { DeviceColumn, KindColumn, StakerColumn, ActiveColumn, DepositedColumn, UnbondingColumn, SlashedColumn };
    static constexpr int kDeviceRole = Qt::UserRole + 2;   // the device's checksummed address
    static constexpr int kActiveRole = Qt::UserRole + 3;   // the bonded amount, decimal base units
    static constexpr int kOwnStakeRole = Qt::UserRole + 4; // bool: the account is the staker

    explicit StakesModel(QObject* parent = nullptr) : SnapshotTableModel(parent) {}
    void setPositions(std::vector<StakePosition> positions, std::optional<Address> account, TokenUnits units);
    const StakePosition* position(int row) const;

protected:
    int rows() const override { return static_cast<int>(m_positions.size()); }
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QString kindText(const StakePosition& p) const;

    std::vector<StakePosition> m_positions;
    std::optional<Address> m_account;
};

} // namespace plinth::ui
