#include "wallet/light/LogFilter.h"

#include "wallet/eth/Bloom.h"
#include "wallet/eth/Log.h"

#include <algorithm>

namespace plinth {

bool LogFilter::mayMatch(const Bloom& bloom) const
{
    // Every log sets the bits of its address, so an empty bloom means no logs at all, whatever the filter.
    if (bloom.isEmpty())
        return false;
    if (!addresses.empty()
        && std::none_of(addresses.begin(), addresses.end(),
                        [&](const Address& a) { return bloom.mayContain(a.bytes); }))
        return false;
    for (const auto& position : topics) {
        if (position.empty())
            continue;
        if (std::none_of(position.begin(), position.end(), [&](const Hash32& t) { return bloom.mayContain(t); }))
            return false;
    }
    return true;
}

bool LogFilter::matches(const Log& log) const
{
    if (!addresses.empty() && std::find(addresses.begin(), addresses.end(), log.address) == addresses.end())
        return false;
    if (topics.size() > log.topics.size())
        return false;
    for (std::size_t i = 0; i < topics.size(); ++i) {
        const auto& position = topics[i];
        if (!position.empty() && std::find(position.begin(), position.end(), log.topics[i]) == position.end())
            return false;
    }
    return true;
}

} // namespace plinth
