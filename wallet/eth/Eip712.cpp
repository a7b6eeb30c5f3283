#include "wallet/eth/Eip712.h"

#include "wallet/codec/Hex.h"
#include "wallet/codec/UInt256.h"
#include "wallet/crypto/Keccak.h"
#include "wallet/eth/Address.h"

#include <boost/json.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <vector>

namespace plinth {
namespace {

namespace json = boost::json;

Error bad(const std::string& where, const std::string& what)
{
    return makeError(ErrorCode::InvalidArgument, "typed data: " + (where.empty() ? "" : where + ": ") + what);
}

struct Field {
    std::string name;
    std::string type;
};
using Types = std::map<std::string, std::vector<Field>, std::less<>>;

bool isIdentifier(std::string_view s)
{
    if (s.empty())
        return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (!(std::isalpha(c) || c == '_' || c == '$' || (i > 0 && std::isdigit(c))))
            return false;
    }
    return true;
}

// "Meta[2][]" -> base "Meta"; arrays are stripped from the right.
std::string_view baseType(std::string_view type)
{
    const auto bracket = type.find('[');
    return bracket == std::string_view::npos ? type : type.substr(0, bracket);
}

// Integer and byte widths of atomic types; kind 'u', 'i', 'b' (bytesN), 'a', 'o' (bool), 's', 'y' (bytes).
struct Atomic {
    char kind = 0;
    unsigned size = 0;
};

std::optional<Atomic> atomic(std::string_view t)
{
    if (t == "address")
        return Atomic{'a', 20};
    if (t == "bool")
        return Atomic{'o', 0};
    if (t == "string")
        return Atomic{'s', 0};
    if (t == "bytes")
        return Atomic{'y', 0};
    const auto number = [](std::string_view digits, unsigned& out) {
        if (digits.empty() || digits.size() > 3 || digits[0] == '0')
            return false;
        out = 0;
        for (const char c : digits) {
            if (c < '0' || c > '9')
                return false;
            out = out * 10 + static_cast<unsigned>(c - '0');
        }
        return true;
    };
    unsigned n = 0;
    if (t.substr(0, 5) == "bytes" && number(t.substr(5), n) && n >= 1 && n <= 32)
        return Atomic{'b', n};
    if (t.substr(0, 4) == "uint" && number(t.substr(4), n) && n % 8 == 0 && n >= 8 && n <= 256)
        return Atomic{'u', n};
    if (t.substr(0, 3) == "int" && number(t.substr(3), n) && n % 8 == 0 && n >= 8 && n <= 256)
        return Atomic{'i', n};
    return std::nullopt;
}

class Encoder {
public:
    explicit Encoder(Types types) : m_types(std::move(types)) {}

    // Checks every field type names an atomic type or a declared struct (with well-formed array suffixes).
    Result<void> validateTypes() const
    {
        for (const auto& [name, fields] : m_types) {
            if (!isIdentifier(name))
                return bad(name, "a type name must be an identifier");
            std::set<std::string, std::less<>> seen;
            for (const auto& f : fields) {
                if (!isIdentifier(f.name))
                    return bad(name, "field name \"" + f.name + "\" is not an identifier");
                if (!seen.insert(f.name).second)
                    return bad(name, "field \"" + f.name + "\" is declared twice");
                std::string_view suffix = std::string_view(f.type).substr(baseType(f.type).size());
                while (!suffix.empty()) {
                    const auto close = suffix.find(']');
                    if (suffix[0] != '[' || close == std::string_view::npos)
                        return bad(name + "." + f.name, "malformed array type \"" + f.type + "\"");
                    const std::string_view len = suffix.substr(1, close - 1);
                    if (!std::all_of(len.begin(), len.end(), [](char c) { return c >= '0' && c <= '9'; })
                        || (!len.empty() && (len[0] == '0' || len.size() > 6)))
                        return bad(name + "." + f.name, "malformed array length in \"" + f.type + "\"");
                    suffix.remove_prefix(close + 1);
                }
                const std::string_view base = baseType(f.type);
                if (!atomic(base) && m_types.find(base) == m_types.end())
                    return bad(name + "." + f.name, "unknown type \"" + std::string(base) + "\"");
            }
        }
        return {};
    }

    Result<Hash32> hashStruct(const std::string& type, const json::value& value, const std::string& where)
    {
        auto fields = m_types.find(type);
        if (fields == m_types.end())
            return bad(where, "unknown type \"" + type + "\"");
        if (!value.is_object())
            return bad(where, "expected an object of type " + type);
        const auto& obj = value.as_object();
        for (const auto& member : obj) {
            const std::string_view key = member.key();
            const bool declared = std::any_of(fields->second.begin(), fields->second.end(),
                                              [key](const Field& f) { return f.name == key; });
            if (!declared)
                return bad(where + "." + std::string(key), "field not declared in type " + type);
        }
        Bytes enc;
        const Hash32 th = typeHash(type);
        enc.insert(enc.end(), th.begin(), th.end());
        for (const auto& f : fields->second) {
            const auto* v = obj.if_contains(f.name);
            if (!v)
                return bad(where + "." + f.name, "missing field");
            auto w = encodeValue(f.type, *v, where + "." + f.name);
            if (!w)
                return w.error();
            enc.insert(enc.end(), w->begin(), w->end());
        }
        return keccak256(enc);
    }

