#include "wallet/eth/Bloom.h"

#include "wallet/codec/Hex.h"
#include "wallet/crypto/Keccak.h"
#include "wallet/eth/Log.h"

#include <algorithm>

namespace plinth {
namespace {

// The three (byte index, bit mask) pairs of an item. Bit b (0..2047) counts from the end of the
// 256-byte array: the yellow paper's M3:2048 on a big-endian bit string.
struct BloomBits {
    std::size_t index[3];
    std::uint8_t mask[3];
};

BloomBits bitsOf(ByteView item)
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
