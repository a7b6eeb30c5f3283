// Decoding what the node sends most: a receipt in RLP (status, cumulative gas, 256-byte bloom, two
// ERC-20 Transfer logs) and ABI call data (an ERC-20 transfer and a multi-argument register call).
#include "wallet/codec/Abi.h"
#include "wallet/codec/Hex.h"
#include "wallet/codec/Rlp.h"

#include <benchmark/benchmark.h>

using namespace plinth;

namespace {

Bytes typicalReceipt()
{
    std::vector<RlpItem> logs;
    for (int i = 0; i < 2; ++i) {
        std::vector<RlpItem> topics;
        for (int t = 0; t < 3; ++t)
            topics.push_back(RlpItem::string(Bytes(32, static_cast<std::uint8_t>(0x10 + t))));
        logs.push_back(RlpItem::list({RlpItem::string(Bytes(20, 0xaa)), RlpItem::list(std::move(topics)),
                                      RlpItem::string(Bytes(32, 0x01))}));
    }
    const RlpItem receipt = RlpItem::list({RlpItem::string(Bytes{1}), RlpItem::string(Bytes{0x01, 0x2b, 0x4c}),
                                           RlpItem::string(Bytes(256, 0x00)), RlpItem::list(std::move(logs))});
    Bytes out{0x02}; // EIP-2718 typed receipt
    const Bytes rlp = rlpEncode(receipt);
    out.insert(out.end(), rlp.begin(), rlp.end());
    return out;
}

} // namespace

static void BM_RlpDecodeReceipt(benchmark::State& state)
{
    const Bytes receipt = typicalReceipt();
    const ByteView body = ByteView(receipt).subspan(1);
    for (auto _ : state) {
        auto item = rlpDecode(body);
        benchmark::DoNotOptimize(item);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * body.size()));
}
BENCHMARK(BM_RlpDecodeReceipt);

static void BM_AbiDecodeErc20Transfer(benchmark::State& state)
{
    const AbiSignature transfer = *parseAbiSignature("transfer(address,uint256)");
    const Bytes call = *encodeFunctionCall(
        transfer, *abiValuesFromJson(transfer.types(), "[\"0x5f12A2E6eEc2326BBf2b7F764DD08D816e209B1a\", \"1000000000000000000\"]"));
    for (auto _ : state) {
        auto v = decodeFunctionCall(transfer, call);
        benchmark::DoNotOptimize(v);
    }
}
BENCHMARK(BM_AbiDecodeErc20Transfer);

static void BM_AbiDecodeRegisterCall(benchmark::State& state)
{
    const AbiSignature reg = *parseAbiSignature(
        "register(bytes32 id,address owner,uint8 kind,uint256 capacity,string region,bytes32[] tags,(string uri,bytes data) meta)");
    const Bytes call = *encodeFunctionCall(
        reg, *abiValuesFromJson(reg.types(),
                                "[\"0x" + std::string(64, '1') + "\", \"0x5f12A2E6eEc2326BBf2b7F764DD08D816e209B1a\", 2, "
                                "\"2000000000000\", \"8a2a1072b59ffff\", [\"0x" + std::string(64, '2') + "\", \"0x" +
                                std::string(64, '3') + "\"], [\"ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi\", \"0xf8e76457c8d723\"]]"));
    for (auto _ : state) {
        auto v = decodeFunctionCall(reg, call);
        benchmark::DoNotOptimize(v);
    }
}
BENCHMARK(BM_AbiDecodeRegisterCall);

BENCHMARK_MAIN();
