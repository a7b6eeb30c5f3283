// CacheStore: the last sync's status row (schema v2).
#include "wallet/store/CacheStore.h"

#include "wallet/vault/SqliteDatabase.h"

namespace plinth {

Result<void> CacheStore::putSyncStatus(const SyncStatusRecord& status)
{
    auto q = m_db->prepare("INSERT OR REPLACE INTO sync_status (id, head, updated_at, last_error, last_error_endpoint, "
                           "last_error_at) VALUES (1, ?1, ?2, ?3, ?4, ?5)");
    if (!q)
        return q.error();
    q->bind(1, static_cast<std::int64_t>(status.head))
        .bind(2, status.updatedAt)
        .bind(3, std::string_view(status.lastError))
        .bind(4, std::string_view(status.lastErrorEndpoint))
        .bind(5, status.lastErrorAt);
    return q->run();
}

Result<std::optional<SyncStatusRecord>> CacheStore::syncStatus() const
{
    auto q = m_db->prepare(
        "SELECT head, updated_at, last_error, last_error_endpoint, last_error_at FROM sync_status WHERE id = 1");
    if (!q)
        return q.error();
    auto row = q->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<SyncStatusRecord>{};
    SyncStatusRecord out;
    out.head = static_cast<std::uint64_t>(q->integer(0));
    out.updatedAt = q->integer(1);
    out.lastError = q->text(2);
    out.lastErrorEndpoint = q->text(3);
    out.lastErrorAt = q->integer(4);
    return std::optional<SyncStatusRecord>{std::move(out)};
}

} // namespace plinth
