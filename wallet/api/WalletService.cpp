#include "wallet/api/WalletService.h"

#include "wallet/vault/VaultSigner.h"

#include "wallet/crypto/Bip39.h"
#include "wallet/crypto/Bip39WordList.h"

#include "wallet/eth/Eip191.h"
#include "wallet/eth/Eip712.h"

#include <algorithm>
#include <array>

namespace plinth {
namespace {

Error cancelled() { return makeError(ErrorCode::Cancelled, "the wallet service was shut down before this request ran"); }

} // namespace

bool WalletService::isMnemonicWord(std::string_view word) { return bip39::indexOfWord(word) >= 0; }

bool WalletService::isMnemonicWordPrefix(std::string_view prefix)
{
    const auto& words = bip39::englishWords(); // sorted: the first word not below the prefix decides
    const auto it = std::lower_bound(words.begin(), words.end(), prefix);
    return it != words.end() && it->substr(0, prefix.size()) == prefix;
}

Result<void> WalletService::checkMnemonic(std::string_view phrase)
{
    auto entropy = mnemonicToEntropy(phrase);
    if (!entropy)
        return entropy.error();
    return {};
}

WalletService::Subscription::~Subscription() { m_service->unsubscribe(m_id); }

WalletService::WalletService(std::filesystem::path dataDir, VaultOptions options)
    : m_dataDir(std::move(dataDir))
    , m_options(std::move(options))
    , m_hasVault(Vault::exists(m_dataDir))
    , m_worker([this] { run(); })
{
}

WalletService::~WalletService()
{
    std::deque<Job> dropped;
    {
        std::lock_guard lock(m_queueMutex);
        m_stopping = true;
        dropped.swap(m_queue);
    }
    m_wake.notify_all();
    if (m_worker.joinable())
        m_worker.join();
    for (Job& job : dropped)
        job(true);
    m_vault.reset(); // wipes the keys if still unlocked
}

void WalletService::post(Job job)
{
    {
        std::lock_guard lock(m_queueMutex);
        if (!m_stopping) {
            m_queue.push_back(std::move(job));
            job = nullptr;
        }
    }
    if (job)
        job(true);
    else
        m_wake.notify_one();
}

void WalletService::run()
{
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_queueMutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_stopping)
                return;
            job = std::move(m_queue.front());
            m_queue.pop_front();
        }
        job(false);
        publishLockState();
    }
}

Result<Vault*> WalletService::vault()
{
    if (!m_vault) {
        auto opened = Vault::open(m_dataDir, m_options);
        if (!opened)
            return opened.error();
        m_vault = std::move(*opened);
        m_hasVault = true;
        applyIdleTimeout();
    }
    return m_vault.get();
}

template <class T, class F>
void WalletService::postWithVault(Callback<T> done, F use)
{
    post([this, done = std::move(done), use = std::move(use)](bool stop) mutable {
        if (stop)
            return done(cancelled());
        auto v = vault();
        if (!v)
            return done(v.error());
        done(use(**v));
    });
}

void WalletService::applyIdleTimeout()
{
    if (m_vault && m_idleTimeout)
        m_vault->setIdleTimeout(*m_idleTimeout);
}

void WalletService::publishLockState()
{
    const bool unlocked = m_vault && m_vault->isUnlocked();
    m_unlocked = unlocked;
    std::lock_guard lock(m_subscriberMutex);
    if (unlocked == m_lastPublished)
        return;
    m_lastPublished = unlocked;
    // Copy: a callback may destroy its own subscription.
    const auto subscribers = m_subscribers;
    for (const auto& [id, callback] : subscribers)
        if (m_subscribers.count(id))
            callback(unlocked);
}

std::unique_ptr<WalletService::Subscription> WalletService::handleLockChanged(std::function<void(bool)> callback)
{
    std::lock_guard lock(m_subscriberMutex);
    const std::uint64_t id = m_nextSubscriber++;
    m_subscribers.emplace(id, std::move(callback));
    return std::unique_ptr<Subscription>(new Subscription(this, id));
}

void WalletService::unsubscribe(std::uint64_t id)
{
    std::lock_guard lock(m_subscriberMutex);
    m_subscribers.erase(id);
}

