#pragma once
// EarningsQuery: filters and totals over an EarningsIndex: rewards of an owner (the owner a reward was
// credited to, which follows device transfers), of a device, of a resource kind, within [from, to), and
// their totals per UTC day, ISO week (Monday 00:00 UTC) or calendar month, per kind and overall. A
// reward's time is the verified time of the block that credited it. Amounts are exact (UInt256).
//
// Threading: pure functions over a const index, safe on any thread while the index is not refreshed.
// Errors: none (an unknown owner or device selects nothing).

#include "wallet/codec/UInt256.h"
#include "wallet/eth/Address.h"
#include "wallet/network/EarningsIndex.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace plinth {

enum class EarningsPeriod { Day, Week, Month, All };

struct EarningsFilter {
    std::optional<Address> owner;
    std::optional<Address> device;
    std::optional<std::uint8_t> kind;
    std::optional<std::uint64_t> from; // unix seconds, inclusive
    std::optional<std::uint64_t> to;   // unix seconds, exclusive
};

struct EarningsBucket {
    std::uint64_t start = 0; // the period's first second (UTC); 0 for EarningsPeriod::All
    UInt256 amount = 0;
    std::uint64_t rewards = 0;
    bool operator==(const EarningsBucket&) const = default;
};

struct KindTotal {
    std::uint8_t kind = kUnknownKind;
    UInt256 amount = 0;
    std::uint64_t rewards = 0;
};

struct EarningsSummary {
    std::vector<EarningsBucket> periods; // ascending, only periods with rewards
    std::vector<KindTotal> byKind;       // ascending kind, only kinds with rewards
    UInt256 total = 0;
    std::uint64_t rewards = 0;
};

// The first second (UTC) of the day, ISO week or month holding `unixSeconds`; 0 for All.
std::uint64_t periodStart(std::uint64_t unixSeconds, EarningsPeriod period);

// Indices into index.rewards() that pass the filter, in chain order.
std::vector<std::uint32_t> selectRewards(const EarningsIndex& index, const EarningsFilter& filter);

EarningsSummary summarizeEarnings(const EarningsIndex& index, const EarningsFilter& filter, EarningsPeriod period);

} // namespace plinth
