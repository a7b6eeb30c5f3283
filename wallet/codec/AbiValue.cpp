#include "wallet/codec/AbiValue.h"

#include "wallet/codec/Hex.h"
#include "wallet/crypto/Keccak.h"

#include <boost/json.hpp>

#include <cstdint>

namespace plinth {
namespace {

namespace json = boost::json;
using Kind = AbiType::Kind;

Error bad(const std::string& path, const std::string& what)
{
    return makeError(ErrorCode::InvalidArgument, "ABI value" + (path.empty() ? "" : " " + path) + ": " + what);
}

// EIP-55 checksum form without depending on the eth module (codec sits below it).
std::string checksummed(const FixedBytes<20>& a)
{
    const std::string lower = toHex(a, false);
    const Hash32 h = keccak256(asBytes(lower));
    std::string out = "0x";
    for (std::size_t i = 0; i < lower.size(); ++i) {
        const unsigned nib = (i % 2 == 0) ? (h[i / 2] >> 4) : (h[i / 2] & 0x0f);
        out += (lower[i] >= 'a' && nib >= 8) ? static_cast<char>(lower[i] - 'a' + 'A') : lower[i];
    }
    return out;
}

// ABI strings are arbitrary bytes; JSON text must be UTF-8. Invalid sequences become U+FFFD so that the
// JSON form always parses (it is for people and logs; abiDecode keeps the exact bytes).
std::string validUtf8(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xe ? 3 : (c >> 3) == 0x1e ? 4 : 0;
        bool ok = len != 0 && i + len <= s.size();
        std::uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1f) : len == 3 ? (c & 0x0f) : (c & 0x07);
        for (std::size_t k = 1; ok && k < len; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + k]);
            ok = (cc & 0xc0) == 0x80;
            cp = (cp << 6) | (cc & 0x3f);
        }
        // Reject overlong forms, surrogates and code points above U+10FFFF.
        static constexpr std::uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
        if (ok && (cp < kMin[len] || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff))
            ok = false;
        if (ok) {
            out.append(s.substr(i, len));
            i += len;
        } else {
            out += "\xef\xbf\xbd";
            ++i;
        }
    }
    return out;
}

Result<Int256> readInteger(const json::value& v, const std::string& path)
{
    if (v.is_int64())
        return Int256(v.as_int64());
    if (v.is_uint64())
        return Int256(v.as_uint64());
    if (!v.is_string())
        return bad(path, "expected a number or a numeric string");
    std::string_view s = v.as_string();
    const bool negative = !s.empty() && s[0] == '-';
    if (negative)
        s.remove_prefix(1);
    auto mag = parseUInt256(s);
    if (!mag)
        return bad(path, mag.error().message);
    const Int256 m(*mag);
    return negative ? Int256(-m) : m;
}

