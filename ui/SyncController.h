#pragma once
// SyncController: keeps the cache at the head while the window is open: start() (called when the
// window is first shown) asks SyncService::follow() once; stop() (on exit, and from the destructor)
// ends it. Neither waits: follow() and stop() return at once and the runs happen on the service's
// worker; the window learns of them through the status subscription of its badge.
//
// Ownership: owned by the main window; the SyncService (may be null: no network) outlives it.
// Threading: GUI thread.

#include "wallet/api/SyncService.h"

namespace plinth::ui {

class SyncController {
public:
    explicit SyncController(SyncService* sync) : m_sync(sync) {}
    ~SyncController() { stop(); }
    SyncController(const SyncController&) = delete;
    SyncController& operator=(const SyncController&) = delete;

    void start()
    {
        if (!m_sync || m_following)
            return;
        m_following = true;
        m_sync->follow();
    }
    void stop()
    {
        if (!m_sync || !m_following)
            return;
        m_following = false;
        m_sync->stop();
    }
    bool following() const { return m_following; }

private:
    SyncService* m_sync;
    bool m_following = false;
};

} // namespace plinth::ui