    std::string encodeType(const std::string& primary) const
    {
        std::set<std::string> deps;
        collectDeps(primary, deps);
        deps.erase(primary);
        std::string out = encodeOne(primary);
        for (const auto& d : deps)
            out += encodeOne(d);
        return out;
    }

private:
    Hash32 typeHash(const std::string& type)
    {
        auto it = m_typeHashes.find(type);
        if (it == m_typeHashes.end())
            it = m_typeHashes.emplace(type, keccak256(asBytes(encodeType(type)))).first;
        return it->second;
    }

    std::string encodeOne(const std::string& type) const
    {
        std::string out = type + "(";
        const auto& fields = m_types.at(type);
        for (std::size_t i = 0; i < fields.size(); ++i)
            out += (i ? "," : "") + fields[i].type + " " + fields[i].name;
        return out + ")";
    }

    void collectDeps(const std::string& type, std::set<std::string>& deps) const
    {
        auto it = m_types.find(type);
        if (it == m_types.end() || !deps.insert(type).second)
            return;
        for (const auto& f : it->second)
            collectDeps(std::string(baseType(f.type)), deps);
    }

    Result<FixedBytes<32>> encodeValue(std::string_view type, const json::value& v, const std::string& where)
    {
        if (!type.empty() && type.back() == ']') {
            const auto open = type.rfind('[');
            const std::string_view element = type.substr(0, open);
            const std::string_view len = type.substr(open + 1, type.size() - open - 2);
            if (!v.is_array())
                return bad(where, "expected an array for " + std::string(type));
            const auto& arr = v.as_array();
            if (!len.empty() && std::to_string(arr.size()) != len)
                return bad(where, std::string(type) + " needs " + std::string(len) + " elements, not "
                                      + std::to_string(arr.size()));
            Bytes enc;
            for (std::size_t i = 0; i < arr.size(); ++i) {
                auto w = encodeValue(element, arr[i], where + "[" + std::to_string(i) + "]");
                if (!w)
                    return w.error();
                enc.insert(enc.end(), w->begin(), w->end());
            }
            return keccak256(enc);
        }
        if (m_types.find(type) != m_types.end())
            return hashStruct(std::string(type), v, where);
        const auto a = atomic(type);
        if (!a)
            return bad(where, "unknown type \"" + std::string(type) + "\"");
        return encodeAtomic(*a, std::string(type), v, where);
    }

    static Result<FixedBytes<32>> encodeAtomic(const Atomic& a, const std::string& type, const json::value& v,
                                               const std::string& where)
    {
        switch (a.kind) {
        case 'o':
            if (!v.is_bool())
                return bad(where, "expected true or false for bool");
            return toBigEndian32(v.as_bool() ? 1 : 0);
        case 's':
            if (!v.is_string())
                return bad(where, "expected a string");
            return keccak256(asBytes(v.as_string()));
        case 'y': {
            if (!v.is_string())
                return bad(where, "expected 0x-prefixed hex for bytes");
            auto b = fromHex(v.as_string());
            if (!b || !hasHexPrefix(v.as_string()))
                return bad(where, "expected 0x-prefixed hex for bytes");
            return keccak256(*b);
        }
        case 'b': {
            if (!v.is_string())
                return bad(where, "expected 0x-prefixed hex for " + type);
            auto b = fromHex(v.as_string());
            if (!b || !hasHexPrefix(v.as_string()))
                return bad(where, "expected 0x-prefixed hex for " + type);
            if (b->size() != a.size)
                return bad(where, type + " needs " + std::to_string(a.size) + " bytes, not " + std::to_string(b->size()));
            FixedBytes<32> w{};
            std::copy(b->begin(), b->end(), w.begin());
            return w;
        }
        case 'a': {
            if (!v.is_string())
                return bad(where, "expected an address string");
            auto addr = parseAddress(v.as_string());
            if (!addr)
                return bad(where, addr.error().message);
            FixedBytes<32> w{};
            std::copy(addr->bytes.begin(), addr->bytes.end(), w.begin() + 12);
            return w;
        }
        default:
            return encodeInteger(a, type, v, where);
        }
    }

