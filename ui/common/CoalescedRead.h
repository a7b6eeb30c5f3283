#pragma once
// CoalescedRead: a page's re-reads of its snapshot folded so that at most one is in flight and at most
// one more is queued. A page has several reasons to read again (a new verified head, a countdown on
// the chain's clock reaching zero, the network's change notification, a transaction of its own that
// settled); on a busy chain these arrive faster than the facade answers, and each read is a full
// snapshot, so a burst of reasons must cost at most one more read, never one per reason.
//
// Use: construct with the function that starts the read (the facade's asynchronous call); call
// request() for every reason; call finish() when the read's answer arrived (also when it is dropped or
// failed, and from inside start() when it decided not to read at all). A request while a read runs
// marks one more read, started by finish().
//
// Ownership: a value member of the page; `start` may capture the page (it is called only from
// request() and finish(), which the page calls). Threading: GUI thread only; nothing here waits.
// Errors: none.

#include <functional>
#include <utility>

namespace plinth::ui {

class CoalescedRead {
public:
    explicit CoalescedRead(std::function<void()> start) : m_start(std::move(start)) {}

    void request()
    {
        if (m_inFlight) {
            m_queued = true;
            return;
        }
        m_inFlight = true;
        m_start(); // may call finish() at once
    }

    void finish()
    {
        m_inFlight = false;
        if (std::exchange(m_queued, false))
            request();
    }

    bool inFlight() const { return m_inFlight; }
    bool queued() const { return m_queued; }

private:
    std::function<void()> m_start;
    bool m_inFlight = false;
    bool m_queued = false;
};

} // namespace plinth::ui
