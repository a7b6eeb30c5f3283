#pragma once
// DevicesFilterModel: sorting and filtering over a DevicesModel (STYLE.md "Follow" 7): a text filter
// that matches the full address, the region, the kind and the status words; a kind filter and a status
// filter (-1: any). Columns sort by the source's SortRole (amounts and capacities as numbers).
//
// Ownership: Qt parent; the source model is set with setSourceModel. Threading: GUI thread only.

#include <QSortFilterProxyModel>

namespace plinth::ui {

class DevicesFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit DevicesFilterModel(QObject* parent = nullptr);

    void setText(const QString& text);
    void setKind(int kind);     // DeviceDirectory's kind number, -1 for any
    void setStatus(int status); // DeviceStatus as int, -1 for any

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    int m_kind = -1;
    int m_status = -1;
};

} // namespace plinth::ui
