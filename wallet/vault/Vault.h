#pragma once
// Vault: the encrypted key store of one data dir (ARCHITECTURE.md "Keys"), an SQLite file
// `<datadir>/vault.db` laid out as VaultSchema.h describes.
//
// What it holds: at most one BIP-39 seed (its entropy and optional passphrase, from which accounts are
// derived at BIP-44 paths), imported private keys, and watch-only addresses, each with a label and a
// hidden flag. Secrets are sealed with AES-256-GCM under a key from scrypt (at least keystore v3's
// default cost, n=2^18, r=8, p=1, in real use) and bound to their row by associated data. Private keys
// are never stored for derived accounts: they are derived when needed and wiped after use.
//
// Atomicity: a new vault is written to a temporary file, synced, and linked into place, so a crash
// leaves no vault or a whole one. Every later change is one SQLite transaction (rollback journal,
// synchronous=FULL): a crash leaves the old or the new vault, and it always opens. A damaged file (not
// SQLite, a foreign header, a failed integrity check, a truncated file, a failed tag) is reported as
// ErrorCode::Corrupt and never rewritten.
//
// Lock state: open() gives a locked vault; unlock() derives the key (slow at real cost) and verifies every
// account and secret; lock() wipes the keys. Reading accounts, labels and the hidden flag works while
// locked; adding accounts, signing, exporting need it unlocked. The vault locks itself when it has not
// been used for `idleTimeout` (checked on every call and by lockIfIdle(), which a UI timer may call),
// against the injected Clock, so tests need no sleeps.
//
// Ownership: create()/open() return a unique_ptr; the Vault owns its database connection.
// Threading: every method may be called from any thread; an internal mutex serialises them. Methods
// that run a KDF (unlock, create*, changePassword, revealMnemonic, importKeystore, exportKeystore) take
// about a second at real cost and block their caller for that long, but they run the KDF without holding
// the mutex, so isUnlocked(), accounts() and lock() called meanwhile from another thread return at once.
// The GUI therefore calls the slow ones from a worker (see wallet/api/WalletService.h), never its own thread.
// Errors: Result with ErrorCode::WrongPassword, Locked, NotFound (no vault, unknown account),
// InvalidArgument (bad mnemonic, key, path, duplicate account), Unsupported (newer format, no seed),
// Corrupt, Io. No message ever contains a password, a mnemonic or key material.

