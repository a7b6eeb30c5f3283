#pragma once
// AddressCompleter: completion of an address field from the address book (AddressBook): typing part of
// a saved name or of its address lists the matching entries by name (the address in their tooltip),
// and choosing one puts the entry's checksummed address in the field, never its name.
//
// Ownership: Qt parent; borrows the book, which must outlive it. Threading: GUI thread only.
// Errors: none (an empty or unreadable book completes nothing).

#include <QCompleter>

namespace plinth::ui {

class AddressBook;

class AddressCompleter : public QCompleter {
    Q_OBJECT
public:
    AddressCompleter(AddressBook* book, QObject* parent = nullptr);

    QString pathFromIndex(const QModelIndex& index) const override;
};

} // namespace plinth::ui
