#include "wallet/network/NetworkProfile.h"

#include <boost/json.hpp>

#include <algorithm>
#include <cctype>
#include <limits>

namespace plinth {
namespace {

namespace json = boost::json;

Error invalid(std::string_view key, std::string_view what)
{
    return makeError(ErrorCode::InvalidArgument,
                     "network profile: \"" + std::string(key) + "\" " + std::string(what));
}

bool isHex(std::string_view s)
{
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isxdigit(c) != 0; });
}

bool isHexWithPrefix(std::string_view s, std::size_t digits)
{
    return s.size() == digits + 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') && isHex(s.substr(2));
}

// Profiles written by tools carry numbers either as JSON numbers or as decimal/0x strings.
Result<std::uint64_t> readUnsigned(const json::object& obj, std::string_view key, bool required)
{
    const auto* v = obj.if_contains(key);
    if (!v) {
        if (required)
            return invalid(key, "is missing");
        return std::uint64_t{0};
    }
    if (v->is_uint64())
        return v->as_uint64();
    if (v->is_int64() && v->as_int64() >= 0)
        return static_cast<std::uint64_t>(v->as_int64());
    if (v->is_string()) {
        const std::string s(v->as_string());
        const bool hex = s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
        const std::string_view digits = hex ? std::string_view(s).substr(2) : std::string_view(s);
        if (!digits.empty() && digits.size() <= 20
            && std::all_of(digits.begin(), digits.end(), [hex](unsigned char c) {
                   return hex ? std::isxdigit(c) != 0 : std::isdigit(c) != 0;
               })) {
            try {
                std::size_t used = 0;
                const unsigned long long n = std::stoull(std::string(digits), &used, hex ? 16 : 10);
                if (used == digits.size())
                    return static_cast<std::uint64_t>(n);
            } catch (const std::out_of_range&) {
            }
        }
    }
    return invalid(key, "must be a non-negative whole number");
}

Result<std::string> readString(const json::object& obj, std::string_view key)
{
    const auto* v = obj.if_contains(key);
    if (!v)
        return invalid(key, "is missing");
    if (!v->is_string() || v->as_string().empty())
        return invalid(key, "must be a non-empty string");
    return std::string(v->as_string());
}

Result<CurrencyInfo> readCurrency(const json::object& obj, std::string_view key)
{
    const auto* v = obj.if_contains(key);
    if (!v || !v->is_object())
        return invalid(key, "must be an object with \"symbol\" and \"decimals\"");
    const auto& o = v->as_object();
    auto symbol = readString(o, "symbol");
    if (!symbol)
        return invalid(std::string(key) + ".symbol", "must be a non-empty string");
    auto decimals = readUnsigned(o, "decimals", true);
    if (!decimals || *decimals > 77) // 10^77 is the largest power of ten below 2^256
        return invalid(std::string(key) + ".decimals", "must be a whole number from 0 to 77");
    return CurrencyInfo{*symbol, static_cast<unsigned>(*decimals)};
}

bool isRpcUrl(std::string_view url)
{
    for (std::string_view scheme : {"http://", "https://", "ws://", "wss://"})
        if (url.size() > scheme.size() && url.substr(0, scheme.size()) == scheme)
            return true;
    return false;
}

} // namespace

