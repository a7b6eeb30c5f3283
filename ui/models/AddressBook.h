#pragma once
// AddressBook: the recipients the user named, kept in <datadir>/addressbook.json
// ({"entries":[{"label":"…","address":"0x…"}]}), a list model (label; address as the UserRole and
// in the tooltip) for the Send form's picker; kSearchRole (label and address in one string) lets a
// completer match either (AddressCompleter).
//
// The file is read and written off the GUI thread (its own one-thread QThreadPool, in order), written atomically (QSaveFile: the
// old file stays whole until the new one is complete); the model changes on the GUI thread at once and
// the write follows. An entry's address is checksummed; adding an address already in the book renames it.
//
// Ownership: Qt parent. Threading: GUI thread; the I/O is on the global thread pool and reports back
// queued, never after the book is gone. Errors: a file that cannot be read or parsed, or written, is
// reported by failed(sentence); the book then starts empty (a broken file is not overwritten until the
// user adds an entry).

#include "wallet/eth/Address.h"

#include <QAbstractListModel>
#include <QString>
#include <QThreadPool>

#include <vector>

namespace plinth::ui {

struct AddressBookEntry {
    QString label;
    Address address;
};

class AddressBook : public QAbstractListModel {
    Q_OBJECT
public:
    explicit AddressBook(const QString& dataDir, QObject* parent = nullptr);
    ~AddressBook() override;

    static constexpr int kSearchRole = Qt::UserRole + 1;
    static QString fileName(const QString& dataDir);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    const std::vector<AddressBookEntry>& entries() const { return m_entries; }
    bool isLoaded() const { return m_loaded; }
    void add(const QString& label, const Address& address);

Q_SIGNALS:
    void loaded();
    void saved();
    void failed(const QString& sentence);

private:
    void load();
    void save();

    QString m_path;
    std::vector<AddressBookEntry> m_entries;
    bool m_loaded = false;
    QThreadPool m_io; // last: destroyed (waited for) first
};

} // namespace plinth::ui
