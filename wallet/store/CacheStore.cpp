#include "wallet/store/CacheStore.h"

#include "wallet/codec/Hex.h"
#include "wallet/crypto/Keccak.h"
#include "wallet/store/CacheSchema.h"
#include "wallet/vault/SqliteDatabase.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <limits>

namespace plinth {
namespace {

constexpr std::string_view kIdentityKey = "identity";

Bytes identityBytes(const CacheIdentity& id)
{
    Bytes out;
    for (int shift = 56; shift >= 0; shift -= 8)
        out.push_back(static_cast<std::uint8_t>(id.chainId >> shift));
    out.insert(out.end(), id.checkpointHash.begin(), id.checkpointHash.end());
    out.insert(out.end(), id.contracts.begin(), id.contracts.end());
    return out;
}

template <std::size_t N>
FixedBytes<N> fixed(const Bytes& b)
{
    FixedBytes<N> out{};
    std::copy_n(b.begin(), std::min(b.size(), N), out.begin());
    return out;
}

std::int64_t toSql(std::uint64_t v)
{
    // Block numbers, timestamps and indices of real chains are far below 2^63.
    return static_cast<std::int64_t>(std::min<std::uint64_t>(v, std::numeric_limits<std::int64_t>::max()));
}

Error cacheError(const Error& e, const std::string& doing)
{
    return makeError(e.code, "the cache could not " + doing + ": " + e.message);
}

// Creates an empty cache file with its application id; the schema follows through the migrations.
Result<void> createFile(const std::filesystem::path& path)
{
    std::error_code ec;
    std::filesystem::create_directories(path.parent_path(), ec);
    if (ec)
        return makeError(ErrorCode::Io, "cannot create the cache folder " + path.parent_path().string() + ": "
                                            + ec.message());
    sqlite3* raw = nullptr;
    int rc = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        const std::string sql = "PRAGMA application_id=" + std::to_string(cacheschema::kApplicationId)
            + "; PRAGMA journal_mode=WAL;";
        rc = sqlite3_exec(raw, sql.c_str(), nullptr, nullptr, nullptr);
    }
    const std::string message = raw ? sqlite3_errmsg(raw) : "out of memory";
    sqlite3_close(raw);
    if (rc != SQLITE_OK) {
        std::filesystem::remove(path, ec);
        return makeError(ErrorCode::Io, "cannot create the cache " + path.string() + ": " + message);
    }
    return {};
}

StoredHeader readHeader(const SqliteStatement& s)
{
    StoredHeader h;
    h.number = static_cast<std::uint64_t>(s.integer(0));
    h.hash = fixed<32>(s.blob(1));
    h.parentHash = fixed<32>(s.blob(2));
    h.timestamp = static_cast<std::uint64_t>(s.integer(3));
    h.stateRoot = fixed<32>(s.blob(4));
    h.receiptsRoot = fixed<32>(s.blob(5));
    return h;
}

constexpr std::string_view kHeaderColumns = "number, hash, parent_hash, timestamp, state_root, receipts_root";

} // namespace

CacheStore::CacheStore(std::unique_ptr<SqliteDatabase> db) : m_db(std::move(db)) {}
CacheStore::~CacheStore() = default;

CacheReadSnapshot::~CacheReadSnapshot() { (void)m_db->exec("COMMIT"); } // a read transaction: nothing to keep

Result<std::unique_ptr<CacheReadSnapshot>> CacheStore::readSnapshot() const
{
    if (auto begun = m_db->exec("BEGIN"); !begun)
        return begun.error();
    return std::unique_ptr<CacheReadSnapshot>(new CacheReadSnapshot(m_db.get()));
}

std::filesystem::path CacheStore::pathFor(const std::filesystem::path& cacheDir, const CacheIdentity& identity)
{
    const Hash32 digest = keccak256(identityBytes(identity));
    return cacheDir / ("chain-" + std::to_string(identity.chainId) + "-" + toHex(ByteView(digest).first(8), false) + ".sqlite");
}

