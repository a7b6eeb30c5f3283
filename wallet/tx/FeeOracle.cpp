#include "wallet/tx/FeeOracle.h"

#include "wallet/tx/ChainClient.h"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <algorithm>

namespace plinth {
namespace {

Error malformed(const std::string& why)
{
    return makeError(ErrorCode::Unverified, "the node's fee history is malformed: " + why);
}

Result<UInt256> hexQuantity(const boost::json::value& v)
{
    if (!v.is_string())
        return malformed("a fee is not a hex quantity");
    auto q = parseHexQuantity(std::string_view(v.as_string()));
    if (!q)
        return malformed(q.error().message);
    return q;
}

UInt256 median(std::vector<UInt256> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

FeeLevel levelFor(const UInt256& nextBaseFee, const UInt256& tip) { return FeeLevel{tip, 2 * nextBaseFee + tip}; }

} // namespace

std::string_view feeSpeedName(FeeSpeed speed)
{
    switch (speed) {
    case FeeSpeed::Slow: return "slow";
    case FeeSpeed::Normal: return "normal";
    case FeeSpeed::Fast: return "fast";
    }
    return "normal";
}

std::optional<FeeSpeed> feeSpeedFromName(std::string_view name)
{
    for (FeeSpeed s : {FeeSpeed::Slow, FeeSpeed::Normal, FeeSpeed::Fast})
        if (feeSpeedName(s) == name)
            return s;
    return std::nullopt;
}

const FeeLevel& FeeSuggestions::level(FeeSpeed speed) const
{
    switch (speed) {
    case FeeSpeed::Slow: return slow;
    case FeeSpeed::Fast: return fast;
    case FeeSpeed::Normal: break;
    }
    return normal;
}

Result<FeeHistory> parseFeeHistory(const boost::json::value& answer)
{
    if (!answer.is_object())
        return malformed("not an object");
    const auto& o = answer.as_object();
    FeeHistory h;
    if (const auto* fees = o.if_contains("baseFeePerGas"); fees && !fees->is_null()) {
        if (!fees->is_array())
            return malformed("baseFeePerGas is not a list");
        for (const auto& v : fees->as_array()) {
            auto q = hexQuantity(v);
            if (!q)
                return q.error();
            h.baseFees.push_back(*q);
        }
    }
    if (const auto* ratios = o.if_contains("gasUsedRatio"); ratios && !ratios->is_null()) {
        if (!ratios->is_array())
            return malformed("gasUsedRatio is not a list");
        for (const auto& v : ratios->as_array()) {
            if (!v.is_number())
                return malformed("a gasUsedRatio is not a number");
            h.gasUsedRatios.push_back(v.to_number<double>());
        }
    }
    if (const auto* rewards = o.if_contains("reward"); rewards && !rewards->is_null()) {
        if (!rewards->is_array())
            return malformed("reward is not a list");
        for (const auto& row : rewards->as_array()) {
            if (!row.is_array())
                return malformed("a reward row is not a list");
            std::vector<UInt256> values;
            for (const auto& v : row.as_array()) {
                auto q = hexQuantity(v);
                if (!q)
                    return q.error();
                values.push_back(*q);
            }
            h.rewards.push_back(std::move(values));
        }
    }
    if (!h.rewards.empty() && h.rewards.size() != h.gasUsedRatios.size())
        return malformed("reward and gasUsedRatio have different lengths");
    return h;
}

std::optional<FeeSuggestions> suggestFees(const FeeHistory& history)
{
    if (history.baseFees.empty()
        || std::all_of(history.baseFees.begin(), history.baseFees.end(), [](const UInt256& f) { return f == 0; }))
        return std::nullopt;
    FeeSuggestions s;
    s.eip1559 = true;
    s.nextBaseFee = history.baseFees.back();
    std::array<UInt256, 3> tips = kFallbackTips;
    std::array<std::vector<UInt256>, 3> columns;
    for (std::size_t b = 0; b < history.rewards.size(); ++b) {
        const bool busy = b < history.gasUsedRatios.size() && history.gasUsedRatios[b] > 0;
        if (!busy || history.rewards[b].size() < 3)
            continue;
        for (std::size_t p = 0; p < 3; ++p)
            columns[p].push_back(history.rewards[b][p]);
    }
    bool anyTip = false;
    for (const auto& column : columns)
        anyTip = anyTip || std::any_of(column.begin(), column.end(), [](const UInt256& v) { return v != 0; });
    if (anyTip) {
        for (std::size_t p = 0; p < 3; ++p)
            tips[p] = median(columns[p]);
        s.tipsFromHistory = true;
    }
    tips[1] = std::max(tips[1], tips[0]);
    tips[2] = std::max(tips[2], tips[1]);
    s.slow = levelFor(s.nextBaseFee, tips[0]);
    s.normal = levelFor(s.nextBaseFee, tips[1]);
    s.fast = levelFor(s.nextBaseFee, tips[2]);
    return s;
}

FeeSuggestions legacyFees(const UInt256& gasPrice)
{
    FeeSuggestions s;
    s.eip1559 = false;
    const UInt256 normal = gasPrice + (gasPrice + 9) / 10;
    const UInt256 fast = gasPrice + (gasPrice + 3) / 4;
    s.slow = FeeLevel{gasPrice, gasPrice};
    s.normal = FeeLevel{normal, normal};
    s.fast = FeeLevel{fast, fast};
    return s;
}

Result<FeeSuggestions> fetchFeeSuggestions(ChainClient& chain)
{
    auto baseFee = chain.latestBaseFee();
    if (!baseFee)
        return baseFee.error();
    if (*baseFee) {
        auto answer = chain.feeHistory(kHistoryBlocks, kRewardPercentiles);
        if (!answer)
            return answer.error();
        auto history = parseFeeHistory(*answer);
        if (!history)
            return history.error();
        if (auto s = suggestFees(*history))
            return *s;
    }
    auto price = chain.gasPrice();
    if (!price)
        return price.error();
    return legacyFees(*price);
}

} // namespace plinth
