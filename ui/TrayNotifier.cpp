#include "ui/TrayNotifier.h"

#include "ui/EventNotifier.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

namespace plinth::ui {

TrayNotifier::TrayNotifier(EventNotifier& notifier, QWidget* window) : QObject(window)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/tray.svg")), this);
    m_tray->setObjectName(QStringLiteral("tray"));
    m_tray->setToolTip(tr("Plinth"));
    auto* menu = new QMenu(window);
    menu->addAction(tr("Show Plinth"), this, &TrayNotifier::activated);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT activated();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::activated);
    connect(&notifier, &EventNotifier::notify, this, &TrayNotifier::show);
    m_tray->show();
}

void TrayNotifier::show(const QString& title, const QString& text)
{
    if (m_tray)
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 10000);
}

} // namespace plinth::ui
