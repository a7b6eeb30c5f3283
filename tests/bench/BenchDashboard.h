#pragma once
// What bench_gui_start adds to BenchRewards' 100,000 rewards so that every card of the Overview has
// something to show for one watched owner, written into the same verified blocks the way a sync would
// have written them: the registry's DeviceRegistered for all 100 devices and one DeviceRetired, the
// token's mint and delegation and a governor proposal open for voting (its events in blocks already
// holding rewards, so the tip, and with it "the last 30 days", stays BenchRewards' last epoch), and the
// values the Overview's proofs would have recorded at the tip (native and token balance, claimable).
// Also what the Overview must then show, computed from the same data for the bench to compare.
#include "BenchRewards.h"

#include "wallet/codec/Abi.h"
#include "wallet/light/MerkleProof.h"
#include "wallet/network/GovernanceEvents.h"
#include "wallet/network/ProvenSlots.h"
#include "wallet/network/ReferenceEvents.h"

#include <string>

namespace plinth::bench {

// The account the bench's vault watches: the owner of devices 0, 7, ..., 98 (15 devices).
inline Address dashboardOwner() { return ownerOf(0); }
inline Address governor() { return addressOf(5, 0xa0); }
inline Address timelock() { return addressOf(6, 0xa0); }

constexpr std::uint32_t kRetiredDevice = 98; // one of the owner's devices, retired in the last block
constexpr std::uint64_t kProposalBlock = 995;
inline const UInt256 kMinted = UInt256(5000) * UInt256(1000000000000000000ull);   // 5,000 PLNTH, all delegated to itself
inline const UInt256 kNativeBalance = UInt256(12500000000000000000ull);            // 12.5 ETH
inline const char* const kProposalTitle = "Lower the onboarding fee to 20 PLNTH";

inline std::uint64_t blockTime(std::uint64_t number) { return kStart + number * 86400 + 60; } // as epochBlock()

inline Bytes encodeData(const char* types, const std::vector<AbiValue>& values)
{
    std::vector<AbiType> parsed;
    auto signature = parseAbiSignature(std::string("f(") + types + ")");
    if (!signature)
        std::abort();
    for (const AbiParam& p : signature->params)
        parsed.push_back(p.type);
    auto data = abiEncode(parsed, values);
    if (!data)
        std::abort();
    return *data;
}

inline void addLog(VerifiedBlock& b, const Address& contract, std::vector<Hash32> topics, Bytes data)
{
    StoredLog log;
    log.blockNumber = b.header.number;
    log.logIndex = static_cast<std::uint32_t>(b.logs.size());
    log.blockHash = b.header.hash;
    log.txIndex = log.logIndex;
    log.txHash = word(b.header.number * 1000 + log.logIndex);
    log.address = contract.bytes;
    log.topics = std::move(topics);
    log.data = std::move(data);
    b.logs.push_back(std::move(log));
}

// Adds the dashboard's events to BenchRewards' block `b` and names every log of it as the sync does.
inline void addDashboardEvents(VerifiedBlock& b)
{
    const NetworkAddresses c = contracts();
    const Address owner = dashboardOwner();
    const GovernanceTopics& gov = governanceTopics();
    if (b.header.number == 1) {
        for (std::uint32_t d = 0; d < kDevices; ++d)
            addLog(b, c.devices, {eventtopic::deviceRegistered(), word(addressOf(d, 0xd0).bytes), word(ownerOf(d).bytes), word(d % 6)},
                   encodeData("uint256,string,string,string,uint256,uint256",
                              {AbiValue::ofUInt(UInt256(1000 + d)), AbiValue::ofString("GB"), AbiValue::ofString("eu-west"),
                               AbiValue::ofString("ipfs://bench/" + std::to_string(d)), AbiValue::ofUInt(UInt256(0)),
                               AbiValue::ofUInt(UInt256(0))}));
        addLog(b, c.token, {gov.transfer, word(Address{}.bytes), word(owner.bytes)}, encodeData("uint256", {AbiValue::ofUInt(kMinted)}));
        addLog(b, c.token, {gov.delegateChanged, word(owner.bytes), word(Address{}.bytes), word(owner.bytes)}, {});
        addLog(b, c.token, {gov.delegateVotesChanged, word(owner.bytes)},
               encodeData("uint256,uint256", {AbiValue::ofUInt(UInt256(0)), AbiValue::ofUInt(kMinted)}));
        addLog(b, governor(), {gov.quorumNumeratorUpdated}, encodeData("uint256,uint256", {AbiValue::ofUInt(UInt256(0)), AbiValue::ofUInt(UInt256(4))}));
    }
    if (b.header.number == kProposalBlock) {
        auto call = encodeFunctionCall(*parseAbiSignature("setOnboardingFee(uint256)"),
                                       {AbiValue::ofUInt(UInt256(20) * UInt256(1000000000000000000ull))});
        if (!call)
            std::abort();
        addLog(b, governor(), {gov.proposalCreated},
               encodeData("uint256,address,address[],uint256[],string[],bytes[],uint256,uint256,string",
                          {AbiValue::ofUInt(UInt256(4242)), AbiValue::ofAddress(owner.bytes),
                           AbiValue::ofList({AbiValue::ofAddress(c.devices.bytes)}), AbiValue::ofList({AbiValue::ofUInt(UInt256(0))}),
                           AbiValue::ofList({AbiValue::ofString("")}), AbiValue::ofList({AbiValue::ofBytes(*call)}),
                           AbiValue::ofUInt(UInt256(blockTime(kProposalBlock) + 1)),
                           AbiValue::ofUInt(UInt256(blockTime(kEpochs) + 7 * 86400)),
                           AbiValue::ofString(std::string("# ") + kProposalTitle + "\n\nOnboarding costs too much for small devices.")}));
    }
    if (b.header.number == kEpochs)
        addLog(b, c.devices, {eventtopic::deviceRetired(), word(addressOf(kRetiredDevice, 0xd0).bytes), word(owner.bytes)}, {});
    for (StoredLog& log : b.logs)
        if (auto decoded = decodeReferenceEvent(log.topics, log.data); decoded && *decoded) {
            log.event = (*decoded)->name;
            log.argsJson = (*decoded)->argsJson;
        }
}

// The rewards the owner got, in all and in the Overview's "last 30 days" (from the UTC midnight 29 days
// before the tip's day), and how many.
struct OwnerRewards {
    UInt256 all = 0, last30Days = 0;
    std::uint64_t last30DaysCount = 0;
};

inline OwnerRewards ownerRewards()
{
    constexpr std::uint64_t day = 86400;
    const std::uint64_t firstDay = (blockTime(kEpochs) / day - 29) * day;
    OwnerRewards out;
    for (std::uint64_t e = 0; e < kEpochs; ++e)
        for (std::uint32_t d = 0; d < kDevices; ++d) {
            if (ownerOf(d) != dashboardOwner())
                continue;
            const UInt256 amount = UInt256(1000000000000000000ull) * (400 + d); // as epochBlock()
            out.all += amount;
            if (blockTime(e + 1) >= firstDay) {
                out.last30Days += amount;
                ++out.last30DaysCount;
            }
        }
    return out;
}

inline std::uint64_t ownerDevices()
{
    std::uint64_t n = 0;
    for (std::uint32_t d = 0; d < kDevices; ++d)
        n += ownerOf(d) == dashboardOwner();
    return n;
}

// The proofs' records at the tip, as SyncEngine::proveBalances and proveStorageSlot leave them; the
// claimable is everything rewarded (nothing was claimed).
inline bool putProvenDashboardValues(CacheStore& store, const Hash32& tipHash)
{
    const Address owner = dashboardOwner();
    const NetworkAddresses c = contracts();
    const ProvenValue values[] = {
        {"balance", owner.bytes, std::nullopt, toBigEndian32(kNativeBalance), kEpochs, tipHash},
        {"storage", c.token.bytes, storageSlotForMapping(owner, UInt256(0)), toBigEndian32(kMinted), kEpochs, tipHash},
        {"storage", c.rewards.bytes, rewardsAccruedSlot(owner), toBigEndian32(ownerRewards().all), kEpochs, tipHash},
    };
    for (const ProvenValue& v : values)
        if (!store.putProvenValue(v))
            return false;
    return true;
}

} // namespace plinth::bench
