#pragma once
// EarningsModel: reward rows of an earnings snapshot (NetworkServices::earnings) as a flat table for a
// QTableView behind a QSortFilterProxyModel: date, device, kind, epoch, score and amount, one row per
// device and epoch. The snapshot's rows are taken over at once but inserted in batches of kBatch rows,
// one batch per turn of the event loop, so that a snapshot of many rows never blocks the GUI thread
// for long (STYLE.md "Avoid" 1); totals are never computed here: they come aggregated from the worker.
//
// Roles: Qt::DisplayRole (formatted, ui/common/Formatting), Qt::ToolTipRole (the full amount or address),
// Qt::TextAlignmentRole, kSortRole (a value that sorts right: seconds, numbers, amounts zero-padded).
//
// Ownership: a Qt child of its page. Threading: GUI thread only. Errors: none.

#include "wallet/api/NetworkSnapshots.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <vector>

namespace plinth::ui {

class EarningsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, DeviceColumn, Kind, Epoch, Score, Amount, ColumnCount };
    static constexpr int kSortRole = Qt::UserRole + 1;
    static constexpr int kBatch = 1000;

    explicit EarningsModel(QObject* parent = nullptr);

    void setToken(unsigned decimals, const QString& symbol);
    // Replaces the rows: the model empties at once and fills in batches (finished() at the end).
    void setRows(std::vector<RewardRow> rows);
    void clear();
    bool filling() const { return m_next < m_pending.size(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A resource kind in the user's words ("Storage").
    static QString kindText(std::uint8_t kind);

Q_SIGNALS:
    void finished();

private:
    void insertBatch();

    std::vector<RewardRow> m_pending; // the snapshot's rows; [0, m_next) are in the model
    std::size_t m_next = 0;
    unsigned m_decimals = 18;
    QString m_symbol;
    QTimer m_timer;
};

} // namespace plinth::ui