Result<std::unique_ptr<CacheStore>> CacheStore::open(const std::filesystem::path& path, const CacheIdentity& identity)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
        if (auto created = createFile(path); !created)
            return created.error();
    }
    auto db = SqliteDatabase::open(path, std::nullopt);
    if (!db)
        return db.error();
    // WAL with synchronous=NORMAL: a committed batch survives the process being killed (only a power
    // cut may lose the last commits, and the cache is rebuilt from the chain anyway).
    if (auto ok = (*db)->exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA secure_delete=OFF;"); !ok)
        return cacheError(ok.error(), "be opened");

    {
        // Scoped, like the version below: no statement may stay open while migrations run.
        auto appId = (*db)->prepare("PRAGMA application_id");
        if (!appId)
            return appId.error();
        auto row = appId->step();
        if (!row)
            return makeError(ErrorCode::Corrupt, "the cache " + path.string() + " is damaged: " + row.error().message);
        if (!*row || static_cast<std::uint32_t>(appId->integer(0)) != cacheschema::kApplicationId)
            return makeError(ErrorCode::Corrupt, "the file " + path.string() + " is not a Plinth cache");
    }

    std::unique_ptr<CacheStore> store(new CacheStore(std::move(*db)));
    std::int64_t current = 0;
    {
        // A statement still open would keep a migration from dropping a table (SQLITE_LOCKED).
        auto version = store->m_db->prepare("PRAGMA user_version");
        if (!version)
            return version.error();
        auto vrow = version->step();
        if (!vrow || !*vrow)
            return makeError(ErrorCode::Corrupt, "the cache " + path.string() + " has no schema version");
        current = version->integer(0);
    }
    if (current > cacheschema::latestVersion())
        return makeError(ErrorCode::Unsupported, "the cache " + path.string() + " was written by a newer Plinth (schema "
                                                     + std::to_string(current) + ")");
    const auto migrations = cacheschema::migrations();
    // Foreign keys off while tables are rebuilt (a migration may drop and recreate the table the logs
    // refer to; see CacheSchema.cpp v3). The pragma has no effect inside a transaction, hence here.
    const bool migrating = current < cacheschema::latestVersion();
    if (migrating)
        if (auto ok = store->m_db->exec("PRAGMA foreign_keys=OFF"); !ok)
            return cacheError(ok.error(), "be upgraded");
    for (auto v = current; v < cacheschema::latestVersion(); ++v) {
        auto tx = SqliteTransaction::begin(*store->m_db);
        if (!tx)
            return tx.error();
        if (auto ok = store->m_db->exec(migrations[static_cast<std::size_t>(v)]); !ok)
            return cacheError(ok.error(), "be upgraded");
        if (auto ok = store->m_db->exec("PRAGMA user_version=" + std::to_string(v + 1)); !ok)
            return cacheError(ok.error(), "be upgraded");
        if (auto ok = tx->commit(); !ok)
            return cacheError(ok.error(), "be upgraded");
    }
    if (migrating)
        if (auto ok = store->m_db->exec("PRAGMA foreign_keys=ON"); !ok)
            return cacheError(ok.error(), "be upgraded");
    if (auto ok = store->checkIdentity(identity); !ok)
        return ok.error();
    return store;
}

Result<void> CacheStore::checkIdentity(const CacheIdentity& identity)
{
    const Bytes wanted = identityBytes(identity);
    auto q = m_db->prepare("SELECT value FROM meta WHERE key = ?1");
    if (!q)
        return q.error();
    q->bind(1, kIdentityKey);
    auto row = q->step();
    if (!row)
        return row.error();
    if (*row) {
        if (q->blob(0) != wanted)
            return makeError(ErrorCode::InvalidArgument,
                             "the cache " + m_db->path().string() + " belongs to another network (chain id, checkpoint or contracts differ)");
        return {};
    }
    auto insert = m_db->prepare("INSERT INTO meta (key, value) VALUES (?1, ?2)");
    if (!insert)
        return insert.error();
    insert->bind(1, kIdentityKey).bind(2, ByteView(wanted));
    return insert->run();
}

Result<std::optional<SyncCursor>> CacheStore::cursor() const
{
    auto q = m_db->prepare("SELECT number, hash FROM sync_cursor WHERE id = 1");
    if (!q)
        return q.error();
    auto row = q->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<SyncCursor>{};
    return std::optional<SyncCursor>{SyncCursor{static_cast<std::uint64_t>(q->integer(0)), fixed<32>(q->blob(1))}};
}

Result<std::optional<StoredHeader>> CacheStore::header(std::uint64_t number) const
{
    auto q = m_db->prepare("SELECT " + std::string(kHeaderColumns) + " FROM headers WHERE number = ?1");
    if (!q)
        return q.error();
    q->bind(1, toSql(number));
    auto row = q->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<StoredHeader>{};
    return std::optional<StoredHeader>{readHeader(*q)};
}

Result<std::optional<StoredHeader>> CacheStore::latestHeader() const
{
    auto q = m_db->prepare("SELECT " + std::string(kHeaderColumns) + " FROM headers ORDER BY number DESC LIMIT 1");
    if (!q)
        return q.error();
    auto row = q->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<StoredHeader>{};
    return std::optional<StoredHeader>{readHeader(*q)};
}

