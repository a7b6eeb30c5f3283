#pragma once
// NetworkCache: where a network's verified cache lives and what it is bound to. The identity (chain id,
// checkpoint hash, the six contract addresses in the profile's order) is checked every time the cache
// opens, so a profile edited to point at another deployment never mixes its facts with these.
//
// Threading: pure functions except openNetworkCache, which touches the disk (not on a GUI thread).
// Errors: InvalidArgument for a profile whose checkpoint hash or a contract address is malformed;
// CacheStore::open's errors otherwise (Io, Corrupt, Unsupported).

#include "wallet/common/Result.h"
#include "wallet/network/NetworkProfile.h"
#include "wallet/store/CacheStore.h"

#include <filesystem>
#include <memory>

namespace plinth {

Result<CacheIdentity> cacheIdentityFor(const NetworkProfile& profile);

// The cache file inside `dataDir/cache/` for this profile, created when missing.
Result<std::unique_ptr<CacheStore>> openNetworkCache(const std::filesystem::path& dataDir, const NetworkProfile& profile);

} // namespace plinth
