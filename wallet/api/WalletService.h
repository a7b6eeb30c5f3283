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
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
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

    bool hasVault() const { return m_hasVault.load(); }
    bool isUnlocked() const { return m_unlocked.load(); }

    // Calls `callback(unlocked)` on the worker whenever the lock state changes (unlock, lock, auto-lock).
    [[nodiscard]] std::unique_ptr<Subscription> handleLockChanged(std::function<void(bool unlocked)> callback);

    void createVault(SecureString password, SecureString mnemonic, SecureString passphrase,
                     Callback<std::vector<VaultAccount>> done);
    void unlock(SecureString password, Callback<void> done);
    void lock();
    // For a UI timer: locks when the vault's idle timeout has passed.
    void lockIfIdle();
    void changePassword(SecureString currentPassword, SecureString newPassword, Callback<void> done);

    void accounts(Callback<std::vector<VaultAccount>> done);
    void addAccount(std::optional<DerivationPath> path, std::string label, Callback<VaultAccount> done);
    void setLabel(Address address, std::string label, Callback<void> done);
    void setHidden(Address address, bool hidden, Callback<void> done);

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
    void publishLockState();
    void unsubscribe(std::uint64_t id);

    const std::filesystem::path m_dataDir;
    const VaultOptions m_options;
    std::unique_ptr<Vault> m_vault; // worker thread only

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