void WalletService::createVault(SecureString password, SecureString mnemonic, SecureString passphrase,
                                 Callback<std::vector<VaultAccount>> done)
{
    // std::function needs copyable state: the secrets travel in one shared, still zeroising, holder.
    auto secrets = std::make_shared<std::array<SecureString, 3>>(
        std::array<SecureString, 3>{std::move(password), std::move(mnemonic), std::move(passphrase)});
    post([this, secrets, done](bool stop) {
        if (stop)
            return done(cancelled());
        auto created = adoptNew([&] { return Vault::create(m_dataDir, (*secrets)[0], (*secrets)[1], (*secrets)[2], m_options); });
        for (SecureString& s : *secrets)
            s.clear();
        if (!created)
            return done(created.error());
        done(m_vault->accounts());
    });
}

void WalletService::createWithoutSeed(SecureString password, Callback<void> done)
{
    auto secret = std::make_shared<SecureString>(std::move(password));
    post([this, secret, done](bool stop) {
        if (stop)
            return done(cancelled());
        auto created = adoptNew([&] { return Vault::createWithoutSeed(m_dataDir, *secret, m_options); });
        secret->clear();
        done(std::move(created));
    });
}

Result<void> WalletService::adoptNew(const std::function<Result<std::unique_ptr<Vault>>()>& make)
{
    if (m_vault || Vault::exists(m_dataDir))
        return makeError(ErrorCode::InvalidArgument, "a vault already exists in " + m_dataDir.string());
    auto created = make();
    if (!created)
        return created.error();
    m_vault = std::move(*created);
    m_hasVault = true;
    applyIdleTimeout();
    // Published before the answer: whoever hears "created" must already see it unlocked.
    publishLockState();
    return {};
}

void WalletService::newMnemonic(int words, Callback<SecureString> done)
{
    // On the worker like everything else, so that callers never wait on the CSPRNG or the word list.
    post([words, done](bool stop) {
        if (stop)
            return done(cancelled());
        done(generateMnemonic(words));
    });
}

void WalletService::hasSeed(Callback<bool> done)
{
    postWithVault(std::move(done), [](Vault& v) { return v.hasSeed(); });
}

void WalletService::unlock(SecureString password, Callback<void> done)
{
    auto secret = std::make_shared<SecureString>(std::move(password));
    post([this, secret, done](bool stop) {
        if (stop)
            return done(cancelled());
        auto v = vault();
        if (!v)
            return done(v.error());
        auto ok = (*v)->unlock(*secret);
        secret->clear();
        publishLockState();
        done(std::move(ok));
    });
}

void WalletService::lock()
{
    post([this](bool stop) {
        if (!stop && m_vault)
            m_vault->lock();
    });
}

void WalletService::lockIfIdle()
{
    post([this](bool stop) {
        if (!stop && m_vault)
            m_vault->lockIfIdle();
    });
}

void WalletService::setIdleTimeout(std::chrono::milliseconds timeout)
{
    post([this, timeout](bool stop) {
        if (stop)
            return;
        m_idleTimeout = timeout;
        applyIdleTimeout();
    });
}

void WalletService::noteActivity()
{
    post([this](bool stop) {
        if (!stop && m_vault)
            m_vault->noteActivity();
    });
}

void WalletService::changePassword(SecureString currentPassword, SecureString newPassword, Callback<void> done)
{
    auto secrets = std::make_shared<std::array<SecureString, 2>>(
        std::array<SecureString, 2>{std::move(currentPassword), std::move(newPassword)});
    post([this, secrets, done](bool stop) {
        if (stop)
            return done(cancelled());
        auto v = vault();
        if (!v)
            return done(v.error());
        auto ok = (*v)->changePassword((*secrets)[0], (*secrets)[1]);
        for (SecureString& s : *secrets)
            s.clear();
        done(std::move(ok));
    });
}

void WalletService::accounts(Callback<std::vector<VaultAccount>> done)
{
    post([this, done](bool stop) {
        if (stop)
            return done(cancelled());
        auto v = vault();
        if (!v)
            return done(v.error());
        done((*v)->accounts());
    });
}

