#include "ui/models/StakesModel.h"

#include "ui/common/Formatting.h"

namespace plinth::ui {

void StakesModel::setPositions(std::vector<StakePosition> positions, std::optional<Address> account, TokenUnits units)
{
    beginResetModel();
    m_positions = std::move(positions);
    m_account = account;
    m_units = std::move(units);
    endResetModel();
}

const StakePosition* StakesModel::position(int row) const
{
    return row >= 0 && row < rows() ? &m_positions[static_cast<std::size_t>(row)] : nullptr;
}

QStringList StakesModel::headers() const
{
    return {tr("Device"), tr("Kind"), tr("Staker"), tr("Bonded"), tr("Deposited"), tr("Unbonding"), tr("Slashed")};
}

QString StakesModel::kindText(const StakePosition& p) const
{
    const bool mine = m_account && p.staker == *m_account;
    if (mine)
        return p.delegation ? tr("Your delegation") : tr("Your stake");
    return p.delegation ? //: someone else's delegation to a device the account owns
               tr("Delegated to your device")
                        : //: someone else's stake on a device the account owns
               tr("Stake on your device");
}

QVariant StakesModel::cell(int row, int column, int role) const
{
    const StakePosition& p = m_positions[static_cast<std::size_t>(row)];
    if (role == kDeviceRole)
        return fullAddress(p.device);
    if (role == kActiveRole)
        return QString::fromStdString(toDecimalString(p.amount));
    if (role == kOwnStakeRole)
        return m_account && p.staker == *m_account;
    switch (column) {
    case DeviceColumn: return addressCell(p.device, role);
    case StakerColumn: return addressCell(p.staker, role);
    case KindColumn:
        return role == Qt::DisplayRole || role == kSortRole ? QVariant(kindText(p)) : QVariant();
    case ActiveColumn: return amountCell(p.amount, role);
    case DepositedColumn: return amountCell(p.deposited, role);
    case UnbondingColumn: return amountCell(p.unbonding, role);
    case SlashedColumn: return amountCell(p.slashed, role);
    default: return {};
    }
}

} // namespace plinth::ui
