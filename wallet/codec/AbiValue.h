#pragma once
// AbiValue: a value of some AbiType, as encoded into and decoded from ABI data.
//
// Which alternative is used depends on the type: uintN -> UInt256, intN -> Int256, bool -> bool,
// address -> FixedBytes<20>, bytesN and bytes -> Bytes, string -> std::string (UTF-8), arrays and
// tuples -> a list of AbiValues. The encoder checks that each value matches its type.
// JSON form (for the CLI, tests and logs): numbers as decimal strings (JSON numbers and 0x strings are
// accepted on input), addresses as EIP-55 strings, bytes as 0x hex, arrays and tuples as JSON arrays.
// A string that is not valid UTF-8 is shown with U+FFFD in place of each bad byte (JSON must be UTF-8).
//
// Threading: value type and pure functions, safe on any thread.
// Errors: abiValueFromJson returns InvalidArgument naming the path of the offending element ("[1][0]").

#include "wallet/codec/AbiType.h"
#include "wallet/codec/UInt256.h"
#include "wallet/common/Bytes.h"
#include "wallet/common/Result.h"

#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace plinth {

struct AbiValue {
    using List = std::vector<AbiValue>;
    std::variant<UInt256, Int256, bool, FixedBytes<20>, Bytes, std::string, List> value;

    static AbiValue ofUInt(UInt256 v) { return {std::move(v)}; }
    static AbiValue ofInt(Int256 v) { return {std::move(v)}; }
    static AbiValue ofBool(bool v) { return {v}; }
    static AbiValue ofAddress(const FixedBytes<20>& v) { return {v}; }
    static AbiValue ofBytes(Bytes v) { return {std::move(v)}; }
    static AbiValue ofString(std::string v) { return {std::move(v)}; }
    static AbiValue ofList(List v) { return {std::move(v)}; }

    bool operator==(const AbiValue&) const = default;
};

// Converts JSON text holding one value of type into an AbiValue, checking ranges and lengths.
Result<AbiValue> abiValueFromJson(const AbiType& type, std::string_view json);
// Converts JSON text holding an array of values, one per type.
Result<std::vector<AbiValue>> abiValuesFromJson(const std::vector<AbiType>& types, std::string_view json);

// The JSON form of value (which must match type; mismatches render as null).
std::string abiValueToJson(const AbiType& type, const AbiValue& value);
std::string abiValuesToJson(const std::vector<AbiType>& types, const std::vector<AbiValue>& values);

// Checks that value has the alternative, range and length type requires; the error names the path.
Result<void> checkAbiValue(const AbiType& type, const AbiValue& value);

} // namespace plinth
