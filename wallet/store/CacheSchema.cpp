#include "wallet/store/CacheSchema.h"

#include <array>

namespace plinth::cacheschema {
namespace {

// Hashes and addresses are BLOBs of 32 and 20 bytes; numbers are INTEGERs (SQLite's are 64-bit signed,
// ample for block numbers and timestamps). WITHOUT ROWID where the primary key is the natural order.
constexpr std::string_view kV1 = R"SQL(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value BLOB NOT NULL
) WITHOUT ROWID;

CREATE TABLE headers (
    number        INTEGER PRIMARY KEY,
    hash          BLOB NOT NULL UNIQUE CHECK (length(hash) = 32),
    parent_hash   BLOB NOT NULL CHECK (length(parent_hash) = 32),
    timestamp     INTEGER NOT NULL,
    state_root    BLOB NOT NULL CHECK (length(state_root) = 32),
    receipts_root BLOB NOT NULL CHECK (length(receipts_root) = 32)
);

CREATE TABLE logs (
    block_number INTEGER NOT NULL REFERENCES headers(number) ON DELETE CASCADE,
    log_index    INTEGER NOT NULL,
    block_hash   BLOB NOT NULL,
    tx_index     INTEGER NOT NULL,
    tx_hash      BLOB NOT NULL,
    address      BLOB NOT NULL CHECK (length(address) = 20),
    topic0       BLOB,
    topic1       BLOB,
    topic2       BLOB,
    topic3       BLOB,
    data         BLOB NOT NULL,
    PRIMARY KEY (block_number, log_index)
) WITHOUT ROWID;
CREATE INDEX logs_by_event ON logs (address, topic0, block_number);
CREATE INDEX logs_by_topic1 ON logs (topic1) WHERE topic1 IS NOT NULL;
CREATE INDEX logs_by_topic2 ON logs (topic2) WHERE topic2 IS NOT NULL;

CREATE TABLE proven_values (
    kind         TEXT NOT NULL,
    address      BLOB NOT NULL CHECK (length(address) = 20),
    slot         BLOB NOT NULL,                -- empty for account fields
    value        BLOB NOT NULL CHECK (length(value) = 32),
    block_number INTEGER NOT NULL,
    block_hash   BLOB NOT NULL,
    PRIMARY KEY (kind, address, slot)
) WITHOUT ROWID;

CREATE TABLE sync_cursor (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    number INTEGER NOT NULL,
    hash   BLOB NOT NULL CHECK (length(hash) = 32)
);
)SQL";

// v2: logs decoded as the reference network's events (name and JSON arguments; NULL for logs cached by
// v1, which kept none), and what the last sync saw, so that a later process (plinth-cli status) can say it.
constexpr std::string_view kV2 = R"SQL(
ALTER TABLE logs ADD COLUMN event TEXT;
ALTER TABLE logs ADD COLUMN args TEXT;
CREATE INDEX logs_by_event_name ON logs (event, block_number) WHERE event IS NOT NULL;
CREATE TABLE sync_status (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    head                INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    last_error          TEXT NOT NULL,
    last_error_endpoint TEXT NOT NULL,
    last_error_at       INTEGER NOT NULL
);
)SQL";

// v3: headers without the UNIQUE index on hash. Nothing looks a header up by its hash, and that index,
// filled in random order, was most of what a sync wrote to disk (45 of 74 MB for 20,000 blocks). The
// chain itself is checked before storing (CacheStore::appendBlocks: each block extends the previous by
// number and parent hash). SQLite cannot drop a constraint, so the table is rebuilt; CacheStore::open
// runs migrations with foreign keys off, so that dropping the old table does not cascade to the logs.
constexpr std::string_view kV3 = R"SQL(
CREATE TABLE headers_v3 (
    number        INTEGER PRIMARY KEY,
    hash          BLOB NOT NULL CHECK (length(hash) = 32),
    parent_hash   BLOB NOT NULL CHECK (length(parent_hash) = 32),
    timestamp     INTEGER NOT NULL,
    state_root    BLOB NOT NULL CHECK (length(state_root) = 32),
    receipts_root BLOB NOT NULL CHECK (length(receipts_root) = 32)
);
INSERT INTO headers_v3 (number, hash, parent_hash, timestamp, state_root, receipts_root)
    SELECT number, hash, parent_hash, timestamp, state_root, receipts_root FROM headers;
DROP TABLE headers;
ALTER TABLE headers_v3 RENAME TO headers;
)SQL";

constexpr std::array<std::string_view, 3> kMigrations = {kV1, kV2, kV3};

} // namespace

std::span<const std::string_view> migrations() { return kMigrations; }

} // namespace plinth::cacheschema
