#include "ui/models/AddressBook.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSaveFile>
#include <QThreadPool>

#include <memory>

namespace plinth::ui {
namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

struct LoadResult {
    std::vector<AddressBookEntry> entries;
    QString error;
};

LoadResult readBook(const QString& path)
{
    LoadResult r;
    QFile file(path);
    if (!file.exists())
        return r;
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 a file path, %2 the system's reason
        r.error = AddressBook::tr("The address book %1 could not be read: %2").arg(path, file.errorString());
        return r;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(4 * 1024 * 1024), &parseError);
    if (!doc.isObject()) {
        //: %1 a file path, %2 the JSON parser's reason
        r.error = AddressBook::tr("The address book %1 is not valid JSON: %2").arg(path, parseError.errorString());
        return r;
    }
    for (const QJsonValue& v : doc.object().value(QStringLiteral("entries")).toArray()) {
        const QJsonObject o = v.toObject();
        auto address = parseAddress(o.value(QStringLiteral("address")).toString().toStdString());
        if (address)
            r.entries.push_back({o.value(QStringLiteral("label")).toString(), *address});
    }
    return r;
}

QString writeBook(const QString& path, const std::vector<AddressBookEntry>& entries)
{
    QJsonArray array;
    for (const AddressBookEntry& e : entries)
        array.append(QJsonObject{{QStringLiteral("label"), e.label}, {QStringLiteral("address"), qs(toChecksumAddress(e.address))}});
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("entries"), array}}).toJson()) < 0 || !file.commit())
        //: %1 a file path, %2 the system's reason
        return AddressBook::tr("The address book %1 could not be saved: %2").arg(path, file.errorString());
    return {};
}

} // namespace

AddressBook::AddressBook(const QString& dataDir, QObject* parent) : QAbstractListModel(parent), m_path(fileName(dataDir))
{
    m_io.setMaxThreadCount(1); // one read or write at a time, in order: the last write wins
    load();
}

AddressBook::~AddressBook() = default; // m_io waits for a write in flight: the file stays whole

QString AddressBook::fileName(const QString& dataDir) { return QDir(dataDir).filePath(QStringLiteral("addressbook.json")); }

int AddressBook::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_entries.size()); }

QVariant AddressBook::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AddressBookEntry& e = m_entries[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return e.label;
    case Qt::ToolTipRole:
    case Qt::UserRole:
        return qs(toChecksumAddress(e.address));
    case kSearchRole:
        return e.label + QLatin1Char(' ') + qs(toChecksumAddress(e.address));
    default:
        return {};
    }
}

void AddressBook::load()
{
    QPointer<AddressBook> self(this);
    const QString path = m_path;
    m_io.start([self, path] {
        auto result = std::make_shared<LoadResult>(readBook(path));
        QMetaObject::invokeMethod(
            qApp, [self, result] {
                if (!self)
                    return;
                // Entries added before the file was read come after the file's.
                self->beginResetModel();
                std::vector<AddressBookEntry> merged = std::move(result->entries);
                const bool addedMeanwhile = !self->m_entries.empty();
                for (AddressBookEntry& e : self->m_entries)
                    merged.push_back(std::move(e));
                self->m_entries = std::move(merged);
                self->m_loaded = true;
                self->endResetModel();
                if (!result->error.isEmpty())
                    Q_EMIT self->failed(result->error);
                Q_EMIT self->loaded();
                if (addedMeanwhile)
                    self->save();
            },
            Qt::QueuedConnection);
    });
}

void AddressBook::add(const QString& label, const Address& address)
{
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].address == address) {
            m_entries[i].label = label;
            const QModelIndex changed = index(int(i));
            Q_EMIT dataChanged(changed, changed);
            return save();
        }
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size()));
    m_entries.push_back({label, address});
    endInsertRows();
    save();
}

void AddressBook::save()
{
    if (!m_loaded)
        return; // load() merges what was added, then saves it
    QPointer<AddressBook> self(this);
    const QString path = m_path;
    auto entries = m_entries;
    m_io.start([self, path, entries] {
        const QString error = writeBook(path, entries);
        QMetaObject::invokeMethod(
            qApp, [self, error] {
                if (!self)
                    return;
                if (error.isEmpty())
                    Q_EMIT self->saved();
                else
                    Q_EMIT self->failed(error);
            },
            Qt::QueuedConnection);
    });
}

} // namespace plinth::ui
