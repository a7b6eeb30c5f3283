// Keccak-256 at the sizes the wallet hashes most (a 64-byte public key, a 1 KiB log or call) and the cost
// of deriving an address from a private key.
#include "wallet/crypto/Keccak.h"
#include "wallet/crypto/Secp256k1.h"
#include "wallet/eth/Address.h"

#include <benchmark/benchmark.h>

using namespace plinth;

static void BM_Keccak256(benchmark::State& state)
{
    const Bytes data(static_cast<std::size_t>(state.range(0)), 0x5a);
    for (auto _ : state) {
        Hash32 h = keccak256(data);
        benchmark::DoNotOptimize(h);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * state.range(0));
}
BENCHMARK(BM_Keccak256)->Arg(64)->Arg(1024);

static void BM_AddressFromPrivateKey(benchmark::State& state)
{
    SecureBytes key(32);
    key.data()[31] = 7;
    for (auto _ : state) {
        auto a = addressFromPrivateKey(key);
        benchmark::DoNotOptimize(a);
    }
}
BENCHMARK(BM_AddressFromPrivateKey);

BENCHMARK_MAIN();
