#include "wallet/codec/Rlp.h"

#include <stdexcept>
#include <string>

namespace plinth {
namespace {

// Appends the header for a payload of len bytes; offset is 0x80 for strings, 0xc0 for lists.
void appendHeader(Bytes& out, std::size_t len, std::uint8_t offset)
{
    if (len < 56) {
        out.push_back(static_cast<std::uint8_t>(offset + len));
        return;
    }
    std::uint8_t be[8];
    int n = 0;
    for (std::size_t v = len; v; v >>= 8)
        be[n++] = static_cast<std::uint8_t>(v);
    out.push_back(static_cast<std::uint8_t>(offset + 55 + n));
    while (n)
        out.push_back(be[--n]);
}

void appendString(Bytes& out, ByteView b)
{
    if (b.size() == 1 && b[0] < 0x80) {
        out.push_back(b[0]);
        return;
    }
    appendHeader(out, b.size(), 0x80);
    out.insert(out.end(), b.begin(), b.end());
}

void encodeInto(Bytes& out, const RlpItem& item)
{
    if (!item.isList) {
        appendString(out, item.bytes);
        return;
    }
    Bytes payload;
    for (const auto& child : item.items)
        encodeInto(payload, child);
    appendHeader(out, payload.size(), 0xc0);
    out.insert(out.end(), payload.begin(), payload.end());
}

Error bad(std::size_t offset, const std::string& what)
{
    return makeError(ErrorCode::InvalidArgument, "RLP: " + what + " at byte " + std::to_string(offset));
}

class Decoder {
public:
    explicit Decoder(ByteView data) : m_data(data) {}

    // Decodes the item at m_pos, which must end at or before limit.
    Result<RlpItem> item(std::size_t limit, std::size_t depth)
    {
        const std::size_t start = m_pos;
        if (m_pos >= limit)
            return bad(start, "item expected but the data ends");
        const std::uint8_t prefix = m_data[m_pos++];
        if (prefix < 0x80)
            return RlpItem{false, Bytes{prefix}, {}};
        const bool isList = prefix >= 0xc0;
        const std::uint8_t base = isList ? 0xc0 : 0x80;
        std::size_t len = 0;
        if (prefix - base < 56) {
            len = prefix - base;
        } else {
            const std::size_t lenOfLen = prefix - base - 55u;
            if (lenOfLen > limit - m_pos)
                return bad(start, "length runs past the end of the data");
            if (m_data[m_pos] == 0)
                return bad(start, "length has a leading zero byte");
            if (lenOfLen > sizeof(std::size_t))
                return bad(start, "length is too large");
            for (std::size_t i = 0; i < lenOfLen; ++i)
                len = (len << 8) | m_data[m_pos++];
            if (len < 56)
                return bad(start, "long form used for a payload shorter than 56 bytes");
        }
        if (len > limit - m_pos)
            return bad(start, "payload runs past the end of the data");
        const std::size_t end = m_pos + len;
        if (!isList) {
            if (len == 1 && m_data[m_pos] < 0x80)
                return bad(start, "single byte below 0x80 encoded as a string");
            RlpItem out{false, Bytes(m_data.begin() + static_cast<std::ptrdiff_t>(m_pos),
                                     m_data.begin() + static_cast<std::ptrdiff_t>(end)), {}};
            m_pos = end;
            return out;
        }
        if (depth >= kMaxRlpDepth)
            return bad(start, "lists nested too deeply");
        RlpItem out{true, {}, {}};
        while (m_pos < end) {
            auto child = item(end, depth + 1);
            if (!child)
                return child.error();
            out.items.push_back(std::move(*child));
        }
        return out;
    }

    std::size_t pos() const { return m_pos; }

private:
    ByteView m_data;
    std::size_t m_pos = 0;
};

} // namespace

Bytes rlpEncode(const RlpItem& item)
{
    Bytes out;
    encodeInto(out, item);
    return out;
}

Result<RlpItem> rlpDecode(ByteView data)
{
    Decoder d(data);
    auto item = d.item(data.size(), 0);
    if (!item)
        return item.error();
    if (d.pos() != data.size())
        return bad(d.pos(), "trailing bytes after the item");
    return item;
}

Result<UInt256> rlpToUInt256(const RlpItem& item)
{
    if (item.isList)
        return makeError(ErrorCode::InvalidArgument, "RLP: expected an integer, found a list");
    if (item.bytes.size() > 32)
        return makeError(ErrorCode::InvalidArgument, "RLP: integer longer than 32 bytes");
    if (!item.bytes.empty() && item.bytes[0] == 0)
        return makeError(ErrorCode::InvalidArgument, "RLP: integer has a leading zero byte");
    return fromBigEndian(item.bytes);
}

Result<std::uint64_t> rlpToUInt64(const RlpItem& item)
{
    if (!item.isList && item.bytes.size() > 8)
        return makeError(ErrorCode::InvalidArgument, "RLP: integer does not fit in 64 bits");
    auto v = rlpToUInt256(item);
    if (!v)
        return v.error();
    return static_cast<std::uint64_t>(*v);
}

void RlpEncoder::addBytes(ByteView b) { appendString(m_out, b); }

void RlpEncoder::addUInt(const UInt256& v) { appendString(m_out, toMinimalBigEndian(v)); }

void RlpEncoder::addUInt(std::uint64_t v)
{
    std::uint8_t be[8];
    int n = 0;
    for (; v; v >>= 8)
        be[7 - n++] = static_cast<std::uint8_t>(v);
    appendString(m_out, ByteView(be + 8 - n, static_cast<std::size_t>(n)));
}

void RlpEncoder::addRaw(ByteView encoded) { m_out.insert(m_out.end(), encoded.begin(), encoded.end()); }

void RlpEncoder::beginList() { m_listStarts.push_back(m_out.size()); }

void RlpEncoder::endList()
{
    if (m_listStarts.empty())
        throw std::logic_error("RlpEncoder::endList without beginList");
    const std::size_t start = m_listStarts.back();
    m_listStarts.pop_back();
    Bytes header;
    appendHeader(header, m_out.size() - start, 0xc0);
    m_out.insert(m_out.begin() + static_cast<std::ptrdiff_t>(start), header.begin(), header.end());
}

Bytes RlpEncoder::finish()
{
    if (!m_listStarts.empty())
        throw std::logic_error("RlpEncoder::finish with an open list");
    return std::move(m_out);
}

} // namespace plinth
