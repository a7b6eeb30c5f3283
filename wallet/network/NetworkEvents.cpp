#include "wallet/network/NetworkEvents.h"

#include "wallet/codec/Abi.h"

#include <algorithm>
#include <stdexcept>

namespace plinth {
namespace {

// The canonical signatures (contracts/src); the tests compare their topics with contracts/README.md.
constexpr const char* kDeviceRegistered =
    "DeviceRegistered(address indexed device,address indexed owner,uint8 indexed kind,uint256 capacity,string unit,"
    "string region,string metadataURI,uint256 stake,uint256 fee)";
constexpr const char* kCapacityUpdated =
    "CapacityUpdated(address indexed device,address indexed owner,uint256 capacity,string unit)";
constexpr const char* kRegionUpdated = "RegionUpdated(address indexed device,address indexed owner,string region)";
constexpr const char* kMetadataUpdated =
    "MetadataUpdated(address indexed device,address indexed owner,string metadataURI)";
constexpr const char* kSlashed = "Slashed(address indexed device,address indexed staker,address indexed slasher,"
                                 "uint256 amount,string reason)";

const AbiSignature& signature(const char* text)
{
    static std::vector<std::pair<const char*, AbiSignature>> parsed = [] {
        std::vector<std::pair<const char*, AbiSignature>> out;
        for (const char* s : {kDeviceRegistered, kCapacityUpdated, kRegionUpdated, kMetadataUpdated, kSlashed}) {
            auto sig = parseAbiSignature(s);
            if (!sig)
                throw std::logic_error(std::string("bad built-in event signature: ") + s);
            out.emplace_back(s, std::move(*sig));
        }
        return out;
    }();
    for (const auto& [key, sig] : parsed)
        if (key == text)
            return sig;
    throw std::logic_error("unknown built-in event signature");
}

Hash32 topicOf(const char* text)
{
    auto topic = eventTopic(std::string_view(text));
    if (!topic)
        throw std::logic_error(std::string("bad built-in event signature: ") + text);
    return *topic;
}

Error malformed(const StoredLog& log, const char* event, const std::string& problem)
{
    return makeError(ErrorCode::InvalidArgument, "block " + std::to_string(log.blockNumber) + " log "
                                                     + std::to_string(log.logIndex) + ": " + event + ": " + problem);
}

Result<std::optional<NetworkEvent>> some(NetworkEvent e) { return std::optional<NetworkEvent>(std::move(e)); }

LogRef refOf(const StoredLog& log) { return LogRef{log.blockNumber, log.logIndex, log.txHash}; }

// Callers checked the length, so fromBigEndian (32 bytes) cannot fail.
UInt256 wordAt(const Bytes& data, std::size_t i) { return fromBigEndian(ByteView(data).subspan(i * 32, 32)).value(); }

UInt256 topicValue(const Hash32& t) { return fromBigEndian(ByteView(t)).value(); }

// Fixed shape: `topics` topics and `words` 32-byte data words; topics 1.. listed in `addressTopics` and
// data words in `addressWords` must hold addresses.
Result<void> checkShape(const StoredLog& log, const char* event, std::size_t topics, std::size_t words)
{
    if (log.topics.size() != topics)
        return malformed(log, event, std::to_string(log.topics.size()) + " topics, expected " + std::to_string(topics));
    if (log.data.size() != words * 32)
        return malformed(log, event, std::to_string(log.data.size()) + " data bytes, expected " + std::to_string(words * 32));
    return {};
}

Result<Address> topicAddress(const StoredLog& log, const char* event, std::size_t i)
{
    auto a = addressFromWord(log.topics[i].data());
    if (!a)
        return malformed(log, event, "topic " + std::to_string(i) + " is not an address");
    return *a;
}

Result<std::uint64_t> topicU64(const StoredLog& log, const char* event, std::size_t i)
{
    const UInt256 v = topicValue(log.topics[i]);
    if (v > UInt256(UINT64_MAX))
        return malformed(log, event, "topic " + std::to_string(i) + " does not fit in uint64");
    return static_cast<std::uint64_t>(v);
}

Result<std::uint64_t> wordU64(const StoredLog& log, const char* event, std::size_t i)
{
    const UInt256 v = wordAt(log.data, i);
    if (v > UInt256(UINT64_MAX))
        return malformed(log, event, "word " + std::to_string(i) + " does not fit in uint64");
    return static_cast<std::uint64_t>(v);
}

Result<std::vector<AbiValue>> decodeGeneric(const StoredLog& log, const char* sig, const char* event)
{
    auto values = decodeEventLog(signature(sig), log.topics, log.data);
    if (!values)
        return malformed(log, event, values.error().message);
    return values;
}

Address addressValue(const AbiValue& v) { return Address{std::get<FixedBytes<20>>(v.value)}; }
const UInt256& uintValue(const AbiValue& v) { return std::get<UInt256>(v.value); }
const std::string& stringValue(const AbiValue& v) { return std::get<std::string>(v.value); }

Result<std::optional<NetworkEvent>> decodeRegistry(const StoredLog& log, const Hash32& t0)
{
    using namespace eventtopic;
    if (t0 == deviceRegistered()) {
        auto v = decodeGeneric(log, kDeviceRegistered, "DeviceRegistered");
        if (!v)
            return v.error();
        const UInt256& kind = uintValue((*v)[2]);
        if (kind > 255)
            return malformed(log, "DeviceRegistered", "kind does not fit in uint8");
        return some(NetworkEvent{DeviceRegistered{refOf(log), addressValue((*v)[0]), addressValue((*v)[1]),
                                             static_cast<std::uint8_t>(kind), uintValue((*v)[3]), stringValue((*v)[4]),
                                             stringValue((*v)[5]), stringValue((*v)[6]), uintValue((*v)[7]),
                                             uintValue((*v)[8])}});
    }
    if (t0 == capacityUpdated()) {
        auto v = decodeGeneric(log, kCapacityUpdated, "CapacityUpdated");
        if (!v)
            return v.error();
        return some(NetworkEvent{CapacityUpdated{refOf(log), addressValue((*v)[0]), addressValue((*v)[1]), uintValue((*v)[2]),
                                            stringValue((*v)[3])}});
    }
    if (t0 == regionUpdated()) {
        auto v = decodeGeneric(log, kRegionUpdated, "RegionUpdated");
        if (!v)
            return v.error();
        return some(NetworkEvent{RegionUpdated{refOf(log), addressValue((*v)[0]), addressValue((*v)[1]), stringValue((*v)[2])}});
    }
    if (t0 == metadataUpdated()) {
        auto v = decodeGeneric(log, kMetadataUpdated, "MetadataUpdated");
        if (!v)
            return v.error();
        return some(NetworkEvent{MetadataUpdated{refOf(log), addressValue((*v)[0]), addressValue((*v)[1]), stringValue((*v)[2])}});
    }
    if (t0 == deviceTransferred() || t0 == deviceRetired()) {
        const bool transferred = t0 == deviceTransferred();
        const char* name = transferred ? "DeviceTransferred" : "DeviceRetired";
        if (auto ok = checkShape(log, name, transferred ? 4 : 3, 0); !ok)
            return ok.error();
        auto device = topicAddress(log, name, 1);
        auto from = topicAddress(log, name, 2);
        if (!device || !from)
            return !device ? device.error() : from.error();
        if (!transferred)
            return some(NetworkEvent{DeviceRetired{refOf(log), *device, *from}});
        auto to = topicAddress(log, name, 3);
        if (!to)
            return to.error();
        return some(NetworkEvent{DeviceTransferred{refOf(log), *device, *from, *to}});
    }
    return std::optional<NetworkEvent>();
}

Result<std::optional<NetworkEvent>> decodeRewards(const StoredLog& log, const Hash32& t0)
{
    using namespace eventtopic;
    if (t0 == deviceRewarded()) {
        auto r = decodeDeviceRewarded(log);
        if (!r)
            return r.error();
        return some(NetworkEvent{std::move(*r)});
    }
    if (t0 == epochPosted()) {
        if (auto ok = checkShape(log, "EpochPosted", 2, 4); !ok)
            return ok.error();
        auto start = wordU64(log, "EpochPosted", 0);
        auto end = wordU64(log, "EpochPosted", 1);
        auto epoch = topicU64(log, "EpochPosted", 1);
        if (!start || !end || !epoch)
            return !start ? start.error() : !end ? end.error() : epoch.error();
        return some(NetworkEvent{EpochPosted{refOf(log), *epoch, *start, *end, wordAt(log.data, 2),
                                        wordAt(log.data, 3)}});
    }
    if (t0 == claimed()) {
        if (auto ok = checkShape(log, "Claimed", 3, 1); !ok)
            return ok.error();
        auto owner = topicAddress(log, "Claimed", 1);
        auto to = topicAddress(log, "Claimed", 2);
        if (!owner || !to)
            return !owner ? owner.error() : to.error();
        return some(NetworkEvent{Claimed{refOf(log), *owner, *to, wordAt(log.data, 0)}});
    }
    return std::optional<NetworkEvent>();
}

Result<std::optional<NetworkEvent>> decodeStaking(const StoredLog& log, const Hash32& t0)
{
    using namespace eventtopic;
    if (t0 == staked()) {
        if (auto ok = checkShape(log, "Staked", 3, 2); !ok)
            return ok.error();
        auto device = topicAddress(log, "Staked", 1);
        auto staker = topicAddress(log, "Staked", 2);
        if (!device || !staker)
            return !device ? device.error() : staker.error();
        return some(NetworkEvent{StakeChanged{refOf(log), StakeChanged::Why::Staked, *device, *staker, wordAt(log.data, 0)}});
    }
    if (t0 == unstakeRequested()) {
        if (auto ok = checkShape(log, "UnstakeRequested", 4, 2); !ok)
            return ok.error();
        auto device = topicAddress(log, "UnstakeRequested", 2);
        auto staker = topicAddress(log, "UnstakeRequested", 3);
        if (!device || !staker)
            return !device ? device.error() : staker.error();
        return some(NetworkEvent{
            StakeChanged{refOf(log), StakeChanged::Why::UnstakeRequested, *device, *staker, wordAt(log.data, 0)}});
    }
    if (t0 == slashed()) {
        auto v = decodeGeneric(log, kSlashed, "Slashed");
        if (!v)
            return v.error();
        return some(NetworkEvent{
            StakeChanged{refOf(log), StakeChanged::Why::Slashed, addressValue((*v)[0]), addressValue((*v)[1]), uintValue((*v)[3])}});
    }
    return std::optional<NetworkEvent>();
}

} // namespace

namespace eventtopic {
#define PLINTH_TOPIC(fn, sig)                                                                                          \
    const Hash32& fn()                                                                                                 \
    {                                                                                                                  \
        static const Hash32 t = topicOf(sig);                                                                          \
        return t;                                                                                                      \
    }
PLINTH_TOPIC(deviceRegistered, kDeviceRegistered)
PLINTH_TOPIC(capacityUpdated, kCapacityUpdated)
PLINTH_TOPIC(regionUpdated, kRegionUpdated)
PLINTH_TOPIC(metadataUpdated, kMetadataUpdated)
PLINTH_TOPIC(deviceTransferred, "DeviceTransferred(address,address,address)")
PLINTH_TOPIC(deviceRetired, "DeviceRetired(address,address)")
PLINTH_TOPIC(epochPosted, "EpochPosted(uint256,uint64,uint64,uint256,uint256)")
PLINTH_TOPIC(deviceRewarded, "DeviceRewarded(uint256,address,address,uint256,uint32)")
PLINTH_TOPIC(claimed, "Claimed(address,address,uint256)")
PLINTH_TOPIC(transfer, "Transfer(address,address,uint256)")
PLINTH_TOPIC(staked, "Staked(address,address,uint256,bool)")
PLINTH_TOPIC(unstakeRequested, "UnstakeRequested(uint256,address,address,uint256,uint64)")
PLINTH_TOPIC(slashed, kSlashed)
#undef PLINTH_TOPIC
} // namespace eventtopic

Result<NetworkAddresses> NetworkAddresses::fromProfile(const NetworkProfile& profile)
{
    NetworkAddresses out;
    const std::pair<const std::string*, Address*> fields[] = {{&profile.contracts.token, &out.token},
                                                              {&profile.contracts.devices, &out.devices},
                                                              {&profile.contracts.staking, &out.staking},
                                                              {&profile.contracts.rewards, &out.rewards}};
    for (const auto& [text, address] : fields) {
        auto parsed = parseAddress(*text);
        if (!parsed)
            return makeError(ErrorCode::InvalidArgument,
                             "the profile's contract address " + *text + ": " + parsed.error().message);
        *address = *parsed;
    }
    return out;
}

std::optional<Address> addressFromWord(const std::uint8_t* word)
{
    if (std::any_of(word, word + 12, [](std::uint8_t b) { return b != 0; }))
        return std::nullopt;
    Address a;
    std::copy(word + 12, word + 32, a.bytes.begin());
    return a;
}

Result<DeviceRewarded> decodeDeviceRewarded(const StoredLog& log)
{
    const char* name = "DeviceRewarded";
    if (log.topics.empty() || log.topics[0] != eventtopic::deviceRewarded())
        return malformed(log, name, "not a DeviceRewarded log");
    if (auto ok = checkShape(log, name, 4, 2); !ok)
        return ok.error();
    auto device = topicAddress(log, name, 2);
    auto owner = topicAddress(log, name, 3);
    if (!device || !owner)
        return !device ? device.error() : owner.error();
    auto epoch = topicU64(log, name, 1);
    if (!epoch)
        return epoch.error();
    const UInt256 score = wordAt(log.data, 1);
    if (score > UInt256(UINT32_MAX))
        return malformed(log, name, "score does not fit in uint32");
    return DeviceRewarded{refOf(log), *epoch, *device, *owner, wordAt(log.data, 0),
                          static_cast<std::uint32_t>(score)};
}

Result<std::optional<NetworkEvent>> decodeNetworkEvent(const StoredLog& log, const NetworkAddresses& contracts)
{
    if (log.topics.empty())
        return std::optional<NetworkEvent>();
    const Hash32& t0 = log.topics[0];
    if (log.address == contracts.devices.bytes)
        return decodeRegistry(log, t0);
    if (log.address == contracts.rewards.bytes)
        return decodeRewards(log, t0);
    if (log.address == contracts.staking.bytes)
        return decodeStaking(log, t0);
    if (log.address == contracts.token.bytes && t0 == eventtopic::transfer()) {
        if (auto ok = checkShape(log, "Transfer", 3, 1); !ok)
            return ok.error();
        auto from = topicAddress(log, "Transfer", 1);
        auto to = topicAddress(log, "Transfer", 2);
        if (!from || !to)
            return !from ? from.error() : to.error();
        return some(NetworkEvent{TokenTransfer{refOf(log), *from, *to, wordAt(log.data, 0)}});
    }
    return std::optional<NetworkEvent>();
}

} // namespace plinth
