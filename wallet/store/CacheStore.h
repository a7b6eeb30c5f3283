#pragma once
// CacheStore: the local SQLite cache of verified facts for one network (ARCHITECTURE.md "store/").
// Headers, logs, proven values and the sync cursor, each keyed by block. Sync writes a batch of verified
// blocks and advances the cursor in one transaction, so after a crash or a kill -9 the cache holds
// exactly the blocks up to the cursor: resuming never loses or doubles a row.
//
// The cache is bound to one network: its identity (chain id, checkpoint hash, contract addresses) is
// stored at creation and checked at every open, so a profile edited to point elsewhere never mixes facts.
//
// Ownership: the caller owns the store. Threading: one thread at a time (the sync engine's writer
// thread); readers on other threads open their own CacheStore on the same file (WAL mode lets them read
// while the writer writes). Errors: Io (cannot create or write, disk full), Corrupt (not a Plinth cache,
// damaged), Unsupported (written by a newer Plinth), InvalidArgument (a batch that does not extend the
// cursor). A failed write changes nothing.

#include "wallet/common/Result.h"
#include "wallet/store/StoreTypes.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

namespace plinth {

class SqliteDatabase;

// What a cache file belongs to; any difference means another network.
struct CacheIdentity {
    std::uint64_t chainId = 0;
    Hash32 checkpointHash{};
    Bytes contracts; // the watched contract addresses, concatenated in the profile's order

    bool operator==(const CacheIdentity&) const = default;
};

// A read snapshot of one CacheStore connection (CacheStore::readSnapshot): until it is destroyed, every
// read through that connection sees the cache as it was at the first read after it began, however many
// batches the writer (another connection) commits meanwhile: SQLite's WAL read transaction. Keep it for
// one job only: while it lives the WAL cannot be checkpointed past it.
// Ownership: borrows the store, which must outlive it. Threading: the store's thread. Errors: none.
class CacheReadSnapshot {
public:
    ~CacheReadSnapshot();
    CacheReadSnapshot(const CacheReadSnapshot&) = delete;
    CacheReadSnapshot& operator=(const CacheReadSnapshot&) = delete;

private:
    friend class CacheStore;
    explicit CacheReadSnapshot(SqliteDatabase* db) : m_db(db) {}
    SqliteDatabase* m_db;
};

class CacheStore {
public:
    ~CacheStore();
    CacheStore(const CacheStore&) = delete;
    CacheStore& operator=(const CacheStore&) = delete;

    // Opens the cache at `path`, creating it (and its folder) when missing, migrating an older schema.
    static Result<std::unique_ptr<CacheStore>> open(const std::filesystem::path& path, const CacheIdentity& identity);

    // The file name for a network's cache inside `cacheDir`, derived from its identity.
    static std::filesystem::path pathFor(const std::filesystem::path& cacheDir, const CacheIdentity& identity);

    // For a reader's connection (never while this connection writes): see CacheReadSnapshot.
    // Errors: Io when SQLite cannot begin the read transaction (one is already open on this connection).
    Result<std::unique_ptr<CacheReadSnapshot>> readSnapshot() const;

    Result<std::optional<SyncCursor>> cursor() const;
    Result<std::optional<StoredHeader>> header(std::uint64_t number) const;
    Result<std::optional<StoredHeader>> latestHeader() const;

    // Appends verified blocks (consecutive, the first one linking to the cursor by parent hash, or the
    // first block ever stored) with their logs, and moves the cursor to the last one: all or nothing.
    Result<void> appendBlocks(const std::vector<VerifiedBlock>& blocks);

    // Removes every row above `number` (headers, logs, proven values) and sets the cursor to that block,
    // in one transaction: the cache as it was before those blocks arrived.
    Result<void> rollbackTo(std::uint64_t number);

    // Records a proven value, replacing an older one for the same key; the block must be in the cache.
    Result<void> putProvenValue(const ProvenValue& value);
    Result<std::optional<ProvenValue>> provenValue(const std::string& kind, const FixedBytes<20>& address,
                                                   const std::optional<Hash32>& slot) const;

    // The last sync's status (one row, replaced each time); nullopt before the first sync.
    Result<void> putSyncStatus(const SyncStatusRecord& status);
    Result<std::optional<SyncStatusRecord>> syncStatus() const;

    // Logs matching `query`, in chain order.
    Result<std::vector<StoredLog>> logs(const LogQuery& query) const;
    Result<std::uint64_t> logCount() const;

private:
    explicit CacheStore(std::unique_ptr<SqliteDatabase> db);
    Result<void> checkIdentity(const CacheIdentity& identity);

    std::unique_ptr<SqliteDatabase> m_db;
};

} // namespace plinth
