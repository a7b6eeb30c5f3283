#include "ui/widgets/AddressCompleter.h"

#include "ui/models/AddressBook.h"

namespace plinth::ui {

AddressCompleter::AddressCompleter(AddressBook* book, QObject* parent) : QCompleter(book, parent)
{
    setCompletionRole(AddressBook::kSearchRole);
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains);
    setCompletionMode(QCompleter::PopupCompletion);
}

QString AddressCompleter::pathFromIndex(const QModelIndex& index) const { return index.data(Qt::UserRole).toString(); }

} // namespace plinth::ui
