#pragma once
// RLP (Recursive Length Prefix), Ethereum's serialisation of transactions, receipts and trie nodes.
//
// Decoding is strict: only the one canonical encoding of each value is accepted (a single byte below
// 0x80 must be itself, lengths have no leading zero bytes, the long form only for 56 bytes or more,
// no bytes after the item, no length past the end, nesting at most kMaxRlpDepth). Two different byte
// strings therefore never decode to the same item, which hashing and signature checks rely on.
//
// Threading: pure functions and value types, safe on any thread.
// Errors: InvalidArgument saying which rule was broken and at which byte offset.

#include "wallet/codec/UInt256.h"
#include "wallet/common/Bytes.h"
#include "wallet/common/Result.h"

#include <cstdint>
#include <vector>

namespace plinth {

constexpr std::size_t kMaxRlpDepth = 256;

// A decoded item: a byte string or a list of items.
struct RlpItem {
    bool isList = false;
    Bytes bytes;                // when !isList
    std::vector<RlpItem> items; // when isList

    static RlpItem string(ByteView b) { return RlpItem{false, Bytes(b.begin(), b.end()), {}}; }
    static RlpItem list(std::vector<RlpItem> children) { return RlpItem{true, {}, std::move(children)}; }
    bool operator==(const RlpItem&) const = default;
};

Bytes rlpEncode(const RlpItem& item);

// Decodes exactly one item spanning all of data.
Result<RlpItem> rlpDecode(ByteView data);

// A canonical RLP integer: a string of at most 32 bytes without leading zeros (zero is the empty string).
Result<UInt256> rlpToUInt256(const RlpItem& item);
// The same, at most 8 bytes.
Result<std::uint64_t> rlpToUInt64(const RlpItem& item);

// Streaming encoder for building transactions without an intermediate tree.
class RlpEncoder {
public:
    // Room for `bytes` of output up front, when the caller knows about how much it will write.
    void reserve(std::size_t bytes) { m_out.reserve(bytes); }
    void addBytes(ByteView b);
    void addUInt(const UInt256& v);
    void addUInt(std::uint64_t v);
    // Appends an already-encoded item verbatim.
    void addRaw(ByteView encoded);
    void beginList();
    void endList();
    // The encoding; all lists must be closed.
    Bytes finish();

private:
    Bytes m_out;
    std::vector<std::size_t> m_listStarts;
};

} // namespace plinth