    static Result<FixedBytes<32>> encodeInteger(const Atomic& a, const std::string& type, const json::value& v,
                                                const std::string& where)
    {
        bool negative = false;
        UInt256 mag = 0;
        if (v.is_int64()) {
            negative = v.as_int64() < 0;
            mag = negative ? UInt256(-(v.as_int64() + 1)) + 1 : UInt256(v.as_int64());
        } else if (v.is_uint64()) {
            mag = v.as_uint64();
        } else if (v.is_string()) {
            std::string_view s = v.as_string();
            negative = !s.empty() && s[0] == '-';
            if (negative)
                s.remove_prefix(1);
            auto parsed = parseUInt256(s);
            if (!parsed)
                return bad(where, "not a valid " + type + ": " + parsed.error().message);
            mag = *parsed;
        } else if (v.is_double()) {
            return bad(where, "number is not an exact integer; write large numbers as strings");
        } else {
            return bad(where, "expected a number for " + type);
        }
        if (negative && mag == 0)
            negative = false;
        if (a.kind == 'u') {
            if (negative)
                return bad(where, "negative value for " + type);
            if (a.size < 256 && (mag >> a.size) != 0)
                return bad(where, "number out of range for " + type);
            return toBigEndian32(mag);
        }
        const UInt256 limit = UInt256(1) << (a.size - 1);
        if ((!negative && mag >= limit) || (negative && mag > limit))
            return bad(where, "number out of range for " + type);
        return toBigEndian32(negative ? UInt256(0) - mag : mag);
    }

    Types m_types;
    std::map<std::string, Hash32, std::less<>> m_typeHashes;
};

Result<Types> readTypes(const json::object& root)
{
    const auto* t = root.if_contains("types");
    if (!t || !t->is_object())
        return bad("", "\"types\" must be an object");
    Types types;
    for (const auto& [name, list] : t->as_object()) {
        if (!list.is_array())
            return bad(std::string(name), "a type must be an array of {name, type}");
        std::vector<Field> fields;
        for (const auto& f : list.as_array()) {
            const auto* obj = f.if_object();
            const auto* n = obj ? obj->if_contains("name") : nullptr;
            const auto* ty = obj ? obj->if_contains("type") : nullptr;
            if (!n || !ty || !n->is_string() || !ty->is_string())
                return bad(std::string(name), "each field must be {\"name\": string, \"type\": string}");
            fields.push_back({std::string(n->as_string()), std::string(ty->as_string())});
        }
        types.emplace(std::string(name), std::move(fields));
    }
    return types;
}

// ethers' rule for a missing EIP712Domain: the fields present, in the standard order.
std::vector<Field> inferDomain(const json::object& domain)
{
    static const Field kKnown[] = {{"name", "string"}, {"version", "string"}, {"chainId", "uint256"},
                                   {"verifyingContract", "address"}, {"salt", "bytes32"}};
    std::vector<Field> out;
    for (const auto& f : kKnown)
        if (domain.contains(f.name))
            out.push_back(f);
    return out;
}

} // namespace

Result<TypedDataHashes> hashTypedData(std::string_view text)
{
    boost::system::error_code ec;
    const json::value root = json::parse(text, ec);
    if (ec)
        return bad("", "not valid JSON");
    if (!root.is_object())
        return bad("", "expected a JSON object");
    const auto& obj = root.as_object();
    auto types = readTypes(obj);
    if (!types)
        return types.error();
    const auto* domain = obj.if_contains("domain");
    if (!domain || !domain->is_object())
        return bad("", "\"domain\" must be an object");
    const auto* primary = obj.if_contains("primaryType");
    if (!primary || !primary->is_string())
        return bad("", "\"primaryType\" must be a string");
    const std::string primaryType(primary->as_string());
    if (types->find("EIP712Domain") == types->end()) {
        for (const auto& [key, v] : domain->as_object()) {
            static_cast<void>(v);
            const auto known = inferDomain(json::object{{key, nullptr}});
            if (known.empty())
                return bad("EIP712Domain." + std::string(key), "field not declared in type EIP712Domain");
        }
        types->emplace("EIP712Domain", inferDomain(domain->as_object()));
    }
    if (types->find(primaryType) == types->end())
        return bad("primaryType", "unknown type \"" + primaryType + "\"");
    Encoder enc(std::move(*types));
    auto valid = enc.validateTypes();
    if (!valid)
        return valid.error();
    TypedDataHashes out;
    auto ds = enc.hashStruct("EIP712Domain", *domain, "EIP712Domain");
    if (!ds)
        return ds.error();
    out.domainSeparator = *ds;
    Bytes pre{0x19, 0x01};
    pre.insert(pre.end(), ds->begin(), ds->end());
    if (primaryType != "EIP712Domain") {
        const auto* message = obj.if_contains("message");
        if (!message)
            return bad("", "\"message\" is missing");
        auto mh = enc.hashStruct(primaryType, *message, primaryType);
        if (!mh)
            return mh.error();
        out.messageHash = *mh;
        pre.insert(pre.end(), mh->begin(), mh->end());
    }
    out.digest = keccak256(pre);
    return out;
}

Result<Hash32> typedDataHash(std::string_view text)
{
    auto h = hashTypedData(text);
    if (!h)
        return h.error();
    return h->digest;
}

Result<RecoverableSignature> signTypedData(std::string_view text, const SecureBytes& privateKey)
{
    auto h = typedDataHash(text);
    if (!h)
        return h.error();
    return signHash(*h, privateKey);
}

} // namespace plinth
