#include "wallet/rpc/WsSubscription.h"

#include "wallet/rpc/TlsContext.h"
#include "wallet/rpc/WsSession.h"

#include <future>

namespace plinth {

Result<std::unique_ptr<WsSubscription>> WsSubscription::create(NetworkThread& thread, EndpointConfig endpoint,
                                                                boost::json::array subscribeParams, Notification onNotification,
                                                                StatusCallback onStatus, Options options)
{
    auto url = parseEndpointUrl(endpoint.url);
    if (!url)
        return url.error();
    if (!url->webSocket())
        return makeError(ErrorCode::InvalidArgument, "RPC endpoint " + endpoint.name() + ": subscriptions need a ws:// or wss:// URL");
    std::shared_ptr<boost::asio::ssl::context> tls;
    if (url->tls()) {
        auto ctx = makeTlsClientContext(endpoint.caFile);
        if (!ctx)
            return ctx.error();
        tls = *ctx;
    }
    auto session = std::make_shared<WsSession>(thread.context(), std::move(endpoint), std::move(*url), std::move(tls),
                                               std::move(subscribeParams), std::move(onNotification), std::move(onStatus),
                                               std::move(options));
    if (!thread.post([session] { session->start(); }))
        return makeError(ErrorCode::Cancelled, "the network thread is shutting down");
    return std::unique_ptr<WsSubscription>(new WsSubscription(thread, std::move(session)));
}

WsSubscription::WsSubscription(NetworkThread& thread, std::shared_ptr<WsSession> session)
    : m_thread(thread), m_session(std::move(session))
{
    m_hook = m_thread.addShutdownHook([weak = std::weak_ptr<WsSession>(m_session)] {
        if (auto s = weak.lock())
            s->stop();
    });
}

WsSubscription::~WsSubscription()
{
    m_thread.removeShutdownHook(m_hook);
    if (m_thread.isCurrent()) {
        m_session->stop();
        return;
    }
    std::promise<void> done;
    auto future = done.get_future();
    if (m_thread.post([session = m_session, &done] {
            session->stop();
            done.set_value();
        }))
        future.wait();
}

std::uint64_t WsSubscription::connects() const { return m_session->connects(); }

} // namespace plinth
