#pragma once
// BIP-32 hierarchical deterministic keys and BIP-44 paths (Ethereum: m/44'/60'/0'/0/i).
//
// Threading: pure functions, safe on any thread.
// Errors: parseDerivationPath returns InvalidArgument naming the bad component (not a number, index too
// large, missing "m"); derivePrivateKey fails for a seed outside 16..64 bytes or, astronomically rarely,
// when no valid key exists (see derivePrivateKey).

#include "wallet/common/Result.h"
#include "wallet/crypto/SecureBytes.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace plinth {

constexpr std::uint32_t kHardenedIndex = 0x80000000U;

struct DerivationPath {
    // Each index with kHardenedIndex set for hardened steps.
    std::vector<std::uint32_t> indices;
    // "m/44'/60'/0'/0/0" (apostrophe for hardened).
    std::string toString() const;
    bool operator==(const DerivationPath&) const = default;
};

// "m", "m/44'/60'/0'/0/0", "m/0h/1/2H": ' or h or H marks a hardened index; each index < 2^31;
// at most 255 levels (BIP-32's depth byte).
Result<DerivationPath> parseDerivationPath(std::string_view path);

// m/44'/60'/0'/0/index. index must be below 2^31 (throws std::invalid_argument otherwise: a caller bug).
DerivationPath defaultEthereumPath(std::uint32_t index);

// The private key at path under the master key of seed (HMAC-SHA512 with "Bitcoin seed").
// If a step yields an invalid key (IL >= n or a zero key, probability below 2^-127), BIP-32 says to
// proceed with the next index; this function does so and still returns the key, as other wallets do.
Result<SecureBytes> derivePrivateKey(const SecureBytes& seed, const DerivationPath& path);

} // namespace plinth
