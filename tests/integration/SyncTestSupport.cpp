#include "SyncTestSupport.h"

#include "wallet/codec/Hex.h"
#include "wallet/eth/Address.h"
#include "wallet/sync/NetworkCache.h"
#include "wallet/sync/ProfileEndpoints.h"

#include <QFile>

namespace plinth::test {

Result<NetworkProfile> devnetProfile(const DevnetFixture& fixture, std::vector<std::string> rpc)
{
    QFile f(fixture.profilePath());
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, "cannot read " + fixture.profilePath().toStdString());
    auto profile = parseNetworkProfile(f.readAll().toStdString());
    if (!profile)
        return profile.error();
    profile->rpc = std::move(rpc);
    return profile;
}

Result<std::unique_ptr<CacheStore>> openCache(const std::filesystem::path& file, const NetworkProfile& profile)
{
    auto id = cacheIdentityFor(profile); // the identity the app binds its caches to
    if (!id)
        return id.error();
    return CacheStore::open(file, *id);
}

PoolOptions quickPoolOptions()
{
    PoolOptions o;
    o.backoffBase = std::chrono::milliseconds(10);
    o.backoffCap = std::chrono::milliseconds(200);
    o.rateLimitDefault = std::chrono::milliseconds(200);
    o.maxRetryAfter = std::chrono::seconds(3);
    o.deadline = std::chrono::seconds(60);
    return o;
}

std::unique_ptr<SyncNode> connectTo(const std::vector<std::string>& urls, std::string* error,
                                    std::chrono::milliseconds timeout, PoolOptions options)
{
    NetworkProfile p;
    p.rpc = urls;
    auto endpoints = endpointsFromProfile(p);
    if (!endpoints) {
        *error = endpoints.error().message;
        return nullptr;
    }
    for (auto& e : endpoints->http)
        e.timeout = timeout;
    auto node = std::make_unique<SyncNode>();
    auto pool = EndpointPool::create(node->thread, endpoints->http, std::move(options));
    if (!pool) {
        *error = pool.error().message;
        return nullptr;
    }
    node->pool = std::move(*pool);
    return node;
}

std::string endpointName(const std::string& url)
{
    EndpointConfig c;
    c.url = url;
    return c.name();
}

Result<CacheSnapshot> snapshotOf(const CacheStore& store, std::uint64_t firstBlock)
{
    CacheSnapshot s;
    auto cursor = store.cursor();
    if (!cursor)
        return cursor.error();
    s.cursor = *cursor;
    if (s.cursor)
        for (std::uint64_t n = firstBlock; n <= s.cursor->number; ++n) {
            auto h = store.header(n);
            if (!h)
                return h.error();
            if (!*h)
                return makeError(ErrorCode::Corrupt, "no header for block " + std::to_string(n) + " below the cursor");
            s.headers.push_back(**h);
        }
    auto logs = store.logs(LogQuery{});
    if (!logs)
        return logs.error();
    s.logs = std::move(*logs);
    return s;
}

std::string describe(const CacheSnapshot& s)
{
    return (s.cursor ? "cursor " + std::to_string(s.cursor->number) : std::string("no cursor")) + ", "
           + std::to_string(s.headers.size()) + " headers, " + std::to_string(s.logs.size()) + " logs";
}

std::string firstDifference(const CacheSnapshot& a, const CacheSnapshot& b)
{
    if (a.cursor != b.cursor)
        return "cursors differ: " + describe(a) + " vs " + describe(b);
    for (std::size_t i = 0; i < std::min(a.headers.size(), b.headers.size()); ++i)
        if (!(a.headers[i] == b.headers[i]))
            return "header of block " + std::to_string(a.headers[i].number) + " differs";
    for (std::size_t i = 0; i < std::min(a.logs.size(), b.logs.size()); ++i)
        if (!(a.logs[i] == b.logs[i]))
            return "log " + std::to_string(i) + " (block " + std::to_string(a.logs[i].blockNumber) + ", index "
                   + std::to_string(a.logs[i].logIndex) + ") differs";
    if (a.headers.size() != b.headers.size() || a.logs.size() != b.logs.size())
        return describe(a) + " vs " + describe(b);
    return "identical";
}

std::string errorText(const Error& e)
{
    static const char* const names[] = {"InvalidArgument", "NotFound", "Io",         "Corrupt",    "WrongPassword", "Locked",
                                        "Unsupported",     "Network",  "Remote",     "Unverified", "Cancelled",     "Internal"};
    const auto i = static_cast<std::size_t>(e.code);
    return std::string(i < std::size(names) ? names[i] : "?") + ": " + e.message;
}

std::string castBlockHash(const DevnetFixture& fixture, std::uint64_t n)
{
    return fixture.cast({QStringLiteral("block"), QString::number(n), QStringLiteral("--field"), QStringLiteral("hash")})
        .toStdString();
}

} // namespace plinth::test
