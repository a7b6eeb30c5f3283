#pragma once
// SyncBadge: the top bar's sync and verification state in one line: "Verified at block N, t ago" when
// the cache is at the head; "Syncing: block N of M" with a progress bar while a run is catching up; red,
// with the reason and the endpoint named, when the last run failed, an endpoint lied (a fault) or the
// endpoints disagreed. The full picture (every endpoint's health) is in the tooltip.
//
// It reads SyncService::status(), which never blocks (a copy of what the worker last published): on a
// QTimer (the "t ago" ages, and nothing is missed if a notification is) and at once when the service's
// status subscription fires (handed to the GUI thread with onGui).
//
// Ownership: a child of the top bar; holds the subscription handle, destroyed with it (before the
// service, which outlives every window). `sync` may be null (no network): the badge says so.
// Threading: GUI thread only.

#include "wallet/api/SyncService.h"

#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QTimer;

namespace plinth::ui {

class SyncBadge : public QWidget {
    Q_OBJECT
public:
    enum class State { None, Ok, Busy, Error };

    SyncBadge(SyncService* sync, QWidget* parent = nullptr);
    ~SyncBadge() override;

    State state() const { return m_state; }
    // The whole sentence (the label may show it cut, with the rest in the tooltip).
    QString text() const;
    // Reads the service's status now (the timer and the subscription call this).
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    void show(const SyncStatus& status);
    void setState(State state);
    void paintIcon();

    SyncService* m_sync;
    QLabel* m_icon;
    QLabel* m_text;
    QProgressBar* m_progress;
    QTimer* m_timer;
    State m_state = State::None;
    QString m_fullText;
    int m_iconMode = -1; // the Theme::Mode the icon was drawn for
    std::unique_ptr<SubscriptionHandle> m_subscription;
};

} // namespace plinth::ui
