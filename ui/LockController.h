#pragma once
// LockController: the window's lock state. It owns the "action.lock" QAction (Ctrl+L; locks when
// unlocked, asks for the password when locked), locks the vault after the idle time (a QTimer calling
// WalletService::lockIfIdle; the vault itself measures the idle time), counts user input on the window
// as activity (an application event filter, throttled), and opens the UnlockDialog when an action needs
// keys (requestUnlock; requestUnlockFor from any widget of the window).
//
// Ownership: a child of the main window; holds a reference to the WalletService, which outlives it; the
// lock-state subscription is dropped with it. Threading: GUI thread only; nothing here waits on the vault.

#include "wallet/api/WalletService.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <memory>

class QAction;
class QTimer;
class QWidget;

namespace plinth::ui {

class UnlockDialog;

class LockController : public QObject {
    Q_OBJECT
public:
    LockController(WalletService& wallet, QWidget* window);
    ~LockController() override;

    QAction* lockAction() const { return m_action; }
    bool isUnlocked() const { return m_unlocked; }

    // Lock after `idle` without input; zero never. From UiSettings::autoLockMinutes, or shorter in tests.
    void setIdleTimeout(std::chrono::milliseconds idle);
    std::chrono::milliseconds idleTimeout() const { return m_idle; }

    // Runs `then` at once when unlocked; else opens the unlock dialog (`reason` says why) and runs
    // `then` after a successful unlock (not when cancelled).
    void requestUnlock(const QString& reason, std::function<void()> then);

    // The same for any widget inside a window that has a LockController (a page, a dialog parented to
    // the window): what a page or the transaction dialog calls before it signs. False, and `then` not
    // run, when `from` is in no such window.
    static bool requestUnlockFor(QWidget* from, const QString& reason, std::function<void()> then);

Q_SIGNALS:
    void lockChanged(bool unlocked);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setUnlocked(bool unlocked);
    void retranslate();

    WalletService& m_wallet;
    QWidget* m_window;
    QAction* m_action;
    QTimer* m_idleTimer;
    std::chrono::milliseconds m_idle{0};
    QElapsedTimer m_sinceActivityNoted;
    bool m_unlocked;
    QPointer<UnlockDialog> m_dialog;
    std::unique_ptr<WalletService::Subscription> m_subscription;
};

} // namespace plinth::ui
