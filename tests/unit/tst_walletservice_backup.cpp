// WalletService's first-run and backup calls (wallet/api/WalletService.h): new phrases, seedless vaults,
// imports, watch-only, keystore export, the recovery phrase behind the password, and the idle timeout.
#include "tst_vault_support.h"
#include "tst_walletservice_await.h"
#include "wallet/api/WalletService.h"
#include "wallet/codec/Hex.h"
#include "wallet/crypto/Bip39.h"

#include <QTemporaryDir>
#include <QTest>

#include <set>
#include <sstream>

using namespace plinth;
using test::Await;

namespace {

const char* const kPassword = "backup password";
const char* const kDevnetMnemonic = "test test test test test test test test test test test junk";
// The devnet's (anvil's) first and second accounts: well-known keys, so the addresses are fixed facts.
const char* const kFirstAddress = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
const char* const kSecondKey = "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
const char* const kSecondAddress = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

int wordCount(std::string_view phrase)
{
    std::istringstream in{std::string(phrase)};
    int n = 0;
    for (std::string w; in >> w;)
        ++n;
    return n;
}

QString checksummed(const Address& a) { return QString::fromStdString(toChecksumAddress(a)); }

} // namespace

class TestWalletServiceBackup : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_root;
    int m_count = 0;
    std::filesystem::path newDir() { return test::toPath(m_root.filePath(QStringLiteral("b%1").arg(++m_count))); }

    // Waits for a request made after everything before it, so the published lock state is current.
    static void settle(WalletService& service)
    {
        Await<std::vector<VaultAccount>> list;
        service.accounts(list.callback());
        QVERIFY(list.get());
    }

    // Waits until every earlier request ran, through one that does not touch the vault (so it is no
    // activity of its own).
    static void drain(WalletService& service)
    {
        Await<SecureString> probe;
        service.newMnemonic(12, probe.callback());
        QVERIFY(probe.get());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_root.isValid()); }

    void newMnemonicsAreValidFreshAndSized()
    {
        WalletService service(newDir(), test::fastOptions());
        std::set<std::string> seen;
        for (int words : {12, 24}) {
            for (int i = 0; i < 3; ++i) {
                Await<SecureString> phrase;
                service.newMnemonic(words, phrase.callback());
                auto r = phrase.get();
                QVERIFY2(r, r ? "" : r.error().message.c_str());
                QCOMPARE(wordCount(r->view()), words);
                QVERIFY(mnemonicToEntropy(r->view())); // every word listed, checksum right
                seen.insert(std::string(r->view()));
            }
        }
        QCOMPARE(seen.size(), std::size_t{6}); // six draws, six different phrases
        Await<SecureString> bad;
        service.newMnemonic(13, bad.callback());
        QCOMPARE(bad.get().error().code, ErrorCode::InvalidArgument);
        QVERIFY(!service.hasVault()); // a phrase alone writes nothing
    }

    void seedlessVaultImportsAndWatches()
    {
        const auto dir = newDir();
        WalletService service(dir, test::fastOptions());
        Await<void> created;
        service.createWithoutSeed(SecureString(kPassword), created.callback());
        QVERIFY(created.get());
        QVERIFY(service.hasVault());
        settle(service);
        QVERIFY(service.isUnlocked());

        Await<bool> seed;
        service.hasSeed(seed.callback());
        auto hasSeed = seed.get();
        QVERIFY(hasSeed);
        QVERIFY(!*hasSeed);
        Await<SecureString> noPhrase;
        service.revealMnemonic(SecureString(kPassword), noPhrase.callback());
        QCOMPARE(noPhrase.get().error().code, ErrorCode::Unsupported);

        auto key = fromHex(kSecondKey);
        QVERIFY(key);
        Await<VaultAccount> imported;
        service.importPrivateKey(SecureBytes(ByteView(*key)), "second", imported.callback());
        auto account = imported.get();
        QVERIFY2(account, account ? "" : account.error().message.c_str());
        QCOMPARE(checksummed(account->address), QString::fromLatin1(kSecondAddress));
        QCOMPARE(account->kind, AccountKind::Imported);

        auto watched = parseAddress(kFirstAddress);
        QVERIFY(watched);
        Await<VaultAccount> watch;
        service.addWatchOnly(*watched, "watched", watch.callback());
        auto w = watch.get();
        QVERIFY(w);
        QCOMPARE(w->kind, AccountKind::WatchOnly);
        Await<std::string> noKey;
        service.exportKeystore(*watched, SecureString("file password"), noKey.callback());
        QCOMPARE(noKey.get().error().code, ErrorCode::Unsupported);

        Await<void> again;
        service.createWithoutSeed(SecureString(kPassword), again.callback());
        QCOMPARE(again.get().error().code, ErrorCode::InvalidArgument); // never over an existing vault
    }

    void exportedKeystoreImportsElsewhere()
    {
        WalletService source(newDir(), test::fastOptions());
        Await<std::vector<VaultAccount>> created;
        source.createVault(SecureString(kPassword), SecureString(kDevnetMnemonic), SecureString(), created.callback());
        auto accounts = created.get();
        QVERIFY(accounts);
        QCOMPARE(checksummed(accounts->front().address), QString::fromLatin1(kFirstAddress));
        Await<std::string> exported;
        source.exportKeystore(accounts->front().address, SecureString("file password"), exported.callback());
        auto json = exported.get();
        QVERIFY2(json, json ? "" : json.error().message.c_str());
        QVERIFY(json->find("\"version\":3") != std::string::npos || json->find("\"version\": 3") != std::string::npos);

        WalletService target(newDir(), test::fastOptions());
        Await<void> seedless;
        target.createWithoutSeed(SecureString("other"), seedless.callback());
        QVERIFY(seedless.get());
        Await<VaultAccount> wrong;
        target.importKeystore(*json, SecureString("not it"), "", wrong.callback());
        QCOMPARE(wrong.get().error().code, ErrorCode::WrongPassword);
        Await<VaultAccount> right;
        target.importKeystore(*json, SecureString("file password"), "from backup", right.callback());
        auto account = right.get();
        QVERIFY2(account, account ? "" : account.error().message.c_str());
        QCOMPARE(checksummed(account->address), QString::fromLatin1(kFirstAddress));
        QCOMPARE(QString::fromStdString(account->label), QStringLiteral("from backup"));
    }

    void recoveryPhraseNeedsThePassword()
    {
        WalletService service(newDir(), test::fastOptions());
        Await<std::vector<VaultAccount>> created;
        service.createVault(SecureString(kPassword), SecureString(kDevnetMnemonic), SecureString(), created.callback());
        QVERIFY(created.get());
        Await<bool> seed;
        service.hasSeed(seed.callback());
        auto hasSeed = seed.get();
        QVERIFY(hasSeed && *hasSeed);
        Await<SecureString> wrong;
        service.revealMnemonic(SecureString("guess"), wrong.callback());
        QCOMPARE(wrong.get().error().code, ErrorCode::WrongPassword);
        Await<SecureString> right;
        service.revealMnemonic(SecureString(kPassword), right.callback());
        auto phrase = right.get();
        QVERIFY(phrase);
        QCOMPARE(std::string(phrase->view()), std::string(kDevnetMnemonic));
    }

    void idleTimeoutAndActivity()
    {
        auto clock = std::make_shared<test::ManualClock>();
        WalletService service(newDir(), test::fastOptions(clock));
        // Set before the vault exists: the service keeps it for the vault it creates.
        service.setIdleTimeout(std::chrono::seconds(10));
        Await<std::vector<VaultAccount>> created;
        service.createVault(SecureString(kPassword), SecureString(kDevnetMnemonic), SecureString(), created.callback());
        QVERIFY(created.get());

        clock->advance(std::chrono::seconds(8));
        service.noteActivity(); // restarts the 10 s
        drain(service);
        clock->advance(std::chrono::seconds(8));
        service.lockIfIdle();
        drain(service);
        QVERIFY(service.isUnlocked()); // 8 s since the activity: not idle yet

        clock->advance(std::chrono::seconds(3)); // 11 s since the activity
        service.lockIfIdle();
        drain(service);
        QVERIFY(!service.isUnlocked());

        // Zero: never locks by itself.
        Await<void> unlocked;
        service.unlock(SecureString(kPassword), unlocked.callback());
        QVERIFY(unlocked.get());
        service.setIdleTimeout(std::chrono::milliseconds(0));
        clock->advance(std::chrono::hours(24));
        service.lockIfIdle();
        settle(service);
        QVERIFY(service.isUnlocked());
    }
};

QTEST_GUILESS_MAIN(TestWalletServiceBackup)
#include "tst_walletservice_backup.moc"