Result<AbiValue> fromJson(const AbiType& type, const json::value& v, const std::string& path)
{
    switch (type.kind) {
    case Kind::Uint:
    case Kind::Int: {
        auto n = readInteger(v, path);
        if (!n)
            return n.error();
        AbiValue out = type.kind == Kind::Uint ? AbiValue::ofUInt(*n < 0 ? UInt256(0) : static_cast<UInt256>(*n))
                                               : AbiValue::ofInt(*n);
        if (type.kind == Kind::Uint && *n < 0)
            return bad(path, "negative value for " + type.canonical());
        auto ok = checkAbiValue(type, out);
        if (!ok)
            return bad(path, ok.error().message);
        return out;
    }
    case Kind::Bool:
        if (!v.is_bool())
            return bad(path, "expected true or false");
        return AbiValue::ofBool(v.as_bool());
    case Kind::Address: {
        if (!v.is_string())
            return bad(path, "expected an address string");
        const std::string_view s = v.as_string();
        auto bytes = fromHexFixed<20>(s);
        if (!bytes || !hasHexPrefix(s))
            return bad(path, "expected 0x and 40 hex digits");
        const std::string_view digits = s.substr(2);
        const bool lower = digits.find_first_of("ABCDEF") == std::string_view::npos;
        const bool upper = digits.find_first_of("abcdef") == std::string_view::npos;
        if (!lower && !upper && checksummed(*bytes).substr(2) != digits)
            return bad(path, "address has a bad checksum (EIP-55)");
        return AbiValue::ofAddress(*bytes);
    }
    case Kind::FixedBytes:
    case Kind::Bytes: {
        if (!v.is_string())
            return bad(path, "expected 0x-prefixed hex");
        auto bytes = fromHex(v.as_string());
        if (!bytes)
            return bad(path, bytes.error().message);
        if (type.kind == Kind::FixedBytes && bytes->size() != type.size)
            return bad(path, type.canonical() + " needs " + std::to_string(type.size) + " bytes, not "
                                 + std::to_string(bytes->size()));
        return AbiValue::ofBytes(std::move(*bytes));
    }
    case Kind::String:
        if (!v.is_string())
            return bad(path, "expected a string");
        return AbiValue::ofString(std::string(v.as_string()));
    case Kind::Array:
    case Kind::FixedArray:
    case Kind::Tuple: {
        if (!v.is_array())
            return bad(path, "expected a JSON array for " + type.canonical());
        const auto& arr = v.as_array();
        const std::size_t expected = type.kind == Kind::Tuple ? type.components.size()
                                     : type.kind == Kind::FixedArray ? type.size : arr.size();
        if (arr.size() != expected)
            return bad(path, type.canonical() + " needs " + std::to_string(expected) + " elements, not "
                                 + std::to_string(arr.size()));
        AbiValue::List list;
        list.reserve(arr.size());
        for (std::size_t i = 0; i < arr.size(); ++i) {
            const AbiType& t = type.kind == Kind::Tuple ? type.components[i] : type.components[0];
            auto e = fromJson(t, arr[i], path + "[" + std::to_string(i) + "]");
            if (!e)
                return e.error();
            list.push_back(std::move(*e));
        }
        return AbiValue::ofList(std::move(list));
    }
    }
    return bad(path, "unsupported type");
}

json::value toJson(const AbiType& type, const AbiValue& value)
{
    const auto& v = value.value;
    switch (type.kind) {
    case Kind::Uint:
        if (const auto* p = std::get_if<UInt256>(&v))
            return json::string(p->str());
        break;
    case Kind::Int:
        if (const auto* p = std::get_if<Int256>(&v))
            return json::string(p->str());
        break;
    case Kind::Bool:
        if (const auto* p = std::get_if<bool>(&v))
            return *p;
        break;
    case Kind::Address:
        if (const auto* p = std::get_if<FixedBytes<20>>(&v))
            return json::string(checksummed(*p));
        break;
    case Kind::FixedBytes:
    case Kind::Bytes:
        if (const auto* p = std::get_if<Bytes>(&v))
            return json::string(toHex(*p));
        break;
    case Kind::String:
        if (const auto* p = std::get_if<std::string>(&v))
            return json::string(validUtf8(*p));
        break;
    case Kind::Array:
    case Kind::FixedArray:
    case Kind::Tuple:
        if (const auto* p = std::get_if<AbiValue::List>(&v)) {
            json::array arr;
            for (std::size_t i = 0; i < p->size(); ++i) {
                const AbiType* t = type.kind == Kind::Tuple ? (i < type.components.size() ? &type.components[i] : nullptr)
                                                            : &type.components[0];
                arr.push_back(t ? toJson(*t, (*p)[i]) : json::value(nullptr));
            }
            return arr;
        }
        break;
    }
    return nullptr;
}

