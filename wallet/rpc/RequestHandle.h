#pragma once
// RequestHandle: cancels one outstanding request (call, batch, getLogs). Copyable; it does not own the
// request and does nothing when destroyed, so fire-and-forget callers may drop it.
//
// Threading: cancel() may be called from any thread. The request's callback then receives
// ErrorCode::Cancelled (RpcErrorKind::Cancelled) on the network thread, unless it had already been
// delivered; either way the callback runs exactly once.

#include "wallet/rpc/NetworkThread.h"

#include <memory>

namespace plinth {

// Implemented by the pool's jobs; cancel() runs on the network thread.
class Cancellable {
public:
    virtual ~Cancellable() = default;
    virtual void cancel() = 0;
};

class RequestHandle {
public:
    RequestHandle() = default;
    RequestHandle(std::weak_ptr<detail::NetworkThreadShared> thread, std::weak_ptr<Cancellable> target)
        : m_thread(std::move(thread)), m_target(std::move(target))
    {
    }

    void cancel() const
    {
        detail::postToNetworkThread(m_thread, [target = m_target] {
            if (auto t = target.lock())
                t->cancel();
        });
    }

private:
    std::weak_ptr<detail::NetworkThreadShared> m_thread;
    std::weak_ptr<Cancellable> m_target;
};

} // namespace plinth