Result<NetworkProfile> parseNetworkProfile(std::string_view text)
{
    boost::system::error_code ec;
    json::value root = json::parse(json::string_view(text.data(), text.size()), ec);
    if (ec)
        return makeError(ErrorCode::InvalidArgument, "network profile: not valid JSON (" + ec.message() + ")");
    if (!root.is_object())
        return makeError(ErrorCode::InvalidArgument, "network profile: the top level must be a JSON object");
    const auto& obj = root.as_object();

    NetworkProfile p;
    auto name = readString(obj, "name");
    if (!name)
        return name.error();
    p.name = *name;

    auto chainId = readUnsigned(obj, "chainId", true);
    if (!chainId)
        return chainId.error();
    if (*chainId == 0)
        return invalid("chainId", "must not be 0");
    p.chainId = *chainId;

    auto currency = readCurrency(obj, "currency");
    if (!currency)
        return currency.error();
    p.currency = *currency;
    if (obj.contains("token")) {
        auto token = readCurrency(obj, "token");
        if (!token)
            return token.error();
        p.token = *token;
    }

    const auto* rpc = obj.if_contains("rpc");
    if (!rpc || !rpc->is_array() || rpc->as_array().empty())
        return invalid("rpc", "must be a non-empty list of endpoint URLs");
    for (const auto& u : rpc->as_array()) {
        if (!u.is_string() || !isRpcUrl(u.as_string()))
            return invalid("rpc", "must hold http://, https://, ws:// or wss:// URLs");
        p.rpc.emplace_back(u.as_string());
    }

    const auto* contracts = obj.if_contains("contracts");
    if (!contracts || !contracts->is_object())
        return invalid("contracts", "must be an object of contract addresses");
    struct Slot {
        const char* key;
        std::string NetworkContracts::*field;
    };
    for (const Slot& s : {Slot{"token", &NetworkContracts::token}, Slot{"devices", &NetworkContracts::devices},
                          Slot{"staking", &NetworkContracts::staking}, Slot{"rewards", &NetworkContracts::rewards},
                          Slot{"governor", &NetworkContracts::governor},
                          Slot{"timelock", &NetworkContracts::timelock}}) {
        const std::string key = std::string("contracts.") + s.key;
        const auto* a = contracts->as_object().if_contains(s.key);
        if (!a)
            return invalid(key, "is missing");
        if (!a->is_string() || !isHexWithPrefix(a->as_string(), 40))
            return invalid(key, "must be a 0x-prefixed address of 40 hex digits");
        p.contracts.*s.field = std::string(a->as_string());
    }

    auto deployment = readUnsigned(obj, "deploymentBlock", true);
    if (!deployment)
        return deployment.error();
    p.deploymentBlock = *deployment;

    const auto* cp = obj.if_contains("checkpoint");
    if (!cp || !cp->is_object())
        return invalid("checkpoint", "must be an object with \"number\" and \"hash\"");
    auto cpNumber = readUnsigned(cp->as_object(), "number", true);
    if (!cpNumber)
        return invalid("checkpoint.number", "must be a non-negative whole number");
    const auto* cpHash = cp->as_object().if_contains("hash");
    if (!cpHash || !cpHash->is_string() || !isHexWithPrefix(cpHash->as_string(), 64))
        return invalid("checkpoint.hash", "must be a 0x-prefixed hash of 64 hex digits");
    p.checkpoint = ProfileCheckpoint{*cpNumber, std::string(cpHash->as_string())};

    auto finality = readUnsigned(obj, "finalityDepth", true);
    if (!finality)
        return finality.error();
    p.finalityDepth = *finality;
    auto epoch = readUnsigned(obj, "epochSeconds", false);
    if (!epoch)
        return epoch.error();
    p.epochSeconds = *epoch;
    return p;
}

std::string serializeNetworkProfile(const NetworkProfile& p)
{
    json::object o;
    o["name"] = p.name;
    o["chainId"] = p.chainId;
    o["currency"] = {{"symbol", p.currency.symbol}, {"decimals", p.currency.decimals}};
    if (!p.token.symbol.empty())
        o["token"] = {{"symbol", p.token.symbol}, {"decimals", p.token.decimals}};
    json::array rpc;
    for (const auto& u : p.rpc)
        rpc.emplace_back(u);
    o["rpc"] = std::move(rpc);
    o["contracts"] = {{"token", p.contracts.token},       {"devices", p.contracts.devices},
                      {"staking", p.contracts.staking},   {"rewards", p.contracts.rewards},
                      {"governor", p.contracts.governor}, {"timelock", p.contracts.timelock}};
    o["deploymentBlock"] = p.deploymentBlock;
    o["checkpoint"] = {{"number", p.checkpoint.number}, {"hash", p.checkpoint.hash}};
    o["finalityDepth"] = p.finalityDepth;
    o["epochSeconds"] = p.epochSeconds;
    return json::serialize(o);
}

} // namespace plinth
