// Earnings over 100 devices x 1,000 epochs (100,000 rewards), the speed target: any period or
// device filter must answer within 20 ms. Three figures: building the index from a real CacheStore holding
// the 100,000 DeviceRewarded logs (once per process; refresh() after that reads only new blocks), and the
// queries against the built index; and one refresh() after one new block over those 100,000 rewards.
#include "BenchRewards.h"
#include "wallet/network/EarningsIndex.h"
#include "wallet/network/EarningsQuery.h"
#include "wallet/network/EarningsSnapshot.h"
#include "wallet/network/NetworkEvents.h"
#include "wallet/store/CacheStore.h"

#include <benchmark/benchmark.h>

#include <unistd.h>

#include <filesystem>
#include <memory>

using namespace plinth;

namespace {

using namespace plinth::bench;

// A cache with one block per epoch holding its 100 rewards.
struct Fixture {
    std::filesystem::path dir;
    std::unique_ptr<CacheStore> store;
    std::uint64_t nextEpoch = kEpochs;
    Hash32 tip{};
    Fixture()
    {
        dir = std::filesystem::temp_directory_path() / ("plinth-bench-earnings-" + std::to_string(::getpid()));
        std::filesystem::remove_all(dir);
        CacheIdentity id{31337, {}, {}};
        store = std::move(CacheStore::open(dir / "cache.sqlite", id).value());
        tip = appendAllEpochs(*store);
    }
    // One more verified block (the next epoch's 100 rewards), as a sync would append it.
    void appendOneBlock()
    {
        std::vector<VerifiedBlock> one{epochBlock(nextEpoch++, tip)};
        tip = one.back().header.hash;
        if (!store->appendBlocks(one))
            std::abort();
    }
    ~Fixture() { std::filesystem::remove_all(dir); }
};

Fixture& fixture()
{
    static Fixture f;
    return f;
}

const EarningsIndex& index()
{
    static EarningsIndex i = EarningsIndex::build(*fixture().store, contracts()).value();
    return i;
}

void BM_BuildIndexFromCache(benchmark::State& state)
{
    for (auto _ : state) {
        auto built = EarningsIndex::build(*fixture().store, contracts());
        benchmark::DoNotOptimize(built);
    }
    state.counters["rewards"] = double(index().rewards().size());
}

// A new process with the snapshot beside the cache (EarningsSnapshot.h): read and checked, then refreshed
// from the cache (nothing new here). Registered before the refresh benchmark, which appends blocks.
void BM_BuildIndexFromSnapshot(benchmark::State& state)
{
    const std::filesystem::path path = fixture().dir / "bench.earnings";
    if (!saveEarningsSnapshot(path, index()))
        std::abort();
    std::size_t rewards = 0;
    for (auto _ : state) {
        auto built = buildEarningsIndexWithSnapshot(*fixture().store, contracts(), path);
        if (!built || !built->loadedTo())
            std::abort();
        rewards = built->rewards().size();
        benchmark::DoNotOptimize(built);
    }
    state.counters["rewards"] = double(rewards);
    state.counters["snapshotMiB"] = double(std::filesystem::file_size(path)) / (1024.0 * 1024.0);
}

// What NetworkServices does on each CacheChange: one new block (100 rewards) over an index already
// holding 100,000 (and more with each iteration); only the refresh is timed, not the append.
void BM_RefreshAfterOneBlock(benchmark::State& state)
{
    EarningsIndex kept = index();
    for (auto _ : state) {
        state.PauseTiming();
        fixture().appendOneBlock();
        state.ResumeTiming();
        if (!kept.refresh(*fixture().store))
            std::abort();
    }
    state.counters["rewards"] = double(kept.rewards().size());
}

void BM_Summarize(benchmark::State& state)
{
    const auto period = static_cast<EarningsPeriod>(state.range(0));
    EarningsFilter f;
    if (state.range(1) == 1)
        f.device = addressOf(42, 0xd0);
    if (state.range(1) == 2)
        f.owner = addressOf(3, 0x0e);
    if (state.range(1) == 3) {
        f.from = kStart + 200 * 86400;
        f.to = kStart + 600 * 86400;
    }
    for (auto _ : state) {
        EarningsSummary s = summarizeEarnings(index(), f, period);
        benchmark::DoNotOptimize(s);
    }
}

} // namespace

BENCHMARK(BM_BuildIndexFromCache)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BuildIndexFromSnapshot)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RefreshAfterOneBlock)->Unit(benchmark::kMillisecond);
// Period (0 day, 1 week, 2 month, 3 all) x filter (0 none, 1 device, 2 owner, 3 date range).
BENCHMARK(BM_Summarize)->ArgsProduct({{0, 1, 2, 3}, {0, 1, 2, 3}})->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
