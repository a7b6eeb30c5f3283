#include "wallet/network/TimedLogs.h"

#include "wallet/store/CacheStore.h"

#include <map>

namespace plinth {

Result<std::vector<TimedLog>> timedLogs(const CacheStore& store, const FixedBytes<20>& contract,
                                        std::optional<Hash32> topic0)
{
    LogQuery query;
    query.addresses.push_back(contract);
    query.topic0 = topic0;
    auto logs = store.logs(query);
    if (!logs)
        return logs.error();
    std::map<std::uint64_t, std::uint64_t> times; // many logs share a block
    std::vector<TimedLog> out;
    out.reserve(logs->size());
    for (StoredLog& log : *logs) {
        auto known = times.find(log.blockNumber);
        if (known == times.end()) {
            auto header = store.header(log.blockNumber);
            if (!header)
                return header.error();
            if (!*header || (**header).hash != log.blockHash)
                return makeError(ErrorCode::Corrupt,
                                 "the cache has a log of block " + std::to_string(log.blockNumber) + " without its header");
            known = times.emplace(log.blockNumber, (**header).timestamp).first;
        }
        out.push_back(TimedLog{std::move(log), known->second});
    }
    return out;
}

} // namespace plinth
