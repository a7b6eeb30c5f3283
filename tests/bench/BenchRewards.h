#pragma once
// The synthetic reward history the benchmarks share: 100 devices x 1,000 epochs (100,000 rewards), one
// verified block per epoch holding its 100 DeviceRewarded logs, for bench_earnings (the index and its
// queries) and bench_gui_start (the window out of a cache holding them).
#include "wallet/network/NetworkEvents.h"
#include "wallet/store/CacheStore.h"

#include <algorithm>
#include <cstdint>
#include <functional>

namespace plinth::bench {

constexpr std::uint32_t kDevices = 100;
constexpr std::uint64_t kEpochs = 1000;
constexpr std::uint64_t kStart = 1700006400; // a UTC midnight

inline Address addressOf(std::uint32_t i, std::uint8_t tag)
{
    Address a;
    a.bytes[0] = tag;
    a.bytes[18] = static_cast<std::uint8_t>(i >> 8);
    a.bytes[19] = static_cast<std::uint8_t>(i);
    return a;
}

inline Hash32 word(const FixedBytes<20>& a)
{
    Hash32 w{};
    std::copy(a.begin(), a.end(), w.begin() + 12);
    return w;
}

inline Hash32 word(std::uint64_t v) { return toBigEndian32(UInt256(v)); }

inline NetworkAddresses contracts()
{
    return NetworkAddresses{addressOf(1, 0xa0), addressOf(2, 0xa0), addressOf(3, 0xa0), addressOf(4, 0xa0)};
}

// The owner of device `d`: seven owners share the devices.
inline Address ownerOf(std::uint32_t d) { return addressOf(d % 7, 0x0e); }

// The block of epoch `e`, holding its 100 rewards.
inline VerifiedBlock epochBlock(std::uint64_t e, const Hash32& parent)
{
    const NetworkAddresses c = contracts();
    VerifiedBlock b;
    b.header.number = e + 1;
    b.header.hash = word(e + 1000000);
    b.header.parentHash = parent;
    b.header.timestamp = kStart + (e + 1) * 86400 + 60;
    for (std::uint32_t d = 0; d < kDevices; ++d) {
        StoredLog log;
        log.blockNumber = b.header.number;
        log.logIndex = d;
        log.blockHash = b.header.hash;
        log.address = c.rewards.bytes;
        log.topics = {eventtopic::deviceRewarded(), word(e), word(addressOf(d, 0xd0).bytes), word(ownerOf(d).bytes)};
        const Hash32 amount = toBigEndian32(UInt256(1000000000000000000ull) * (400 + d));
        const Hash32 score = word(9000 + d);
        log.data.assign(amount.begin(), amount.end());
        log.data.insert(log.data.end(), score.begin(), score.end());
        b.logs.push_back(std::move(log));
    }
    return b;
}

// Appends every epoch's block to `store` (100 blocks a transaction); returns the last block's hash.
// `complete`, when given, adds to each block before it is stored (bench_gui_start's other events).
inline Hash32 appendAllEpochs(CacheStore& store, const std::function<void(VerifiedBlock&)>& complete = {})
{
    Hash32 tip{};
    std::vector<VerifiedBlock> batch;
    for (std::uint64_t e = 0; e < kEpochs; ++e) {
        batch.push_back(epochBlock(e, tip));
        if (complete)
            complete(batch.back());
        tip = batch.back().header.hash;
        if (batch.size() == 100) {
            if (!store.appendBlocks(batch))
                std::abort();
            batch.clear();
        }
    }
    return tip;
}

} // namespace plinth::bench