void WalletService::addAccount(std::optional<DerivationPath> path, std::string label, Callback<VaultAccount> done)
{
    post([this, path = std::move(path), label = std::move(label), done](bool stop) {
        if (stop)
            return done(cancelled());
        auto v = vault();
        if (!v)
            return done(v.error());
        done((*v)->addDerivedAccount(path, label));
    });
}

void WalletService::setLabel(Address address, std::string label, Callback<void> done)
{
    post([this, address, label = std::move(label), done](bool stop) {
        if (stop)
            return done(cancelled());
        auto v = vault();
        if (!v)
            return done(v.error());
        done((*v)->setLabel(address, label));
    });
}

void WalletService::setHidden(Address address, bool hidden, Callback<void> done)
{
    post([this, address, hidden, done](bool stop) {
        if (stop)
            return done(cancelled());
        auto v = vault();
        if (!v)
            return done(v.error());
        done((*v)->setHidden(address, hidden));
    });
}

void WalletService::importKeystore(std::string keystoreJson, SecureString keystorePassword, std::string label,
                                   Callback<VaultAccount> done)
{
    auto secret = std::make_shared<SecureString>(std::move(keystorePassword));
    postWithVault(std::move(done), [json = std::move(keystoreJson), secret, label = std::move(label)](Vault& v) {
        auto imported = v.importKeystore(json, *secret, label);
        secret->clear();
        return imported;
    });
}

void WalletService::importPrivateKey(SecureBytes privateKey, std::string label, Callback<VaultAccount> done)
{
    auto secret = std::make_shared<SecureBytes>(std::move(privateKey));
    postWithVault(std::move(done), [secret, label = std::move(label)](Vault& v) {
        auto imported = v.importPrivateKey(*secret, label);
        secret->clear();
        return imported;
    });
}

void WalletService::addWatchOnly(Address address, std::string label, Callback<VaultAccount> done)
{
    postWithVault(std::move(done),
                  [address, label = std::move(label)](Vault& v) { return v.addWatchOnly(address, label); });
}

void WalletService::exportKeystore(Address address, SecureString keystorePassword, Callback<std::string> done)
{
    auto secret = std::make_shared<SecureString>(std::move(keystorePassword));
    postWithVault(std::move(done), [this, address, secret](Vault& v) -> Result<std::string> {
        auto account = v.account(address);
        if (!account)
            return account.error();
        if (account->kind == AccountKind::WatchOnly)
            return makeError(ErrorCode::Unsupported,
                             toChecksumAddress(address) + " is watch-only: there is no key to export");
        auto exported = v.exportKeystore(address, *secret, m_options.kdfCost);
        secret->clear();
        return exported;
    });
}

void WalletService::revealMnemonic(SecureString password, Callback<SecureString> done)
{
    auto secret = std::make_shared<SecureString>(std::move(password));
    postWithVault(std::move(done), [secret](Vault& v) {
        auto phrase = v.revealMnemonic(*secret);
        secret->clear();
        return phrase;
    });
}

void WalletService::signMessage(Address from, Bytes message, Callback<std::string> done)
{
    post([this, from, message = std::move(message), done](bool stop) {
        if (stop)
            return done(cancelled());
        auto v = vault();
        if (!v)
            return done(v.error());
        auto signature = (*v)->signHash(from, personalMessageHash(message));
        if (!signature)
            return done(signature.error());
        done(signatureToHex(*signature));
    });
}

void WalletService::signTypedData(Address from, std::string typedDataJson, Callback<std::string> done)
{
    post([this, from, json = std::move(typedDataJson), done](bool stop) {
        if (stop)
            return done(cancelled());
        auto digest = typedDataHash(json);
        if (!digest)
            return done(digest.error());
        auto v = vault();
        if (!v)
            return done(v.error());
        auto signature = (*v)->signHash(from, *digest);
        if (!signature)
            return done(signature.error());
        done(signatureToHex(*signature));
    });
}

void WalletService::signTransaction(Address from, TransactionRequest tx, Callback<SignedTransaction> done)
{
    post([this, from, tx = std::move(tx), done](bool stop) {
        if (stop)
            return done(cancelled());
        auto v = vault();
        if (!v)
            return done(v.error());
        done(signWithVault(**v, from, tx));
    });
}

} // namespace plinth
