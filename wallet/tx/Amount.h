#pragma once
// Amounts as people type and read them: decimal text <-> base units (wei, or a token's smallest unit),
// exact, without floating point. Built on parseUnits/formatUnits (wallet/codec/UInt256.h), with the
// messages a user needs when an amount is refused.
//
// Accepted: digits with at most one ".", at most `decimals` digits after it ("1.5", "0.5", ".5", "2.",
// "0.000000000000000001" with 18 decimals). Refused, each with its own message: empty text, a sign
// ("-1", "+1"), exponents ("1e18": deliberately refused, since "1e18 ETH" and "1e18 wei" are easy to
// confuse), spaces, separators ("1,5", "1_000"), more fractional digits than the currency has, and
// values of 2^256 or more. Zero is accepted here; callers that need a positive amount check it.
//
// Threading: pure functions, safe on any thread.
// Errors: InvalidArgument, the message quoting the amount (amounts are not secret) and the symbol.

#include "wallet/codec/UInt256.h"
#include "wallet/common/Result.h"

#include <string>
#include <string_view>

namespace plinth {

// "1.5" of a currency with `decimals` decimals (symbol only for messages) -> base units.
Result<UInt256> parseAmount(std::string_view text, unsigned decimals, std::string_view symbol);

// Base units -> "1.5 ETH" (no trailing zeros; "0 ETH" for zero). An empty symbol gives the number alone.
std::string formatAmount(const UInt256& value, unsigned decimals, std::string_view symbol);

} // namespace plinth
