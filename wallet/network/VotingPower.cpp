#include "wallet/network/VotingPower.h"

#include "wallet/network/GovernanceEvents.h"

#include <algorithm>

namespace plinth {
namespace {

template <class T>
void record(std::vector<std::pair<std::uint64_t, T>>& history, std::uint64_t time, T value)
{
    // Several changes at one timestamp: the token keeps the last one (Checkpoints overwrite the key).
    if (!history.empty() && history.back().first == time)
        history.back().second = std::move(value);
    else
        history.emplace_back(time, std::move(value));
}

} // namespace

template <class T>
T VotingPower::lookup(const History<T>& history, std::uint64_t timepoint, T none)
{
    // The last entry with a timestamp <= timepoint (Checkpoints.upperLookup).
    auto after = std::upper_bound(history.begin(), history.end(), timepoint,
                                  [](std::uint64_t t, const auto& entry) { return t < entry.first; });
    return after == history.begin() ? none : std::prev(after)->second;
}

Result<VotingPower> VotingPower::fromLogs(const std::vector<TimedLog>& tokenLogs)
{
    const GovernanceTopics& topics = governanceTopics();
    VotingPower out;
    std::map<Address, UInt256> balances;
    UInt256 supply = 0;
    const Address zero{};
    for (const TimedLog& t : tokenLogs) {
        if (t.log.topics.empty())
            continue;
        const Hash32& topic0 = t.log.topics[0];
        if (topic0 == topics.delegateVotesChanged) {
            auto e = decodeDelegateVotesChanged(t.log);
            if (!e)
                return e.error();
            record(out.m_votes[e->delegate], t.timestamp, e->newVotes);
        } else if (topic0 == topics.delegateChanged) {
            auto e = decodeDelegateChanged(t.log);
            if (!e)
                return e.error();
            std::optional<Address> to;
            if (e->toDelegate != zero)
                to = e->toDelegate;
            record(out.m_delegates[e->delegator], t.timestamp, to);
        } else if (topic0 == topics.transfer && t.log.topics.size() == 3) {
            auto e = decodeTransfer(t.log);
            if (!e)
                return e.error();
            if (e->from == zero)
                record(out.m_supply, t.timestamp, supply += e->value);
            else
                record(out.m_balances[e->from], t.timestamp, balances[e->from] -= e->value);
            if (e->to == zero)
                record(out.m_supply, t.timestamp, supply -= e->value);
            else
                record(out.m_balances[e->to], t.timestamp, balances[e->to] += e->value);
        }
    }
    return out;
}

UInt256 VotingPower::votesAt(const Address& account, std::uint64_t timepoint) const
{
    auto it = m_votes.find(account);
    return it == m_votes.end() ? UInt256(0) : lookup<UInt256>(it->second, timepoint, UInt256(0));
}

UInt256 VotingPower::votesNow(const Address& account) const { return votesAt(account, UINT64_MAX); }

UInt256 VotingPower::balanceAt(const Address& account, std::uint64_t timepoint) const
{
    auto it = m_balances.find(account);
    return it == m_balances.end() ? UInt256(0) : lookup<UInt256>(it->second, timepoint, UInt256(0));
}

UInt256 VotingPower::totalSupplyAt(std::uint64_t timepoint) const { return lookup<UInt256>(m_supply, timepoint, UInt256(0)); }

std::optional<Address> VotingPower::delegateAt(const Address& account, std::uint64_t timepoint) const
{
    auto it = m_delegates.find(account);
    if (it == m_delegates.end())
        return std::nullopt;
    return lookup<std::optional<Address>>(it->second, timepoint, std::nullopt);
}

VotingPowerReport VotingPower::explain(const Address& account, std::uint64_t timepoint) const
{
    VotingPowerReport r;
    r.account = account;
    r.timepoint = timepoint;
    r.votes = votesAt(account, timepoint);
    r.votesNow = votesNow(account);
    r.balanceAtTimepoint = balanceAt(account, timepoint);
    r.balanceNow = balanceAt(account, UINT64_MAX);
    r.delegateAtTimepoint = delegateAt(account, timepoint);
    r.delegateNow = delegateAt(account, UINT64_MAX);
    if (r.votes > 0)
        r.reason = ZeroPowerReason::None;
    else if (r.balanceAtTimepoint == 0)
        r.reason = (r.balanceNow > 0 || r.votesNow > 0) ? ZeroPowerReason::TokensAfterSnapshot : ZeroPowerReason::NoTokens;
    else if (!r.delegateAtTimepoint)
        r.reason = ZeroPowerReason::NotDelegated;
    else if (*r.delegateAtTimepoint != account)
        r.reason = ZeroPowerReason::DelegatedToOther;
    else
        r.reason = ZeroPowerReason::TokensAfterSnapshot;
    return r;
}

} // namespace plinth
