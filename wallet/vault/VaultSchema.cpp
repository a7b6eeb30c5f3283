#include "wallet/vault/VaultSchema.h"

#include <array>
#include <string>

namespace plinth {
namespace {

constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE meta(
  key   TEXT PRIMARY KEY NOT NULL,
  value BLOB NOT NULL
) WITHOUT ROWID;
CREATE TABLE password(
  id           INTEGER PRIMARY KEY CHECK (id = 1),
  kdf          TEXT NOT NULL,
  n            INTEGER NOT NULL,
  r            INTEGER NOT NULL,
  p            INTEGER NOT NULL,
  salt         BLOB NOT NULL,
  check_sealed BLOB NOT NULL,
  check_digest BLOB NOT NULL
);
CREATE TABLE secrets(
  id     INTEGER PRIMARY KEY,
  kind   TEXT NOT NULL CHECK (kind IN ('seed', 'key')),
  sealed BLOB NOT NULL
);
CREATE TABLE accounts(
  id        INTEGER PRIMARY KEY,
  address   BLOB NOT NULL UNIQUE CHECK (length(address) = 20),
  kind      TEXT NOT NULL CHECK (kind IN ('derived', 'imported', 'watch-only')),
  path      TEXT NOT NULL DEFAULT '',
  secret_id INTEGER REFERENCES secrets(id),
  label     TEXT NOT NULL DEFAULT '',
  hidden    INTEGER NOT NULL DEFAULT 0,
  mac       BLOB NOT NULL
);
)sql";

// A step from version `from` to `from + 1`. Append here when the schema changes; never edit a step
// that has shipped.
struct Migration {
    int from;
    const char* sql;
};
constexpr std::array<Migration, 0> kMigrations{};

Result<int> userVersion(SqliteDatabase& db)
{
    auto stmt = db.prepare("PRAGMA user_version");
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::Corrupt, "the vault has no schema version");
    return static_cast<int>(stmt->integer(0));
}

Result<void> checkTables(SqliteDatabase& db)
{
    auto stmt = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
                           "('meta', 'password', 'secrets', 'accounts')");
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row || stmt->integer(0) != 4)
        return makeError(ErrorCode::Corrupt, "the vault file is damaged (tables are missing); it was left as it is");
    return {};
}

} // namespace

Result<void> createVaultSchema(SqliteDatabase& db)
{
    // DELETE (rollback journal) rather than WAL: the vault is one self-contained file that a user can back
    // up by copying, with no -wal file holding its latest state. With synchronous=FULL each transaction is
    // atomic and durable. journal_mode cannot change inside a transaction, so it goes first.
    if (auto ok = db.exec("PRAGMA journal_mode=DELETE"); !ok)
        return ok.error();
    auto tx = SqliteTransaction::begin(db);
    if (!tx)
        return tx.error();
    const std::string pragmas = "PRAGMA application_id=" + std::to_string(kVaultApplicationId)
        + "; PRAGMA user_version=" + std::to_string(kVaultSchemaVersion) + ";";
    if (auto ok = db.exec(pragmas); !ok)
        return ok.error();
    if (auto ok = db.exec(kSchemaV1); !ok)
        return ok.error();
    return tx->commit();
}

Result<void> migrateVaultSchema(SqliteDatabase& db)
{
    auto version = userVersion(db);
    if (!version)
        return version.error();
    if (*version > kVaultSchemaVersion)
        return makeError(ErrorCode::Unsupported, "the vault was written by a newer Plinth (format "
                                                     + std::to_string(*version) + "); update Plinth to open it");
    if (*version < 1)
        return makeError(ErrorCode::Corrupt, "the vault file is damaged (no schema version); it was left as it is");
    if (*version < kVaultSchemaVersion) {
        auto tx = SqliteTransaction::begin(db);
        if (!tx)
            return tx.error();
        for (const Migration& m : kMigrations) {
            if (m.from < *version)
                continue;
            if (auto ok = db.exec(m.sql); !ok)
                return ok.error();
            if (auto ok = db.exec("PRAGMA user_version=" + std::to_string(m.from + 1)); !ok)
                return ok.error();
        }
        if (auto ok = tx->commit(); !ok)
            return ok;
    }
    return checkTables(db);
}

} // namespace plinth
