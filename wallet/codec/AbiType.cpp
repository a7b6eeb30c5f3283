#include "wallet/codec/AbiType.h"

#include <cctype>
#include <numeric>

namespace plinth {
namespace {

Error bad(std::string_view what, std::string_view text)
{
    return makeError(ErrorCode::InvalidArgument, "ABI type \"" + std::string(text.substr(0, 80)) + "\": " + std::string(what));
}

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view trim(std::string_view s)
{
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

// Parses a decimal number made only of digits, without leading zeros; returns false otherwise.
bool parseSize(std::string_view digits, std::size_t& out)
{
    if (digits.empty() || digits.size() > 6 || (digits.size() > 1 && digits[0] == '0'))
        return false;
    out = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return false;
        out = out * 10 + static_cast<std::size_t>(c - '0');
    }
    return true;
}

// Splits "a,b,(c,d)" at top-level commas. Fails on unbalanced parentheses.
bool splitTopLevel(std::string_view inner, std::vector<std::string_view>& parts)
{
    int depth = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i < inner.size(); ++i) {
        const char c = inner[i];
        if (c == '(')
            ++depth;
        else if (c == ')' && --depth < 0)
            return false;
        else if (c == ',' && depth == 0) {
            parts.push_back(inner.substr(start, i - start));
            start = i + 1;
        }
    }
    if (depth != 0)
        return false;
    if (!inner.empty() || start != 0)
        parts.push_back(inner.substr(start));
    return true;
}

Result<AbiType> parseType(std::string_view text, std::size_t depth);

Result<AbiType> parseParamList(std::string_view inner, std::string_view whole, std::size_t depth,
                               std::vector<AbiParam>* params)
{
    std::vector<std::string_view> parts;
    if (!splitTopLevel(inner, parts))
        return bad("unbalanced parentheses", whole);
    AbiType tuple{AbiType::Kind::Tuple, 0, {}};
    for (std::string_view part : parts) {
        part = trim(part);
        if (part.empty())
            return bad("empty component", whole);
        // The type ends at the first space outside parentheses; the rest is "[indexed] [name]".
        std::size_t end = part.size();
        int d = 0;
        for (std::size_t i = 0; i < part.size(); ++i) {
            if (part[i] == '(')
                ++d;
            else if (part[i] == ')')
                --d;
            else if (d == 0 && isSpace(part[i])) {
                end = i;
                break;
            }
        }
        auto type = parseType(part.substr(0, end), depth + 1);
        if (!type)
            return type.error();
        AbiParam param{*type, {}, false};
        std::string_view rest = trim(part.substr(end));
        // Component names inside tuple types are allowed ("(string uri,bytes data) meta") and ignored;
        // "indexed" only applies to an event's own parameters.
        if (params && rest.substr(0, 7) == "indexed" && (rest.size() == 7 || isSpace(rest[7]))) {
            param.indexed = true;
            rest = trim(rest.substr(7));
        }
        for (const char c : rest)
            if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$'))
                return bad("a parameter name may contain only letters, digits, _ and $", whole);
        param.name = std::string(rest);
        tuple.components.push_back(param.type);
        if (params)
            params->push_back(std::move(param));
    }
    return tuple;
}

Result<AbiType> parseType(std::string_view text, std::size_t depth)
{
    if (depth > kMaxAbiTypeDepth)
        return bad("nested too deeply", text);
    // Array suffixes bind last: "T[2][]" is a dynamic array of T[2].
    if (!text.empty() && text.back() == ']') {
        const auto open = text.rfind('[');
        if (open == std::string_view::npos)
            return bad("unbalanced brackets", text);
        auto element = parseType(text.substr(0, open), depth + 1);
        if (!element)
            return element.error();
        const std::string_view len = text.substr(open + 1, text.size() - open - 2);
        if (len.empty())
            return AbiType{AbiType::Kind::Array, 0, {*element}};
        std::size_t k = 0;
        if (!parseSize(len, k) || k == 0)
            return bad("a fixed array length must be a positive number", text);
        return AbiType{AbiType::Kind::FixedArray, k, {*element}};
    }
    std::string_view t = text;
    if (t.substr(0, 5) == "tuple")
        t.remove_prefix(5);
    if (!t.empty() && t.front() == '(') {
        if (t.back() != ')')
            return bad("unbalanced parentheses", text);
        auto tuple = parseParamList(t.substr(1, t.size() - 2), text, depth, nullptr);
        // Solidity has no empty structs, and an empty tuple encodes to nothing, which would let an array
        // of them claim any length without the data to back it.
        if (tuple && tuple->components.empty())
            return bad("empty tuple", text);
        return tuple;
    }
    if (text == "address")
        return AbiType{AbiType::Kind::Address, 0, {}};
    if (text == "bool")
        return AbiType{AbiType::Kind::Bool, 0, {}};
    if (text == "string")
        return AbiType{AbiType::Kind::String, 0, {}};
    if (text == "bytes")
        return AbiType{AbiType::Kind::Bytes, 0, {}};
    std::size_t n = 0;
    if (text.substr(0, 5) == "bytes") {
        if (!parseSize(text.substr(5), n) || n < 1 || n > 32)
            return bad("bytesN needs N from 1 to 32", text);
        return AbiType{AbiType::Kind::FixedBytes, n, {}};
    }
    for (const auto& [prefix, kind] : {std::pair{std::string_view("uint"), AbiType::Kind::Uint},
                                       std::pair{std::string_view("int"), AbiType::Kind::Int}}) {
        if (text.substr(0, prefix.size()) != prefix)
            continue;
        const std::string_view bits = text.substr(prefix.size());
        if (bits.empty())
            return AbiType{kind, 256, {}};
        if (!parseSize(bits, n) || n < 8 || n > 256 || n % 8 != 0)
            return bad("integer width must be a multiple of 8 from 8 to 256", text);
        return AbiType{kind, n, {}};
    }
    if (text.empty())
        return bad("empty type", text);
    return bad("unknown type", text);
}

} // namespace

