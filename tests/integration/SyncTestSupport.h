#pragma once
// Shared by the sync integration tests (tst_sync_tampering, tst_sync_faults, tst_sync_reorg,
// tst_sync_resume): a devnet profile pointed at chosen endpoints, an endpoint pool with short timeouts
// and backoff (so faults cost little time), a cache in a temporary directory opened with the identity
// CacheStore.h describes, and a snapshot of everything a cache holds, to compare two caches row by row.
//
// Threading: the test's thread. Errors: helpers return Result or nullptr with the reason in *error.

#include "DevnetFixture.h"

#include "wallet/common/Result.h"
#include "wallet/network/NetworkProfile.h"
#include "wallet/rpc/EndpointPool.h"
#include "wallet/store/CacheStore.h"
#include "wallet/sync/SyncEngine.h"

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace plinth::test {

// The fixture's profile with `rpc` replaced by these URLs.
Result<NetworkProfile> devnetProfile(const DevnetFixture& fixture, std::vector<std::string> rpc);

// chainId, checkpoint hash, then the six contract addresses (20 bytes each) in the profile's order.
Result<std::unique_ptr<CacheStore>> openCache(const std::filesystem::path& file, const NetworkProfile& profile);

// One endpoint per URL (EndpointConfig{url}: named "http://127.0.0.1:PORT"), on its own network thread.
struct SyncNode {
    NetworkThread thread;
    std::unique_ptr<EndpointPool> pool;
};
PoolOptions quickPoolOptions();
std::unique_ptr<SyncNode> connectTo(const std::vector<std::string>& urls, std::string* error,
                                    std::chrono::milliseconds timeout = std::chrono::seconds(20),
                                    PoolOptions options = quickPoolOptions());
std::string endpointName(const std::string& url); // EndpointConfig{url}.name()

// Everything a cache holds for blocks [first, cursor]: headers, logs, the cursor.
struct CacheSnapshot {
    std::optional<SyncCursor> cursor;
    std::vector<StoredHeader> headers;
    std::vector<StoredLog> logs;
    bool operator==(const CacheSnapshot&) const = default;
};
Result<CacheSnapshot> snapshotOf(const CacheStore& store, std::uint64_t firstBlock);
// "cursor 183, 183 headers, 1234 logs" (or where two snapshots first differ).
std::string describe(const CacheSnapshot& s);
std::string firstDifference(const CacheSnapshot& a, const CacheSnapshot& b);

// "Unverified: <message>": the code and the message, for failure output.
std::string errorText(const Error& e);

// cast's hash of block n ("0x..."), or empty.
std::string castBlockHash(const DevnetFixture& fixture, std::uint64_t n);

} // namespace plinth::test
