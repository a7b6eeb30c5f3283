// Signing a type-2 transaction end to end (RLP encode, keccak, sign, encode the signed form, hash it)
// against a bare secp256k1_ecdsa_sign_recoverable of a fixed digest in the same run: the goal is that
// the wallet's overhead keeps the full path within 1.3x of the bare signature.
#include "wallet/codec/Hex.h"
#include "wallet/eth/Transaction.h"

#include <benchmark/benchmark.h>

#include <secp256k1.h>
#include <secp256k1_recovery.h>

using namespace plinth;

namespace {

const char* const kKeyHex = "0xe9e4ea6970d8aad725eef2546611d297a57cea0512291a41ba531a7685211d79";

TransactionRequest typicalTransfer()
{
    // An ERC-20 transfer with an EIP-1559 fee, as the wallet sends it.
    auto tx = parseTransactionJson(
        "{\"type\":\"0x2\",\"chainId\":\"0x4cb2f\",\"nonce\":\"0x4a\",\"to\":\"0x5692AB3F2b5581Cb319aC76481b45AF70827f0dD\","
        "\"value\":\"0x0\",\"gas\":\"0xfde8\",\"maxFeePerGas\":\"0x6fc23ac02\",\"maxPriorityFeePerGas\":\"0x59682f00\","
        "\"data\":\"0xa9059cbb0000000000000000000000005f12a2e6eec2326bbf2b7f764dd08d816e209b1a"
        "00000000000000000000000000000000000000000000000000000000000003e8\"}");
    if (!tx)
        std::abort();
    return *tx;
}

} // namespace

static void BM_SignType2Transaction(benchmark::State& state)
{
    const TransactionRequest tx = typicalTransfer();
    const SecureBytes key(*fromHex(kKeyHex));
    for (auto _ : state) {
        auto s = signTransaction(tx, key);
        benchmark::DoNotOptimize(s);
    }
}
BENCHMARK(BM_SignType2Transaction);

static void BM_BareSecp256k1SignRecoverable(benchmark::State& state)
{
    secp256k1_context* ctx = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
    unsigned char seed[32] = {1};
    if (!secp256k1_context_randomize(ctx, seed))
        std::abort();
    const Bytes key = *fromHex(kKeyHex);
    const Hash32 digest = signingHash(typicalTransfer());
    secp256k1_ecdsa_recoverable_signature sig;
    for (auto _ : state) {
        const int ok = secp256k1_ecdsa_sign_recoverable(ctx, &sig, digest.data(), key.data(), nullptr, nullptr);
        benchmark::DoNotOptimize(ok);
        benchmark::DoNotOptimize(sig);
    }
    secp256k1_context_destroy(ctx);
}
BENCHMARK(BM_BareSecp256k1SignRecoverable);

static void BM_DecodeSignedTransaction(benchmark::State& state)
{
    const SignedTransaction s = *signTransaction(typicalTransfer(), SecureBytes(*fromHex(kKeyHex)));
    for (auto _ : state) {
        auto d = decodeSignedTransaction(s.raw);
        benchmark::DoNotOptimize(d);
    }
}
BENCHMARK(BM_DecodeSignedTransaction);

BENCHMARK_MAIN();
