#pragma once
// The vault file's SQLite schema, its identification and its migrations.
//
// A vault is an SQLite database with PRAGMA application_id = kVaultApplicationId (so its 100-byte header
// says what it is) and PRAGMA user_version = its schema version. Tables:
//   meta(key, value)          vault_id: 16 random bytes bound into every ciphertext's associated data
//   password(...)             the KDF (scrypt n, r, p, salt) and a sealed check value with its SHA-256
//                             digest, which tells a wrong password from a damaged record
//   secrets(id, kind, sealed) AES-256-GCM: the seed (entropy and passphrase) and imported keys
//   accounts(...)             address, kind, path, secret, label, hidden, and an HMAC over the fields
//                             that decide where money goes (address, kind, path, secret), keyed by the
//                             password, so a changed address or a swapped row is caught on unlock
// Nothing in the clear is secret: addresses, paths and labels are what a watch-only wallet shows.
//
// Threading: functions of a database the caller owns; one thread at a time.
// Errors: Unsupported for a vault written by a newer Plinth, Corrupt for a missing table or version.

#include "wallet/common/Result.h"
#include "wallet/vault/SqliteDatabase.h"

#include <cstdint>

namespace plinth {

inline constexpr std::uint32_t kVaultApplicationId = 0x504c4e56; // "PLNV"
inline constexpr int kVaultSchemaVersion = 1;

// On a new, empty database: journal mode, identification and every table, in one transaction.
Result<void> createVaultSchema(SqliteDatabase& db);

// On an opened vault: checks the schema version and upgrades an older one in one transaction.
Result<void> migrateVaultSchema(SqliteDatabase& db);

} // namespace plinth
