#include "wallet/api/NetworkProjection.h"

#include "wallet/codec/Hex.h"
#include "wallet/light/MerkleProof.h"
#include "wallet/network/EarningsSnapshot.h"
#include "wallet/network/GovernanceLoader.h"
#include "wallet/store/CacheStore.h"
#include "wallet/sync/NetworkCache.h"

namespace plinth {

NetworkProjection::~NetworkProjection() = default;

Result<std::unique_ptr<NetworkProjection>> NetworkProjection::open(NetworkProfile profile, const std::filesystem::path& dataDir)
{
    std::unique_ptr<NetworkProjection> p(new NetworkProjection);
    auto contracts = NetworkAddresses::fromProfile(profile);
    if (!contracts)
        return contracts.error();
    p->m_contracts = *contracts;
    auto store = openNetworkCache(dataDir, profile);
    if (!store)
        return store.error();
    p->m_store = std::move(*store);
    // The earnings index kept beside the cache file (EarningsSnapshot.h), as the CLI keeps it: a start
    // then reads only the blocks verified since the last save, not every reward.
    if (auto identity = cacheIdentityFor(profile)) {
        p->m_snapshotPath = CacheStore::pathFor(dataDir / "cache", *identity);
        p->m_snapshotPath += ".earnings";
    }
    p->m_profile = std::move(profile);
    return p;
}

Result<VerifiedAt> NetworkProjection::verifiedAt() const
{
    auto tip = m_store->latestHeader();
    if (!tip)
        return tip.error();
    if (!*tip)
        return makeError(ErrorCode::NotFound, "nothing is verified yet: sync first");
    return VerifiedAt{SyncCursor{(**tip).number, (**tip).hash}, (**tip).timestamp};
}

Result<const EarningsIndex*> NetworkProjection::index()
{
    if (!m_index) {
        auto built = m_snapshotPath.empty() ? EarningsIndex::build(*m_store, m_contracts)
                                            : buildEarningsIndexWithSnapshot(*m_store, m_contracts, m_snapshotPath);
        if (!built)
            return built.error();
        m_index.emplace(std::move(*built));
    } else if (auto refreshed = m_index->refresh(*m_store); !refreshed) {
        return refreshed.error();
    }
    return &*m_index;
}

std::optional<std::size_t> NetworkProjection::indexedRewards() const
{
    if (!m_index || !m_index->loadedTo())
        return std::nullopt;
    return m_index->rewards().size();
}

Result<NetworkChange> NetworkProjection::apply(const CacheChange& change)
{
    auto snapshot = m_store->readSnapshot(); // every read below at one block, whatever sync commits meanwhile
    if (!snapshot)
        return snapshot.error();
    NetworkChange c;
    c.rolledBack = change.kind == CacheChange::Kind::RolledBack;
    c.fromBlock = change.fromBlock;
    c.toBlock = change.toBlock;
    if (auto refreshed = index(); !refreshed)
        return refreshed.error();
    auto at = verifiedAt();
    if (!at)
        return at.error();
    c.at = *at;
    if (c.rolledBack) { // blocks went away: whatever they held may be gone from every view
        c.devices = c.earnings = c.stakes = c.proposals = true;
        return c;
    }
    const auto address = [](const std::string& text) { return parseAddress(text); };
    auto governor = address(m_profile.contracts.governor);
    auto timelock = address(m_profile.contracts.timelock);
    if (!governor || !timelock)
        return makeError(ErrorCode::InvalidArgument, "the profile's governor or timelock address is malformed");
    LogQuery query;
    query.addresses = {m_contracts.token.bytes, m_contracts.devices.bytes, m_contracts.staking.bytes,
                       m_contracts.rewards.bytes, governor->bytes, timelock->bytes};
    query.fromBlock = change.fromBlock;
    query.toBlock = change.toBlock;
    auto logs = m_store->logs(query);
    if (!logs)
        return logs.error();
    for (const StoredLog& log : *logs) {
        if (log.address == m_contracts.rewards.bytes)
            c.earnings = c.devices = true; // rewards feed a device's last score and lifetime earnings
        else if (log.address == m_contracts.devices.bytes)
            c.devices = c.stakes = c.earnings = true; // kinds and owners of devices
        else if (log.address == m_contracts.staking.bytes)
            c.stakes = c.devices = true; // a device's stake
        else
            c.proposals = true; // governor, timelock, token (voting power)
    }
    return c;
}

Result<NetworkProjection::IndexAt> NetworkProjection::indexAt()
{
    auto snapshot = m_store->readSnapshot(); // every read of the caller at one block, whatever sync commits meanwhile
    if (!snapshot)
        return snapshot.error();
    auto idx = index();
    if (!idx)
        return idx.error();
    auto at = verifiedAt();
    if (!at)
        return at.error();
    return IndexAt{std::move(*snapshot), *idx, *at};
}

Result<DeviceDirectory> NetworkProjection::directory(const EarningsIndex& index) const
{
    return DeviceDirectory::build(*m_store, m_contracts, index);
}

Result<DevicesSnapshot> NetworkProjection::devices(std::optional<Address> owner)
{
    auto now = indexAt();
    if (!now)
        return now.error();
    auto all = directory(*now->index);
    if (!all)
        return all.error();
    return DevicesSnapshot{now->at, owner, owner ? all->ownedBy(*owner) : all->all()};
}

Result<DeviceDetail> NetworkProjection::device(const Address& address)
{
    auto now = indexAt();
    if (!now)
        return now.error();
    auto all = directory(*now->index);
    if (!all)
        return all.error();
    const Device* found = all->find(address);
    if (!found)
        return makeError(ErrorCode::NotFound, "no device " + toChecksumAddress(address) + " is registered");
    DeviceDetail d{now->at, *found, {}};
    const EarningsIndex& index = *now->index;
    if (auto id = index.deviceId(address))
        for (std::uint32_t i : index.rewardsOfDevice(*id))
            d.rewards.push_back(index.rewards()[i]);
    return d;
}

Result<EarningsSnapshot> NetworkProjection::earnings(const EarningsFilter& filter, EarningsPeriod period, std::size_t rowLimit)
{
    auto now = indexAt();
    if (!now)
        return now.error();
    const EarningsIndex& index = *now->index;
    EarningsSnapshot s{now->at, filter, period, summarizeEarnings(index, filter, period), {}};
    const std::vector<std::uint32_t> selected = selectRewards(index, filter);
    const std::size_t first = selected.size() > rowLimit ? selected.size() - rowLimit : 0; // the latest rows
    s.rows.reserve(selected.size() - first);
    for (std::size_t i = first; i < selected.size(); ++i) {
        const RewardRecord& r = index.rewards()[selected[i]];
        s.rows.push_back(RewardRow{index.devices()[r.device], index.owners()[r.owner], index.kindOf(r.device), r});
    }
    return s;
}

Result<LedgerSnapshot> NetworkProjection::ledger(const Address& owner, const ProvenStorageValue& claimable)
{
    auto now = indexAt();
    if (!now)
        return now.error();
    auto built = buildPayoutLedger(*m_store, m_contracts, *now->index, owner, claimable);
    if (!built)
        return built.error();
    return LedgerSnapshot{now->at, std::move(*built)};
}

Result<StakesSnapshot> NetworkProjection::stakes(std::optional<Address> account)
{
    auto snapshot = m_store->readSnapshot(); // every read below at one block, whatever sync commits meanwhile
    if (!snapshot)
        return snapshot.error();
    auto at = verifiedAt();
    if (!at)
        return at.error();
    auto book = loadStakes(*m_store, m_profile);
    if (!book)
        return book.error();
    return StakesSnapshot{*at, account, account ? book->concerning(*account) : std::move(*book)};
}

Result<NetworkProjection::GovernanceAt> NetworkProjection::governanceAt()
{
    auto snapshot = m_store->readSnapshot(); // every read below at one block, whatever sync commits meanwhile
    if (!snapshot)
        return snapshot.error();
    auto view = loadGovernance(*m_store, m_profile);
    if (!view)
        return view.error();
    auto at = verifiedAt();
    if (!at)
        return at.error();
    return GovernanceAt{std::move(*snapshot), std::move(*view), *at};
}

Result<ProposalsSnapshot> NetworkProjection::proposals()
{
    auto g = governanceAt();
    if (!g)
        return g.error();
    return ProposalsSnapshot{g->at, g->view.book.proposals()};
}

Result<ProposalDetail> NetworkProjection::proposal(const UInt256& id, std::optional<Address> account)
{
    auto g = governanceAt(); // the actions below are read inside its snapshot too
    if (!g)
        return g.error();
    const GovernanceView* view = &g->view;
    const VerifiedAt* at = &g->at;
    const Proposal* p = view->book.find(id);
    if (!p)
        return makeError(ErrorCode::NotFound, "no proposal " + toDecimalString(id) + " was created");
    auto actions = loadActions(*m_store, m_profile, *p);
    if (!actions)
        return actions.error();
    ProposalDetail d{*at, *p, std::move(*actions), std::nullopt, std::nullopt, {}};
    if (account) {
        d.power = view->power.explain(*account, p->snapshot);
        d.impact = assessVote(*p, view->power, *account);
    }
    return d;
}

Result<VoteDelegationSnapshot> NetworkProjection::voteDelegation(const Address& account)
{
    auto g = governanceAt();
    if (!g)
        return g.error();
    const VotingPower& power = g->view.power;
    const std::uint64_t now = g->view.now;
    return VoteDelegationSnapshot{g->at, account, power.delegateAt(account, now), power.balanceAt(account, now), power.votesAt(account, now)};
}

Result<ProvenStorageValue> NetworkProjection::lastProvenStorage(const Address& contract, const Hash32& slot)
{
    auto kept = m_store->provenValue("storage", contract.bytes, slot);
    if (!kept)
        return kept.error();
    if (!*kept)
        return makeError(ErrorCode::NotFound, "slot " + toHex(slot) + " of " + toChecksumAddress(contract) + " was never proven");
    return ProvenStorageValue{fromBigEndian((*kept)->value).value(), (*kept)->blockNumber, (*kept)->blockHash};
}

Result<ProvenBalances> NetworkProjection::lastProvenBalances(const Address& holder)
{
    auto snapshot = m_store->readSnapshot(); // both values as one sync left them
    if (!snapshot)
        return snapshot.error();
    auto native = m_store->provenValue("balance", holder.bytes, std::nullopt);
    if (!native)
        return native.error();
    if (!*native)
        return makeError(ErrorCode::NotFound, "the balance of " + toChecksumAddress(holder) + " was never proven");
    // The token's balance mapping at slot 0, as SyncEngine::proveBalances proves it.
    auto token = lastProvenStorage(m_contracts.token, storageSlotForMapping(holder, UInt256(0)));
    if (!token)
        return token.error();
    ProvenBalances out;
    out.holder = holder;
    out.native = ProvenAmount{fromBigEndian((*native)->value).value(), (*native)->blockNumber, (*native)->blockHash};
    out.token = ProvenAmount{token->value, token->blockNumber, token->blockHash};
    return out;
}

} // namespace plinth
