#include "wallet/rpc/RpcSync.h"

#include <future>

namespace plinth {

std::vector<RpcReply> batchBlocking(EndpointPool& pool, std::vector<RpcRequest> requests, CallOptions options)
{
    if (pool.thread().isCurrent()) {
        std::vector<RpcReply> replies(requests.size());
        for (auto& r : replies)
            r.result = makeError(ErrorCode::Internal, "a blocking RPC call was made on the network thread");
        return replies;
    }
    auto promise = std::make_shared<std::promise<std::vector<RpcReply>>>();
    auto future = promise->get_future();
    pool.batch(std::move(requests), [promise](std::vector<RpcReply> replies) { promise->set_value(std::move(replies)); }, std::move(options));
    return future.get();
}

RpcReply callBlocking(EndpointPool& pool, std::string method, boost::json::array params, CallOptions options)
{
    std::vector<RpcRequest> one;
    one.push_back(RpcRequest{std::move(method), std::move(params)});
    return std::move(batchBlocking(pool, std::move(one), std::move(options)).front());
}

} // namespace plinth
