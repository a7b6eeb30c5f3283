// Parsing and serialising a network profile: done at every start and for every profile in Settings.
#include "wallet/network/NetworkProfile.h"

#include <benchmark/benchmark.h>

namespace {

const std::string kProfile = R"({"name": "Plinth devnet", "chainId": 31337,
  "currency": {"symbol": "ETH", "decimals": 18}, "token": {"symbol": "PLN", "decimals": 18},
  "rpc": ["http://127.0.0.1:8545", "http://127.0.0.1:8546", "wss://example.invalid/ws"],
  "contracts": {"token": "0x5FbDB2315678afecb367f032d93F642f64180aa3",
    "devices": "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512", "staking": "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0",
    "rewards": "0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9", "governor": "0xDc64a140Aa3E981100a9becA4E685f962f0cF6C9",
    "timelock": "0x5FC8d32690cc91D4c39d9d3abcBD16989F875707"},
  "deploymentBlock": 1, "checkpoint": {"number": 16,
  "hash": "0x8a4f1ab2d3f74f7a3f2f0b9cd3c93a9b1f6ac1ff8f2d3b9bdcc1a43e5a47f6b1"},
  "finalityDepth": 12, "epochSeconds": 30})";

void BM_ParseNetworkProfile(benchmark::State& state)
{
    for (auto _ : state) {
        auto p = plinth::parseNetworkProfile(kProfile);
        if (!p)
            state.SkipWithError(p.error().message.c_str());
        benchmark::DoNotOptimize(p);
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * kProfile.size()));
}
BENCHMARK(BM_ParseNetworkProfile);

void BM_SerializeNetworkProfile(benchmark::State& state)
{
    const auto p = plinth::parseNetworkProfile(kProfile);
    if (!p) {
        state.SkipWithError(p.error().message.c_str());
        return;
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(plinth::serializeNetworkProfile(*p));
}
BENCHMARK(BM_SerializeNetworkProfile);

} // namespace

BENCHMARK_MAIN();
