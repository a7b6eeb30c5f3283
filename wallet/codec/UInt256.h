#pragma once
// 256-bit integers (EVM words, wei amounts, gas prices) on Boost.Multiprecision, and their text forms:
// decimal, JSON-RPC hex quantities, 32-byte big-endian words and human amounts like "1.5" with decimals.
//
// Threading: pure functions, safe on any thread.
// Errors: InvalidArgument naming the problem (not a number, negative, too large for 256 bits, more
// fractional digits than the token has decimals). Arithmetic on UInt256 itself wraps modulo 2^256:
// check ranges at the boundaries with these parsers.

#include "wallet/common/Bytes.h"
#include "wallet/common/Result.h"

#include <boost/multiprecision/cpp_int.hpp>

#include <string>
#include <string_view>

namespace plinth {

using UInt256 = boost::multiprecision::uint256_t;
// Sign and a 256-bit magnitude: holds every intN and uintN value (ABI decoding of intN yields these).
using Int256 = boost::multiprecision::int256_t;

// Decimal digits, or 0x followed by hex digits. No sign, no spaces, no empty string.
Result<UInt256> parseUInt256(std::string_view text);
// Decimal digits only.
Result<UInt256> parseDecimalUInt256(std::string_view text);
// A JSON-RPC quantity: 0x and 1 to 64 hex digits (leading zeros tolerated, as many tools send them).
Result<UInt256> parseHexQuantity(std::string_view text);

std::string toDecimalString(const UInt256& value);
// "0x0", "0x1a": the JSON-RPC quantity form (no leading zeros).
std::string toHexQuantity(const UInt256& value);

FixedBytes<32> toBigEndian32(const UInt256& value);
// Up to 32 bytes, big-endian; more is an error.
Result<UInt256> fromBigEndian(ByteView bytes);
// Big-endian without leading zero bytes; zero is empty (RLP's integer form).
Bytes toMinimalBigEndian(const UInt256& value);

// value / 10^decimals as text: "1.5", "0.000000000000000001", "12" (trailing zeros dropped).
std::string formatUnits(const UInt256& value, unsigned decimals);
// "1.5" with decimals 18 -> 1500000000000000000. Accepts "12", "12.", "0.5", ".5"; rejects signs,
// exponents, spaces, thousands separators, more than decimals fractional digits, and values >= 2^256.
Result<UInt256> parseUnits(std::string_view amount, unsigned decimals);

// The largest value 10^decimals fits in: parseUnits and formatUnits reject larger decimals.
constexpr unsigned kMaxDecimals = 77;

} // namespace plinth
