#pragma once
// UnbondingsModel: the unbonding entries of a StakesSnapshot with their state on the chain's clock
// (ChainClock): still unbonding with the time left until release, withdrawable, or withdrawn. setNow()
// moves the clock (the page's one-second timer) and refreshes only the status and countdown cells; it
// reads nothing from the core. releasedBetween() tells the page that a countdown reached zero, so that
// it reads the verified snapshot again (the contract, not this clock, has the last word).
//
// Ownership: Qt parent; holds a copy of the snapshot's unbondings. Threading: GUI thread only.
// Errors: none.

#include "ui/models/SnapshotTableModel.h"
#include "wallet/network/StakeBook.h"

#include <cstdint>
#include <vector>

namespace plinth::ui {

class UnbondingsModel : public SnapshotTableModel {
    Q_OBJECT
public:
    enum Column { IdColumn, DeviceColumn, StakerColumn, AmountColumn, StatusColumn, ReleaseColumn };
    enum class Status { Unbonding, Withdrawable, Withdrawn };
    static constexpr int kStatusRole = Qt::UserRole + 2;   // int(Status)
    static constexpr int kIdRole = Qt::UserRole + 3;       // the unbonding id, decimal

    explicit UnbondingsModel(QObject* parent = nullptr) : SnapshotTableModel(parent) {}
    void setUnbondings(std::vector<Unbonding> unbondings, TokenUnits units, std::uint64_t now);
    void setNow(std::uint64_t now);
    std::uint64_t now() const { return m_now; }
    // Whether an entry not withdrawn reaches its release time in (from, to]: a countdown ran out.
    bool releasedBetween(std::uint64_t from, std::uint64_t to) const;
    // The row of the entry `id`; -1 when it is not in the snapshot.
    int rowOf(const UInt256& id) const;
    const Unbonding* unbonding(int row) const;
    Status status(const Unbonding& u) const;

protected:
    int rows() const override { return static_cast<int>(m_unbondings.size()); }
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QString statusText(const Unbonding& u) const;
    QString releaseText(const Unbonding& u) const;

    std::vector<Unbonding> m_unbondings;
    std::uint64_t m_now = 0;
};

} // namespace plinth::ui
