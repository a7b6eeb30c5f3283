#pragma once
// WsSubscription: one eth_subscribe over WebSocket (ws:// or wss://, certificates verified as for
// HTTPS), e.g. "newHeads". Notifications are delivered as JSON (the "result" of each eth_subscription
// message). When the connection drops it reconnects with backoff and subscribes again; onStatus tells
// the caller (an error when lost, success when subscribed again) so that it can fetch what it missed.
//
// Ownership: RAII. The destructor ends the subscription and waits for the network thread, so no
// callback runs after it returns (do not destroy it while blocking the network thread). Destroying the
// NetworkThread first also ends it.
// Threading: create and destroy from any thread; callbacks run on the network thread.

#include "wallet/common/Result.h"
#include "wallet/rpc/Backoff.h"
#include "wallet/rpc/EndpointConfig.h"
#include "wallet/rpc/NetworkThread.h"

#include <boost/json/array.hpp>
#include <boost/json/value.hpp>

#include <atomic>
#include <functional>
#include <memory>
#include <string>

namespace plinth {

class WsSession;

class WsSubscription {
public:
    using Notification = std::function<void(const boost::json::value& result, const std::string& endpoint)>;
    // ok: subscribed (first time or again); error: connection lost or refused, will retry.
    using StatusCallback = std::function<void(const Result<void>& status, const std::string& endpoint)>;

    struct Options {
        std::chrono::milliseconds reconnectBase{250};
        std::chrono::milliseconds reconnectCap{30000};
        Backoff::Random random;
    };

    static Result<std::unique_ptr<WsSubscription>> create(NetworkThread& thread, EndpointConfig endpoint,
                                                          boost::json::array subscribeParams, Notification onNotification,
                                                          StatusCallback onStatus, Options options);
    static Result<std::unique_ptr<WsSubscription>> newHeads(NetworkThread& thread, EndpointConfig endpoint,
                                                            Notification onHeader, StatusCallback onStatus)
    {
        return create(thread, std::move(endpoint), boost::json::array{"newHeads"}, std::move(onHeader), std::move(onStatus), Options{});
    }

    ~WsSubscription();
    WsSubscription(const WsSubscription&) = delete;
    WsSubscription& operator=(const WsSubscription&) = delete;

    std::uint64_t connects() const; // connections opened so far (1 + reconnects)

private:
    WsSubscription(NetworkThread& thread, std::shared_ptr<WsSession> session);

    NetworkThread& m_thread;
    std::shared_ptr<WsSession> m_session;
    NetworkThread::HookId m_hook = 0;
};

} // namespace plinth
