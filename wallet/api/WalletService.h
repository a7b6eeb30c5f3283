#pragma once
// WalletService: the facade the GUI uses for keys (ARCHITECTURE.md "wallet/api"). Every request returns
// at once; the work (a KDF of about a second, SQLite, signing) runs on the service's own worker thread,
// one request at a time in the order they were made, and the result arrives through the request's
// callback.
//
// Threading: methods may be called from any thread. Callbacks run on the worker thread: a UI hands the
// result to its own thread (QMetaObject::invokeMethod(..., Qt::QueuedConnection)) and does nothing else
// there. A callback must not wait for another request of the same service (it would wait for itself).
// isUnlocked() and hasVault() never block: they read state the worker last published.
// Ownership: the service owns its Vault (opened on first use). Destroying the service waits for the
// running request, then calls every queued request's callback with ErrorCode::Cancelled, then joins.
// Subscriptions are RAII handles: after the handle is destroyed its callback is never called again.
// Errors: each callback gets the Result of the Vault call it wraps (see wallet/vault/Vault.h).

#include "wallet/common/Result.h"
#include "wallet/crypto/Bip32.h"
#include "wallet/crypto/SecureBytes.h"
#include "wallet/eth/Address.h"
#include "wallet/eth/Transaction.h"
#include "wallet/vault/Vault.h"
#include "wallet/vault/VaultAccount.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace plinth {

class WalletService {
public:
    template <class T>
    using Callback = std::function<void(Result<T>)>;

    // Disconnects its callback when destroyed; may be destroyed on any thread, also inside the callback,
    // but before the service itself (the UI object that owns it goes first).
    class Subscription {
    public:
        ~Subscription();
        Subscription(const Subscription&) = delete;
        Subscription& operator=(const Subscription&) = delete;

    private:
        friend class WalletService;
        Subscription(WalletService* service, std::uint64_t id) : m_service(service), m_id(id) {}
        WalletService* m_service;
        std::uint64_t m_id;
    };

    explicit WalletService(std::filesystem::path dataDir, VaultOptions options = {});
    ~WalletService();
    WalletService(const WalletService&) = delete;
    WalletService& operator=(const WalletService&) = delete;

    // Pure checks of typed input for a UI to run as the user types (no vault, no I/O, any thread).
    // A word of the BIP-39 English list; a prefix of one (for the word still being typed).
    static bool isMnemonicWord(std::string_view word);
    static bool isMnemonicWordPrefix(std::string_view prefix);
    // A whole phrase: word count, every word, the checksum; InvalidArgument saying which is wrong.
    static Result<void> checkMnemonic(std::string_view phrase);

    bool hasVault() const { return m_hasVault.load(); }
    bool isUnlocked() const { return m_unlocked.load(); }

    // Calls `callback(unlocked)` on the worker whenever the lock state changes (unlock, lock, auto-lock).
    [[nodiscard]] std::unique_ptr<Subscription> handleLockChanged(std::function<void(bool unlocked)> callback);

    void createVault(SecureString password, SecureString mnemonic, SecureString passphrase,
                     Callback<std::vector<VaultAccount>> done);
    // A vault without a recovery phrase, for a first run that imports a keystore or watches an address;
    // returned unlocked. InvalidArgument when the data dir already has a vault.
    void createWithoutSeed(SecureString password, Callback<void> done);
    // A fresh BIP-39 phrase of `words` (12, 15, 18, 21 or 24) words from the OS CSPRNG, as
    // `plinth-cli wallet create` makes it. Touches no vault; InvalidArgument for another word count.
    void newMnemonic(int words, Callback<SecureString> done);
    // Whether the vault holds a recovery phrase (false for keystore and watch-only vaults).
    void hasSeed(Callback<bool> done);
    void unlock(SecureString password, Callback<void> done);
    void lock();
    // For a UI timer: locks when the vault's idle timeout has passed.
    void lockIfIdle();
    // Lock after `timeout` without use (zero: never); kept for a vault opened or created later too.
    void setIdleTimeout(std::chrono::milliseconds timeout);
    // The user is active (a key press, a click): restarts the vault's idle timer. A UI throttles this.
    void noteActivity();
    void changePassword(SecureString currentPassword, SecureString newPassword, Callback<void> done);

    void accounts(Callback<std::vector<VaultAccount>> done);
    void addAccount(std::optional<DerivationPath> path, std::string label, Callback<VaultAccount> done);
    void setLabel(Address address, std::string label, Callback<void> done);
    void setHidden(Address address, bool hidden, Callback<void> done);

    // Imports (need the vault unlocked). A keystore v3 file's JSON and its own password.
    void importKeystore(std::string keystoreJson, SecureString keystorePassword, std::string label,
                        Callback<VaultAccount> done);
    void importPrivateKey(SecureBytes privateKey, std::string label, Callback<VaultAccount> done);
    void addWatchOnly(Address address, std::string label, Callback<VaultAccount> done);

    // Backup. A keystore v3 file of the account's key under `keystorePassword` (at the service's KDF
    // cost); Unsupported for a watch-only account. Needs the vault unlocked.
    void exportKeystore(Address address, SecureString keystorePassword, Callback<std::string> done);
    // The recovery phrase, after checking the vault password again (even when unlocked);
    // WrongPassword, or Unsupported for a vault without a seed.
    void revealMnemonic(SecureString password, Callback<SecureString> done);

    // EIP-191 personal_sign; the result is the 65-byte signature as 0x hex.
    void signMessage(Address from, Bytes message, Callback<std::string> done);
    // EIP-712 (eth_signTypedData_v4 JSON); checked against its types before signing.
    void signTypedData(Address from, std::string typedDataJson, Callback<std::string> done);
    void signTransaction(Address from, TransactionRequest tx, Callback<SignedTransaction> done);

private:
    using Job = std::function<void(bool cancelled)>;
    void post(Job job);
    void run();
    // Worker thread only.
    Result<Vault*> vault();
    // Posts `use(vault)` and hands its Result to `done` (a cancelled or failed open goes to `done` too).
    template <class T, class F>
    void postWithVault(Callback<T> done, F use);
    void applyIdleTimeout();
    // Makes a new vault with `make` unless one exists, then holds it, unlocked, and publishes that.
    Result<void> adoptNew(const std::function<Result<std::unique_ptr<Vault>>()>& make);
    void publishLockState();
    void unsubscribe(std::uint64_t id);

    const std::filesystem::path m_dataDir;
    const VaultOptions m_options;
    std::unique_ptr<Vault> m_vault; // worker thread only
    std::optional<std::chrono::milliseconds> m_idleTimeout; // worker thread only; set by setIdleTimeout

    std::atomic<bool> m_hasVault{false};
    std::atomic<bool> m_unlocked{false};

    std::mutex m_queueMutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue;
    bool m_stopping = false;

    // Held while callbacks run, so that a destroyed Subscription is never called afterwards.
    std::recursive_mutex m_subscriberMutex;
    std::map<std::uint64_t, std::function<void(bool)>> m_subscribers;
    std::uint64_t m_nextSubscriber = 1;
    bool m_lastPublished = false;

    std::thread m_worker; // last: starts after everything above exists
};

} // namespace plinth
