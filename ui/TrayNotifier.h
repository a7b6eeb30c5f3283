#pragma once
// TrayNotifier: Plinth's icon in the system tray, showing the EventNotifier's messages as desktop
// notifications; a click on the icon or a message brings the window to the front. Where the platform
// has no tray (the offscreen platform of the tests, some desktops) it does nothing, and the notifier's
// signal still fires.
//
// Ownership: a child of the main window. Threading: GUI thread only.

#include <QObject>

class QMenu;
class QSystemTrayIcon;

namespace plinth::ui {

class EventNotifier;

class TrayNotifier : public QObject {
    Q_OBJECT
public:
    TrayNotifier(EventNotifier& notifier, QWidget* window);

    bool available() const { return m_tray != nullptr; }

Q_SIGNALS:
    void activated();

private:
    void show(const QString& title, const QString& text);

    QSystemTrayIcon* m_tray = nullptr;
};

} // namespace plinth::ui
