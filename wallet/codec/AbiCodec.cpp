#include "wallet/codec/AbiCodec.h"

#include <algorithm>

namespace plinth {
namespace {

using Kind = AbiType::Kind;

Error bad(const std::string& path, const std::string& what)
{
    return makeError(ErrorCode::InvalidArgument, "ABI data" + (path.empty() ? "" : " " + path) + ": " + what);
}

std::string childPath(const std::string& path, std::size_t i) { return path + "[" + std::to_string(i) + "]"; }

// ---- encoding (values already checked against their types) ----

void appendWord(Bytes& out, const FixedBytes<32>& w) { out.insert(out.end(), w.begin(), w.end()); }

void appendPadded(Bytes& out, ByteView b)
{
    out.insert(out.end(), b.begin(), b.end());
    out.resize(out.size() + (32 - b.size() % 32) % 32, 0);
}

FixedBytes<32> twosComplement(const Int256& v)
{
    if (v >= 0)
        return toBigEndian32(static_cast<UInt256>(v));
    const UInt256 mag = static_cast<UInt256>(-v);
    return toBigEndian32(UInt256(0) - mag); // wraps modulo 2^256
}

void encodeTuple(Bytes& out, const std::vector<const AbiType*>& types, const std::vector<const AbiValue*>& values);

void encodeOne(Bytes& out, const AbiType& type, const AbiValue& value)
{
    const auto& v = value.value;
    switch (type.kind) {
    case Kind::Uint:
        appendWord(out, toBigEndian32(std::get<UInt256>(v)));
        return;
    case Kind::Int:
        appendWord(out, twosComplement(std::get<Int256>(v)));
        return;
    case Kind::Bool:
        appendWord(out, toBigEndian32(std::get<bool>(v) ? 1 : 0));
        return;
    case Kind::Address: {
        FixedBytes<32> w{};
        const auto& a = std::get<FixedBytes<20>>(v);
        std::copy(a.begin(), a.end(), w.begin() + 12);
        appendWord(out, w);
        return;
    }
    case Kind::FixedBytes:
        appendPadded(out, std::get<Bytes>(v));
        return;
    case Kind::Bytes:
        appendWord(out, toBigEndian32(std::get<Bytes>(v).size()));
        appendPadded(out, std::get<Bytes>(v));
        return;
    case Kind::String: {
        const auto& s = std::get<std::string>(v);
        appendWord(out, toBigEndian32(s.size()));
        appendPadded(out, asBytes(s));
        return;
    }
    case Kind::Array:
    case Kind::FixedArray:
    case Kind::Tuple: {
        const auto& list = std::get<AbiValue::List>(v);
        if (type.kind == Kind::Array)
            appendWord(out, toBigEndian32(list.size()));
        std::vector<const AbiType*> ts;
        std::vector<const AbiValue*> vs;
        for (std::size_t i = 0; i < list.size(); ++i) {
            ts.push_back(type.kind == Kind::Tuple ? &type.components[i] : &type.components[0]);
            vs.push_back(&list[i]);
        }
        encodeTuple(out, ts, vs);
        return;
    }
    }
}

void encodeTuple(Bytes& out, const std::vector<const AbiType*>& types, const std::vector<const AbiValue*>& values)
{
    const std::size_t base = out.size();
    std::size_t headLen = 0;
    for (const auto* t : types)
        headLen += t->headSize();
    // Reserve the head, then append tails and patch offsets (relative to the start of this tuple).
    out.resize(base + headLen, 0);
    std::size_t headPos = base;
    for (std::size_t i = 0; i < types.size(); ++i) {
        if (types[i]->isDynamic()) {
            const FixedBytes<32> offset = toBigEndian32(out.size() - base);
            std::copy(offset.begin(), offset.end(), out.begin() + static_cast<std::ptrdiff_t>(headPos));
            encodeOne(out, *types[i], *values[i]);
            headPos += 32;
        } else {
            Bytes head;
            encodeOne(head, *types[i], *values[i]);
            std::copy(head.begin(), head.end(), out.begin() + static_cast<std::ptrdiff_t>(headPos));
            headPos += head.size();
        }
    }
}

// ---- decoding ----

class Decoder {
public:
    explicit Decoder(ByteView data) : m_data(data), m_budget(1024 + 8 * (data.size() / 32)) {}

