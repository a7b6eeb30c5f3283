#include "wallet/network/DeviceDirectory.h"

#include "wallet/store/CacheStore.h"

#include <map>

namespace plinth {
namespace {

struct Projection {
    std::vector<Device>& devices;
    std::map<Address, std::size_t> at;
    std::map<std::pair<Address, Address>, UInt256> stakes; // (device, staker)

    Device* find(const Address& a)
    {
        auto it = at.find(a);
        return it == at.end() ? nullptr : &devices[it->second];
    }

    void apply(const NetworkEvent& event)
    {
        if (const auto* r = std::get_if<DeviceRegistered>(&event)) {
            Device d;
            d.address = r->device;
            d.owner = r->owner;
            d.kind = r->kind;
            d.capacity = r->capacity;
            d.unit = r->unit;
            d.region = r->region;
            d.metadataURI = r->metadataURI;
            d.registered = r->ref;
            at[r->device] = devices.size();
            devices.push_back(std::move(d));
        } else if (const auto* c = std::get_if<CapacityUpdated>(&event)) {
            if (Device* d = find(c->device)) {
                d->capacity = c->capacity;
                d->unit = c->unit;
            }
        } else if (const auto* g = std::get_if<RegionUpdated>(&event)) {
            if (Device* d = find(g->device))
                d->region = g->region;
        } else if (const auto* m = std::get_if<MetadataUpdated>(&event)) {
            if (Device* d = find(m->device))
                d->metadataURI = m->metadataURI;
        } else if (const auto* t = std::get_if<DeviceTransferred>(&event)) {
            if (Device* d = find(t->device)) {
                d->previousOwners.push_back(d->owner);
                d->owner = t->to;
            }
        } else if (const auto* x = std::get_if<DeviceRetired>(&event)) {
            if (Device* d = find(x->device)) {
                d->status = DeviceStatus::Retired;
                d->retired = x->ref;
            }
        } else if (const auto* s = std::get_if<StakeChanged>(&event)) {
            UInt256& v = stakes[{s->device, s->staker}];
            if (s->why == StakeChanged::Why::Staked)
                v += s->amount;
            else
                v = v >= s->amount ? v - s->amount : UInt256(0); // the contract never lets it go below zero
        }
    }
};

} // namespace

std::string resourceKindName(std::uint8_t kind)
{
    static const char* const kNames[] = {"storage", "bandwidth", "wireless", "compute", "energy", "sensor"};
    if (kind < std::size(kNames))
        return kNames[kind];
    if (kind == kUnknownKind)
        return "unknown";
    return "kind " + std::to_string(kind);
}

Result<DeviceDirectory> DeviceDirectory::build(const CacheStore& store, const NetworkAddresses& contracts,
                                               const EarningsIndex& rewards)
{
    DeviceDirectory out;
    LogQuery query;
    query.addresses = {contracts.devices.bytes, contracts.staking.bytes};
    auto logs = store.logs(query); // chain order across both contracts
    if (!logs)
        return logs.error();
    Projection p{out.m_devices, {}, {}};
    for (const StoredLog& log : *logs) {
        auto e = decodeNetworkEvent(log, contracts);
        if (!e)
            return e.error();
        if (*e)
            p.apply(**e);
    }
    for (const auto& [key, amount] : p.stakes)
        if (Device* d = p.find(key.first)) {
            d->stake += amount;
            if (key.second == d->owner)
                d->ownStake += amount;
        }

    for (Device& d : out.m_devices) {
        if (auto h = store.header(d.registered.blockNumber); h && *h)
            d.registeredAt = (*h)->timestamp;
        auto id = rewards.deviceId(d.address);
        if (!id)
            continue;
        const auto& all = rewards.rewards();
        for (std::uint32_t i : rewards.rewardsOfDevice(*id)) {
            const RewardRecord& r = all[i];
            d.lifetimeEarned += r.amount;
            ++d.rewardCount;
            d.lastEpoch = r.epoch;
            d.lastScore = r.score;
            if (r.score == 0) {
                if (!d.offlineSpans.empty() && d.offlineSpans.back().last + 1 == r.epoch)
                    d.offlineSpans.back().last = r.epoch;
                else
                    d.offlineSpans.push_back(EpochSpan{r.epoch, r.epoch});
            }
        }
        if (d.lastEpoch && d.lastScore == 0 && !d.offlineSpans.empty())
            d.offlineEpochs = d.offlineSpans.back().last - d.offlineSpans.back().first + 1;
        if (d.status != DeviceStatus::Retired && d.offlineEpochs > 0)
            d.status = DeviceStatus::Offline;
    }
    return out;
}

std::vector<Device> DeviceDirectory::ownedBy(const Address& owner) const
{
    std::vector<Device> out;
    for (const Device& d : m_devices)
        if (d.owner == owner)
            out.push_back(d);
    return out;
}

const Device* DeviceDirectory::find(const Address& device) const
{
    for (const Device& d : m_devices)
        if (d.address == device)
            return &d;
    return nullptr;
}

} // namespace plinth
