#pragma once
// The main window: the sidebar of pages, the top bar (account switcher, network, sync badge, help), the
// page stack and a small status bar for passing messages. Once shown it keeps the cache at the head
// (SyncController: SyncService::follow(), stopped when the window goes), announces what changed through
// the tray (EventNotifier, TrayNotifier), and applies the theme the Settings page picks.
//
// Ownership: owned by main() (or a test); owns its pages and the AccountContext they share; holds a
// reference to the UiServices, which outlive it. Threading: GUI thread only; it never waits on the
// network, the disk or a KDF (results reach it through the wallet/api services' queued callbacks).

#include "ui/UiServices.h"
#include "ui/UiSettings.h"

#include <QMainWindow>
#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

class QStackedWidget;

namespace plinth::ui {

class AccountContext;
class EventNotifier;
class HelpDialog;
class LockController;
class Sidebar;
class SyncController;
class TopBar;
class TrayNotifier;
class UiSettings;

// What the application tells the window at start.
struct WindowContext {
    QString dataDir;
    QString networkName; // empty when no network is selected yet
    std::uint64_t chainId = 0;
    QStringList languages{QStringLiteral("en")};
    bool followSync = true; // keep syncing to the head once the window is shown
};

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // The pages, in sidebar order; Ctrl+1 .. Ctrl+8 select them.
    enum Page { Overview, Devices, Earnings, Staking, Governance, Activity, SendReceive, Settings, PageCount };

    MainWindow(const WindowContext& context, UiServices& services, UiSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    AccountContext& accounts() { return *m_accounts; }
    TopBar* topBar() const { return m_topBar; }
    EventNotifier* notifier() const { return m_notifier; }
    const SyncController& syncController() const { return *m_syncController; }
    // The lock state, the "action.lock" action (Ctrl+L) and auto-lock; pages ask it for keys.
    LockController& lock() { return *m_lock; }

    void showPage(Page page);
    Page currentPage() const;

public Q_SLOTS:
    // Shows, un-minimises and raises the window (another start of Plinth asked for it).
    void bringToFront();
    // The Help dialog (F1: its shortcuts tab); opened with open(), never exec().
    void showHelp(int tab = 0);

Q_SIGNALS:
    void languageChangeRequested(const QString& code);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildPages();
    void buildShortcuts();
    void applyTheme(UiSettings::ThemeChoice choice);
    void retranslate();

    WindowContext m_context;
    UiServices& m_services;
    UiSettings& m_settings;
    AccountContext* m_accounts;
    LockController* m_lock;
    Sidebar* m_sidebar;
    TopBar* m_topBar;
    QStackedWidget* m_stack;
    std::unique_ptr<SyncController> m_syncController;
    EventNotifier* m_notifier;
    TrayNotifier* m_tray;
};

} // namespace plinth::ui
