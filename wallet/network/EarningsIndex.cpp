#include "wallet/network/EarningsIndex.h"

#include "wallet/store/CacheStore.h"

#include <unordered_map>

namespace plinth {

EarningsIndex EarningsIndex::empty(const NetworkAddresses& contracts)
{
    EarningsIndex index;
    index.m_contracts = contracts;
    return index;
}

Result<EarningsIndex> EarningsIndex::build(const CacheStore& store, const NetworkAddresses& contracts)
{
    EarningsIndex index = empty(contracts);
    if (auto ok = index.refresh(store); !ok)
        return ok.error();
    return index;
}

Result<void> EarningsIndex::refresh(const CacheStore& store)
{
    auto cursor = store.cursor();
    if (!cursor)
        return cursor.error();
    if (m_loadedTo) {
        // Still on the same chain? The block read last must be in the cache with the same hash.
        auto same = store.header(m_loadedTo->number);
        if (!same)
            return same.error();
        if (!*same || (*same)->hash != m_loadedTo->hash || !*cursor || (*cursor)->number < m_loadedTo->number) {
            *this = empty(m_contracts);
            return refresh(store);
        }
    }
    if (!*cursor)
        return {};
    const std::uint64_t from = m_loadedTo ? m_loadedTo->number + 1 : 0;
    if (from <= (*cursor)->number)
        if (auto ok = load(store, from, (*cursor)->number); !ok)
            return ok;
    m_loadedTo = **cursor;
    return {};
}

Result<void> EarningsIndex::load(const CacheStore& store, std::uint64_t fromBlock, std::uint64_t toBlock)
{
    // Kinds first, so that every reward's device has its kind when one was registered.
    LogQuery registered;
    registered.addresses = {m_contracts.devices.bytes};
    registered.topic0 = eventtopic::deviceRegistered();
    registered.fromBlock = fromBlock;
    registered.toBlock = toBlock;
    auto regs = store.logs(registered);
    if (!regs)
        return regs.error();
    for (const StoredLog& log : *regs) {
        auto e = decodeNetworkEvent(log, m_contracts);
        if (!e)
            return e.error();
        if (*e)
            if (const auto* r = std::get_if<DeviceRegistered>(&**e))
                setKind(r->device, r->kind);
    }

    std::unordered_map<std::uint64_t, std::uint64_t> times; // block -> timestamp, one header read per block
    const auto timeOf = [&](std::uint64_t block) -> Result<std::uint64_t> {
        if (auto it = times.find(block); it != times.end())
            return it->second;
        auto h = store.header(block);
        if (!h)
            return h.error();
        if (!*h)
            return makeError(ErrorCode::Corrupt, "the cache has a log of block " + std::to_string(block) + " but not its header");
        times.emplace(block, (*h)->timestamp);
        return (*h)->timestamp;
    };

    LogQuery posted;
    posted.addresses = {m_contracts.rewards.bytes};
    posted.topic0 = eventtopic::epochPosted();
    posted.fromBlock = fromBlock;
    posted.toBlock = toBlock;
    auto epochs = store.logs(posted);
    if (!epochs)
        return epochs.error();
    for (const StoredLog& log : *epochs) {
        auto e = decodeNetworkEvent(log, m_contracts);
        if (!e)
            return e.error();
        auto t = timeOf(log.blockNumber);
        if (!t)
            return t.error();
        if (*e)
            if (const auto* p = std::get_if<EpochPosted>(&**e))
                addEpoch(EpochRecord{p->epoch, p->start, p->end, *t, p->total, p->devices});
    }

    LogQuery rewarded = posted;
    rewarded.topic0 = eventtopic::deviceRewarded();
    auto rewards = store.logs(rewarded);
    if (!rewards)
        return rewards.error();
    m_rewards.reserve(m_rewards.size() + rewards->size());
    for (const StoredLog& log : *rewards) {
        auto r = decodeDeviceRewarded(log);
        if (!r)
            return r.error();
        auto t = timeOf(log.blockNumber);
        if (!t)
            return t.error();
        addReward(*r, *t);
    }
    return {};
}

std::uint32_t EarningsIndex::internDevice(const Address& device)
{
    auto [it, added] = m_deviceIds.emplace(device, static_cast<std::uint32_t>(m_devices.size()));
    if (added) {
        m_devices.push_back(device);
        m_byDevice.emplace_back();
        m_kinds.push_back(kUnknownKind);
    }
    return it->second;
}

std::uint32_t EarningsIndex::internOwner(const Address& owner)
{
    auto [it, added] = m_ownerIds.emplace(owner, static_cast<std::uint32_t>(m_owners.size()));
    if (added) {
        m_owners.push_back(owner);
        m_byOwner.emplace_back();
    }
    return it->second;
}

void EarningsIndex::setKind(const Address& device, std::uint8_t kind) { m_kinds[internDevice(device)] = kind; }

void EarningsIndex::addReward(const DeviceRewarded& reward, std::uint64_t timestamp)
{
    const std::uint32_t device = internDevice(reward.device);
    const std::uint32_t owner = internOwner(reward.owner);
    const auto at = static_cast<std::uint32_t>(m_rewards.size());
    m_rewards.push_back(RewardRecord{reward.epoch, timestamp, reward.ref.blockNumber, reward.ref.logIndex, device, owner,
                                     reward.score, reward.amount, reward.ref.txHash});
    m_byDevice[device].push_back(at);
    m_byOwner[owner].push_back(at);
}

std::optional<std::uint32_t> EarningsIndex::deviceId(const Address& device) const
{
    auto it = m_deviceIds.find(device);
    return it == m_deviceIds.end() ? std::nullopt : std::optional<std::uint32_t>(it->second);
}

std::optional<std::uint32_t> EarningsIndex::ownerId(const Address& owner) const
{
    auto it = m_ownerIds.find(owner);
    return it == m_ownerIds.end() ? std::nullopt : std::optional<std::uint32_t>(it->second);
}

} // namespace plinth
