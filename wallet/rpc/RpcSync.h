#pragma once
// Blocking adapters for the CLI: send one call (or batch) and wait for its answer. Never use these on a
// GUI thread; on the network thread they would wait for themselves, so there they fail at once with
// ErrorCode::Internal.

#include "wallet/rpc/EndpointPool.h"

namespace plinth {

RpcReply callBlocking(EndpointPool& pool, std::string method, boost::json::array params, CallOptions options = {});
std::vector<RpcReply> batchBlocking(EndpointPool& pool, std::vector<RpcRequest> requests, CallOptions options = {});

} // namespace plinth
