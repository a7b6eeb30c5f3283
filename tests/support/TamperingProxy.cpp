#include "tests/support/TamperingProxy.h"

#include "wallet/codec/Hex.h"
#include "wallet/codec/UInt256.h"
#include "wallet/eth/BlockHeader.h"
#include "wallet/eth/Bloom.h"
#include "wallet/eth/Log.h"
#include "wallet/rpc/EndpointConfig.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/json.hpp>

#include <limits>
#include <stdexcept>

namespace plinth::test {

namespace json = boost::json;
namespace http = boost::beast::http;

namespace {

constexpr std::uint64_t kUnknownBlock = std::numeric_limits<std::uint64_t>::max();

std::optional<std::uint64_t> quantity(const json::value* v)
{
    if (!v || !v->is_string())
        return std::nullopt;
    const std::string s(v->as_string());
    if (s.size() < 3 || s[0] != '0' || (s[1] != 'x' && s[1] != 'X') || s.size() > 18)
        return std::nullopt;
    try {
        return std::stoull(s.substr(2), nullptr, 16);
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

std::string hexQuantity(std::uint64_t n) { return toHexQuantity(UInt256(n)); }

// A quantity plus one (0 when it does not parse, which is still a change).
void increment(json::value& v)
{
    UInt256 n = 0;
    if (v.is_string())
        if (auto parsed = parseHexQuantity(std::string_view(v.as_string())))
            n = *parsed;
    v = toHexQuantity(n + 1);
}

// Hex data with its last nibble changed ("0x" becomes "0x00").
void flipHex(json::value& v)
{
    std::string s = v.is_string() ? std::string(v.as_string()) : std::string("0x");
    if (s.size() <= 2) {
        v = "0x00";
        return;
    }
    char& c = s.back();
    const int nibble = (c >= '0' && c <= '9') ? c - '0' : (c | 0x20) - 'a' + 10;
    const int flipped = nibble ^ 1;
    c = static_cast<char>(flipped < 10 ? '0' + flipped : 'a' + flipped - 10);
    v = s;
}

json::array* arrayAt(json::object& o, const char* key)
{
    auto* v = o.if_contains(key);
    return v && v->is_array() ? &v->as_array() : nullptr;
}

// Recomputes "hash" from the altered fields, as a liar who wants a self-consistent block would: the
// honest header (parsed before the change) with the altered fields read back from the JSON.
void rehash(json::object& block, BlockHeader header)
{
    if (auto v = fromHexFixed<32>(std::string_view(block["stateRoot"].as_string())))
        header.stateRoot = *v;
    if (auto v = fromHexFixed<32>(std::string_view(block["receiptsRoot"].as_string())))
        header.receiptsRoot = *v;
    if (auto v = Bloom::fromHex(std::string_view(block["logsBloom"].as_string())))
        header.logsBloom = *v;
    if (auto v = quantity(block.if_contains("timestamp")))
        header.timestamp = *v;
    block["hash"] = toHex(blockHeaderHash(header));
}

// Makes a receipt's logsBloom the bloom of its logs again, so the receipt alone still looks whole.
void fixBloom(json::object& receipt)
{
    std::vector<Log> logs;
    if (auto* arr = arrayAt(receipt, "logs"))
        for (const auto& l : *arr)
            if (auto parsed = parseLogJson(l))
                logs.push_back(parsed->log);
    receipt["logsBloom"] = Bloom::ofLogs(logs).toHex();
}

// Adds delta to the logIndex of every log from (receipt r, log l) on.
void shiftLogIndexes(json::array& receipts, std::size_t r, std::size_t l, std::int64_t delta)
{
    for (; r < receipts.size(); ++r, l = 0) {
        auto* logs = receipts[r].is_object() ? arrayAt(receipts[r].as_object(), "logs") : nullptr;
        for (std::size_t i = l; logs && i < logs->size(); ++i)
            if (auto idx = quantity(logs->at(i).as_object().if_contains("logIndex")))
                logs->at(i).as_object()["logIndex"] = hexQuantity(static_cast<std::uint64_t>(static_cast<std::int64_t>(*idx) + delta));
    }
}

// One blocking JSON-RPC call to the upstream (WrongBlock only).
json::value fetchUpstream(const std::string& upstream, const json::object& request)
{
    const auto url = parseEndpointUrl(upstream);
    if (!url)
        return nullptr;
    try {
        boost::asio::io_context ioc;
        boost::beast::tcp_stream stream(ioc);
        stream.connect({boost::asio::ip::make_address(url->host), url->port});
        http::request<http::string_body> req{http::verb::post, "/", 11};
        req.set(http::field::host, url->hostHeader());
        req.set(http::field::content_type, "application/json");
        req.body() = json::serialize(request);
        req.prepare_payload();
        http::write(stream, req);
        boost::beast::flat_buffer buffer;
        http::response_parser<http::string_body> parser;
        parser.body_limit(std::uint64_t{1} << 28);
        http::read(stream, buffer, parser);
        const json::value reply = json::parse(parser.get().body());
        if (const auto* r = reply.as_object().if_contains("result"))
            return *r;
    } catch (const std::exception&) {
    }
    return nullptr;
}

} // namespace

TamperingProxy::TamperingProxy(std::string upstreamUrl)
    : m_upstream(upstreamUrl), m_server(std::make_unique<FaultyRpcServer>(FaultyRpcServer::Options::forwardingTo(std::move(upstreamUrl))))
{
    m_server->setResponseHook([this](const json::object& call, json::object& response) {
        auto* result = response.if_contains("result");
        if (!result || result->is_null() || response.contains("error"))
            return;
        std::lock_guard lock(m_mutex);
        if (m_lie.mode == Mode::None)
            return;
        const auto block = alter(call, *result);
        if (!block)
            return;
        m_altered.fetch_add(1);
        const auto* method = call.if_contains("method");
        ++m_alteredOf[method && method->is_string() ? std::string(method->as_string()) : std::string()];
        if (*block != kUnknownBlock && (!m_lowest || *block < *m_lowest))
            m_lowest = *block;
        if (m_lie.times > 0 && --m_lie.times == 0)
            m_lie = {};
    });
}

TamperingProxy::~TamperingProxy() { m_server.reset(); }

void TamperingProxy::setLie(Lie lie)
{
    std::lock_guard lock(m_mutex);
    m_lie = std::move(lie);
}

TamperingProxy::Lie TamperingProxy::lie() const
{
    std::lock_guard lock(m_mutex);
    return m_lie;
}

std::uint64_t TamperingProxy::alteredOf(const std::string& method) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_alteredOf.find(method);
    return it == m_alteredOf.end() ? 0 : it->second;
}

std::optional<std::uint64_t> TamperingProxy::lowestAlteredBlock() const
{
    std::lock_guard lock(m_mutex);
    return m_lowest;
}

void TamperingProxy::resetCounters()
{
    std::lock_guard lock(m_mutex);
    m_altered.store(0);
    m_alteredOf.clear();
    m_lowest.reset();
}

const char* TamperingProxy::modeName(Mode mode)
{
    switch (mode) {
    case Mode::None: return "None";
    case Mode::ProofBalance: return "ProofBalance";
    case Mode::ProofStorageValue: return "ProofStorageValue";
    case Mode::ProofNodeAdded: return "ProofNodeAdded";
    case Mode::ProofNodeRemoved: return "ProofNodeRemoved";
    case Mode::StorageProofNodeAdded: return "StorageProofNodeAdded";
    case Mode::StorageProofNodeRemoved: return "StorageProofNodeRemoved";
    case Mode::HeaderField: return "HeaderField";
    case Mode::HeaderFieldRehashed: return "HeaderFieldRehashed";
    case Mode::BloomCleared: return "BloomCleared";
    case Mode::LogDropped: return "LogDropped";
    case Mode::LogInjected: return "LogInjected";
    case Mode::ReceiptAltered: return "ReceiptAltered";
    case Mode::WrongBlock: return "WrongBlock";
    }
    return "?";
}

std::optional<std::uint64_t> TamperingProxy::alter(const json::object& call, json::value& result)
{
    const auto* m = call.if_contains("method");
    if (!m || !m->is_string())
        return std::nullopt;
    const std::string method(m->as_string());
    switch (m_lie.mode) {
    case Mode::ProofBalance:
    case Mode::ProofStorageValue:
    case Mode::ProofNodeAdded:
    case Mode::ProofNodeRemoved:
    case Mode::StorageProofNodeAdded:
    case Mode::StorageProofNodeRemoved:
        if (method == "eth_getProof" && result.is_object())
            return alterProof(call, result.as_object());
        return std::nullopt;
    case Mode::HeaderField:
    case Mode::HeaderFieldRehashed:
    case Mode::BloomCleared:
        if ((method == "eth_getBlockByNumber" || method == "eth_getBlockByHash") && result.is_object())
            return alterHeader(result.as_object());
        return std::nullopt;
    case Mode::WrongBlock:
        if (method == "eth_getBlockByNumber")
            return wrongBlock(call, result);
        return std::nullopt;
    case Mode::LogDropped:
    case Mode::LogInjected:
    case Mode::ReceiptAltered:
        if (method == "eth_getBlockReceipts" && result.is_array())
            return alterReceipts(result.as_array());
        if (method == "eth_getTransactionReceipt" && result.is_object()) {
            json::array one{result};
            auto block = alterReceipts(one);
            if (block)
                result = std::move(one[0]);
            return block;
        }
        if (method == "eth_getLogs" && result.is_array())
            return alterLogs(result.as_array());
        return std::nullopt;
    case Mode::None: break;
    }
    return std::nullopt;
}

std::optional<std::uint64_t> TamperingProxy::alterProof(const json::object& call, json::object& proof)
{
    std::uint64_t block = kUnknownBlock;
    if (const auto* params = call.if_contains("params"); params && params->is_array() && params->as_array().size() > 2)
        block = quantity(&params->as_array()[2]).value_or(kUnknownBlock);
    if (m_lie.block && block != *m_lie.block)
        return std::nullopt;
    json::object* slot = nullptr;
    if (auto* storage = arrayAt(proof, "storageProof"); storage && m_lie.slotIndex < storage->size()
                                                        && storage->at(m_lie.slotIndex).is_object())
        slot = &storage->at(m_lie.slotIndex).as_object();
    json::array* nodes = nullptr;
    switch (m_lie.mode) {
    case Mode::ProofBalance:
        if (!proof.contains("balance"))
            return std::nullopt;
        increment(proof["balance"]);
        return block;
    case Mode::ProofStorageValue:
        if (!slot)
            return std::nullopt;
        increment((*slot)["value"]);
        return block;
    case Mode::ProofNodeAdded:
    case Mode::ProofNodeRemoved: nodes = arrayAt(proof, "accountProof"); break;
    default: nodes = slot ? arrayAt(*slot, "proof") : nullptr; break;
    }
    if (!nodes || nodes->empty())
        return std::nullopt;
    if (m_lie.mode == Mode::ProofNodeAdded || m_lie.mode == Mode::StorageProofNodeAdded)
        nodes->push_back(json::value(nodes->back()));
    else
        nodes->pop_back();
    return block;
}

std::optional<std::uint64_t> TamperingProxy::alterHeader(json::object& block)
{
    const auto number = quantity(block.if_contains("number"));
    if (!number || !targets(*number))
        return std::nullopt;
    const auto honest = parseBlockHeaderJson(json::value(block));
    if (!honest && m_lie.mode != Mode::HeaderField)
        return std::nullopt; // cannot recompute a hash it cannot read
    if (m_lie.mode == Mode::BloomCleared) {
        const std::string zero = Bloom().toHex();
        const auto* bloom = block.if_contains("logsBloom");
        if (!bloom || !bloom->is_string() || bloom->as_string() == zero)
            return std::nullopt; // nothing to hide
        block["logsBloom"] = zero;
        rehash(block, *honest);
        return number;
    }
    switch (m_lie.headerField) {
    case HeaderFieldKind::StateRoot: flipHex(block["stateRoot"]); break;
    case HeaderFieldKind::ReceiptsRoot: flipHex(block["receiptsRoot"]); break;
    case HeaderFieldKind::Timestamp: increment(block["timestamp"]); break;
    case HeaderFieldKind::LogsBloom: flipHex(block["logsBloom"]); break;
    }
    if (m_lie.mode == Mode::HeaderFieldRehashed)
        rehash(block, *honest);
    return number;
}

std::optional<std::uint64_t> TamperingProxy::wrongBlock(const json::object& call, json::value& result)
{
    const auto* params = call.if_contains("params");
    if (!m_lie.block || !params || !params->is_array() || params->as_array().empty())
        return std::nullopt;
    const auto asked = quantity(&params->as_array()[0]);
    if (!asked || *asked != *m_lie.block)
        return std::nullopt;
    const std::uint64_t sent = m_lie.answerWith.value_or(*asked == 0 ? 1 : *asked - 1);
    json::array p{hexQuantity(sent)};
    p.push_back(params->as_array().size() > 1 ? params->as_array()[1] : json::value(false));
    json::value other = fetchUpstream(m_upstream, {{"jsonrpc", "2.0"}, {"id", 1}, {"method", "eth_getBlockByNumber"}, {"params", p}});
    if (other.is_null())
        return std::nullopt;
    result = std::move(other);
    return asked;
}

std::optional<std::uint64_t> TamperingProxy::alterReceipts(json::array& receipts)
{
    if (receipts.empty() || !receipts[0].is_object())
        return std::nullopt;
    const auto number = quantity(receipts[0].as_object().if_contains("blockNumber"));
    if (!number || !targets(*number))
        return std::nullopt;
    std::optional<std::size_t> withLogs;
    for (std::size_t i = 0; i < receipts.size() && !withLogs; ++i)
        if (auto* logs = receipts[i].is_object() ? arrayAt(receipts[i].as_object(), "logs") : nullptr; logs && !logs->empty())
            withLogs = i;

    if (m_lie.mode == Mode::LogDropped) {
        if (!withLogs)
            return std::nullopt;
        json::object& r = receipts[*withLogs].as_object();
        arrayAt(r, "logs")->erase(arrayAt(r, "logs")->begin());
        fixBloom(r);
        shiftLogIndexes(receipts, *withLogs, 0, -1);
        return number;
    }
    if (m_lie.mode == Mode::LogInjected) {
        if (withLogs) {
            json::object& r = receipts[*withLogs].as_object();
            json::array& logs = *arrayAt(r, "logs");
            json::object fake = logs[0].as_object();
            flipHex(fake["data"]);
            logs.insert(logs.begin() + 1, fake);
            shiftLogIndexes(receipts, *withLogs, 1, +1);
            fixBloom(r);
            return number;
        }
        if (m_lie.injectedAddress.empty())
            return std::nullopt;
        json::object& r = receipts[0].as_object();
        json::object fake{{"address", m_lie.injectedAddress},
                          {"topics", json::array{toHex(Hash32{0x11})}},
                          {"data", "0x"},
                          {"blockNumber", r["blockNumber"]},
                          {"blockHash", r["blockHash"]},
                          {"transactionHash", r["transactionHash"]},
                          {"transactionIndex", r["transactionIndex"]},
                          {"logIndex", "0x0"},
                          {"removed", false}};
        r["logs"] = json::array{fake};
        fixBloom(r);
        return number;
    }
    // ReceiptAltered: the first receipt with logs (the one a light client must fetch), else the first.
    json::object& r = receipts[withLogs.value_or(0)].as_object();
    switch (m_lie.receiptField) {
    case ReceiptFieldKind::Status: {
        const auto* s = r.if_contains("status");
        r["status"] = (s && s->is_string() && s->as_string() == "0x1") ? "0x0" : "0x1";
        break;
    }
    case ReceiptFieldKind::CumulativeGasUsed: increment(r["cumulativeGasUsed"]); break;
    case ReceiptFieldKind::LogData:
        if (!withLogs)
            return std::nullopt;
        flipHex(arrayAt(r, "logs")->at(0).as_object()["data"]);
        break;
    }
    return number;
}

std::optional<std::uint64_t> TamperingProxy::alterLogs(json::array& logs)
{
    std::optional<std::size_t> at;
    std::uint64_t number = 0;
    for (std::size_t i = 0; i < logs.size() && !at; ++i) {
        const auto n = logs[i].is_object() ? quantity(logs[i].as_object().if_contains("blockNumber")) : std::nullopt;
        if (n && targets(*n)) {
            at = i;
            number = *n;
        }
    }
    if (!at)
        return std::nullopt;
    // The logs after `from` in the same block move by delta.
    const auto shift = [&](std::size_t from, std::int64_t delta) {
        for (std::size_t i = from; i < logs.size(); ++i) {
            auto& l = logs[i].as_object();
            if (quantity(l.if_contains("blockNumber")) != number)
                break;
            if (auto idx = quantity(l.if_contains("logIndex")))
                l["logIndex"] = hexQuantity(static_cast<std::uint64_t>(static_cast<std::int64_t>(*idx) + delta));
        }
    };
    switch (m_lie.mode) {
    case Mode::LogDropped:
        logs.erase(logs.begin() + static_cast<std::ptrdiff_t>(*at));
        shift(*at, -1);
        return number;
    case Mode::LogInjected: {
        json::object fake = logs[*at].as_object();
        flipHex(fake["data"]);
        shift(*at + 1, +1);
        increment(fake["logIndex"]);
        logs.insert(logs.begin() + static_cast<std::ptrdiff_t>(*at) + 1, fake);
        return number;
    }
    case Mode::ReceiptAltered:
        if (m_lie.receiptField != ReceiptFieldKind::LogData)
            return std::nullopt;
        flipHex(logs[*at].as_object()["data"]);
        return number;
    default: return std::nullopt;
    }
}

} // namespace plinth::test
