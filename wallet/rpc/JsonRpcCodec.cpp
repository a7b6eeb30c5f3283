#include "wallet/rpc/JsonRpcCodec.h"

#include <boost/json.hpp>

#include <algorithm>
#include <cctype>
#include <unordered_map>

namespace plinth {
namespace {

namespace json = boost::json;

Error malformed(std::string what) { return makeError(ErrorCode::Network, "malformed JSON-RPC answer: " + std::move(what)); }

std::optional<std::uint64_t> readId(const json::object& o)
{
    const auto* id = o.if_contains("id");
    if (!id)
        return std::nullopt;
    if (id->is_uint64())
        return id->as_uint64();
    if (id->is_int64() && id->as_int64() >= 0)
        return static_cast<std::uint64_t>(id->as_int64());
    return std::nullopt;
}

bool hasNullOrNoId(const json::object& o)
{
    const auto* id = o.if_contains("id");
    return !id || id->is_null();
}

std::optional<RemoteError> readErrorObject(const json::value& v)
{
    if (!v.is_object())
        return std::nullopt;
    const auto& e = v.as_object();
    const auto* code = e.if_contains("code");
    if (!code || !(code->is_int64() || code->is_uint64()))
        return std::nullopt;
    RemoteError out;
    out.code = code->is_int64() ? code->as_int64() : static_cast<std::int64_t>(code->as_uint64());
    if (const auto* m = e.if_contains("message"); m && m->is_string())
        out.message = std::string(m->as_string());
    if (const auto* d = e.if_contains("data"))
        out.data = *d;
    return out;
}

// One response object, or nullopt when it is not valid JSON-RPC 2.0.
std::optional<JsonRpcAnswer> readAnswer(json::object& o)
{
    if (const auto* v = o.if_contains("jsonrpc"); v && !(v->is_string() && v->as_string() == "2.0"))
        return std::nullopt;
    auto* result = o.if_contains("result");
    const auto* error = o.if_contains("error");
    if ((result != nullptr) == (error != nullptr))
        return std::nullopt;
    JsonRpcAnswer a;
    if (result) {
        a.result = std::move(*result);
    } else {
        a.error = readErrorObject(*error);
        if (!a.error)
            return std::nullopt;
    }
    return a;
}

bool contains(const std::string& haystack, std::string_view needle) { return haystack.find(needle) != std::string::npos; }

} // namespace

std::string encodeJsonRpc(std::span<const RpcRequest* const> requests, std::span<const std::uint64_t> ids)
{
    auto one = [](const RpcRequest& r, std::uint64_t id) {
        return json::object{{"jsonrpc", "2.0"}, {"id", id}, {"method", r.method}, {"params", r.params}};
    };
    if (requests.size() == 1)
        return json::serialize(one(*requests[0], ids[0]));
    json::array batch;
    batch.reserve(requests.size());
    for (std::size_t i = 0; i < requests.size(); ++i)
        batch.emplace_back(one(*requests[i], ids[i]));
    return json::serialize(batch);
}

Result<DecodedResponse> decodeJsonRpcResponse(std::string_view body, std::span<const std::uint64_t> ids)
{
    // One arena per response: a batch of block objects is tens of thousands of small strings and objects,
    // and allocating and then freeing them one by one cost a sync more than the parse itself. Every value
    // taken out of the response shares the arena (storage_ptr is counted), so it lives as long as they do.
    json::storage_ptr arena = json::make_shared_resource<json::monotonic_resource>(body.size() + 1024);
    boost::system::error_code ec;
    json::value root = json::parse(body, ec, arena);
    if (ec)
        return malformed("not valid JSON (" + ec.message() + ")");

    DecodedResponse out;
    out.answers.resize(ids.size());
    std::unordered_map<std::uint64_t, std::size_t> position;
    position.reserve(ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i)
        position.emplace(ids[i], i);
    std::vector<unsigned char> seen(ids.size(), 0);

    auto take = [&](json::object& o) {
        const auto id = readId(o);
        if (!id) {
            if (hasNullOrNoId(o) && o.contains("error") && !out.topLevelError)
                out.topLevelError = readErrorObject(o.at("error"));
            else
                ++out.unknown;
            return;
        }
        const auto at = position.find(*id);
        if (at == position.end()) {
            ++out.unknown;
            return;
        }
        const std::size_t i = at->second;
        if (seen[i]++) {
            if (seen[i] == 2)
                ++out.duplicated;
            out.answers[i].reset();
            return;
        }
        out.answers[i] = readAnswer(o);
        if (!out.answers[i])
            ++out.malformed;
    };

    if (root.is_object()) {
        take(root.as_object());
    } else if (root.is_array()) {
        for (auto& element : root.as_array()) {
            if (element.is_object())
                take(element.as_object());
            else
                ++out.malformed;
        }
    } else {
        return malformed("neither an object nor an array");
    }
    for (std::size_t i = 0; i < ids.size(); ++i)
        if (!out.answers[i])
            ++out.missing;
    return out;
}

RpcErrorKind classifyRemoteError(const RemoteError& error)
{
    std::string m = error.message;
    std::transform(m.begin(), m.end(), m.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });

    if (contains(m, "batch") && (contains(m, "too large") || contains(m, "too big") || contains(m, "exceed")
                                 || contains(m, "maximum") || contains(m, "size limit")))
        return RpcErrorKind::BatchTooLarge;
    const bool range = contains(m, "range") && (contains(m, "too") || contains(m, "exceed") || contains(m, "limit") || contains(m, "max"));
    if (range || (contains(m, "more than") && contains(m, "result")) || contains(m, "response size")
        || contains(m, "too many logs") || contains(m, "too many blocks") || contains(m, "too many results")
        || contains(m, "results limit") || contains(m, "result set too large") || contains(m, "log response"))
        return RpcErrorKind::RangeRefused;
    if (error.code == 429 || contains(m, "rate limit") || contains(m, "ratelimit") || contains(m, "too many requests")
        || contains(m, "request rate") || contains(m, "rate exceeded") || contains(m, "compute units")
        || contains(m, "throughput") || contains(m, "capacity"))
        return RpcErrorKind::RateLimited;
    // -32005 without a recognisable message is used by several providers for "limit exceeded": a rate
    // limit is the safe reading (wait and retry) since range refusals are recognised above.
    if (error.code == -32005)
        return RpcErrorKind::RateLimited;
    return RpcErrorKind::Remote;
}

} // namespace plinth
