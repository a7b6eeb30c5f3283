#pragma once
// The main window: the sidebar of pages, the page stack and the status bar.
//
// Ownership: owned by main() (or a test); owns its pages and the AccountContext they share; holds a
// reference to the UiServices, which outlive it. Threading: GUI thread only; it never waits on the
// network, the disk or a KDF (results reach it through the wallet/api services' queued callbacks).

#include "ui/UiServices.h"

#include <QMainWindow>
#include <QString>

#include <cstdint>
#include <vector>

class QLabel;
class QStackedWidget;

namespace plinth::ui {

class AccountContext;
class LockController;
class Sidebar;
class UiSettings;

// What the application tells the window at start.
struct WindowContext {
    QString dataDir;
    QString networkName; // empty when no network is selected yet
    std::uint64_t chainId = 0;
    QStringList languages{QStringLiteral("en")};
};

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // The pages, in sidebar order; Ctrl+1 .. Ctrl+8 select them.
    enum Page { Overview, Devices, Earnings, Staking, Governance, Activity, SendReceive, Settings, PageCount };

    MainWindow(const WindowContext& context, UiServices& services, UiSettings& settings, QWidget* parent = nullptr);

    AccountContext& accounts() { return *m_accounts; }
    // The lock state, the "action.lock" action (Ctrl+L) and auto-lock; pages ask it for keys.
    LockController& lock() { return *m_lock; }

    void showPage(Page page);
    Page currentPage() const;

public Q_SLOTS:
    // Shows, un-minimises and raises the window (another start of Plinth asked for it).
    void bringToFront();

Q_SIGNALS:
    void languageChangeRequested(const QString& code);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildPages();
    void retranslate();

    WindowContext m_context;
    UiServices& m_services;
    UiSettings& m_settings;
    AccountContext* m_accounts;
    LockController* m_lock;
    Sidebar* m_sidebar;
    QStackedWidget* m_stack;
    QLabel* m_networkStatus;
    QLabel* m_syncStatus;
};

} // namespace plinth::ui
