#include "wallet/eth/Bloom.h"

#include "wallet/codec/Hex.h"
#include "wallet/crypto/Keccak.h"
#include "wallet/eth/Log.h"

#include <algorithm>
#include <array>

namespace plinth {
namespace {

// The three (byte index, bit mask) pairs of an item. Bit b (0..2047) counts from the end of the
// 256-byte array: the yellow paper's M3:2048 on a big-endian bit string.
struct BloomBits {
    std::size_t index[3];
    std::uint8_t mask[3];
};

BloomBits computeBits(ByteView item)
{
    const Hash32 h = keccak256(item);
    BloomBits bits{};
    for (int i = 0; i < 3; ++i) {
        const unsigned bit = ((static_cast<unsigned>(h[2 * i]) << 8) | h[2 * i + 1]) & 2047u;
        bits.index[i] = Bloom::kSize - 1 - bit / 8;
        bits.mask[i] = static_cast<std::uint8_t>(1u << (bit % 8));
    }
    return bits;
}

// A small direct-mapped memo per thread: the items of a sync's logs repeat (the same few contract
// addresses and event signatures in every receipt), and each costs a Keccak. Only addresses and
// 32-byte topics are kept; the whole item is compared, so a slot collision only costs a recompute.
struct MemoSlot {
    std::uint8_t size = 0; // 0: empty
    std::array<std::uint8_t, 32> item{};
    BloomBits bits{};
};

BloomBits bitsOf(ByteView item)
{
    if (item.size() < 2 || item.size() > 32)
        return computeBits(item);
    thread_local std::array<MemoSlot, 256> memo{};
    // The slot from bytes that differ between items: an address's or topic's last bytes.
    const std::size_t n = item.size();
    MemoSlot& slot = memo[(item[n - 1] ^ (item[n - 2] * 7u) ^ (item[0] * 31u)) & 0xffu];
    if (slot.size == n && std::equal(item.begin(), item.end(), slot.item.begin()))
        return slot.bits;
    slot.size = static_cast<std::uint8_t>(n);
    std::copy(item.begin(), item.end(), slot.item.begin());
    slot.bits = computeBits(item);
    return slot.bits;
}

} // namespace

Result<Bloom> Bloom::fromHex(std::string_view text)
{
    if (!hasHexPrefix(text))
        return makeError(ErrorCode::InvalidArgument, "logsBloom is not 0x-prefixed hex");
    auto bytes = fromHexFixed<kSize>(text);
    if (!bytes)
        return makeError(ErrorCode::InvalidArgument, "logsBloom: " + bytes.error().message);
    return Bloom(*bytes);
}

Bloom Bloom::ofLogs(const std::vector<Log>& logs)
{
    Bloom bloom;
    for (const Log& log : logs)
        bloom.addLog(log);
    return bloom;
}

void Bloom::add(ByteView item)
{
    const BloomBits bits = bitsOf(item);
    for (int i = 0; i < 3; ++i)
        m_bytes[bits.index[i]] |= bits.mask[i];
}

void Bloom::addLog(const Log& log)
{
    add(log.address.bytes);
    for (const Hash32& topic : log.topics)
        add(topic);
}

bool Bloom::mayContain(ByteView item) const
{
    const BloomBits bits = bitsOf(item);
    for (int i = 0; i < 3; ++i)
        if ((m_bytes[bits.index[i]] & bits.mask[i]) == 0)
            return false;
    return true;
}

bool Bloom::isEmpty() const
{
    return std::all_of(m_bytes.begin(), m_bytes.end(), [](std::uint8_t b) { return b == 0; });
}

Bloom& Bloom::operator|=(const Bloom& other)
{
    for (std::size_t i = 0; i < kSize; ++i)
        m_bytes[i] |= other.m_bytes[i];
    return *this;
}

std::string Bloom::toHex() const { return plinth::toHex(m_bytes); }

} // namespace plinth
