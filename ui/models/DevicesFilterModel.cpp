#include "ui/models/DevicesFilterModel.h"

#include "ui/models/DevicesModel.h"

namespace plinth::ui {

DevicesFilterModel::DevicesFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(DevicesModel::SortRole);
    setDynamicSortFilter(true);
}

void DevicesFilterModel::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void DevicesFilterModel::setKind(int kind)
{
    m_kind = kind;
    invalidateFilter();
}

void DevicesFilterModel::setStatus(int status)
{
    m_status = status;
    invalidateFilter();
}

bool DevicesFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* source = sourceModel();
    const QModelIndex first = source->index(sourceRow, 0, sourceParent);
    if (m_kind >= 0 && source->data(first, DevicesModel::KindRole).toInt() != m_kind)
        return false;
    if (m_status >= 0 && source->data(first, DevicesModel::StatusRole).toInt() != m_status)
        return false;
    if (m_text.isEmpty())
        return true;
    if (source->data(first, DevicesModel::AddressRole).toString().contains(m_text, Qt::CaseInsensitive))
        return true;
    for (int column : {int(DevicesModel::Kind), int(DevicesModel::Region), int(DevicesModel::Status)})
        if (source->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace plinth::ui
