#include "wallet/light/RpcFields.h"

#include "wallet/codec/Hex.h"

#include <boost/json/string.hpp>

namespace plinth {

namespace json = boost::json;

RpcFields::RpcFields(const json::object& object, std::string context) : m_object(&object), m_context(std::move(context)) {}

Result<RpcFields> RpcFields::of(const json::value& value, std::string context)
{
    if (!value.is_object())
        return makeError(ErrorCode::InvalidArgument, context + ": expected a JSON object");
    return RpcFields(value.get_object(), std::move(context));
}

bool RpcFields::has(std::string_view name) const
{
    const json::value* v = m_object->if_contains(name);
    return v != nullptr && !v->is_null();
}

Result<const json::value*> RpcFields::value(std::string_view name) const
{
    const json::value* v = m_object->if_contains(name);
    if (v == nullptr || v->is_null())
        return fieldError(name, "is missing");
    return v;
}

Error RpcFields::fieldError(std::string_view name, std::string_view what) const
{
    return makeError(ErrorCode::InvalidArgument,
                     m_context + ": field '" + std::string(name) + "' " + std::string(what));
}

Error RpcFields::error(std::string_view what) const
{
    return makeError(ErrorCode::InvalidArgument, m_context + ": " + std::string(what));
}

Result<std::string_view> RpcFields::text(std::string_view name) const
{
    auto v = value(name);
    if (!v)
        return v.error();
    if (!(*v)->is_string())
        return fieldError(name, "is not a string");
    const json::string& s = (*v)->get_string();
    return std::string_view(s.data(), s.size());
}

Result<UInt256> RpcFields::quantity(std::string_view name) const
{
    auto t = text(name);
    if (!t)
        return t.error();
    auto q = parseHexQuantity(*t);
    if (!q)
        return fieldError(name, "is not a hex quantity (" + q.error().message + ")");
    return q;
}

Result<std::uint64_t> RpcFields::quantity64(std::string_view name) const
{
    auto t = text(name);
    if (!t)
        return t.error();
    auto q = parseRpcQuantity64(*t);
    if (!q)
        return fieldError(name, q.error().message);
    return q;
}

Result<Bytes> RpcFields::data(std::string_view name) const
{
    auto t = text(name);
    if (!t)
        return t.error();
    auto b = parseRpcData(*t);
    if (!b)
        return fieldError(name, b.error().message);
    return b;
}

Result<Bytes> RpcFields::fixedBytes(std::string_view name, std::size_t size) const
{
    auto b = data(name);
    if (!b)
        return b.error();
    if (b->size() != size)
        return fieldError(name, "has " + std::to_string(b->size()) + " bytes, expected " + std::to_string(size));
    return b;
}

bool RpcFields::fixedInto(std::string_view name, std::span<std::uint8_t> out) const
{
    const json::value* v = m_object->if_contains(name);
    if (v == nullptr || !v->is_string())
        return false;
    const json::string& s = v->get_string();
    const std::string_view text(s.data(), s.size());
    return hasHexPrefix(text) && text.size() == 2 + 2 * out.size() && static_cast<bool>(fromHexInto(text, out));
}

Result<Hash32> RpcFields::hash(std::string_view name) const { return fixed<32>(name); }

Result<Address> RpcFields::address(std::string_view name) const
{
    auto t = text(name);
    if (!t)
        return t.error();
    auto a = parseAddress(*t);
    if (!a)
        return fieldError(name, "is not an address (" + a.error().message + ")");
    return a;
}

Result<bool> RpcFields::boolean(std::string_view name) const
{
    auto v = value(name);
    if (!v)
        return v.error();
    if (!(*v)->is_bool())
        return fieldError(name, "is not true or false");
    return (*v)->get_bool();
}

Result<Bytes> parseRpcData(std::string_view text)
{
    if (!hasHexPrefix(text))
        return makeError(ErrorCode::InvalidArgument, "is not 0x-prefixed hex");
    auto b = fromHex(text);
    if (!b)
        return makeError(ErrorCode::InvalidArgument, "is not hex (" + b.error().message + ")");
    return b;
}

Result<std::uint64_t> parseRpcQuantity64(std::string_view text)
{
    auto q = parseHexQuantity(text);
    if (!q)
        return makeError(ErrorCode::InvalidArgument, "is not a hex quantity (" + q.error().message + ")");
    if (*q > UInt256(std::numeric_limits<std::uint64_t>::max()))
        return makeError(ErrorCode::InvalidArgument, "is larger than 64 bits");
    return static_cast<std::uint64_t>(*q);
}

std::string quantityText(std::uint64_t value) { return toHexQuantity(UInt256(value)); }

} // namespace plinth
