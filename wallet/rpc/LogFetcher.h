#pragma once
// getLogs: eth_getLogs over a block range of any size. Providers refuse wide ranges or large results
// (-32005 "query returned more than 10000 results", "block range too large", an answer over the size
// limit); the range is then halved and both halves asked again, recursively, down to single blocks.
// The answer keeps the logs in block order, in chunks that say which endpoint answered which range, so
// that the light client can check (and blame) each chunk.
//
// A chunk's logs are checked only for being inside the chunk's range (a cheap guard); proving that they
// are complete and genuine is the light client's work.
// Ownership: the pool must outlive the request (destroying the pool cancels it).
// Threading: call from any thread; the callback runs once on the network thread.

#include "wallet/rpc/EndpointPool.h"

#include <boost/json/object.hpp>

#include <cstdint>
#include <functional>

namespace plinth {

struct LogChunk {
    std::uint64_t fromBlock = 0;
    std::uint64_t toBlock = 0;
    std::string endpoint;
    boost::json::array logs;
};

struct LogsResult {
    std::vector<LogChunk> chunks; // ascending, contiguous, covering [fromBlock, toBlock] exactly
    std::size_t logCount() const;
    boost::json::array allLogs() const;
    std::vector<std::string> endpoints() const; // distinct, in first-use order
};

struct LogsReply {
    Result<LogsResult> result = Error{ErrorCode::Internal, "no answer"};
    std::string endpoint; // on failure: the endpoint whose answer ended the request (may be empty)
    RpcErrorKind kind = RpcErrorKind::None;
};

using LogsCallback = std::function<void(LogsReply)>;

struct LogsOptions {
    std::uint64_t maxBlocksPerQuery = 0; // split up front into ranges of at most this many blocks; 0: none
    std::size_t parallel = 2;            // sub-ranges in flight at once
    std::size_t maxRequests = 100000;    // a bound on the number of eth_getLogs calls
    CallOptions call;
};

// `filter` holds the eth_getLogs filter without fromBlock/toBlock (address, topics); they are set here.
RequestHandle getLogs(EndpointPool& pool, boost::json::object filter, std::uint64_t fromBlock, std::uint64_t toBlock,
                      LogsCallback done, LogsOptions options = {});

} // namespace plinth