std::string AbiType::canonical() const
{
    switch (kind) {
    case Kind::Uint:
        return "uint" + std::to_string(size);
    case Kind::Int:
        return "int" + std::to_string(size);
    case Kind::Address:
        return "address";
    case Kind::Bool:
        return "bool";
    case Kind::FixedBytes:
        return "bytes" + std::to_string(size);
    case Kind::Bytes:
        return "bytes";
    case Kind::String:
        return "string";
    case Kind::Array:
        return components.at(0).canonical() + "[]";
    case Kind::FixedArray:
        return components.at(0).canonical() + "[" + std::to_string(size) + "]";
    case Kind::Tuple: {
        std::string out = "(";
        for (std::size_t i = 0; i < components.size(); ++i)
            out += (i ? "," : "") + components[i].canonical();
        return out + ")";
    }
    }
    return {};
}

bool AbiType::isDynamic() const
{
    switch (kind) {
    case Kind::Bytes:
    case Kind::String:
    case Kind::Array:
        return true;
    case Kind::FixedArray:
        return components.at(0).isDynamic();
    case Kind::Tuple:
        for (const auto& c : components)
            if (c.isDynamic())
                return true;
        return false;
    default:
        return false;
    }
}

std::size_t AbiType::headSize() const
{
    if (isDynamic())
        return 32;
    if (kind == Kind::FixedArray)
        return size * components.at(0).headSize();
    if (kind == Kind::Tuple)
        return std::accumulate(components.begin(), components.end(), std::size_t{0},
                               [](std::size_t acc, const AbiType& c) { return acc + c.headSize(); });
    return 32;
}

Result<AbiType> parseAbiType(std::string_view text) { return parseType(trim(text), 0); }

std::string AbiSignature::canonical() const
{
    std::string out = name + "(";
    for (std::size_t i = 0; i < params.size(); ++i)
        out += (i ? "," : "") + params[i].type.canonical();
    return out + ")";
}

std::vector<AbiType> AbiSignature::types() const
{
    std::vector<AbiType> out;
    out.reserve(params.size());
    for (const auto& p : params)
        out.push_back(p.type);
    return out;
}

Result<AbiSignature> parseAbiSignature(std::string_view text)
{
    text = trim(text);
    const auto open = text.find('(');
    if (open == std::string_view::npos || text.back() != ')')
        return bad("a signature is name(types...)", text);
    AbiSignature sig;
    sig.name = std::string(trim(text.substr(0, open)));
    if (sig.name.empty())
        return bad("the signature has no name", text);
    for (std::size_t i = 0; i < sig.name.size(); ++i) {
        const auto c = static_cast<unsigned char>(sig.name[i]);
        if (!(std::isalpha(c) || c == '_' || c == '$' || (i > 0 && std::isdigit(c))))
            return bad("a name may contain only letters, digits, _ and $", text);
    }
    auto list = parseParamList(text.substr(open + 1, text.size() - open - 2), text, 0, &sig.params);
    if (!list)
        return list.error();
    return sig;
}

} // namespace plinth
