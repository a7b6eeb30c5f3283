#pragma once
// NetworkProfile: one deployment of the reference DePIN contracts (ARCHITECTURE.md "Networks").
// Parsed from the JSON that `contracts/devnet` writes and that users add in Settings. The core never
// hard-codes a chain id or an address: everything network-specific comes from here.
//
// Threading: a plain value type; parse and serialise are pure functions, safe on any thread.
// Errors: parseNetworkProfile returns ErrorCode::InvalidArgument naming the first offending key.

#include "wallet/common/Result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace plinth {

struct CurrencyInfo {
    std::string symbol;
    unsigned decimals = 18;
};

struct NetworkContracts {
    // 0x-prefixed, 40 hex digits, as written in the profile.
    std::string token;
    std::string devices;
    std::string staking;
    std::string rewards;
    std::string governor;
    std::string timelock;
};

struct ProfileCheckpoint {
    std::uint64_t number = 0;
    std::string hash; // 0x-prefixed, 64 hex digits
};

struct NetworkProfile {
    std::string name;
    std::uint64_t chainId = 0;
    CurrencyInfo currency;       // the chain's native currency
    CurrencyInfo token;          // the network's ERC-20; symbol empty when the profile omits it
    std::vector<std::string> rpc; // http(s):// or ws(s):// URLs, in order of preference
    NetworkContracts contracts;
    std::uint64_t deploymentBlock = 0;
    ProfileCheckpoint checkpoint;
    std::uint64_t finalityDepth = 0;
    std::uint64_t epochSeconds = 0;
};

// Parses and validates a profile. Unknown keys are ignored so that newer profiles still load.
Result<NetworkProfile> parseNetworkProfile(std::string_view json);

// Serialises a profile in the same form parseNetworkProfile reads (stable key order).
std::string serializeNetworkProfile(const NetworkProfile& profile);

} // namespace plinth
