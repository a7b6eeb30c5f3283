#pragma once
// Ethereum account addresses: the last 20 bytes of keccak256 of the public key, shown with the EIP-55
// mixed-case checksum.
//
// Threading: pure functions, safe on any thread.
// Errors: parseAddress returns InvalidArgument saying what is wrong ("bad checksum", wrong length, not hex);
// addressFromPrivateKey fails only for an invalid key.

#include "wallet/common/Bytes.h"
#include "wallet/common/Result.h"
#include "wallet/crypto/Secp256k1.h"
#include "wallet/crypto/SecureBytes.h"

#include <compare>
#include <string>
#include <string_view>

namespace plinth {

struct Address {
    FixedBytes<20> bytes{};
    auto operator<=>(const Address&) const = default;
};

Address addressFromPublicKey(const PublicKey& key);
Result<Address> addressFromPrivateKey(const SecureBytes& privateKey);

// EIP-55: "0x" + 40 hex digits, letters uppercase where the address hash's nibble is >= 8.
std::string toChecksumAddress(const Address& a);

// "0x" + 40 hex digits. All-lowercase or all-uppercase digits are accepted without a checksum; mixed case
// must match EIP-55 exactly or the address is rejected with "bad checksum" (a typo caught before money moves).
Result<Address> parseAddress(std::string_view text);

} // namespace plinth
