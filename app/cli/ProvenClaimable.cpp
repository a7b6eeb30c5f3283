#include "app/cli/ProvenClaimable.h"

#include "wallet/rpc/EndpointPool.h"
#include "wallet/rpc/NetworkThread.h"
#include "wallet/sync/NetworkCache.h"
#include "wallet/sync/ProfileEndpoints.h"
#include "wallet/sync/SyncEngine.h"

namespace plinth::cli {

Result<ProvenStorageValue> syncAndProveClaimable(CliContext& context, const Address& owner)
{
    auto selected = context.network();
    if (!selected)
        return selected.error();
    auto rewards = parseAddress(selected->profile.contracts.rewards);
    if (!rewards)
        return makeError(ErrorCode::InvalidArgument, "the network profile's rewards address is invalid: " + rewards.error().message);
    auto endpoints = endpointsFromProfile(selected->profile);
    if (!endpoints)
        return endpoints.error();
    NetworkThread net;
    auto pool = EndpointPool::create(net, endpoints->http);
    if (!pool)
        return pool.error();
    auto store = openNetworkCache(context.dataDir().toStdString(), selected->profile);
    if (!store)
        return store.error();
    {
        SyncEngine engine(selected->profile, **pool, **store);
        if (auto report = engine.syncToHead(); !report)
            return report.error();
    }
    auto proven = proveStorageSlot(**pool, **store, *rewards, rewardsAccruedSlot(owner));
    pool->reset(); // before its network thread
    return proven;
}

} // namespace plinth::cli
