#include "ui/LockController.h"

#include "ui/common/GuiCallback.h"
#include "ui/dialogs/UnlockDialog.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <algorithm>

namespace plinth::ui {

LockController::LockController(WalletService& wallet, QWidget* window)
    : QObject(window)
    , m_wallet(wallet)
    , m_window(window)
    , m_action(new QAction(this))
    , m_idleTimer(new QTimer(this))
    , m_unlocked(wallet.isUnlocked())
{
    m_action->setObjectName(QStringLiteral("action.lock"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_action->setShortcutContext(Qt::WindowShortcut);
    connect(m_action, &QAction::triggered, this, [this] {
        if (m_unlocked)
            m_wallet.lock();
        else
            requestUnlock(QString(), [] {});
    });
    connect(m_idleTimer, &QTimer::timeout, this, [this] { m_wallet.lockIfIdle(); });
    m_subscription = m_wallet.handleLockChanged(onGui(this, [this](bool unlocked) { setUnlocked(unlocked); }));
    m_sinceActivityNoted.start();
    qApp->installEventFilter(this);
    retranslate();
}

LockController::~LockController() { qApp->removeEventFilter(this); }

void LockController::setIdleTimeout(std::chrono::milliseconds idle)
{
    m_idle = idle;
    m_wallet.setIdleTimeout(idle);
    if (idle.count() <= 0) {
        m_idleTimer->stop();
        return;
    }
    // Check four times per idle period: the vault locks at most a quarter period late.
    m_idleTimer->start(static_cast<int>(std::clamp<std::int64_t>(idle.count() / 4, 50, 15000)));
}

void LockController::requestUnlock(const QString& reason, std::function<void()> then)
{
    if (m_unlocked && m_wallet.isUnlocked())
        return then();
    if (m_dialog) { // one dialog at a time; the later request waits for the same unlock
        connect(m_dialog.data(), &QDialog::accepted, this, [then] { then(); });
        m_dialog->raise();
        return;
    }
    m_dialog = new UnlockDialog(m_wallet, reason, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog.data(), &QDialog::accepted, this, [this, then] {
        setUnlocked(true); // the published state follows; what needs keys can go on now
        then();
    });
    m_dialog->open();
}

bool LockController::requestUnlockFor(QWidget* from, const QString& reason, std::function<void()> then)
{
    // Up the parent chain (through dialogs, which are windows of their own) to the window that owns one.
    for (QWidget* w = from; w; w = w->parentWidget()) {
        if (auto* lock = w->findChild<LockController*>(QString(), Qt::FindDirectChildrenOnly)) {
            lock->requestUnlock(reason, std::move(then));
            return true;
        }
    }
    return false;
}

bool LockController::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::TouchBegin: {
        auto* widget = qobject_cast<QWidget*>(watched);
        // Only input on this window or its dialogs counts; noted at most once per quarter idle period.
        bool ours = false;
        for (QWidget* w = widget; w && !ours; w = w->parentWidget())
            ours = w == m_window;
        const std::int64_t throttle = std::clamp<std::int64_t>(m_idle.count() / 4, 50, 5000);
        if (ours && m_unlocked && m_sinceActivityNoted.elapsed() >= throttle) {
            m_sinceActivityNoted.restart();
            m_wallet.noteActivity();
        }
        break;
    }
    case QEvent::LanguageChange:
        if (watched == m_window)
            retranslate();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void LockController::setUnlocked(bool unlocked)
{
    if (unlocked == m_unlocked)
        return;
    m_unlocked = unlocked;
    retranslate();
    Q_EMIT lockChanged(unlocked);
}

void LockController::retranslate()
{
    m_action->setIcon(QIcon(m_unlocked ? QStringLiteral(":/icons/lock.svg") : QStringLiteral(":/icons/unlock.svg")));
    m_action->setText(m_unlocked ? tr("&Lock") : tr("&Unlock…"));
    m_action->setToolTip(m_unlocked ? tr("Lock the wallet (%1)").arg(m_action->shortcut().toString(QKeySequence::NativeText))
                                    : tr("Unlock the wallet to sign"));
}

} // namespace plinth::ui
