#pragma once
// TopBar: the strip above the pages: the account switcher (label and short address; it sets
// AccountContext::current and is remembered in UiSettings::lastAccount), the network's name, the sync
// and verification badge (SyncBadge), and the Help menu (keyboard shortcuts, About).
//
// Ownership: a child of the main window; holds references to the AccountContext and UiSettings, which
// outlive it. Threading: GUI thread only; it never calls the core itself except SyncService::status()
// (through the badge, which never blocks).

#include "ui/UiServices.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QAction;
class QHBoxLayout;
class QToolButton;

namespace plinth::ui {

class AccountContext;
class SyncBadge;
class UiSettings;

class TopBar : public QWidget {
    Q_OBJECT
public:
    // `networkName` and `chainId` as the application selected them (the profile's when empty / 0).
    TopBar(UiServices& services, AccountContext& accounts, UiSettings& settings, const QString& networkName,
           std::uint64_t chainId, QWidget* parent = nullptr);

    SyncBadge* syncBadge() const { return m_badge; }
    QComboBox* accountSwitcher() const { return m_account; }
    // Places a window action (the lock) as a button before Help; the button follows the action's state.
    void addActionButton(QAction* action, const QString& objectName);

Q_SIGNALS:
    void shortcutsRequested();
    void aboutRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillAccounts();
    void paintIcons();
    void retranslate();

    AccountContext& m_accounts;
    UiSettings& m_settings;
    QString m_networkName;
    std::uint64_t m_chainId = 0;
    QLabel* m_accountLabel;
    QComboBox* m_account;
    QLabel* m_network;
    SyncBadge* m_badge;
    QToolButton* m_help;
    QHBoxLayout* m_layout = nullptr;
    int m_iconMode = -1; // the Theme::Mode the icons were drawn for
};

} // namespace plinth::ui
