// parseTransactionJson and transactionToJson (declared in Transaction.h): the JSON side of transactions,
// kept apart from the encoding so that each file stays about one thing.
#include "wallet/eth/Transaction.h"

#include "wallet/codec/Hex.h"

#include <boost/json.hpp>

#include <limits>

namespace plinth {
namespace {

namespace json = boost::json;

Error bad(std::string_view field, std::string_view what)
{
    return makeError(ErrorCode::InvalidArgument, "transaction \"" + std::string(field) + "\" " + std::string(what));
}

Result<UInt256> quantity(const json::value& v, std::string_view field)
{
    if (v.is_uint64())
        return UInt256(v.as_uint64());
    if (v.is_int64() && v.as_int64() >= 0)
        return UInt256(v.as_int64());
    if (!v.is_string())
        return bad(field, "must be a hex quantity like \"0x1\"");
    auto q = parseHexQuantity(v.as_string());
    if (!q)
        return bad(field, "must be a hex quantity like \"0x1\" (" + q.error().message + ")");
    return q;
}

Result<std::uint64_t> quantity64(const json::value& v, std::string_view field)
{
    auto q = quantity(v, field);
    if (!q)
        return q.error();
    if (*q > UInt256(std::numeric_limits<std::uint64_t>::max()))
        return bad(field, "is too large (more than 64 bits)");
    return static_cast<std::uint64_t>(*q);
}

const json::value* present(const json::object& o, std::string_view key)
{
    const auto* v = o.if_contains(key);
    return (v && !v->is_null()) ? v : nullptr;
}

Result<Address> address(const json::value& v, std::string_view field)
{
    if (!v.is_string())
        return bad(field, "must be an address string");
    auto a = parseAddress(v.as_string());
    if (!a)
        return bad(field, "is not a valid address: " + a.error().message);
    return a;
}

Result<std::vector<AccessListEntry>> accessList(const json::value& v)
{
    if (!v.is_array())
        return bad("accessList", "must be an array of {address, storageKeys}");
    std::vector<AccessListEntry> out;
    for (std::size_t i = 0; i < v.as_array().size(); ++i) {
        const std::string name = "accessList[" + std::to_string(i) + "]";
        const auto* e = v.as_array()[i].if_object();
        if (!e)
            return bad(name, "must be an object with \"address\" and \"storageKeys\"");
        const auto* a = e->if_contains("address");
        if (!a)
            return bad(name + ".address", "is missing");
        auto addr = address(*a, name + ".address");
        if (!addr)
            return addr.error();
        AccessListEntry entry{*addr, {}};
        const auto* keys = e->if_contains("storageKeys");
        if (!keys || !keys->is_array())
            return bad(name + ".storageKeys", "must be an array of 32-byte hex strings");
        for (const auto& k : keys->as_array()) {
            auto key = k.is_string() ? fromHexFixed<32>(k.as_string()) : Result<Hash32>(Error{});
            if (!key)
                return bad(name + ".storageKeys", "must be an array of 32-byte hex strings");
            entry.storageKeys.push_back(*key);
        }
        out.push_back(std::move(entry));
    }
    return out;
}

Result<Bytes> dataField(const json::value& v, std::string_view field)
{
    if (!v.is_string() || !hasHexPrefix(v.as_string()))
        return bad(field, "must be 0x-prefixed hex");
    auto b = fromHex(v.as_string());
    if (!b)
        return bad(field, "is not valid hex: " + b.error().message);
    return b;
}

} // namespace

Result<TransactionRequest> parseTransactionJson(std::string_view text)
{
    boost::system::error_code ec;
    const json::value root = json::parse(text, ec);
    if (ec)
        return makeError(ErrorCode::InvalidArgument, "transaction: not valid JSON");
    if (!root.is_object())
        return makeError(ErrorCode::InvalidArgument, "transaction: expected a JSON object");
    const auto& o = root.as_object();
    for (const char* unsupported : {"maxFeePerBlobGas", "blobVersionedHashes", "blobs", "authorizationList"})
        if (present(o, unsupported))
            return bad(unsupported, "is not supported (only transaction types 0, 1 and 2)");

    TransactionRequest tx;
    const auto* gasPrice = present(o, "gasPrice");
    const auto* maxFee = present(o, "maxFeePerGas");
    const auto* maxTip = present(o, "maxPriorityFeePerGas");
    const auto* list = present(o, "accessList");
    if (const auto* t = present(o, "type")) {
        auto type = quantity64(*t, "type");
        if (!type)
            return type.error();
        if (*type > 2)
            return bad("type", "must be 0x0, 0x1 or 0x2");
        tx.type = static_cast<std::uint8_t>(*type);
    } else {
        tx.type = (maxFee || maxTip) ? 2 : (list ? 1 : 0);
    }
    if (tx.type == 2) {
        if (gasPrice)
            return bad("gasPrice", "cannot be combined with maxFeePerGas (type 2)");
        if (!maxFee)
            return bad("maxFeePerGas", "is missing");
        if (!maxTip)
            return bad("maxPriorityFeePerGas", "is missing");
        auto fee = quantity(*maxFee, "maxFeePerGas");
        if (!fee)
            return fee.error();
        auto tip = quantity(*maxTip, "maxPriorityFeePerGas");
        if (!tip)
            return tip.error();
        if (*tip > *fee)
            return bad("maxPriorityFeePerGas", "is above maxFeePerGas");
        tx.maxFeePerGas = *fee;
        tx.maxPriorityFeePerGas = *tip;
    } else {
        if (maxFee || maxTip)
            return bad(maxFee ? "maxFeePerGas" : "maxPriorityFeePerGas", "needs a transaction of type 2");
        if (!gasPrice)
            return bad("gasPrice", "is missing");
        auto price = quantity(*gasPrice, "gasPrice");
        if (!price)
            return price.error();
        tx.gasPrice = *price;
    }
    if (list) {
        if (tx.type == 0)
            return bad("accessList", "needs a transaction of type 1 or 2");
        auto entries = accessList(*list);
        if (!entries)
            return entries.error();
        tx.accessList = std::move(*entries);
    }

    const auto* chainId = present(o, "chainId");
    if (!chainId)
        return bad("chainId", "is missing");
    auto chain = quantity64(*chainId, "chainId");
    if (!chain)
        return chain.error();
    if (*chain == 0)
        return bad("chainId", "must not be 0");
    tx.chainId = *chain;

    const auto* nonce = present(o, "nonce");
    if (!nonce)
        return bad("nonce", "is missing");
    auto n = quantity64(*nonce, "nonce");
    if (!n)
        return n.error();
    tx.nonce = *n;

    const auto* gas = present(o, "gas");
    const auto* gasLimit = present(o, "gasLimit");
    if (!gas && !gasLimit)
        return bad("gas", "is missing");
    auto g = quantity64(gas ? *gas : *gasLimit, gas ? "gas" : "gasLimit");
    if (!g)
        return g.error();
    if (gas && gasLimit) {
        auto g2 = quantity64(*gasLimit, "gasLimit");
        if (!g2 || *g2 != *g)
            return bad("gasLimit", "differs from \"gas\"");
    }
    tx.gas = *g;

    if (const auto* from = present(o, "from")) {
        auto a = address(*from, "from");
        if (!a)
            return a.error();
        tx.from = *a;
    }
    if (const auto* to = present(o, "to")) {
        auto a = address(*to, "to");
        if (!a)
            return a.error();
        tx.to = *a;
    }
    if (const auto* value = present(o, "value")) {
        auto v = quantity(*value, "value");
        if (!v)
            return v.error();
        tx.value = *v;
    }
    const auto* data = present(o, "data");
    const auto* input = present(o, "input");
    if (data || input) {
        auto d = dataField(data ? *data : *input, data ? "data" : "input");
        if (!d)
            return d.error();
        if (data && input) {
            auto i = dataField(*input, "input");
            if (!i)
                return i.error();
            if (*i != *d)
                return bad("input", "differs from \"data\"");
        }
        tx.data = std::move(*d);
    }
    return tx;
}

std::string transactionToJson(const TransactionRequest& tx)
{
    json::object o;
    o["type"] = toHexQuantity(tx.type);
    o["chainId"] = toHexQuantity(tx.chainId);
    o["nonce"] = toHexQuantity(tx.nonce);
    if (tx.from)
        o["from"] = toChecksumAddress(*tx.from);
    if (tx.to)
        o["to"] = toChecksumAddress(*tx.to);
    o["value"] = toHexQuantity(tx.value);
    o["data"] = toHex(tx.data);
    o["gas"] = toHexQuantity(tx.gas);
    if (tx.type == 2) {
        o["maxFeePerGas"] = toHexQuantity(tx.maxFeePerGas);
        o["maxPriorityFeePerGas"] = toHexQuantity(tx.maxPriorityFeePerGas);
    } else {
        o["gasPrice"] = toHexQuantity(tx.gasPrice);
    }
    if (tx.type != 0) {
        json::array list;
        for (const auto& e : tx.accessList) {
            json::array keys;
            for (const auto& k : e.storageKeys)
                keys.push_back(json::string(toHex(k)));
            list.push_back(json::object{{"address", toChecksumAddress(e.address)}, {"storageKeys", std::move(keys)}});
        }
        o["accessList"] = std::move(list);
    }
    return json::serialize(o);
}

} // namespace plinth
