#pragma once
// The GUI's own preferences (language, window geometry, last page), kept in <datadir>/settings.ini so that
// each data dir is a self-contained profile. Not for wallet data: that lives in the vault and the cache.
//
// Ownership: created by main() and outlives the window. Threading: GUI thread only; QSettings reads and
// writes a small INI file and is synced on destruction.

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace plinth::ui {

class UiSettings {
public:
    explicit UiSettings(const QString& dataDir);

    // A language code ("de"), or empty for the system's languages.
    QString language() const;
    void setLanguage(const QString& code);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);

    int lastPage() const;
    void setLastPage(int index);

    // Lock the vault after this many minutes without use; 0 = never. Default 5.
    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);

    enum class ThemeChoice { Light, Dark, System };
    ThemeChoice theme() const; // default System
    void setTheme(ThemeChoice theme);

    // The account the window showed last (checksummed address), empty when none.
    QString lastAccount() const;
    void setLastAccount(const QString& address);

    // The network chosen in the first run (a --network name or file), used when --network is not given;
    // empty when none was chosen.
    QString network() const;
    void setNetwork(const QString& nameOrFile);

    void sync() { m_settings.sync(); }

private:
    QSettings m_settings;
};

} // namespace plinth::ui