    // Decodes a tuple of types whose encoding starts at base.
    Result<AbiValue::List> tuple(const std::vector<const AbiType*>& types, std::size_t base)
    {
        AbiValue::List out;
        out.reserve(std::min<std::size_t>(types.size(), 1024));
        std::size_t headPos = base;
        m_path.push_back(0);
        for (std::size_t i = 0; i < types.size(); ++i) {
            m_path.back() = i;
            const AbiType& t = *types[i];
            Result<AbiValue> v = makeError(ErrorCode::Internal, "");
            if (t.isDynamic()) {
                auto offset = readSize(headPos, "offset");
                if (!offset)
                    return offset.error();
                if (*offset > m_data.size() - base)
                    return fail("offset out of range");
                v = one(t, base + *offset);
                headPos += 32;
            } else {
                v = one(t, headPos);
                headPos += t.headSize();
            }
            if (!v)
                return v.error();
            out.push_back(std::move(*v));
        }
        m_path.pop_back();
        return out;
    }

private:
    // The element being decoded, as "[2][0]", built only when reporting an error.
    Error fail(const std::string& what) const
    {
        std::string path;
        for (const std::size_t i : m_path)
            path = childPath(path, i);
        return bad(path, what);
    }

    Result<FixedBytes<32>> word(std::size_t pos)
    {
        if (pos > m_data.size() || m_data.size() - pos < 32)
            return fail("data too short");
        FixedBytes<32> w{};
        std::copy_n(m_data.begin() + static_cast<std::ptrdiff_t>(pos), 32, w.begin());
        return w;
    }

    // A word that must hold a length or offset small enough to index the data.
    Result<std::size_t> readSize(std::size_t pos, const char* what)
    {
        auto w = word(pos);
        if (!w)
            return w.error();
        if (std::any_of(w->begin(), w->begin() + 24, [](auto b) { return b != 0; }))
            return fail(std::string(what) + " out of range");
        std::uint64_t v = 0;
        for (std::size_t i = 24; i < 32; ++i)
            v = (v << 8) | (*w)[i];
        if (v > m_data.size())
            return fail(std::string(what) + " out of range");
        return static_cast<std::size_t>(v);
    }

    Result<AbiValue> one(const AbiType& t, std::size_t pos)
    {
        if (m_budget == 0)
            return fail("too many values for the size of the data");
        --m_budget;
        switch (t.kind) {
        case Kind::Uint:
        case Kind::Int:
        case Kind::Bool:
        case Kind::Address:
        case Kind::FixedBytes:
            return atom(t, pos);
        case Kind::Bytes:
        case Kind::String: {
            auto len = readSize(pos, "length");
            if (!len)
                return len.error();
            const std::size_t start = pos + 32;
            const std::size_t padded = (*len + 31) / 32 * 32;
            if (padded > m_data.size() - start)
                return fail("data too short for a length of " + std::to_string(*len));
            const auto first = m_data.begin() + static_cast<std::ptrdiff_t>(start);
            if (t.kind == Kind::Bytes)
                return AbiValue::ofBytes(Bytes(first, first + static_cast<std::ptrdiff_t>(*len)));
            return AbiValue::ofString(std::string(first, first + static_cast<std::ptrdiff_t>(*len)));
        }
        case Kind::Array:
        case Kind::FixedArray: {
            std::size_t count = t.size;
            std::size_t base = pos;
            if (t.kind == Kind::Array) {
                auto len = readSize(pos, "array length");
                if (!len)
                    return len.error();
                count = *len;
                base = pos + 32;
                // Every element takes at least one head word, so a length beyond the data is a lie.
                const std::size_t elemHead = std::max<std::size_t>(t.components[0].headSize(), 32);
                if (count > (m_data.size() - std::min(base, m_data.size())) / elemHead)
                    return fail("array length " + std::to_string(count) + " runs past the end of the data");
            }
            if (count > m_budget)
                return fail("too many values for the size of the data");
            std::vector<const AbiType*> types(count, &t.components[0]);
            auto list = tuple(types, base);
            if (!list)
                return list.error();
            return AbiValue::ofList(std::move(*list));
        }
        case Kind::Tuple: {
            std::vector<const AbiType*> types;
            for (const auto& c : t.components)
                types.push_back(&c);
            auto list = tuple(types, pos);
            if (!list)
                return list.error();
            return AbiValue::ofList(std::move(*list));
        }
        }
        return fail("unsupported type");
    }

