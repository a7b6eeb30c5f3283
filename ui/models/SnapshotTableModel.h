#pragma once
// SnapshotTableModel: the shared part of the read-only tables that show one verified snapshot's rows
// (stakes, unbondings, slashes): fixed translated headers, rows replaced as a whole with a model reset
// when a new snapshot arrives, and a sort role (kSortRole) the pages' QSortFilterProxyModel sorts by, so
// that amounts sort by value and dates by time rather than by their text.
//
// Ownership: Qt parent. Threading: GUI thread only. Errors: none (an index out of range gives QVariant()).

#include "wallet/codec/UInt256.h"
#include "wallet/eth/Address.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace plinth::ui {

struct TokenUnits {
    unsigned decimals = 18;
    QString symbol;
};

class SnapshotTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kSortRole = Qt::UserRole + 1;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // A sort key for amounts: the decimal digits left-padded to 78 (2^256 has 78 digits).
    static QString amountSortKey(const UInt256& value);

protected:
    explicit SnapshotTableModel(QObject* parent) : QAbstractTableModel(parent) {}
    virtual int rows() const = 0;
    virtual QStringList headers() const = 0;
    // The cell of a row and column that is in range.
    virtual QVariant cell(int row, int column, int role) const = 0;
    // An amount's cell: short text, every digit in the tooltip, its value as the sort key.
    QVariant amountCell(const UInt256& value, int role) const;
    // An address's cell: short text, the checksummed address in the tooltip and as the sort key.
    static QVariant addressCell(const Address& address, int role);

    TokenUnits m_units;
};

} // namespace plinth::ui
