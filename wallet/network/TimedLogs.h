#pragma once
// TimedLogs: a contract's verified logs from the cache, each with its block's timestamp. The governor and
// the token count time in seconds (ERC-6372 timestamp clock), so projecting proposals and votes needs
// the time of every event, and the cache has it in the verified header of the log's block.
//
// Ownership: returns values; borrows the store for the call only.
// Threading: the calling thread (it reads the cache: never the GUI thread).
// Errors: the store's (Io, Corrupt); Corrupt when a log's block has no header in the cache.

#include "wallet/common/Bytes.h"
#include "wallet/common/Result.h"
#include "wallet/store/StoreTypes.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace plinth {

class CacheStore;

struct TimedLog {
    StoredLog log;
    std::uint64_t timestamp = 0; // of the log's block
};

// Every cached log of `contract` (with topic 0 equal to `topic0` when given), in chain order.
Result<std::vector<TimedLog>> timedLogs(const CacheStore& store, const FixedBytes<20>& contract,
                                        std::optional<Hash32> topic0 = std::nullopt);

} // namespace plinth