#include "wallet/common/Result.h"
#include "wallet/crypto/Bip32.h"
#include "wallet/crypto/Secp256k1.h"
#include "wallet/crypto/SecureBytes.h"
#include "wallet/eth/Address.h"
#include "wallet/vault/Clock.h"
#include "wallet/vault/Kdf.h"
#include "wallet/vault/VaultAccount.h"

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plinth {

class SqliteDatabase;
class VaultKeys;
struct AccountRow;
struct VaultSession;

struct VaultOptions {
    // KDF cost for a new vault and for a new password (an existing vault keeps the cost it was written
    // with). Lower only in tests.
    ScryptParams kdfCost = kDefaultScrypt;
    // Lock after this long without use; zero never locks by itself.
    std::chrono::milliseconds idleTimeout = std::chrono::minutes(5);
    // Time source for the idle timeout; null means SteadyClock.
    std::shared_ptr<const Clock> clock;
};

class Vault {
public:
    static constexpr const char* kFileName = "vault.db";

    static std::filesystem::path filePath(const std::filesystem::path& dataDir);
    static bool exists(const std::filesystem::path& dataDir);

    // A new vault holding the seed of `mnemonic` (every word and the checksum are checked) with an
    // optional BIP-39 passphrase, and its first account, m/44'/60'/0'/0/0. Returned unlocked.
    // Fails with InvalidArgument if the data dir already has a vault.
    static Result<std::unique_ptr<Vault>> create(const std::filesystem::path& dataDir, const SecureString& password,
                                                 const SecureString& mnemonic, const SecureString& passphrase,
                                                 VaultOptions options = {});
    // A new vault without a seed, for imported keys and watch-only addresses. Returned unlocked.
    static Result<std::unique_ptr<Vault>> createWithoutSeed(const std::filesystem::path& dataDir,
                                                            const SecureString& password, VaultOptions options = {});
    // The data dir's vault, locked. NotFound if there is none; Corrupt if it is damaged (untouched).
    static Result<std::unique_ptr<Vault>> open(const std::filesystem::path& dataDir, VaultOptions options = {});

    ~Vault();
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    const std::filesystem::path& path() const { return m_path; }

    Result<void> unlock(const SecureString& password);
    void lock();
    bool isUnlocked() const;
    // Locks if the idle timeout has passed; true if it locked now.
    bool lockIfIdle();
    void setIdleTimeout(std::chrono::milliseconds timeout);
    // Restarts the idle timer (the user is active); every successful unlocked operation does this too.
    void noteActivity();

    Result<bool> hasSeed() const;
    Result<std::vector<VaultAccount>> accounts() const;
    Result<VaultAccount> account(const Address& address) const;

    // Derives the account at `path`, or at the first m/44'/60'/0'/0/i not yet in the vault.
    Result<VaultAccount> addDerivedAccount(std::optional<DerivationPath> path, std::string_view label = {});
    Result<VaultAccount> importPrivateKey(const SecureBytes& privateKey, std::string_view label = {});
    Result<VaultAccount> importKeystore(std::string_view keystoreJson, const SecureString& keystorePassword,
                                        std::string_view label = {});
    Result<VaultAccount> addWatchOnly(const Address& address, std::string_view label = {});
    Result<void> setLabel(const Address& address, std::string_view label);
    Result<void> setHidden(const Address& address, bool hidden);

    // A keystore v3 file of the account's key, encrypted under `keystorePassword`.
    Result<std::string> exportKeystore(const Address& address, const SecureString& keystorePassword,
                                       const ScryptParams& cost = kDefaultScrypt);

    // Re-encrypts every secret and re-authenticates every account under `newPassword` (new salt, current
    // options' KDF cost) in one transaction. Works locked or unlocked; if unlocked it stays unlocked.
    Result<void> changePassword(const SecureString& currentPassword, const SecureString& newPassword);

    // The recovery phrase, after checking `password` again even when unlocked.
    Result<SecureString> revealMnemonic(const SecureString& password);

    Result<RecoverableSignature> signHash(const Address& from, const Hash32& hash);
    // Runs `use` with the account's private key (wiped afterwards), outside the vault's mutex.
    Result<void> withPrivateKey(const Address& from, const std::function<Result<void>(const SecureBytes&)>& use);

private:
    using Populate = std::function<Result<void>(Vault& draft)>;

    Vault(std::filesystem::path path, std::unique_ptr<SqliteDatabase> db, Bytes vaultId, VaultOptions options);
    static Result<std::unique_ptr<Vault>> createFile(const std::filesystem::path& dataDir, const SecureString& password,
                                                     VaultOptions options, const Populate& populate);

    // All below: the caller holds m_mutex.
    Result<const VaultSession*> requireUnlocked();
    void lockLocked();
    bool idleExpired() const;
    Result<VaultKeys> checkPassword(const SecureString& password, std::unique_lock<std::mutex>& held);
    Result<void> verifyContents(const VaultKeys& keys);
    Result<void> checkAccountRow(const VaultKeys& keys, const AccountRow& row) const;
    Result<void> insertSeed(const SecureBytes& payload);
    Result<VaultAccount> insertAccount(const VaultKeys& keys, VaultAccount account, const SecureBytes* key);
    Result<SecureBytes> seedPlaintext(const VaultKeys& keys);
    Result<SecureBytes> privateKeyOf(const VaultKeys& keys, const AccountRow& row);
    Result<SecureBytes> privateKey(const Address& from);

    const std::filesystem::path m_path;
    const std::unique_ptr<SqliteDatabase> m_db;
    const Bytes m_vaultId;
    VaultOptions m_options;
    mutable std::mutex m_mutex;
    std::unique_ptr<VaultSession> m_unlocked; // null while locked
    Clock::TimePoint m_lastActivity{};
};

} // namespace plinth
