// The light client's verification costs: proof checks per second (an account and a storage slot, as a
// balance or reward shown to the user needs), receipts-root rebuilds and full receipt verification for a
// 200-receipt block, and header hashes (every header of a sync). Inputs come from the anvil vectors.
#include "wallet/codec/Hex.h"
#include "wallet/eth/BlockHeader.h"
#include "wallet/eth/Receipt.h"
#include "wallet/light/MerkleProof.h"
#include "wallet/light/OrderedTrie.h"
#include "wallet/light/ReceiptVerifier.h"

#include <benchmark/benchmark.h>
#include <boost/json.hpp>

#include <fstream>
#include <sstream>

using namespace plinth;
namespace json = boost::json;

namespace {

const json::value& chain()
{
    static const json::value c = [] {
        std::ifstream in(PLINTH_VECTORS_DIR "/anvil-chain.json");
        std::stringstream text;
        text << in.rdbuf();
        return json::parse(text.str());
    }();
    return c;
}

const json::object& emitterProof()
{
    for (const auto& p : chain().at("proofs").as_array())
        if (!p.at("proof").at("storageProof").as_array().empty())
            return p.at("proof").as_object();
    throw std::runtime_error("no storage proof in the vectors");
}

BlockHeader header(std::size_t n) { return *parseBlockHeaderJson(chain().at("blocks").at(n).at("block")); }

std::vector<Bytes> nodes(const json::value& array)
{
    std::vector<Bytes> out;
    for (const auto& n : array.as_array())
        out.push_back(*fromHex(std::string(n.as_string())));
    return out;
}

// A 200-receipt block: the vectors' 3-log receipt repeated with growing cumulative gas, and a header
// committing to them.
struct BigBlock {
    BlockHeader header;
    std::vector<RpcReceipt> receipts;
};

BigBlock bigBlock()
{
    BigBlock b;
    b.header = header(4);
    const RpcReceipt base = *parseReceiptJson(chain().at("blocks").at(4).at("receipts").at(0));
    std::vector<Bytes> encoded;
    Bloom bloom;
    for (std::uint64_t i = 0; i < 200; ++i) {
        RpcReceipt r = base;
        r.receipt.cumulativeGasUsed = base.receipt.cumulativeGasUsed * (i + 1);
        r.transactionIndex = i;
        encoded.push_back(encodeReceipt(r.receipt));
        bloom |= r.receipt.logsBloom;
        b.receipts.push_back(std::move(r));
    }
    b.header.receiptsRoot = orderedTrieRoot(encoded);
    b.header.logsBloom = bloom;
    const Hash32 hash = blockHeaderHash(b.header);
    for (std::size_t i = 0; i < b.receipts.size(); ++i) {
        b.receipts[i].blockHash = hash;
        for (auto& c : b.receipts[i].claimedLogPositions) {
            c.blockHash = hash;
            c.transactionIndex = i;
            c.logIndex.reset();
        }
    }
    return b;
}

void BM_AccountProof(benchmark::State& state)
{
    const Hash32 root = header(6).stateRoot;
    const Address address = *parseAddress(std::string(emitterProof().at("address").as_string()));
    const std::vector<Bytes> proof = nodes(emitterProof().at("accountProof"));
    for (auto _ : state) {
        auto r = verifyAccountProof(root, address, proof);
        if (!r)
            state.SkipWithError(r.error().message.c_str());
        benchmark::DoNotOptimize(r);
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_AccountProof);

void BM_StorageProof(benchmark::State& state)
{
    const Hash32 root = *fromHexFixed<32>(std::string(emitterProof().at("storageHash").as_string()));
    const Address address = *parseAddress(std::string(emitterProof().at("address").as_string()));
    const json::value& slot = emitterProof().at("storageProof").at(0);
    const Hash32 key = *parseStorageKey(std::string(slot.at("key").as_string()));
    const std::vector<Bytes> proof = nodes(slot.at("proof"));
    for (auto _ : state) {
        auto r = verifyStorageProof(root, key, proof, address);
        if (!r)
            state.SkipWithError(r.error().message.c_str());
        benchmark::DoNotOptimize(r);
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_StorageProof);

// eth_getProof as answered (account and 4 slots): JSON decoding included, as a sync does it.
void BM_GetProofJsonAccountAnd4Slots(benchmark::State& state)
{
    const Hash32 root = header(6).stateRoot;
    const json::object& proof = emitterProof();
    const Address address = *parseAddress(std::string(proof.at("address").as_string()));
    std::vector<Hash32> slots;
    for (const auto& s : proof.at("storageProof").as_array())
        slots.push_back(*parseStorageKey(std::string(s.at("key").as_string())));
    for (auto _ : state) {
        auto r = verifyGetProofJson(root, address, slots, proof);
        if (!r)
            state.SkipWithError(r.error().message.c_str());
        benchmark::DoNotOptimize(r);
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_GetProofJsonAccountAnd4Slots);

void BM_ReceiptsRoot200(benchmark::State& state)
{
    const BigBlock b = bigBlock();
    for (auto _ : state) {
        std::vector<Bytes> encoded;
        encoded.reserve(b.receipts.size());
        for (const auto& r : b.receipts)
            encoded.push_back(encodeReceipt(r.receipt));
        benchmark::DoNotOptimize(orderedTrieRoot(encoded));
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_ReceiptsRoot200);

// Everything verifyBlockReceipts does for a 200-receipt, 600-log block (blooms recomputed, root, claims).
void BM_VerifyBlockReceipts200(benchmark::State& state)
{
    const BigBlock b = bigBlock();
    for (auto _ : state) {
        auto logs = verifyBlockReceipts(b.header, b.receipts);
        if (!logs)
            state.SkipWithError(logs.error().message.c_str());
        benchmark::DoNotOptimize(logs);
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_VerifyBlockReceipts200);

void BM_HeaderHash(benchmark::State& state)
{
    const BlockHeader h = header(6);
    for (auto _ : state)
        benchmark::DoNotOptimize(blockHeaderHash(h));
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_HeaderHash);

void BM_HeaderParseJson(benchmark::State& state)
{
    const json::value& block = chain().at("blocks").at(6).at("block");
    for (auto _ : state) {
        auto h = parseBlockHeaderJson(block);
        if (!h)
            state.SkipWithError(h.error().message.c_str());
        benchmark::DoNotOptimize(h);
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_HeaderParseJson);

} // namespace

BENCHMARK_MAIN();
