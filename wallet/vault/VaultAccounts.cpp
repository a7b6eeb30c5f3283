// Vault: accounts, keys and signing. Files, lock state and passwords are in Vault.cpp.
#include "wallet/vault/Vault.h"

#include "wallet/vault/Keystore.h"
#include "wallet/vault/SqliteDatabase.h"
#include "wallet/vault/VaultKeys.h"
#include "wallet/vault/VaultSecrets.h"
#include "wallet/vault/VaultTables.h"

#include <set>

namespace plinth {
namespace {

constexpr std::size_t kMaxLabelBytes = 256;

Error damaged(const Address& address, std::string_view what)
{
    return makeError(ErrorCode::Corrupt, "the vault is damaged or was tampered with: account "
                                             + toChecksumAddress(address) + " " + std::string(what));
}

Result<void> checkLabel(std::string_view label)
{
    if (label.size() > kMaxLabelBytes)
        return makeError(ErrorCode::InvalidArgument, "a label may have at most 256 bytes");
    for (char c : label)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            return makeError(ErrorCode::InvalidArgument, "a label must not contain control characters");
    return {};
}

Error notInVault(const Address& address)
{
    return makeError(ErrorCode::NotFound, toChecksumAddress(address) + " is not in the vault");
}

} // namespace

Result<bool> Vault::hasSeed() const
{
    std::lock_guard held(m_mutex);
    auto secrets = VaultTables(*m_db).secrets();
    if (!secrets)
        return secrets.error();
    for (const SecretRow& s : *secrets)
        if (s.kind == kSeedSecretKind)
            return true;
    return false;
}

Result<std::vector<VaultAccount>> Vault::accounts() const
{
    std::lock_guard held(m_mutex);
    auto rows = VaultTables(*m_db).accounts();
    if (!rows)
        return rows.error();
    std::vector<VaultAccount> out;
    out.reserve(rows->size());
    for (AccountRow& row : *rows)
        out.push_back(std::move(row.account));
    return out;
}

Result<VaultAccount> Vault::account(const Address& address) const
{
    std::lock_guard held(m_mutex);
    auto row = VaultTables(*m_db).account(address);
    if (!row)
        return row.error();
    if (!*row)
        return notInVault(address);
    return std::move((*row)->account);
}

Result<void> Vault::checkAccountRow(const VaultKeys& keys, const AccountRow& row) const
{
    if (!keys.checkAccountMac(m_vaultId, fieldsOf(row), row.mac))
        return damaged(row.account.address, "fails its authentication check");
    const bool hasSecret = row.secretId.has_value();
    switch (row.account.kind) {
    case AccountKind::Derived:
        if (!hasSecret || !parseDerivationPath(row.account.path))
            return damaged(row.account.address, "has no seed or no valid path");
        break;
    case AccountKind::Imported:
        if (!hasSecret)
            return damaged(row.account.address, "has no key");
        break;
    case AccountKind::WatchOnly:
        if (hasSecret)
            return damaged(row.account.address, "is watch-only but has a key");
        break;
    }
    return {};
}

Result<void> Vault::insertSeed(const SecureBytes& payload)
{
    std::lock_guard held(m_mutex);
    auto unlocked = requireUnlocked();
    if (!unlocked)
        return unlocked.error();
    auto tx = SqliteTransaction::begin(*m_db);
    if (!tx)
        return tx.error();
    VaultTables tables(*m_db);
    auto id = tables.nextSecretId();
    if (!id)
        return id.error();
    auto sealed = (*unlocked)->keys.sealSecret(m_vaultId, SecretPlace{*id, kSeedSecretKind, std::nullopt}, payload.view());
    if (!sealed)
        return sealed.error();
    if (auto ok = tables.insertSecret(SecretRow{*id, std::string(kSeedSecretKind), std::move(*sealed)}); !ok)
        return ok;
    return tx->commit();
}

Result<VaultAccount> Vault::insertAccount(const VaultKeys& keys, VaultAccount account, const SecureBytes* key)
{
    if (auto ok = checkLabel(account.label); !ok)
        return ok.error();
    auto tx = SqliteTransaction::begin(*m_db);
    if (!tx)
        return tx.error();
    VaultTables tables(*m_db);
    auto existing = tables.account(account.address);
    if (!existing)
        return existing.error();
    if (*existing)
        return makeError(ErrorCode::InvalidArgument, toChecksumAddress(account.address) + " is already in the vault");
    auto id = tables.nextAccountId();
    if (!id)
        return id.error();
    AccountRow row{*id, std::move(account), std::nullopt, {}};
    if (row.account.kind == AccountKind::Imported) {
        auto secretId = tables.nextSecretId();
        if (!secretId)
            return secretId.error();
        const SecretPlace place{*secretId, kKeySecretKind, row.account.address};
        auto sealed = keys.sealSecret(m_vaultId, place, key->view());
        if (!sealed)
            return sealed.error();
        if (auto ok = tables.insertSecret(SecretRow{*secretId, std::string(kKeySecretKind), std::move(*sealed)}); !ok)
            return ok.error();
        row.secretId = *secretId;
    } else if (row.account.kind == AccountKind::Derived) {
        auto secrets = tables.secrets();
        if (!secrets)
            return secrets.error();
        for (const SecretRow& s : *secrets)
            if (s.kind == kSeedSecretKind)
                row.secretId = s.id;
    }
    const Hash32 mac = keys.accountMac(m_vaultId, fieldsOf(row));
    row.mac.assign(mac.begin(), mac.end());
    if (auto ok = tables.insertAccount(row); !ok)
        return ok.error();
    if (auto ok = tx->commit(); !ok)
        return ok.error();
    return std::move(row.account);
}

Result<SecureBytes> Vault::seedPlaintext(const VaultKeys& keys)
{
    auto secrets = VaultTables(*m_db).secrets();
    if (!secrets)
        return secrets.error();
    for (const SecretRow& s : *secrets)
        if (s.kind == kSeedSecretKind)
            return keys.openSecret(m_vaultId, SecretPlace{s.id, kSeedSecretKind, std::nullopt}, s.sealed);
    return makeError(ErrorCode::Unsupported,
                     "this vault has no recovery phrase: it holds imported keys and watch-only addresses only");
}

Result<SecureBytes> Vault::privateKeyOf(const VaultKeys& keys, const AccountRow& row)
{
    if (auto ok = checkAccountRow(keys, row); !ok)
        return ok.error();
    std::optional<SecureBytes> key;
    switch (row.account.kind) {
    case AccountKind::WatchOnly:
        return makeError(ErrorCode::InvalidArgument, toChecksumAddress(row.account.address)
                                                         + " is a watch-only address: the vault has no key for it");
    case AccountKind::Imported: {
        auto secret = VaultTables(*m_db).secret(*row.secretId);
        if (!secret)
            return secret.error();
        if (secret->kind != kKeySecretKind)
            return damaged(row.account.address, "points at a secret that is not a key");
        auto opened = keys.openSecret(m_vaultId, SecretPlace{secret->id, kKeySecretKind, row.account.address},
                                      secret->sealed);
        if (!opened)
            return opened.error();
        key.emplace(std::move(*opened));
        break;
    }
    case AccountKind::Derived: {
        auto payload = seedPlaintext(keys);
        if (!payload)
            return payload.error();
        auto seed = decodeSeedSecret(*payload);
        if (!seed)
            return seed.error();
        auto path = parseDerivationPath(row.account.path);
        if (!path)
            return damaged(row.account.address, "has an invalid path");
        auto derived = deriveAccountKey(*seed, *path);
        if (!derived)
            return derived.error();
        key.emplace(std::move(*derived));
        break;
    }
    }
    auto address = addressFromPrivateKey(*key);
    if (!address || *address != row.account.address)
        return damaged(row.account.address, "does not match the key the vault holds for it");
    return std::move(*key);
}

Result<SecureBytes> Vault::privateKey(const Address& from)
{
    std::lock_guard held(m_mutex);
    auto unlocked = requireUnlocked();
    if (!unlocked)
        return unlocked.error();
    auto row = VaultTables(*m_db).account(from);
    if (!row)
        return row.error();
    if (!*row)
        return notInVault(from);
    return privateKeyOf((*unlocked)->keys, **row);
}

Result<VaultAccount> Vault::addDerivedAccount(std::optional<DerivationPath> path, std::string_view label)
{
    std::lock_guard held(m_mutex);
    auto unlocked = requireUnlocked();
    if (!unlocked)
        return unlocked.error();
    const VaultKeys& keys = (*unlocked)->keys;
    auto rows = VaultTables(*m_db).accounts();
    if (!rows)
        return rows.error();
    std::set<std::string> used;
    for (const AccountRow& r : *rows)
        if (r.account.kind == AccountKind::Derived)
            used.insert(r.account.path);
    if (path) {
        if (used.count(path->toString()))
            return makeError(ErrorCode::InvalidArgument, "the account at " + path->toString() + " is already in the vault");
    } else {
        std::uint32_t index = 0;
        while (used.count(defaultEthereumPath(index).toString()))
            ++index;
        path = defaultEthereumPath(index);
    }
    auto payload = seedPlaintext(keys);
    if (!payload)
        return payload.error();
    auto seed = decodeSeedSecret(*payload);
    if (!seed)
        return seed.error();
    auto key = deriveAccountKey(*seed, *path);
    if (!key)
        return key.error();
    auto address = addressFromPrivateKey(*key);
    if (!address)
        return address.error();
    return insertAccount(keys, VaultAccount{*address, AccountKind::Derived, path->toString(), std::string(label), false},
                         nullptr);
}

Result<VaultAccount> Vault::importPrivateKey(const SecureBytes& privateKey, std::string_view label)
{
    if (privateKey.size() != 32 || !isValidPrivateKey(privateKey.view()))
        return makeError(ErrorCode::InvalidArgument, "not a valid private key (32 bytes, from 1 to the curve order)");
    auto address = addressFromPrivateKey(privateKey);
    if (!address)
        return address.error();
    std::lock_guard held(m_mutex);
    auto unlocked = requireUnlocked();
    if (!unlocked)
        return unlocked.error();
    return insertAccount((*unlocked)->keys, VaultAccount{*address, AccountKind::Imported, {}, std::string(label), false},
                         &privateKey);
}

Result<VaultAccount> Vault::importKeystore(std::string_view keystoreJson, const SecureString& keystorePassword,
                                           std::string_view label)
{
    {
        // Fail before the keystore's KDF, not after it.
        std::lock_guard held(m_mutex);
        auto unlocked = requireUnlocked();
        if (!unlocked)
            return unlocked.error();
    }
    auto key = decryptKeystore(keystoreJson, keystorePassword);
    if (!key)
        return key.error();
    return importPrivateKey(key->privateKey, label);
}

Result<VaultAccount> Vault::addWatchOnly(const Address& address, std::string_view label)
{
    std::lock_guard held(m_mutex);
    auto unlocked = requireUnlocked();
    if (!unlocked)
        return unlocked.error();
    return insertAccount((*unlocked)->keys, VaultAccount{address, AccountKind::WatchOnly, {}, std::string(label), false},
                         nullptr);
}

Result<void> Vault::setLabel(const Address& address, std::string_view label)
{
    if (auto ok = checkLabel(label); !ok)
        return ok;
    std::lock_guard held(m_mutex);
    auto changed = VaultTables(*m_db).setLabel(address, label);
    if (!changed)
        return changed.error();
    if (!*changed)
        return notInVault(address);
    return {};
}

Result<void> Vault::setHidden(const Address& address, bool hidden)
{
    std::lock_guard held(m_mutex);
    auto changed = VaultTables(*m_db).setHidden(address, hidden);
    if (!changed)
        return changed.error();
    if (!*changed)
        return notInVault(address);
    return {};
}

Result<std::string> Vault::exportKeystore(const Address& address, const SecureString& keystorePassword,
                                          const ScryptParams& cost)
{
    auto key = privateKey(address);
    if (!key)
        return key.error();
    return encryptKeystore(*key, keystorePassword, cost);
}

Result<RecoverableSignature> Vault::signHash(const Address& from, const Hash32& hash)
{
    auto key = privateKey(from);
    if (!key)
        return key.error();
    return plinth::signHash(hash, *key);
}

Result<void> Vault::withPrivateKey(const Address& from, const std::function<Result<void>(const SecureBytes&)>& use)
{
    auto key = privateKey(from);
    if (!key)
        return key.error();
    return use(*key);
}

} // namespace plinth
