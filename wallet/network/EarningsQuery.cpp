#include "wallet/network/EarningsQuery.h"

#include <algorithm>
#include <array>
#include <span>

namespace plinth {
namespace {

constexpr std::uint64_t kDay = 86400;

// Days since 1970-01-01 of the first day of the month holding `days` (proleptic Gregorian, UTC):
// H. Hinnant's civil-from-days and days-from-civil.
std::uint64_t monthStartDays(std::uint64_t days)
{
    const std::int64_t z = static_cast<std::int64_t>(days) + 719468;
    const std::int64_t era = z / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const std::int64_t dayOfMonth = doy - (153 * mp + 2) / 5; // 0-based
    return days - static_cast<std::uint64_t>(dayOfMonth);
}

} // namespace

std::uint64_t periodStart(std::uint64_t unixSeconds, EarningsPeriod period)
{
    const std::uint64_t days = unixSeconds / kDay;
    switch (period) {
    case EarningsPeriod::Day:
        return days * kDay;
    case EarningsPeriod::Week:
        // 1970-01-01 was a Thursday: (days + 3) % 7 is the number of days since Monday. Before the first
        // Monday (1970-01-05) the week began in 1969; such times clamp to 0.
        return days >= 4 ? (days - (days + 3) % 7) * kDay : 0;
    case EarningsPeriod::Month:
        return monthStartDays(days) * kDay;
    case EarningsPeriod::All:
        return 0;
    }
    return 0;
}

std::vector<std::uint32_t> selectRewards(const EarningsIndex& index, const EarningsFilter& filter)
{
    const auto& all = index.rewards();
    std::optional<std::uint32_t> device, owner;
    if (filter.device && !(device = index.deviceId(*filter.device)))
        return {};
    if (filter.owner && !(owner = index.ownerId(*filter.owner)))
        return {};

    // The smaller candidate list: a device's or an owner's rewards, else everything.
    std::vector<std::uint32_t> everything;
    const std::vector<std::uint32_t>* candidates = nullptr;
    if (device)
        candidates = &index.rewardsOfDevice(*device);
    else if (owner)
        candidates = &index.rewardsOfOwner(*owner);
    std::span<const std::uint32_t> list;
    if (candidates) {
        list = *candidates;
    } else {
        everything.resize(all.size());
        for (std::uint32_t i = 0; i < everything.size(); ++i)
            everything[i] = i;
        list = everything;
    }
    // Chain order is time order: cut [from, to) by binary search.
    if (filter.from)
        list = list.subspan(static_cast<std::size_t>(
            std::partition_point(list.begin(), list.end(), [&](std::uint32_t i) { return all[i].timestamp < *filter.from; })
            - list.begin()));
    if (filter.to)
        list = list.first(static_cast<std::size_t>(
            std::partition_point(list.begin(), list.end(), [&](std::uint32_t i) { return all[i].timestamp < *filter.to; })
            - list.begin()));

    std::vector<std::uint32_t> out;
    out.reserve(list.size());
    for (std::uint32_t i : list) {
        const RewardRecord& r = all[i];
        if (owner && r.owner != *owner)
            continue;
        if (filter.kind && index.kindOf(r.device) != *filter.kind)
            continue;
        out.push_back(i);
    }
    if (candidates == nullptr && out.size() == everything.size())
        return everything;
    return out;
}

EarningsSummary summarizeEarnings(const EarningsIndex& index, const EarningsFilter& filter, EarningsPeriod period)
{
    EarningsSummary out;
    std::array<KindTotal, 256> kinds{};
    const auto& all = index.rewards();
    for (std::uint32_t i : selectRewards(index, filter)) {
        const RewardRecord& r = all[i];
        const std::uint64_t start = periodStart(r.timestamp, period);
        if (out.periods.empty() || out.periods.back().start != start) {
            // Chain order is time order, so periods arrive ascending.
            out.periods.push_back(EarningsBucket{start, 0, 0});
        }
        out.periods.back().amount += r.amount;
        ++out.periods.back().rewards;
        KindTotal& k = kinds[index.kindOf(r.device)];
        k.amount += r.amount;
        ++k.rewards;
        out.total += r.amount;
        ++out.rewards;
    }
    for (std::size_t k = 0; k < kinds.size(); ++k)
        if (kinds[k].rewards) {
            kinds[k].kind = static_cast<std::uint8_t>(k);
            out.byKind.push_back(kinds[k]);
        }
    return out;
}

} // namespace plinth
