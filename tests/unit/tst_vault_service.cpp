// WalletService (wallet/api/WalletService.h): the asynchronous facade over the vault.
#include "tst_vault_support.h"
#include "tst_walletservice_await.h"
#include "wallet/api/WalletService.h"
#include "wallet/eth/Eip191.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <future>
#include <thread>

using namespace plinth;

namespace {

const char* const kPassword = "service password";

using test::Await;

SecureString mnemonic()
{
    return SecureString(test::readVectors(QStringLiteral("ethers-vectors.json")).value(QStringLiteral("hd")).toArray()
                            .at(3).toObject().value(QStringLiteral("mnemonic")).toString().toStdString());
}

} // namespace

class TestVaultService : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_root;
    int m_count = 0;
    std::filesystem::path newDir() { return test::toPath(m_root.filePath(QStringLiteral("s%1").arg(++m_count))); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_root.isValid()); }

    void createUnlockSignLock()
    {
        WalletService service(newDir(), test::fastOptions());
        QVERIFY(!service.hasVault());
        std::vector<bool> states;
        std::mutex statesMutex;
        std::thread::id callbackThread;
        auto subscription = service.handleLockChanged([&](bool unlocked) {
            std::lock_guard lock(statesMutex);
            states.push_back(unlocked);
            callbackThread = std::this_thread::get_id();
        });

        Await<std::vector<VaultAccount>> created;
        service.createVault(SecureString(kPassword), mnemonic(), SecureString("TREZOR"), created.callback());
        auto accounts = created.get();
        QVERIFY2(accounts.has_value(), accounts ? "" : accounts.error().message.c_str());
        QCOMPARE(accounts->size(), std::size_t{1});
        const QJsonObject expected = test::readVectors(QStringLiteral("ethers-vectors.json")).value(QStringLiteral("hd")).toArray()
                                         .at(3).toObject().value(QStringLiteral("derived")).toArray().at(0).toObject();
        QCOMPARE(QString::fromStdString(toChecksumAddress(accounts->front().address)), expected.value(QStringLiteral("address")).toString());
        QVERIFY(service.hasVault());

        Await<std::string> signedMessage;
        service.signMessage(accounts->front().address, Bytes{'h', 'i'}, signedMessage.callback());
        auto signature = signedMessage.get();
        QVERIFY(signature);
        QVERIFY(service.isUnlocked());
        auto parsed = signatureFromHex(*signature);
        QVERIFY(parsed);
        auto signer = recoverPersonalMessageSigner(Bytes{'h', 'i'}, *parsed);
        QVERIFY(signer && *signer == accounts->front().address);

        service.lock();
        Await<void> wrong;
        service.unlock(SecureString("nope"), wrong.callback());
        QCOMPARE(wrong.get().error().code, ErrorCode::WrongPassword);
        QVERIFY(!service.isUnlocked());
        Await<void> right;
        service.unlock(SecureString(kPassword), right.callback());
        QVERIFY(right.get());
        Await<std::vector<VaultAccount>> list; // a request after the unlock, so its state is published
        service.accounts(list.callback());
        QVERIFY(list.get());
        QVERIFY(service.isUnlocked());
        {
            std::lock_guard lock(statesMutex);
            QCOMPARE(states, (std::vector<bool>{true, false, true}));
            QVERIFY(callbackThread != std::this_thread::get_id());
        }
        subscription.reset();
        service.lock();
        Await<std::vector<VaultAccount>> after;
        service.accounts(after.callback());
        QVERIFY(after.get());
        QVERIFY(!service.isUnlocked());
        std::lock_guard lock(statesMutex);
        QCOMPARE(states.size(), std::size_t{3}); // no call after the subscription was destroyed
    }

    void autoLockThroughTheService()
    {
        auto clock = std::make_shared<test::ManualClock>();
        VaultOptions options = test::fastOptions(clock);
        options.idleTimeout = std::chrono::minutes(1);
        WalletService service(newDir(), options);
        Await<std::vector<VaultAccount>> created;
        service.createVault(SecureString(kPassword), mnemonic(), SecureString(), created.callback());
        QVERIFY(created.get());
        QVERIFY(service.isUnlocked());
        std::promise<bool> lockedPromise;
        auto subscription = service.handleLockChanged([&](bool unlocked) { lockedPromise.set_value(!unlocked); });
        clock->advance(std::chrono::minutes(2));
        service.lockIfIdle();
        QVERIFY(lockedPromise.get_future().get());
        QVERIFY(!service.isUnlocked());
    }

    void signingNeedsUnlockAndRightAccount()
    {
        WalletService service(newDir(), test::fastOptions());
        Await<std::vector<VaultAccount>> noVault;
        service.accounts(noVault.callback());
        QCOMPARE(noVault.get().error().code, ErrorCode::NotFound);
        Await<std::vector<VaultAccount>> created;
        service.createVault(SecureString(kPassword), mnemonic(), SecureString(), created.callback());
        auto accounts = created.get();
        QVERIFY(accounts);
        TransactionRequest tx;
        tx.chainId = 31337;
        tx.gas = 21000;
        tx.maxFeePerGas = 2;
        tx.maxPriorityFeePerGas = 1;
        tx.from = Address{}; // names another account
        Await<SignedTransaction> mismatch;
        service.signTransaction(accounts->front().address, tx, mismatch.callback());
        QCOMPARE(mismatch.get().error().code, ErrorCode::InvalidArgument);
    }

    void shutdownAnswersEveryRequest()
    {
        auto service = std::make_unique<WalletService>(newDir(), test::fastOptions());
        std::promise<void> release;
        std::shared_future<void> released = release.get_future().share();
        std::atomic<int> answered{0};
        std::atomic<bool> destroyed{false};
        std::atomic<bool> lateCall{false};
        service->accounts([&, released](Result<std::vector<VaultAccount>>) {
            released.wait(); // hold the worker while more requests queue up
            ++answered;
        });
        for (int i = 0; i < 5; ++i)
            service->accounts([&](Result<std::vector<VaultAccount>>) {
                if (destroyed)
                    lateCall = true;
                ++answered;
            });
        std::thread destroyer([&] {
            service.reset();
            destroyed = true;
        });
        release.set_value();
        destroyer.join();
        QCOMPARE(answered.load(), 6); // every request got exactly one answer, none was lost
        QVERIFY(!lateCall);
    }
};

QTEST_GUILESS_MAIN(TestVaultService)
#include "tst_vault_service.moc"
