// RPC throughput against a local anvil (single calls in sequence, many in flight, batches) and the cost
// of decoding a large eth_getBlockReceipts answer, the largest routine answer the light client reads.
#include "tests/support/AnvilProcess.h"
#include "wallet/rpc/EndpointPool.h"
#include "wallet/rpc/JsonRpcCodec.h"
#include "wallet/rpc/RpcSync.h"

#include <benchmark/benchmark.h>
#include <boost/json.hpp>

#include <QCoreApplication>

#include <atomic>
#include <cstdio>
#include <future>

namespace {

namespace json = boost::json;
using namespace plinth;

plinth::test::AnvilProcess* g_anvil = nullptr;
NetworkThread* g_thread = nullptr;
EndpointPool* g_pool = nullptr;
std::string g_anvilError;

bool needAnvil(benchmark::State& state)
{
    if (g_pool)
        return true;
    state.SkipWithError(g_anvilError.c_str());
    return false;
}

void BM_SequentialCalls(benchmark::State& state)
{
    if (!needAnvil(state))
        return;
    for (auto _ : state) {
        auto r = callBlocking(*g_pool, "eth_blockNumber", {});
        if (!r.ok())
            state.SkipWithError(r.result.error().message.c_str());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_SequentialCalls)->UseRealTime();

// `n` calls in flight at once over the pool's keep-alive connections.
void BM_ConcurrentCalls(benchmark::State& state)
{
    if (!needAnvil(state))
        return;
    const auto n = static_cast<int>(state.range(0));
    for (auto _ : state) {
        std::promise<void> done;
        std::atomic<int> left{n};
        std::atomic<int> failed{0};
        for (int i = 0; i < n; ++i)
            g_pool->call("eth_blockNumber", {}, [&](RpcReply r) {
                if (!r.ok())
                    ++failed;
                if (--left == 0)
                    done.set_value();
            });
        done.get_future().wait();
        if (failed > 0)
            state.SkipWithError("a call failed");
    }
    state.SetItemsProcessed(state.iterations() * n);
}
BENCHMARK(BM_ConcurrentCalls)->Arg(64)->UseRealTime();

void BM_Batch(benchmark::State& state)
{
    if (!needAnvil(state))
        return;
    std::vector<RpcRequest> requests;
    for (int i = 0; i < state.range(0); ++i)
        requests.push_back({"eth_getBlockByNumber", {"0x" + std::to_string(i % 10), false}});
    for (auto _ : state) {
        const auto replies = batchBlocking(*g_pool, requests);
        if (!replies.back().ok())
            state.SkipWithError(replies.back().result.error().message.c_str());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_Batch)->Arg(100)->UseRealTime();

// A synthetic block of `n` receipts with 4 logs each, shaped like eth_getBlockReceipts answers.
std::string receiptsAnswer(int n)
{
    json::array receipts;
    const std::string h32 = "0x" + std::string(64, 'a');
    const std::string addr = "0x" + std::string(40, 'b');
    for (int i = 0; i < n; ++i) {
        json::array logs;
        for (int j = 0; j < 4; ++j)
            logs.push_back({{"address", addr}, {"topics", json::array{h32, h32, h32}}, {"data", "0x" + std::string(128, 'c')},
                            {"blockNumber", "0x10"}, {"transactionHash", h32}, {"transactionIndex", "0x1"}, {"blockHash", h32},
                            {"logIndex", "0x" + std::to_string(j)}, {"removed", false}});
        receipts.push_back({{"blockHash", h32}, {"blockNumber", "0x10"}, {"contractAddress", nullptr}, {"cumulativeGasUsed", "0x5208"},
                            {"effectiveGasPrice", "0x3b9aca00"}, {"from", addr}, {"gasUsed", "0x5208"}, {"logs", std::move(logs)},
                            {"logsBloom", "0x" + std::string(512, '0')}, {"status", "0x1"}, {"to", addr}, {"transactionHash", h32},
                            {"transactionIndex", "0x1"}, {"type", "0x2"}});
    }
    return json::serialize(json::object{{"jsonrpc", "2.0"}, {"id", 1}, {"result", std::move(receipts)}});
}

void BM_DecodeBlockReceipts(benchmark::State& state)
{
    const std::string body = receiptsAnswer(static_cast<int>(state.range(0)));
    const std::uint64_t ids[] = {1};
    for (auto _ : state) {
        auto d = decodeJsonRpcResponse(body, ids);
        if (!d || !d->answers[0])
            state.SkipWithError("decode failed");
        benchmark::DoNotOptimize(d);
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * body.size()));
    state.counters["answer_bytes"] = static_cast<double>(body.size());
}
BENCHMARK(BM_DecodeBlockReceipts)->Arg(500)->Arg(2000);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    plinth::test::AnvilProcess anvil;
    g_anvilError = anvil.start(PLINTH_SOURCE_DIR);
    NetworkThread thread;
    std::unique_ptr<EndpointPool> pool;
    if (g_anvilError.empty()) {
        EndpointConfig e;
        e.url = anvil.httpUrl();
        e.label = "anvil";
        auto p = EndpointPool::create(thread, {e});
        if (p)
            pool = std::move(*p);
        else
            g_anvilError = p.error().message;
    } else {
        std::fprintf(stderr, "bench_rpc: %s\n", g_anvilError.c_str());
    }
    g_anvil = &anvil;
    g_thread = &thread;
    g_pool = pool.get();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    pool.reset();
    return 0;
}
