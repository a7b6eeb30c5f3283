#include "wallet/sync/NetworkCache.h"

#include "wallet/codec/Hex.h"
#include "wallet/eth/Address.h"

namespace plinth {

Result<CacheIdentity> cacheIdentityFor(const NetworkProfile& profile)
{
    CacheIdentity id;
    id.chainId = profile.chainId;
    auto checkpoint = fromHexFixed<32>(profile.checkpoint.hash);
    if (!checkpoint)
        return makeError(ErrorCode::InvalidArgument, "the profile's checkpoint hash: " + checkpoint.error().message);
    id.checkpointHash = *checkpoint;
    const NetworkContracts& c = profile.contracts;
    for (const std::string* text : {&c.token, &c.devices, &c.staking, &c.rewards, &c.governor, &c.timelock}) {
        auto address = parseAddress(*text);
        if (!address)
            return makeError(ErrorCode::InvalidArgument, "the profile's contract " + *text + ": " + address.error().message);
        id.contracts.insert(id.contracts.end(), address->bytes.begin(), address->bytes.end());
    }
    return id;
}

Result<std::unique_ptr<CacheStore>> openNetworkCache(const std::filesystem::path& dataDir, const NetworkProfile& profile)
{
    auto id = cacheIdentityFor(profile);
    if (!id)
        return id.error();
    return CacheStore::open(CacheStore::pathFor(dataDir / "cache", *id), *id);
}

} // namespace plinth
