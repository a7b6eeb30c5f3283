#include "wallet/tx/ChainClient.h"

#include "wallet/codec/Hex.h"
#include "wallet/light/RpcFields.h"
#include "wallet/rpc/RpcSync.h"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <limits>

namespace plinth {
namespace {

Error unverified(std::string_view doing, const std::string& why)
{
    return makeError(ErrorCode::Unverified, "could not " + std::string(doing) + ": the node's answer is malformed (" + why + ")");
}

Result<UInt256> quantity(const boost::json::value& v, std::string_view doing)
{
    if (!v.is_string())
        return unverified(doing, "not a hex quantity");
    auto q = parseHexQuantity(std::string_view(v.as_string()));
    if (!q)
        return unverified(doing, q.error().message);
    return q;
}

Result<std::uint64_t> quantity64(const boost::json::value& v, std::string_view doing)
{
    auto q = quantity(v, doing);
    if (!q)
        return q.error();
    if (*q > std::numeric_limits<std::uint64_t>::max())
        return unverified(doing, "the number is too large");
    return static_cast<std::uint64_t>(*q);
}

// The state override object of eth_call / eth_estimateGas: {contract: {"stateDiff": {slot: value}}}, and
// {account: {"code": code}} for a code override.
boost::json::object stateOverride(const std::vector<StorageOverride>& overrides, const std::optional<CodeOverride>& code = std::nullopt)
{
    boost::json::object state;
    if (code)
        state[toChecksumAddress(code->account)] = boost::json::object{{"code", toHex(code->code)}};
    for (const StorageOverride& o : overrides) {
        boost::json::value& account = state[toChecksumAddress(o.contract)];
        if (!account.is_object())
            account = boost::json::object{};
        boost::json::value& diff = account.as_object()["stateDiff"]; // beside a code override of the same account
        if (!diff.is_object())
            diff = boost::json::object{};
        diff.as_object()[toHex(o.slot)] = toHex(o.value);
    }
    return state;
}

// An eth_call result: hex bytes.
Result<Bytes> hexData(const boost::json::value& v, std::string_view doing)
{
    if (!v.is_string())
        return unverified(doing, "not hex data");
    auto bytes = fromHex(std::string_view(v.as_string()));
    if (!bytes)
        return unverified(doing, bytes.error().message);
    return bytes;
}

boost::json::object callObject(const CallRequest& call)
{
    boost::json::object o;
    o["from"] = toChecksumAddress(call.from);
    if (call.to)
        o["to"] = toChecksumAddress(*call.to);
    if (call.value != 0)
        o["value"] = toHexQuantity(call.value);
    if (!call.data.empty())
        o["data"] = toHex(call.data);
    return o;
}

// A node's error object for a call that reverted: JSON-RPC code 3 (geth, anvil, erigon) or a message
// saying so, with the revert data as hex in `data` when there is any.
std::optional<CallRevert> revertOf(const RemoteError& e)
{
    const bool says = e.code == 3 || e.message.find("revert") != std::string::npos;
    if (!says)
        return std::nullopt;
    CallRevert r;
    r.nodeMessage = e.message;
    const boost::json::value* data = &e.data;
    // Some nodes nest it: {"data": {"data": "0x..."}}.
    if (data->is_object() && data->as_object().contains("data"))
        data = &data->as_object().at("data");
    if (data->is_string())
        if (auto bytes = fromHex(std::string_view(data->as_string())))
            r.data = std::move(*bytes);
    return r;
}

} // namespace

ChainClient::ChainClient(EndpointPool& pool, CallOptions options) : m_pool(pool), m_options(std::move(options)) {}

Result<boost::json::value> ChainClient::request(std::string method, boost::json::array params, std::string_view doing,
                                                std::optional<CallRevert>* revert, std::string* endpoint)
{
    RpcReply reply = callBlocking(m_pool, std::move(method), std::move(params), m_options);
    if (endpoint)
        *endpoint = reply.endpoint;
    if (revert && reply.kind == RpcErrorKind::Remote && reply.remote)
        *revert = revertOf(*reply.remote);
    if (reply.ok())
        return std::move(reply.result.value());
    const std::string prefix = "could not " + std::string(doing) + ": ";
    switch (reply.kind) {
    case RpcErrorKind::Remote:
    case RpcErrorKind::RangeRefused:
        return makeError(ErrorCode::Remote, prefix + "the node (" + reply.endpoint + ") refused: "
                                                + (reply.remote ? reply.remote->message : reply.result.error().message));
    case RpcErrorKind::Cancelled:
        return makeError(ErrorCode::Cancelled, prefix + "cancelled");
    case RpcErrorKind::Malformed:
        return makeError(ErrorCode::Unverified, prefix + reply.result.error().message);
    default:
        return makeError(ErrorCode::Network, prefix + "the node cannot be reached (" + reply.result.error().message + ")");
    }
}

Result<std::uint64_t> ChainClient::chainId()
{
    constexpr std::string_view doing = "read the node's chain id";
    auto v = request("eth_chainId", {}, doing);
    if (!v)
        return v.error();
    return quantity64(*v, doing);
}

Result<std::uint64_t> ChainClient::blockNumber()
{
    constexpr std::string_view doing = "read the latest block number";
    auto v = request("eth_blockNumber", {}, doing);
    if (!v)
        return v.error();
    return quantity64(*v, doing);
}

Result<UInt256> ChainClient::balance(const Address& account)
{
    constexpr std::string_view doing = "read the balance";
    auto v = request("eth_getBalance", {toChecksumAddress(account), "latest"}, doing);
    if (!v)
        return v.error();
    return quantity(*v, doing);
}

Result<std::uint64_t> ChainClient::transactionCount(const Address& account, std::string_view block)
{
    constexpr std::string_view doing = "read the sender's nonce";
    auto v = request("eth_getTransactionCount", {toChecksumAddress(account), block}, doing);
    if (!v)
        return v.error();
    return quantity64(*v, doing);
}

Result<std::uint64_t> ChainClient::estimateGas(const CallRequest& call, std::optional<CallRevert>* revert,
                                               const std::vector<StorageOverride>& overrides)
{
    constexpr std::string_view doing = "estimate the gas of the transaction";
    boost::json::array params{callObject(call)};
    if (!overrides.empty()) {
        params.emplace_back("latest");
        params.emplace_back(stateOverride(overrides));
    }
    auto v = request("eth_estimateGas", std::move(params), doing, revert);
    if (!v)
        return v.error();
    return quantity64(*v, doing);
}

Result<Bytes> ChainClient::call(const CallRequest& call)
{
    constexpr std::string_view doing = "call the contract";
    auto v = request("eth_call", {callObject(call), "latest"}, doing);
    if (!v)
        return v.error();
    return hexData(*v, doing);
}

Result<CallOutcome> ChainClient::callOutcome(const CallRequest& call, std::string_view block,
                                             const std::vector<StorageOverride>& overrides, const std::optional<CodeOverride>& code)
{
    constexpr std::string_view doing = "simulate the call";
    boost::json::array params{callObject(call), block};
    if (!overrides.empty() || code)
        params.emplace_back(stateOverride(overrides, code));
    std::optional<CallRevert> revert;
    CallOutcome out;
    auto v = request("eth_call", std::move(params), doing, &revert, &out.endpoint);
    if (!v && revert) {
        out.reverted = true;
        out.revert = std::move(*revert);
        return out;
    }
    if (!v)
        return v.error();
    auto bytes = hexData(*v, doing);
    if (!bytes)
        return bytes.error();
    out.data = std::move(*bytes);
    return out;
}

Result<boost::json::value> ChainClient::feeHistory(unsigned blocks, std::span<const double> percentiles)
{
    boost::json::array p;
    for (double x : percentiles)
        p.emplace_back(x);
    return request("eth_feeHistory", {toHexQuantity(blocks), "latest", std::move(p)}, "read the fee history");
}

Result<UInt256> ChainClient::gasPrice()
{
    constexpr std::string_view doing = "read the gas price";
    auto v = request("eth_gasPrice", {}, doing);
    if (!v)
        return v.error();
    return quantity(*v, doing);
}

Result<std::optional<UInt256>> ChainClient::latestBaseFee()
{
    constexpr std::string_view doing = "read the latest block";
    auto v = request("eth_getBlockByNumber", {"latest", false}, doing);
    if (!v)
        return v.error();
    auto fields = RpcFields::of(*v, "latest block");
    if (!fields)
        return unverified(doing, fields.error().message);
    if (!fields->has("baseFeePerGas"))
        return std::optional<UInt256>{};
    auto fee = fields->quantity("baseFeePerGas");
    if (!fee)
        return unverified(doing, fee.error().message);
    return std::optional<UInt256>(*fee);
}

Result<Hash32> ChainClient::sendRawTransaction(ByteView raw)
{
    constexpr std::string_view doing = "send the transaction";
    auto v = request("eth_sendRawTransaction", {toHex(raw)}, doing);
    if (!v)
        return v.error();
    if (!v->is_string())
        return unverified(doing, "not a transaction hash");
    auto hash = fromHexFixed<32>(std::string_view(v->as_string()));
    if (!hash)
        return unverified(doing, hash.error().message);
    return *hash;
}

Result<std::optional<ChainTransaction>> ChainClient::transaction(const Hash32& hash)
{
    constexpr std::string_view doing = "look the transaction up";
    auto v = request("eth_getTransactionByHash", {toHex(hash)}, doing);
    if (!v)
        return v.error();
    if (v->is_null())
        return std::optional<ChainTransaction>{};
    auto f = RpcFields::of(*v, "transaction");
    if (!f)
        return unverified(doing, f.error().message);
    ChainTransaction tx;
    auto h = f->hash("hash");
    auto from = f->address("from");
    auto nonce = f->quantity64("nonce");
    if (!h || !from || !nonce)
        return unverified(doing, !h ? h.error().message : !from ? from.error().message : nonce.error().message);
    tx.hash = *h;
    tx.from = *from;
    tx.nonce = *nonce;
    if (f->has("blockNumber")) {
        auto block = f->quantity64("blockNumber");
        if (!block)
            return unverified(doing, block.error().message);
        tx.blockNumber = *block;
    }
    return std::optional<ChainTransaction>(tx);
}

Result<std::optional<ReceiptInfo>> ChainClient::receipt(const Hash32& hash)
{
    constexpr std::string_view doing = "read the transaction's receipt";
    auto v = request("eth_getTransactionReceipt", {toHex(hash)}, doing);
    if (!v)
        return v.error();
    if (v->is_null())
        return std::optional<ReceiptInfo>{};
    auto f = RpcFields::of(*v, "receipt");
    if (!f)
        return unverified(doing, f.error().message);
    auto txHash = f->hash("transactionHash");
    auto number = f->quantity64("blockNumber");
    auto blockHash = f->hash("blockHash");
    auto status = f->quantity64("status");
    auto gasUsed = f->quantity64("gasUsed");
    if (!txHash || !number || !blockHash || !status || !gasUsed) {
        const Error& e = !txHash ? txHash.error() : !number ? number.error() : !blockHash ? blockHash.error()
                                                      : !status ? status.error() : gasUsed.error();
        return unverified(doing, e.message);
    }
    if (*txHash != hash)
        return unverified(doing, "it is the receipt of another transaction");
    ReceiptInfo r;
    r.transactionHash = *txHash;
    r.blockNumber = *number;
    r.blockHash = *blockHash;
    r.success = *status == 1;
    r.gasUsed = *gasUsed;
    if (f->has("effectiveGasPrice")) {
        auto price = f->quantity("effectiveGasPrice");
        if (!price)
            return unverified(doing, price.error().message);
        r.effectiveGasPrice = *price;
    }
    return std::optional<ReceiptInfo>(r);
}

} // namespace plinth