    Result<AbiValue> atom(const AbiType& t, std::size_t pos)
    {
        auto w = word(pos);
        if (!w)
            return w.error();
        const auto zeros = [&](std::size_t from, std::size_t to) {
            return std::all_of(w->begin() + static_cast<std::ptrdiff_t>(from), w->begin() + static_cast<std::ptrdiff_t>(to),
                               [](auto b) { return b == 0; });
        };
        switch (t.kind) {
        case Kind::Uint: {
            if (!zeros(0, 32 - t.size / 8))
                return fail("value does not fit in " + t.canonical());
            return AbiValue::ofUInt(*fromBigEndian(*w));
        }
        case Kind::Int: {
            const std::size_t signByte = 32 - t.size / 8;
            const bool negative = ((*w)[signByte] & 0x80) != 0;
            const bool extended = std::all_of(w->begin(), w->begin() + static_cast<std::ptrdiff_t>(signByte),
                                              [negative](auto b) { return b == (negative ? 0xff : 0x00); });
            if (!extended)
                return fail("value does not fit in " + t.canonical());
            const UInt256 raw = *fromBigEndian(*w);
            if (!((*w)[0] & 0x80))
                return AbiValue::ofInt(Int256(raw));
            return AbiValue::ofInt(-Int256(UInt256(0) - raw));
        }
        case Kind::Bool:
            if (!zeros(0, 31) || (*w)[31] > 1)
                return fail("a bool must be 0 or 1");
            return AbiValue::ofBool((*w)[31] == 1);
        case Kind::Address: {
            if (!zeros(0, 12))
                return fail("an address must have 12 zero bytes in front");
            FixedBytes<20> a{};
            std::copy(w->begin() + 12, w->end(), a.begin());
            return AbiValue::ofAddress(a);
        }
        case Kind::FixedBytes:
            if (!zeros(t.size, 32))
                return fail(t.canonical() + " must be zero-padded");
            return AbiValue::ofBytes(Bytes(w->begin(), w->begin() + static_cast<std::ptrdiff_t>(t.size)));
        default:
            return fail("unsupported type");
        }
    }

    ByteView m_data;
    std::size_t m_budget;
    std::vector<std::size_t> m_path;
};

} // namespace

Result<Bytes> abiEncode(const std::vector<AbiType>& types, const std::vector<AbiValue>& values)
{
    if (types.size() != values.size())
        return makeError(ErrorCode::InvalidArgument, "ABI: " + std::to_string(types.size()) + " types but "
                                                         + std::to_string(values.size()) + " values");
    std::vector<const AbiType*> ts;
    std::vector<const AbiValue*> vs;
    for (std::size_t i = 0; i < types.size(); ++i) {
        auto ok = checkAbiValue(types[i], values[i]);
        if (!ok)
            return makeError(ErrorCode::InvalidArgument, "argument " + std::to_string(i) + ": " + ok.error().message);
        ts.push_back(&types[i]);
        vs.push_back(&values[i]);
    }
    Bytes out;
    encodeTuple(out, ts, vs);
    return out;
}

Result<std::vector<AbiValue>> abiDecode(const std::vector<AbiType>& types, ByteView data)
{
    std::vector<const AbiType*> ts;
    for (const auto& t : types)
        ts.push_back(&t);
    Decoder d(data);
    auto list = d.tuple(ts, 0);
    if (!list)
        return list.error();
    return std::move(*list);
}

} // namespace plinth
