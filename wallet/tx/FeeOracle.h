#pragma once
// Fee suggestions: slow, normal and fast fees for the next block, from eth_feeHistory (EIP-1559 chains)
// or eth_gasPrice (chains without a base fee).
//
// The rule (EIP-1559). From the last kHistoryBlocks blocks with reward percentiles 10, 50 and 90:
//   - tip (maxPriorityFeePerGas) of slow/normal/fast = the median, over the blocks that carried
//     transactions (gasUsedRatio > 0), of their 10th/50th/90th percentile reward;
//   - when no such block paid a tip (an idle chain, a devnet: every reward is 0, or the list is
//     empty), the fixed tips kFallbackTips (1, 1.5 and 2 gwei) are used instead, so that a transaction
//     still outbids a zero-tip one and the levels still differ;
//   - the tips are made non-decreasing (slow <= normal <= fast);
//   - maxFeePerGas = 2 * nextBaseFee + tip, where nextBaseFee is the last entry of baseFeePerGas (the
//     base fee of the block after the newest): enough for six full blocks in a row at +12.5% each.
// Chains without a base fee (baseFeePerGas missing or all zero, or a latest block without
// baseFeePerGas) get legacy suggestions: gasPrice from eth_gasPrice for slow, +10% for normal, +25% for
// fast (both fee fields of each level hold that price; transactions are then built as type 0).
//
// Threading: parseFeeHistory, suggestFees and legacyFees are pure; fetchFeeSuggestions blocks on the
// network (ChainClient.h). Errors: Unverified for a malformed history, the ChainClient's errors otherwise.

#include "wallet/codec/UInt256.h"
#include "wallet/common/Result.h"

#include <boost/json/value.hpp>

#include <array>
#include <optional>
#include <string_view>
#include <vector>

namespace plinth {

class ChainClient;

enum class FeeSpeed { Slow, Normal, Fast };
std::string_view feeSpeedName(FeeSpeed speed); // "slow", "normal", "fast"
std::optional<FeeSpeed> feeSpeedFromName(std::string_view name);

struct FeeLevel {
    UInt256 maxPriorityFeePerGas = 0;
    UInt256 maxFeePerGas = 0; // for a legacy chain: the gas price
    bool operator==(const FeeLevel&) const = default;
};

struct FeeSuggestions {
    bool eip1559 = true;    // false: build type-0 transactions with gasPrice = level.maxFeePerGas
    UInt256 nextBaseFee = 0; // EIP-1559 only
    bool tipsFromHistory = false; // false when the fallback tips were used
    FeeLevel slow, normal, fast;
    const FeeLevel& level(FeeSpeed speed) const;
};

struct FeeHistory {
    std::vector<UInt256> baseFees;             // oldest block first; one more than the blocks (the next)
    std::vector<double> gasUsedRatios;         // one per block
    std::vector<std::vector<UInt256>> rewards; // one row per block, one column per percentile (may be empty)
};

inline constexpr unsigned kHistoryBlocks = 20;
inline constexpr std::array<double, 3> kRewardPercentiles{10.0, 50.0, 90.0};
inline const std::array<UInt256, 3> kFallbackTips{UInt256(1'000'000'000), UInt256(1'500'000'000), UInt256(2'000'000'000)};

Result<FeeHistory> parseFeeHistory(const boost::json::value& answer);
// EIP-1559 suggestions from a history; nothing when the history shows no base fee (a legacy chain).
std::optional<FeeSuggestions> suggestFees(const FeeHistory& history);
FeeSuggestions legacyFees(const UInt256& gasPrice);

Result<FeeSuggestions> fetchFeeSuggestions(ChainClient& chain);

} // namespace plinth
