#include "wallet/sync/ChainReader.h"

#include "wallet/codec/Hex.h"
#include "wallet/light/RpcFields.h"

#include <boost/json/array.hpp>

#include <algorithm>
#include <optional>

namespace plinth {
namespace {

Result<std::uint64_t> quantityResult(const boost::json::value& v, const char* what)
{
    if (!v.is_string())
        return makeError(ErrorCode::InvalidArgument, std::string(what) + " is not a hex quantity");
    auto n = parseRpcQuantity64(v.as_string());
    if (!n)
        return makeError(ErrorCode::InvalidArgument, std::string(what) + ": " + n.error().message);
    return *n;
}

// The hash of a block object that parseBlockHeaderJson accepted. When the object carries "hash", the
// parser has already recomputed it from the fields and refused the block unless they are equal, so that
// field is the verified hash; hashing the header again (keccak of its RLP, the largest cost of a header)
// would only repeat the work.
Hash32 verifiedHash(const boost::json::value& v, const BlockHeader& header)
{
    if (const boost::json::object* o = v.if_object())
        if (const boost::json::value* h = o->if_contains("hash"); h && h->is_string())
            if (auto hash = fromHexFixed<32>(h->get_string()))
                return *hash;
    return blockHeaderHash(header);
}

// A block object asked for by number: null means the node does not have it (yet), not a lie.
Result<FetchedHeader> checkHeaderByNumber(const boost::json::value& v, const std::string& endpoint, std::uint64_t number)
{
    if (v.is_null())
        return makeError(ErrorCode::NotFound, blockLabel(number) + " is not known to this endpoint");
    auto header = parseBlockHeaderJson(v);
    if (!header)
        return header.error();
    if (header->number != number)
        return makeError(ErrorCode::Unverified,
                         "asked for " + blockLabel(number) + ", the answer is " + blockLabel(header->number));
    return FetchedHeader{*header, verifiedHash(v, *header), endpoint};
}

RpcRequest blockByNumber(std::uint64_t number)
{
    return RpcRequest{"eth_getBlockByNumber", boost::json::array{blockQuantity(number), false}};
}

} // namespace

Result<std::uint64_t> ChainReader::chainId()
{
    std::uint64_t id = 0;
    auto asked = m_rpc.ask(RpcRequest{"eth_chainId", {}}, [&](const boost::json::value& v, const std::string&) {
        auto n = quantityResult(v, "eth_chainId");
        if (n)
            id = *n;
        return n ? Result<void>() : Result<void>(n.error());
    });
    if (!asked)
        return asked.error();
    return id;
}

Result<std::uint64_t> ChainReader::headNumber()
{
    std::uint64_t head = 0;
    auto asked = m_rpc.ask(RpcRequest{"eth_blockNumber", {}}, [&](const boost::json::value& v, const std::string&) {
        auto n = quantityResult(v, "eth_blockNumber");
        if (n)
            head = *n;
        return n ? Result<void>() : Result<void>(n.error());
    });
    if (!asked)
        return asked.error();
    return head;
}

Result<std::uint64_t> ChainReader::headNumberOf(const std::string& endpoint)
{
    RpcReply reply = m_rpc.askEndpoint(endpoint, RpcRequest{"eth_blockNumber", {}});
    if (!reply.ok())
        return makeError(ErrorCode::Network, reply.result.error().message);
    auto n = quantityResult(reply.result.value(), "eth_blockNumber");
    if (!n)
        return m_rpc.blame(endpoint, n.error().message);
    return *n;
}

Result<FetchedHeader> ChainReader::headerOf(const std::string& endpoint, std::uint64_t number)
{
    RpcReply reply = m_rpc.askEndpoint(endpoint, blockByNumber(number));
    if (!reply.ok())
        return makeError(ErrorCode::Network, reply.result.error().message);
    auto header = checkHeaderByNumber(reply.result.value(), endpoint, number);
    if (!header && header.error().code != ErrorCode::NotFound)
        return m_rpc.blame(endpoint, header.error().message);
    return header;
}

namespace {

std::vector<RpcRequest> headerRequests(std::uint64_t from, std::uint64_t to)
{
    std::vector<RpcRequest> requests;
    for (std::uint64_t n = from; n <= to && n >= from; ++n)
        requests.push_back(blockByNumber(n));
    return requests;
}

} // namespace

void ChainReader::prefetchHeaders(std::uint64_t from, std::uint64_t to)
{
    std::vector<RpcRequest> requests = headerRequests(from, to);
    auto replies = m_rpc.send(requests);
    m_prefetch = Prefetch{from, to, std::move(requests), std::move(replies)};
}

Result<std::vector<FetchedHeader>> ChainReader::headers(std::uint64_t from, std::uint64_t to, std::optional<Range> next)
{
    const bool prefetched = m_prefetch && m_prefetch->from == from && m_prefetch->to == to;
    const std::vector<RpcRequest> requests = prefetched ? std::move(m_prefetch->requests) : headerRequests(from, to);
    std::vector<std::optional<FetchedHeader>> got(requests.size());
    const VerifiedRpc::IndexedCheck check = [&](std::size_t i, const boost::json::value& v, const std::string& endpoint) {
        auto header = checkHeaderByNumber(v, endpoint, from + i);
        if (!header)
            return Result<void>(header.error());
        got[i] = std::move(*header);
        return Result<void>();
    };
    // Checked exactly as if asked now: a prefetch only moves the waiting earlier.
    std::optional<std::vector<RpcReply>> answered;
    if (prefetched) {
        answered = m_prefetch->replies.get();
        m_prefetch.reset();
    } else {
        m_prefetch.reset(); // for another range (the chain moved otherwise): its answers are not used
        if (next)
            answered = m_rpc.send(requests).get();
    }
    if (next)
        prefetchHeaders(next->from, next->to);
    std::vector<Result<void>> results =
        answered ? m_rpc.askAll(requests, check, std::move(*answered)) : m_rpc.askAll(requests, check);
    std::vector<FetchedHeader> out;
    out.reserve(results.size());
    for (std::size_t i = 0; i < results.size(); ++i) {
        if (!results[i]) {
            if (results[i].error().code == ErrorCode::NotFound)
                break; // the head moved back or a node lags: sync up to here
            return results[i].error();
        }
        out.push_back(std::move(*got[i]));
    }
    return out;
}

Result<FetchedHeader> ChainReader::header(std::uint64_t number)
{
    auto list = headers(number, number);
    if (!list)
        return list.error();
    if (list->empty())
        return makeError(ErrorCode::NotFound, "no endpoint has " + blockLabel(number));
    return std::move(list->front());
}

Result<FetchedHeader> ChainReader::headerByHash(const Hash32& hash, std::uint64_t expectedNumber)
{
    std::optional<FetchedHeader> got;
    auto asked = m_rpc.ask(RpcRequest{"eth_getBlockByHash", boost::json::array{toHex(hash), false}},
                           [&](const boost::json::value& v, const std::string& endpoint) -> Result<void> {
                               if (v.is_null())
                                   return makeError(ErrorCode::NotFound, "block " + toHex(hash) + " is not known");
                               auto header = parseBlockHeaderJson(v);
                               if (!header)
                                   return header.error();
                               const Hash32 computed = verifiedHash(v, *header);
                               if (computed != hash || header->number != expectedNumber)
                                   return makeError(ErrorCode::Unverified,
                                                    "asked for block " + toHex(hash) + ", the answer is "
                                                        + blockLabel(header->number) + " " + toHex(computed));
                               got = FetchedHeader{*header, computed, endpoint};
                               return {};
                           });
    if (!asked)
        return asked.error();
    return std::move(*got);
}

ChainReader::LogsInFlight ChainReader::sendBlockLogs(const std::vector<const FetchedHeader*>& blocks, std::size_t perBatch)
{
    perBatch = std::max<std::size_t>(perBatch, 1);
    LogsInFlight out;
    for (std::size_t start = 0; start < blocks.size(); start += perBatch) {
        std::vector<RpcRequest>& batch = out.batches.emplace_back();
        for (std::size_t i = start; i < std::min(blocks.size(), start + perBatch); ++i)
            batch.push_back(RpcRequest{"eth_getBlockReceipts", boost::json::array{toHex(blocks[i]->hash)}});
    }
    // Two batches in flight: the next one travels while this one is checked. (A batch whose answers
    // are not used, after an error, is harmless: the futures are simply dropped.)
    out.replies.resize(out.batches.size());
    for (std::size_t k = 0; k < std::min<std::size_t>(2, out.batches.size()); ++k)
        out.replies[k] = m_rpc.send(out.batches[k]);
    return out;
}

Result<std::vector<std::vector<VerifiedLog>>> ChainReader::receiveBlockLogs(LogsInFlight& inFlight,
                                                                            const std::vector<const FetchedHeader*>& blocks,
                                                                            const LogFilter& filter)
{
    std::vector<std::vector<VerifiedLog>> logs(blocks.size());
    std::size_t first = 0;
    for (std::size_t k = 0; k < inFlight.batches.size(); ++k) {
        std::vector<RpcReply> answered = inFlight.replies[k].get();
        if (k + 2 < inFlight.batches.size())
            inFlight.replies[k + 2] = m_rpc.send(inFlight.batches[k + 2]);
        auto results = m_rpc.askAll(inFlight.batches[k], [&](std::size_t i, const boost::json::value& v, const std::string&) {
            const BlockHeader& header = blocks[first + i]->header;
            if (v.is_null())
                return Result<void>(makeError(ErrorCode::NotFound, "the receipts of " + blockLabel(header.number)
                                                                       + " are not known (reorganised away?)"));
            auto verified = verifyBlockReceiptsJson(header, v, {}, &filter);
            if (!verified)
                return Result<void>(verified.error());
            logs[first + i] = std::move(*verified);
            return Result<void>();
        }, std::move(answered));
        for (auto& r : results)
            if (!r)
                return r.error();
        first += inFlight.batches[k].size();
    }
    return logs;
}

Result<ProvenAccount> ChainReader::proof(const Hash32& stateRoot, std::uint64_t blockNumber, const Address& account,
                                         const std::vector<Hash32>& slots)
{
    boost::json::array keys;
    for (const Hash32& s : slots)
        keys.emplace_back(toHex(s));
    std::optional<ProvenAccount> got;
    auto asked = m_rpc.ask(
        RpcRequest{"eth_getProof", boost::json::array{toChecksumAddress(account), keys, blockQuantity(blockNumber)}},
        [&](const boost::json::value& v, const std::string&) -> Result<void> {
            if (v.is_null())
                return makeError(ErrorCode::NotFound, "no proof for " + blockLabel(blockNumber));
            auto proven = verifyGetProofJson(stateRoot, account, slots, v);
            if (!proven)
                return proven.error();
            got = std::move(*proven);
            return {};
        });
    if (!asked)
        return asked.error();
    return std::move(*got);
}

} // namespace plinth
