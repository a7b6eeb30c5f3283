#pragma once
// VotingPower: the votes token's history (ERC20Votes), rebuilt from its verified events: each delegate's
// votes (DelegateVotesChanged checkpoints), each holder's delegate (DelegateChanged), balances and the total
// supply (Transfer, mints and burns) — all at any timestamp, as getPastVotes, delegates and
// getPastTotalSupply answer them. A timepoint includes every block whose timestamp is <= it, which is how
// the token's checkpoints (keyed by block.timestamp) are looked up.
//
// Before voting, explain() says what an account can cast on a proposal and, when it is nothing, why.
//
// Ownership: a value built once from the logs; immutable afterwards.
// Threading: const methods are safe from any thread.
// Errors: fromLogs returns InvalidArgument when a token log does not decode.

#include "wallet/codec/UInt256.h"
#include "wallet/common/Result.h"
#include "wallet/eth/Address.h"
#include "wallet/network/TimedLogs.h"

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace plinth {

enum class ZeroPowerReason {
    None,                // the account has voting power
    NoTokens,            // it held no tokens at the snapshot and holds none now
    NotDelegated,        // it held tokens but had not delegated them (not even to itself) by the snapshot
    DelegatedToOther,    // its tokens were delegated to another account at the snapshot
    TokensAfterSnapshot, // its tokens (or its delegation) arrived after the snapshot
};

struct VotingPowerReport {
    Address account;
    std::uint64_t timepoint = 0;
    UInt256 votes = 0;                  // getPastVotes(account, timepoint)
    UInt256 balanceAtTimepoint = 0;
    UInt256 balanceNow = 0;
    UInt256 votesNow = 0;
    std::optional<Address> delegateAtTimepoint; // nullopt: not delegated
    std::optional<Address> delegateNow;
    ZeroPowerReason reason = ZeroPowerReason::None;
};

class VotingPower {
public:
    static Result<VotingPower> fromLogs(const std::vector<TimedLog>& tokenLogs);

    UInt256 votesAt(const Address& account, std::uint64_t timepoint) const;
    UInt256 votesNow(const Address& account) const;
    UInt256 balanceAt(const Address& account, std::uint64_t timepoint) const;
    UInt256 totalSupplyAt(std::uint64_t timepoint) const;
    std::optional<Address> delegateAt(const Address& account, std::uint64_t timepoint) const;

    VotingPowerReport explain(const Address& account, std::uint64_t timepoint) const;

private:
    template <class T>
    using History = std::vector<std::pair<std::uint64_t, T>>; // (timestamp, value after), in order
    template <class T>
    static T lookup(const History<T>& history, std::uint64_t timepoint, T none);

    std::map<Address, History<UInt256>> m_votes;
    std::map<Address, History<UInt256>> m_balances;
    std::map<Address, History<std::optional<Address>>> m_delegates;
    History<UInt256> m_supply;
};

} // namespace plinth