Result<void> check(const AbiType& type, const AbiValue& value, const std::string& path)
{
    const auto& v = value.value;
    const auto mismatch = [&] { return bad(path, "value does not match type " + type.canonical()); };
    switch (type.kind) {
    case Kind::Uint: {
        const auto* p = std::get_if<UInt256>(&v);
        if (!p)
            return mismatch();
        if (type.size < 256 && (*p >> type.size) != 0)
            return bad(path, "value does not fit in " + type.canonical());
        return {};
    }
    case Kind::Int: {
        const auto* p = std::get_if<Int256>(&v);
        if (!p)
            return mismatch();
        const Int256 limit = Int256(1) << (type.size - 1);
        if (*p >= limit || *p < -limit)
            return bad(path, "value does not fit in " + type.canonical());
        return {};
    }
    case Kind::Bool:
        return std::holds_alternative<bool>(v) ? Result<void>{} : mismatch();
    case Kind::Address:
        return std::holds_alternative<FixedBytes<20>>(v) ? Result<void>{} : mismatch();
    case Kind::FixedBytes: {
        const auto* p = std::get_if<Bytes>(&v);
        if (!p)
            return mismatch();
        if (p->size() != type.size)
            return bad(path, type.canonical() + " needs " + std::to_string(type.size) + " bytes");
        return {};
    }
    case Kind::Bytes:
        return std::holds_alternative<Bytes>(v) ? Result<void>{} : mismatch();
    case Kind::String:
        return std::holds_alternative<std::string>(v) ? Result<void>{} : mismatch();
    case Kind::Array:
    case Kind::FixedArray:
    case Kind::Tuple: {
        const auto* p = std::get_if<AbiValue::List>(&v);
        if (!p)
            return mismatch();
        const std::size_t expected = type.kind == Kind::Tuple ? type.components.size()
                                     : type.kind == Kind::FixedArray ? type.size : p->size();
        if (p->size() != expected)
            return bad(path, type.canonical() + " needs " + std::to_string(expected) + " elements");
        for (std::size_t i = 0; i < p->size(); ++i) {
            auto ok = check(type.kind == Kind::Tuple ? type.components[i] : type.components[0], (*p)[i],
                            path + "[" + std::to_string(i) + "]");
            if (!ok)
                return ok;
        }
        return {};
    }
    }
    return mismatch();
}

Result<json::value> parseJson(std::string_view text)
{
    boost::system::error_code ec;
    json::value v = json::parse(text, ec);
    if (ec)
        return makeError(ErrorCode::InvalidArgument, "ABI values: not valid JSON");
    return v;
}

} // namespace

Result<AbiValue> abiValueFromJson(const AbiType& type, std::string_view text)
{
    auto v = parseJson(text);
    if (!v)
        return v.error();
    return fromJson(type, *v, "");
}

Result<std::vector<AbiValue>> abiValuesFromJson(const std::vector<AbiType>& types, std::string_view text)
{
    auto v = parseJson(text);
    if (!v)
        return v.error();
    if (!v->is_array() || v->as_array().size() != types.size())
        return makeError(ErrorCode::InvalidArgument,
                         "ABI values: expected a JSON array of " + std::to_string(types.size()) + " values");
    std::vector<AbiValue> out;
    for (std::size_t i = 0; i < types.size(); ++i) {
        auto e = fromJson(types[i], v->as_array()[i], "[" + std::to_string(i) + "]");
        if (!e)
            return e.error();
        out.push_back(std::move(*e));
    }
    return out;
}

std::string abiValueToJson(const AbiType& type, const AbiValue& value) { return json::serialize(toJson(type, value)); }

std::string abiValuesToJson(const std::vector<AbiType>& types, const std::vector<AbiValue>& values)
{
    json::array arr;
    for (std::size_t i = 0; i < values.size(); ++i)
        arr.push_back(i < types.size() ? toJson(types[i], values[i]) : json::value(nullptr));
    return json::serialize(arr);
}

Result<void> checkAbiValue(const AbiType& type, const AbiValue& value) { return check(type, value, ""); }

} // namespace plinth
