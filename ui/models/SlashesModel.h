#pragma once
// SlashesModel: the slashes of a StakesSnapshot (chain order): when, which stake, how much, and the
// slasher's stated reason.
//
// Ownership: Qt parent; holds a copy of the snapshot's slashes. Threading: GUI thread only. Errors: none.

#include "ui/models/SnapshotTableModel.h"
#include "wallet/network/StakeBook.h"

#include <vector>

namespace plinth::ui {

class SlashesModel : public SnapshotTableModel {
    Q_OBJECT
public:
    enum Column { DateColumn, DeviceColumn, StakerColumn, AmountColumn, ReasonColumn };

    explicit SlashesModel(QObject* parent = nullptr) : SnapshotTableModel(parent) {}
    void setSlashes(std::vector<Slash> slashes, TokenUnits units);

protected:
    int rows() const override { return static_cast<int>(m_slashes.size()); }
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    std::vector<Slash> m_slashes;
};

} // namespace plinth::ui
