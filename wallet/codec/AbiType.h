#pragma once
// Solidity ABI types and signatures: "uint256", "bytes32[]", "(address,uint256)[2]", and function, event
// and error signatures such as "transfer(address,uint256)" or
// "Transfer(address indexed from, address indexed to, uint256 value)".
//
// Threading: value types and pure functions, safe on any thread.
// Errors: InvalidArgument naming the offending type or parameter.

#include "wallet/common/Result.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace plinth {

struct AbiType {
    // GCC 12 reports a scoped enumerator as shadowing plinth::Bytes when Bytes.h came first (a false
    // positive: Kind::Bytes is only ever named qualified).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wshadow"
    enum class Kind { Uint, Int, Address, Bool, FixedBytes, Bytes, String, Array, FixedArray, Tuple };
#pragma GCC diagnostic pop

    Kind kind = Kind::Uint;
    // Bits for Uint/Int (8..256), the byte count for FixedBytes (1..32), the length for FixedArray.
    std::size_t size = 256;
    // The element type for Array/FixedArray (exactly one), the members for Tuple.
    std::vector<AbiType> components;

    // The canonical form used in selectors: "uint256", "(address,uint256)[]" (tuples without "tuple").
    std::string canonical() const;
    // Encoded out of line (behind an offset): bytes, string, T[], and anything containing one.
    bool isDynamic() const;
    // Bytes the type takes in its enclosing head: 32 for dynamic types.
    std::size_t headSize() const;

    bool operator==(const AbiType&) const = default;
};

// Nesting of tuples and arrays allowed in a type (bounds recursion on untrusted type strings).
constexpr std::size_t kMaxAbiTypeDepth = 32;

// "uint" and "int" mean uint256 and int256; "tuple(...)" and "(...)" are both accepted for tuples.
Result<AbiType> parseAbiType(std::string_view text);

struct AbiParam {
    AbiType type;
    std::string name;     // may be empty
    bool indexed = false; // events only
};

struct AbiSignature {
    std::string name;
    std::vector<AbiParam> params;

    // "name(type1,type2)": what is hashed for selectors and topics.
    std::string canonical() const;
    std::vector<AbiType> types() const;
};

// "name(type [indexed] [name], ...)". Whitespace is allowed between tokens; "indexed" only makes sense
// for events and is ignored elsewhere.
Result<AbiSignature> parseAbiSignature(std::string_view text);

} // namespace plinth
