// Vault: files, lock state and passwords. Accounts, keys and signing are in VaultAccounts.cpp.
#include "wallet/vault/Vault.h"

#include "wallet/codec/Hex.h"
#include "wallet/crypto/Bip39.h"
#include "wallet/vault/SqliteDatabase.h"
#include "wallet/vault/VaultKeys.h"
#include "wallet/vault/VaultSchema.h"
#include "wallet/vault/VaultSecrets.h"
#include "wallet/vault/VaultTables.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <system_error>

namespace plinth {
namespace {

constexpr std::size_t kSaltSize = 32;
constexpr std::size_t kVaultIdSize = 16;

// fsync a file or a folder by path; a rename or link is only durable once its folder is synced.
bool syncPath(const std::filesystem::path& path, bool directory)
{
    const int fd = ::open(path.c_str(), (directory ? O_RDONLY | O_DIRECTORY : O_RDONLY) | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

Error ioError(const std::string& what, int err)
{
    return makeError(ErrorCode::Io, what + ": " + std::strerror(err));
}

// Removes the temporary file of an unfinished vault (and a journal SQLite may have left beside it).
class TempFileGuard {
public:
    explicit TempFileGuard(std::filesystem::path path) : m_path(std::move(path)) {}
    ~TempFileGuard()
    {
        std::error_code ec;
        std::filesystem::remove(m_path, ec);
        std::filesystem::remove(m_path.string() + "-journal", ec);
    }
    TempFileGuard(const TempFileGuard&) = delete;
    TempFileGuard& operator=(const TempFileGuard&) = delete;

private:
    std::filesystem::path m_path;
};

// Moves the finished temporary file to `to` without ever replacing an existing vault: link() fails if a
// vault appeared meanwhile, where rename() would silently overwrite it. File systems without hard links
// get renameat2(RENAME_NOREPLACE), which has the same guarantee.
Result<void> publishNewFile(const std::filesystem::path& from, const std::filesystem::path& to)
{
    int rc = ::link(from.c_str(), to.c_str());
    if (rc == 0) {
        ::unlink(from.c_str());
        return {};
    }
    if (errno == EPERM || errno == ENOTSUP || errno == EOPNOTSUPP || errno == EMLINK)
        rc = ::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE);
    if (rc == 0)
        return {};
    if (errno == EEXIST)
        return makeError(ErrorCode::InvalidArgument, "a vault already exists at " + to.string());
    return ioError("cannot create " + to.string(), errno);
}

Result<PasswordRecord> readPasswordRecord(VaultTables& tables, ByteView vaultId)
{
    auto record = tables.passwordRecord();
    if (!record)
        return record.error();
    const Hash32 digest = passwordRecordDigest(vaultId, record->kdf, record->cost, record->salt, record->checkSealed);
    if (record->checkDigest.size() != digest.size()
        || !std::equal(digest.begin(), digest.end(), record->checkDigest.begin()))
        return makeError(ErrorCode::Corrupt,
                         "the vault file is damaged (its password record fails its checksum); it was left as it is");
    if (record->kdf != "scrypt")
        return makeError(ErrorCode::Unsupported, "the vault uses an unknown key derivation \"" + record->kdf + "\"");
    return record;
}

Result<PasswordRecord> makePasswordRecord(const VaultKeys& keys, ByteView vaultId, Bytes salt, const ScryptParams& cost)
{
    PasswordRecord r;
    r.cost = cost;
    r.salt = std::move(salt);
    auto check = keys.sealCheck(vaultId);
    if (!check)
        return check.error();
    r.checkSealed = std::move(*check);
    const Hash32 digest = passwordRecordDigest(vaultId, r.kdf, r.cost, r.salt, r.checkSealed);
    r.checkDigest.assign(digest.begin(), digest.end());
    return r;
}

} // namespace

Vault::Vault(std::filesystem::path path, std::unique_ptr<SqliteDatabase> db, Bytes vaultId, VaultOptions options)
    : m_path(std::move(path))
    , m_db(std::move(db))
    , m_vaultId(std::move(vaultId))
    , m_options(std::move(options))
{
    if (!m_options.clock)
        m_options.clock = std::make_shared<SteadyClock>();
}

Vault::~Vault() = default;

std::filesystem::path Vault::filePath(const std::filesystem::path& dataDir) { return dataDir / kFileName; }

bool Vault::exists(const std::filesystem::path& dataDir)
{
    std::error_code ec;
    return std::filesystem::exists(filePath(dataDir), ec);
}

Result<std::unique_ptr<Vault>> Vault::open(const std::filesystem::path& dataDir, VaultOptions options)
{
    const std::filesystem::path path = filePath(dataDir);
    if (!exists(dataDir))
        return makeError(ErrorCode::NotFound, "there is no vault in " + dataDir.string());
    auto db = SqliteDatabase::open(path, kVaultApplicationId);
    if (!db)
        return db.error();
    if (auto ok = migrateVaultSchema(**db); !ok)
        return ok.error();
    VaultTables tables(**db);
    auto vaultId = tables.vaultId();
    if (!vaultId)
        return vaultId.error();
    // Reading the password record now reports a damaged one at open, not at the first unlock.
    if (auto record = readPasswordRecord(tables, *vaultId); !record)
        return record.error();
    return std::unique_ptr<Vault>(new Vault(path, std::move(*db), std::move(*vaultId), std::move(options)));
}

Result<std::unique_ptr<Vault>> Vault::createFile(const std::filesystem::path& dataDir, const SecureString& password,
                                                 VaultOptions options, const Populate& populate)
{
    if (auto ok = checkScryptParams(options.kdfCost); !ok)
        return ok.error();
    if (password.empty())
        return makeError(ErrorCode::InvalidArgument, "the vault password must not be empty");
    const std::filesystem::path finalPath = filePath(dataDir);
    if (exists(dataDir))
        return makeError(ErrorCode::InvalidArgument, "a vault already exists at " + finalPath.string());
    std::error_code ec;
    if (!std::filesystem::exists(dataDir, ec)) {
        std::filesystem::create_directories(dataDir, ec);
        if (ec)
            return makeError(ErrorCode::Io, "cannot create the data folder " + dataDir.string() + ": " + ec.message());
        std::filesystem::permissions(dataDir, std::filesystem::perms::owner_all, ec);
    }

    auto random = secureRandomBytes(kVaultIdSize + kSaltSize + 8);
    if (!random)
        return random.error();
    const Bytes vaultId(random->begin(), random->begin() + kVaultIdSize);
    Bytes salt(random->begin() + kVaultIdSize, random->begin() + kVaultIdSize + kSaltSize);
    const std::filesystem::path tempPath
        = dataDir / ("." + std::string(kFileName) + ".new-" + toHex(ByteView(*random).last(8), false));

    // The file exists with owner-only permissions before SQLite sees it (its journals copy the mode).
    const int fd = ::open(tempPath.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0)
        return ioError("cannot create " + tempPath.string(), errno);
    ::close(fd);
    TempFileGuard guard(tempPath);

    auto derived = VaultKeys::derive(password, salt, options.kdfCost);
    if (!derived)
        return derived.error();
    std::optional<VaultKeys> keys(std::move(*derived));
    {
        auto db = SqliteDatabase::open(tempPath, std::nullopt);
        if (!db)
            return db.error();
        if (auto ok = createVaultSchema(**db); !ok)
            return ok.error();
        {
            auto tx = SqliteTransaction::begin(**db);
            if (!tx)
                return tx.error();
            VaultTables tables(**db);
            auto record = makePasswordRecord(*keys, vaultId, salt, options.kdfCost);
            if (!record)
                return record.error();
            if (auto ok = tables.setVaultId(vaultId); !ok)
                return ok.error();
            if (auto ok = tables.writePasswordRecord(*record); !ok)
                return ok.error();
            if (auto ok = tx->commit(); !ok)
                return ok.error();
        }
        // Fill the new file through the ordinary code paths, as an unlocked vault of its own.
        Vault draft(tempPath, std::move(*db), vaultId, options);
        draft.m_unlocked.reset(new VaultSession{std::move(*keys), salt});
        draft.m_lastActivity = draft.m_options.clock->now();
        draft.m_options.idleTimeout = std::chrono::milliseconds(0);
        if (auto ok = populate(draft); !ok)
            return ok.error();
        keys.emplace(std::move(draft.m_unlocked->keys));
    } // the draft's connection closes here, before the file is synced and linked

    if (!syncPath(tempPath, false))
        return ioError("cannot sync " + tempPath.string(), errno);
    if (auto ok = publishNewFile(tempPath, finalPath); !ok)
        return ok.error();
    syncPath(dataDir, true);

    auto vault = open(dataDir, std::move(options));
    if (!vault)
        return vault.error();
    std::lock_guard lock((*vault)->m_mutex);
    (*vault)->m_unlocked.reset(new VaultSession{std::move(*keys), std::move(salt)});
    (*vault)->m_lastActivity = (*vault)->m_options.clock->now();
    return vault;
}

Result<std::unique_ptr<Vault>> Vault::create(const std::filesystem::path& dataDir, const SecureString& password,
                                             const SecureString& mnemonic, const SecureString& passphrase,
                                             VaultOptions options)
{
    auto entropy = mnemonicToEntropy(mnemonic.view());
    if (!entropy)
        return entropy.error();
    auto payload = encodeSeedSecret(entropy->view(), passphrase.view());
    if (!payload)
        return payload.error();
    return createFile(dataDir, password, std::move(options), [&payload](Vault& draft) -> Result<void> {
        if (auto ok = draft.insertSeed(*payload); !ok)
            return ok;
        auto first = draft.addDerivedAccount(defaultEthereumPath(0));
        if (!first)
            return first.error();
        return {};
    });
}

Result<std::unique_ptr<Vault>> Vault::createWithoutSeed(const std::filesystem::path& dataDir,
                                                        const SecureString& password, VaultOptions options)
{
    return createFile(dataDir, password, std::move(options), [](Vault&) -> Result<void> { return {}; });
}

Result<void> Vault::unlock(const SecureString& password)
{
    std::unique_lock held(m_mutex);
    auto keys = checkPassword(password, held);
    if (!keys)
        return keys.error();
    if (auto ok = verifyContents(*keys); !ok)
        return ok;
    VaultTables tables(*m_db);
    auto record = tables.passwordRecord();
    if (!record)
        return record.error();
    m_unlocked.reset(new VaultSession{std::move(*keys), std::move(record->salt)});
    m_lastActivity = m_options.clock->now();
    return {};
}

void Vault::lock()
{
    std::lock_guard held(m_mutex);
    lockLocked();
}

void Vault::lockLocked() { m_unlocked.reset(); } // the keys' SecureBytes wipe themselves

bool Vault::idleExpired() const
{
    return m_options.idleTimeout.count() > 0 && m_options.clock->now() - m_lastActivity >= m_options.idleTimeout;
}

bool Vault::isUnlocked() const
{
    std::lock_guard held(m_mutex);
    return m_unlocked && !idleExpired();
}

bool Vault::lockIfIdle()
{
    std::lock_guard held(m_mutex);
    if (!m_unlocked || !idleExpired())
        return false;
    lockLocked();
    return true;
}

void Vault::setIdleTimeout(std::chrono::milliseconds timeout)
{
    std::lock_guard held(m_mutex);
    m_options.idleTimeout = timeout;
}

void Vault::noteActivity()
{
    std::lock_guard held(m_mutex);
    if (m_unlocked && !idleExpired())
        m_lastActivity = m_options.clock->now();
}

Result<const VaultSession*> Vault::requireUnlocked()
{
    if (!m_unlocked)
        return makeError(ErrorCode::Locked, "the vault is locked: unlock it with its password first");
    if (idleExpired()) {
        lockLocked();
        return makeError(ErrorCode::Locked, "the vault locked itself after being idle: unlock it again");
    }
    // Another process (the CLI beside the GUI) may have changed the password: the keys held here would
    // then seal rows nobody can open.
    VaultTables tables(*m_db);
    auto record = tables.passwordRecord();
    if (!record)
        return record.error();
    if (record->salt != m_unlocked->salt) {
        lockLocked();
        return makeError(ErrorCode::Locked, "the vault's password was changed by another Plinth process: unlock it again");
    }
    m_lastActivity = m_options.clock->now();
    return m_unlocked.get();
}

Result<VaultKeys> Vault::checkPassword(const SecureString& password, std::unique_lock<std::mutex>& held)
{
    VaultTables tables(*m_db);
    auto record = readPasswordRecord(tables, m_vaultId);
    if (!record)
        return record.error();
    // The KDF is the slow part: let other callers in meanwhile.
    held.unlock();
    auto keys = VaultKeys::derive(password, record->salt, record->cost);
    held.lock();
    if (!keys)
        return keys.error();
    auto now = readPasswordRecord(tables, m_vaultId);
    if (!now)
        return now.error();
    if (now->salt != record->salt)
        return makeError(ErrorCode::Io, "the vault's password was changed meanwhile by another Plinth process; try again");
    if (!keys->openCheck(m_vaultId, record->checkSealed))
        return makeError(ErrorCode::WrongPassword, "wrong password for the vault");
    return keys;
}

Result<void> Vault::verifyContents(const VaultKeys& keys)
{
    auto tx = SqliteTransaction::begin(*m_db, SqliteTransaction::Mode::Read);
    if (!tx)
        return tx.error();
    VaultTables tables(*m_db);
    auto accounts = tables.accounts();
    if (!accounts)
        return accounts.error();
    auto secrets = tables.secrets();
    if (!secrets)
        return secrets.error();
    for (const AccountRow& row : *accounts) {
        if (auto ok = checkAccountRow(keys, row); !ok)
            return ok;
    }
    for (const SecretRow& secret : *secrets) {
        auto place = placeOf(secret, *accounts);
        if (!place)
            return place.error();
        auto plain = keys.openSecret(m_vaultId, *place, secret.sealed);
        if (!plain)
            return plain.error();
    }
    return tx->commit();
}

Result<void> Vault::changePassword(const SecureString& currentPassword, const SecureString& newPassword)
{
    if (newPassword.empty())
        return makeError(ErrorCode::InvalidArgument, "the new vault password must not be empty");
    if (auto ok = checkScryptParams(m_options.kdfCost); !ok)
        return ok;
    std::unique_lock held(m_mutex);
    auto oldKeys = checkPassword(currentPassword, held);
    if (!oldKeys)
        return oldKeys.error();
    auto oldRecord = VaultTables(*m_db).passwordRecord();
    if (!oldRecord)
        return oldRecord.error();
    auto salt = secureRandomBytes(kSaltSize);
    if (!salt)
        return salt.error();
    held.unlock();
    auto newKeys = VaultKeys::derive(newPassword, *salt, m_options.kdfCost);
    held.lock();
    if (!newKeys)
        return newKeys.error();

    // One transaction: every secret re-sealed, every account re-authenticated, the new password record.
    auto tx = SqliteTransaction::begin(*m_db);
    if (!tx)
        return tx.error();
    VaultTables tables(*m_db);
    auto record = tables.passwordRecord();
    if (!record)
        return record.error();
    if (record->salt != oldRecord->salt)
        return makeError(ErrorCode::Io, "the vault's password was changed meanwhile by another Plinth process; try again");
    auto accounts = tables.accounts();
    if (!accounts)
        return accounts.error();
    auto secrets = tables.secrets();
    if (!secrets)
        return secrets.error();
    for (const SecretRow& secret : *secrets) {
        auto place = placeOf(secret, *accounts);
        if (!place)
            return place.error();
        auto plain = oldKeys->openSecret(m_vaultId, *place, secret.sealed);
        if (!plain)
            return plain.error();
        auto sealed = newKeys->sealSecret(m_vaultId, *place, plain->view());
        if (!sealed)
            return sealed.error();
        if (auto ok = tables.updateSecret(secret.id, *sealed); !ok)
            return ok;
    }
    for (const AccountRow& row : *accounts) {
        if (auto ok = checkAccountRow(*oldKeys, row); !ok)
            return ok;
        const Hash32 mac = newKeys->accountMac(m_vaultId, fieldsOf(row));
        if (auto ok = tables.updateAccountMac(row.id, mac); !ok)
            return ok;
    }
    auto newRecord = makePasswordRecord(*newKeys, m_vaultId, *salt, m_options.kdfCost);
    if (!newRecord)
        return newRecord.error();
    if (auto ok = tables.writePasswordRecord(*newRecord); !ok)
        return ok;
    if (auto ok = tx->commit(); !ok)
        return ok;
    if (m_unlocked) {
        m_unlocked.reset(new VaultSession{std::move(*newKeys), std::move(*salt)});
        m_lastActivity = m_options.clock->now();
    }
    return {};
}

Result<SecureString> Vault::revealMnemonic(const SecureString& password)
{
    std::unique_lock held(m_mutex);
    auto keys = checkPassword(password, held);
    if (!keys)
        return keys.error();
    auto payload = seedPlaintext(*keys);
    if (!payload)
        return payload.error();
    auto seed = decodeSeedSecret(*payload);
    if (!seed)
        return seed.error();
    return entropyToMnemonic(seed->entropy.view());
}

} // namespace plinth
