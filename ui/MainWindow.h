#pragma once
// The main window: the sidebar of pages, the page stack and the status bar.
//
// Ownership: owned by main(); owns its pages. Threading: GUI thread only; it never waits on the network,
// the disk or a KDF (results will reach it through the wallet/api services' queued callbacks).

#include <QMainWindow>
#include <QString>

#include <cstdint>
#include <vector>

class QLabel;
class QStackedWidget;

namespace plinth::ui {

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

    MainWindow(const WindowContext& context, UiSettings& settings, QWidget* parent = nullptr);

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
    UiSettings& m_settings;
    Sidebar* m_sidebar;
    QStackedWidget* m_stack;
    QLabel* m_networkStatus;
    QLabel* m_syncStatus;
};

} // namespace plinth::ui