Result<void> CacheStore::appendBlocks(const std::vector<VerifiedBlock>& blocks)
{
    if (blocks.empty())
        return {};
    auto current = cursor();
    if (!current)
        return current.error();
    // The batch must continue the chain the cache already holds: a gap or a fork here would mean the
    // sync engine is about to store facts that do not belong together.
    const StoredHeader* previous = nullptr;
    for (const VerifiedBlock& b : blocks) {
        if (previous) {
            if (b.header.number != previous->number + 1 || b.header.parentHash != previous->hash)
                return makeError(ErrorCode::InvalidArgument, "block " + std::to_string(b.header.number)
                                                                 + " does not extend block " + std::to_string(previous->number));
        } else if (*current) {
            const SyncCursor& c = **current;
            if (b.header.number != c.number + 1 || b.header.parentHash != c.hash)
                return makeError(ErrorCode::InvalidArgument, "block " + std::to_string(b.header.number)
                                                                 + " does not extend the cached block " + std::to_string(c.number));
        }
        for (const StoredLog& log : b.logs)
            if (log.blockNumber != b.header.number || log.blockHash != b.header.hash || log.topics.size() > 4)
                return makeError(ErrorCode::InvalidArgument,
                                 "a log does not belong to block " + std::to_string(b.header.number));
        previous = &b.header;
    }

    auto tx = SqliteTransaction::begin(*m_db);
    if (!tx)
        return tx.error();
    auto insertHeader = m_db->prepare("INSERT INTO headers (" + std::string(kHeaderColumns) + ") VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    auto insertLog = m_db->prepare("INSERT INTO logs (block_number, log_index, block_hash, tx_index, tx_hash, address, "
                                   "topic0, topic1, topic2, topic3, data, event, args) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    if (!insertHeader)
        return insertHeader.error();
    if (!insertLog)
        return insertLog.error();
    for (const VerifiedBlock& b : blocks) {
        const StoredHeader& h = b.header;
        insertHeader->reset();
        insertHeader->bind(1, toSql(h.number)).bindBorrowed(2, ByteView(h.hash)).bindBorrowed(3, ByteView(h.parentHash))
            .bind(4, toSql(h.timestamp)).bindBorrowed(5, ByteView(h.stateRoot)).bindBorrowed(6, ByteView(h.receiptsRoot));
        if (auto ok = insertHeader->run(); !ok)
            return cacheError(ok.error(), "store block " + std::to_string(h.number));
        for (const StoredLog& log : b.logs) {
            insertLog->reset();
            insertLog->bind(1, toSql(log.blockNumber)).bind(2, static_cast<std::int64_t>(log.logIndex))
                .bindBorrowed(3, ByteView(log.blockHash)).bind(4, static_cast<std::int64_t>(log.txIndex))
                .bindBorrowed(5, ByteView(log.txHash)).bindBorrowed(6, ByteView(log.address));
            for (int t = 0; t < 4; ++t) {
                if (static_cast<std::size_t>(t) < log.topics.size())
                    insertLog->bindBorrowed(7 + t, ByteView(log.topics[static_cast<std::size_t>(t)]));
                else
                    insertLog->bindNull(7 + t);
            }
            insertLog->bindBorrowed(11, ByteView(log.data));
            if (log.event.empty())
                insertLog->bindNull(12).bindNull(13);
            else
                insertLog->bind(12, std::string_view(log.event)).bind(13, std::string_view(log.argsJson));
            if (auto ok = insertLog->run(); !ok)
                return cacheError(ok.error(), "store a log of block " + std::to_string(h.number));
        }
    }
    auto setCursor = m_db->prepare("INSERT INTO sync_cursor (id, number, hash) VALUES (1, ?1, ?2) "
                                   "ON CONFLICT (id) DO UPDATE SET number = excluded.number, hash = excluded.hash");
    if (!setCursor)
        return setCursor.error();
    setCursor->bind(1, toSql(blocks.back().header.number)).bind(2, ByteView(blocks.back().header.hash));
    if (auto ok = setCursor->run(); !ok)
        return cacheError(ok.error(), "advance the sync cursor");
    return tx->commit();
}

Result<void> CacheStore::rollbackTo(std::uint64_t number)
{
    auto kept = header(number);
    if (!kept)
        return kept.error();
    if (!*kept)
        return makeError(ErrorCode::NotFound, "block " + std::to_string(number) + " is not in the cache; cannot roll back to it");
    auto tx = SqliteTransaction::begin(*m_db);
    if (!tx)
        return tx.error();
    for (const char* sql : {"DELETE FROM logs WHERE block_number > ?1", "DELETE FROM proven_values WHERE block_number > ?1",
                            "DELETE FROM headers WHERE number > ?1"}) {
        auto del = m_db->prepare(std::string_view(sql));
        if (!del)
            return del.error();
        del->bind(1, toSql(number));
        if (auto ok = del->run(); !ok)
            return cacheError(ok.error(), "roll back to block " + std::to_string(number));
    }
    auto setCursor = m_db->prepare("UPDATE sync_cursor SET number = ?1, hash = ?2 WHERE id = 1");
    if (!setCursor)
        return setCursor.error();
    setCursor->bind(1, toSql(number)).bind(2, ByteView((*kept)->hash));
    if (auto ok = setCursor->run(); !ok)
        return cacheError(ok.error(), "roll back the sync cursor");
    return tx->commit();
}

Result<void> CacheStore::putProvenValue(const ProvenValue& v)
{
    auto at = header(v.blockNumber);
    if (!at)
        return at.error();
    if (!*at || (*at)->hash != v.blockHash)
        return makeError(ErrorCode::InvalidArgument, "a value proven at block " + std::to_string(v.blockNumber)
                                                         + " must refer to a cached header");
    auto q = m_db->prepare("INSERT INTO proven_values (kind, address, slot, value, block_number, block_hash) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (kind, address, slot) DO UPDATE SET "
                           "value = excluded.value, block_number = excluded.block_number, block_hash = excluded.block_hash");
    if (!q)
        return q.error();
    const Bytes slot = v.slot ? Bytes(v.slot->begin(), v.slot->end()) : Bytes{};
    q->bind(1, v.kind).bind(2, ByteView(v.address)).bind(3, ByteView(slot)).bind(4, ByteView(v.value))
        .bind(5, toSql(v.blockNumber)).bind(6, ByteView(v.blockHash));
    return q->run();
}

Result<std::optional<ProvenValue>> CacheStore::provenValue(const std::string& kind, const FixedBytes<20>& address,
                                                           const std::optional<Hash32>& slot) const
{
    auto q = m_db->prepare("SELECT value, block_number, block_hash FROM proven_values WHERE kind = ?1 AND address = ?2 AND slot = ?3");
    if (!q)
        return q.error();
    const Bytes slotBytes = slot ? Bytes(slot->begin(), slot->end()) : Bytes{};
    q->bind(1, kind).bind(2, ByteView(address)).bind(3, ByteView(slotBytes));
    auto row = q->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<ProvenValue>{};
    ProvenValue v{kind, address, slot, fixed<32>(q->blob(0)), static_cast<std::uint64_t>(q->integer(1)), fixed<32>(q->blob(2))};
    return std::optional<ProvenValue>{std::move(v)};
}

Result<std::vector<StoredLog>> CacheStore::logs(const LogQuery& query) const
{
    std::string sql = "SELECT block_number, log_index, block_hash, tx_index, tx_hash, address, topic0, topic1, topic2, "
                      "topic3, data, event, args FROM logs WHERE block_number BETWEEN ?1 AND ?2";
    int next = 3;
    if (!query.addresses.empty()) {
        sql += " AND address IN (";
        for (std::size_t i = 0; i < query.addresses.size(); ++i)
            sql += (i ? ", ?" : "?") + std::to_string(next++);
        sql += ")";
    }
    const std::optional<Hash32>* topics[] = {&query.topic0, &query.topic1, &query.topic2};
    for (int t = 0; t < 3; ++t)
        if (*topics[t])
            sql += " AND topic" + std::to_string(t) + " = ?" + std::to_string(next++);
    const int eventIndex = next;
    if (!query.event.empty())
        sql += " AND event = ?" + std::to_string(next++);
    sql += " ORDER BY block_number, log_index";

    auto q = m_db->prepare(sql);
    if (!q)
        return q.error();
    q->bind(1, toSql(query.fromBlock));
    q->bind(2, toSql(query.toBlock));
    int index = 3;
    for (const auto& a : query.addresses)
        q->bind(index++, ByteView(a));
    for (const auto* t : topics)
        if (*t)
            q->bind(index++, ByteView(**t));
    if (!query.event.empty())
        q->bind(eventIndex, std::string_view(query.event));

    std::vector<StoredLog> out;
    for (;;) {
        auto row = q->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        StoredLog log;
        log.blockNumber = static_cast<std::uint64_t>(q->integer(0));
        log.logIndex = static_cast<std::uint32_t>(q->integer(1));
        log.blockHash = fixed<32>(q->blob(2));
        log.txIndex = static_cast<std::uint32_t>(q->integer(3));
        log.txHash = fixed<32>(q->blob(4));
        log.address = fixed<20>(q->blob(5));
        for (int t = 0; t < 4; ++t)
            if (!q->isNull(6 + t))
                log.topics.push_back(fixed<32>(q->blob(6 + t)));
        log.data = q->blob(10);
        if (!q->isNull(11)) {
            log.event = q->text(11);
            log.argsJson = q->text(12);
        }
        out.push_back(std::move(log));
    }
    return out;
}

Result<std::uint64_t> CacheStore::logCount() const
{
    auto q = m_db->prepare("SELECT count(*) FROM logs");
    if (!q)
        return q.error();
    auto row = q->step();
    if (!row)
        return row.error();
    return static_cast<std::uint64_t>(q->integer(0));
}

} // namespace plinth
