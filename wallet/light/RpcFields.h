#pragma once
// RpcFields: reads the fields of one JSON-RPC object (a block, a receipt, a log, a proof) with errors that
// name the object and the field ("block 0x1a: field 'stateRoot' is not 32 bytes of hex"). Shared by the
// parsers in wallet/eth (BlockHeader, Receipt, Log) and wallet/light (MerkleProof); internal to the core.
//
// Rules: a field that is present must be well-formed; JSON null counts as absent (nodes send "to": null).
// Quantities are 0x-prefixed hex (leading zeros tolerated: they cannot change a hash, which re-encodes
// the value minimally); byte strings are 0x-prefixed hex of even length.
//
// Ownership: holds a reference to the object, which must outlive the reader.
// Threading: no shared state; use on any thread. Errors: InvalidArgument.

#include "wallet/codec/UInt256.h"
#include "wallet/common/Bytes.h"
#include "wallet/common/Result.h"
#include "wallet/eth/Address.h"

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace plinth {

class RpcFields {
public:
    // context prefixes every message, e.g. "block 0x1a" or "receipt 3".
    RpcFields(const boost::json::object& object, std::string context);

    // Fails unless value is a JSON object; context names it in the message.
    static Result<RpcFields> of(const boost::json::value& value, std::string context);

    const std::string& context() const { return m_context; }
    const boost::json::object& object() const { return *m_object; }

    // Present and not null.
    bool has(std::string_view name) const;
    // The raw value, or an error saying the field is missing.
    Result<const boost::json::value*> value(std::string_view name) const;

    Result<UInt256> quantity(std::string_view name) const;
    Result<std::uint64_t> quantity64(std::string_view name) const;
    Result<Bytes> data(std::string_view name) const;
    Result<Hash32> hash(std::string_view name) const;
    Result<Address> address(std::string_view name) const;
    Result<bool> boolean(std::string_view name) const;
    template <std::size_t N>
    Result<FixedBytes<N>> fixed(std::string_view name) const;

    // An error "<context>: field '<name>' <what>".
    Error fieldError(std::string_view name, std::string_view what) const;
    Error error(std::string_view what) const;

private:
    Result<std::string_view> text(std::string_view name) const;
    Result<Bytes> fixedBytes(std::string_view name, std::size_t size) const;
    // True when the field is 0x and exactly out.size() bytes of hex, decoded into out.
    bool fixedInto(std::string_view name, std::span<std::uint8_t> out) const;

    const boost::json::object* m_object;
    std::string m_context;
};

template <std::size_t N>
Result<FixedBytes<N>> RpcFields::fixed(std::string_view name) const
{
    // Decoded in place when well formed (no allocation: every header has eleven of these); anything
    // else goes the long way, for its exact message.
    FixedBytes<N> out{};
    if (fixedInto(name, out))
        return out;
    auto bytes = fixedBytes(name, N);
    if (!bytes)
        return bytes.error();
    std::copy(bytes->begin(), bytes->end(), out.begin());
    return out;
}

// Strict 0x-prefixed hex of even length (unlike fromHex, which also accepts bare hex).
Result<Bytes> parseRpcData(std::string_view text);
// A JSON-RPC quantity that fits 64 bits.
Result<std::uint64_t> parseRpcQuantity64(std::string_view text);
// "0x1a" for log and error messages.
std::string quantityText(std::uint64_t value);

} // namespace plinth
