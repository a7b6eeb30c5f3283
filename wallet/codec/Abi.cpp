#include "wallet/codec/Abi.h"

#include "wallet/codec/Hex.h"
#include "wallet/crypto/Keccak.h"

#include <algorithm>

namespace plinth {
namespace {

Error bad(const std::string& what) { return makeError(ErrorCode::InvalidArgument, what); }

FixedBytes<4> selectorOf(std::string_view canonical)
{
    const Hash32 h = keccak256(asBytes(canonical));
    return {h[0], h[1], h[2], h[3]};
}

bool startsWith(ByteView data, const FixedBytes<4>& selector)
{
    return data.size() >= 4 && std::equal(selector.begin(), selector.end(), data.begin());
}

} // namespace

FixedBytes<4> functionSelector(const AbiSignature& signature) { return selectorOf(signature.canonical()); }

Result<FixedBytes<4>> functionSelector(std::string_view signature)
{
    auto sig = parseAbiSignature(signature);
    if (!sig)
        return sig.error();
    return functionSelector(*sig);
}

Hash32 eventTopic(const AbiSignature& signature) { return keccak256(asBytes(signature.canonical())); }

Result<Hash32> eventTopic(std::string_view signature)
{
    auto sig = parseAbiSignature(signature);
    if (!sig)
        return sig.error();
    return eventTopic(*sig);
}

Result<Bytes> encodeFunctionCall(const AbiSignature& function, const std::vector<AbiValue>& args)
{
    auto body = abiEncode(function.types(), args);
    if (!body)
        return makeError(ErrorCode::InvalidArgument, function.name + ": " + body.error().message);
    const FixedBytes<4> sel = functionSelector(function);
    Bytes out(sel.begin(), sel.end());
    out.insert(out.end(), body->begin(), body->end());
    return out;
}

Result<std::vector<AbiValue>> decodeFunctionCall(const AbiSignature& function, ByteView calldata)
{
    if (calldata.size() < 4)
        return bad("call data too short for a selector");
    if (!startsWith(calldata, functionSelector(function)))
        return bad("call data is not a call to " + function.canonical());
    return abiDecode(function.types(), calldata.subspan(4));
}

Result<std::vector<AbiValue>> decodeFunctionResult(const std::vector<AbiType>& outputs, ByteView data)
{
    return abiDecode(outputs, data);
}

Result<std::vector<AbiValue>> decodeEventLog(const AbiSignature& event, const std::vector<Hash32>& topics,
                                             ByteView data, bool anonymous)
{
    std::size_t nextTopic = 0;
    if (!anonymous) {
        if (topics.empty() || topics[0] != eventTopic(event))
            return bad("log is not a " + event.canonical() + " event (topic 0 differs)");
        nextTopic = 1;
    }
    const auto indexedCount = static_cast<std::size_t>(
        std::count_if(event.params.begin(), event.params.end(), [](const AbiParam& p) { return p.indexed; }));
    if (topics.size() != nextTopic + indexedCount)
        return bad("log of " + event.name + " has " + std::to_string(topics.size()) + " topics, expected "
                   + std::to_string(nextTopic + indexedCount));
    std::vector<AbiType> dataTypes;
    for (const auto& p : event.params)
        if (!p.indexed)
            dataTypes.push_back(p.type);
    auto decoded = abiDecode(dataTypes, data);
    if (!decoded)
        return makeError(ErrorCode::InvalidArgument, event.name + " log data: " + decoded.error().message);
    std::vector<AbiValue> out;
    std::size_t nextData = 0;
    for (const auto& p : event.params) {
        if (!p.indexed) {
            out.push_back(std::move((*decoded)[nextData++]));
            continue;
        }
        const Hash32& topic = topics[nextTopic++];
        if (p.type.isDynamic() || p.type.kind == AbiType::Kind::Tuple || p.type.kind == AbiType::Kind::FixedArray) {
            out.push_back(AbiValue::ofBytes(Bytes(topic.begin(), topic.end())));
            continue;
        }
        auto v = abiDecode({p.type}, topic);
        if (!v)
            return makeError(ErrorCode::InvalidArgument,
                             event.name + " topic " + std::to_string(nextTopic - 1) + ": " + v.error().message);
        out.push_back(std::move((*v)[0]));
    }
    return out;
}

Result<RevertReason> decodeRevertData(ByteView data, const std::vector<AbiSignature>& customErrors)
{
    RevertReason r;
    if (data.empty())
        return r;
    if (data.size() < 4)
        return bad("revert data shorter than a selector");
    FixedBytes<4> sel{data[0], data[1], data[2], data[3]};
    r.selector = sel;
    const ByteView body = data.subspan(4);
    // Error(string) = 0x08c379a0, Panic(uint256) = 0x4e487b71.
    if (sel == selectorOf("Error(string)")) {
        auto v = abiDecode({AbiType{AbiType::Kind::String, 0, {}}}, body);
        if (!v)
            return makeError(ErrorCode::InvalidArgument, "Error(string) revert: " + v.error().message);
        r.kind = RevertReason::Kind::ErrorString;
        r.message = std::get<std::string>((*v)[0].value);
        return r;
    }
    if (sel == selectorOf("Panic(uint256)")) {
        auto v = abiDecode({AbiType{AbiType::Kind::Uint, 256, {}}}, body);
        if (!v)
            return makeError(ErrorCode::InvalidArgument, "Panic(uint256) revert: " + v.error().message);
        r.kind = RevertReason::Kind::Panic;
        r.panicCode = std::get<UInt256>((*v)[0].value);
        r.message = panicDescription(r.panicCode);
        return r;
    }
    for (const auto& e : customErrors) {
        if (functionSelector(e) != sel)
            continue;
        auto v = abiDecode(e.types(), body);
        if (!v)
            return makeError(ErrorCode::InvalidArgument, e.name + " revert: " + v.error().message);
        r.kind = RevertReason::Kind::Custom;
        r.error = e;
        r.args = std::move(*v);
        r.message = e.name + abiValuesToJson(e.types(), r.args);
        return r;
    }
    r.kind = RevertReason::Kind::Unknown;
    r.message = "unknown error " + toHex(sel);
    return r;
}

std::string panicDescription(const UInt256& code)
{
    // Solidity's documented panic codes.
    static const std::pair<unsigned, const char*> kCodes[] = {
        {0x00, "generic compiler panic"},
        {0x01, "assertion failed"},
        {0x11, "arithmetic overflow or underflow"},
        {0x12, "division or modulo by zero"},
        {0x21, "invalid enum value"},
        {0x22, "invalid storage byte array encoding"},
        {0x31, "pop from an empty array"},
        {0x32, "array index out of bounds"},
        {0x41, "out of memory (allocation too large)"},
        {0x51, "call to an uninitialised function pointer"},
    };
    for (const auto& [c, text] : kCodes)
        if (code == c)
            return text;
    return "panic code " + toHexQuantity(code);
}

} // namespace plinth
