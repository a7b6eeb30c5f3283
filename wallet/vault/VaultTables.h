#pragma once
// VaultTables: reads and writes the vault's rows (VaultSchema.h) without knowing any key. Sealing and
// MACs are VaultKeys' job; deciding what to write is Vault's.
//
// Ownership: borrows the database, which must outlive it.
// Threading: one thread at a time (the caller holds the vault's mutex).
// Errors: Io/Corrupt from SQLite; Corrupt for a row whose fields are out of range.

#include "wallet/common/Bytes.h"
#include "wallet/common/Result.h"
#include "wallet/eth/Address.h"
#include "wallet/vault/Kdf.h"
#include "wallet/vault/SqliteDatabase.h"
#include "wallet/vault/VaultAccount.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace plinth {

struct PasswordRecord {
    std::string kdf = "scrypt";
    ScryptParams cost;
    Bytes salt;
    Bytes checkSealed;
    Bytes checkDigest;
};

struct SecretRow {
    std::int64_t id = 0;
    std::string kind; // "seed" or "key"
    Bytes sealed;
};

struct AccountRow {
    std::int64_t id = 0;
    VaultAccount account;
    std::optional<std::int64_t> secretId;
    Bytes mac;
};

class VaultTables {
public:
    explicit VaultTables(SqliteDatabase& db) : m_db(db) {}

    Result<Bytes> vaultId();
    Result<void> setVaultId(ByteView id);

    Result<PasswordRecord> passwordRecord();
    Result<void> writePasswordRecord(const PasswordRecord& record);

    Result<std::vector<SecretRow>> secrets();
    Result<SecretRow> secret(std::int64_t id);
    Result<std::int64_t> nextSecretId();
    Result<void> insertSecret(const SecretRow& row);
    Result<void> updateSecret(std::int64_t id, ByteView sealed);

    Result<std::vector<AccountRow>> accounts();
    Result<std::optional<AccountRow>> account(const Address& address);
    Result<std::int64_t> nextAccountId();
    Result<void> insertAccount(const AccountRow& row);
    Result<void> updateAccountMac(std::int64_t id, ByteView mac);
    // false when no account has that address.
    Result<bool> setLabel(const Address& address, std::string_view label);
    Result<bool> setHidden(const Address& address, bool hidden);

private:
    Result<std::int64_t> nextId(std::string_view table);
    SqliteDatabase& m_db;
};

} // namespace plinth
