// TransactionsService (the facade's preview -> send -> track) against a fresh seeded devnet, signed by a
// real WalletService vault restored from the devnet mnemonic: a claim of the user's rewards is previewed
// (decoded call, fees, a successful simulation), sent, heard pending then included, and cast confirms it
// (receipt status 1, accrued(user) now 0, the token balance up by exactly what was claimable); the
// journal lists it as included; a second claim, with nothing left, previews with its revert reason and
// send() refuses it before signing; a pending delegation is replaced by a speed-up (the same call) and
// by a cancel (nothing to itself), each included while the original is reported replaced; a locked vault
// is reported, nothing sent; callbacks never run on the caller's thread; destroying the service calls
// queued requests with Cancelled.
#include "DevnetFixture.h"
#include "ServiceTestSupport.h"
#include "SyncTestSupport.h"
#include "tst_vault_support.h"

#include "wallet/api/TransactionsService.h"
#include "wallet/api/WalletService.h"
#include "wallet/codec/Hex.h"
#include "wallet/network/CallEncoders.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <future>
#include <mutex>
#include <thread>

using namespace plinth;
using plinth::test::DevnetFixture;

namespace {

const std::string kPassword = "correct horse battery staple";
const std::string kMnemonic = "test test test test test test test test test test test junk";
QString qs(const std::string& s) { return QString::fromStdString(s); }

} // namespace

class TestTransactionsService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fx.start(), qPrintable(m_fx.error()));
        auto profile = test::devnetProfile(m_fx, {m_fx.rpcUrl().toStdString()});
        QVERIFY2(profile, profile ? "" : profile.error().message.c_str());
        m_profile = *profile;
        m_wallet = std::make_unique<WalletService>(m_dir.path().toStdString(), test::fastOptions());
        auto accounts = test::ask<std::vector<VaultAccount>>([&](auto done) {
            m_wallet->createVault(SecureString(kPassword), SecureString(kMnemonic), SecureString(std::string()), std::move(done));
        });
        QVERIFY2(accounts, accounts ? "" : accounts.error().message.c_str());
        m_user = accounts->front().address;
        QCOMPARE(qs(toChecksumAddress(m_user)),
                 m_fx.facts().value(QStringLiteral("accounts")).toObject().value(QStringLiteral("user")).toString());
        auto service = TransactionsService::create(*m_wallet, m_profile, m_dir.path().toStdString());
        QVERIFY2(service, service ? "" : service.error().message.c_str());
        m_tx = std::move(*service);
    }

    void aClaimIsPreviewedSentAndConfirmed()
    {
        if (!m_wallet->isUnlocked())
            QVERIFY(test::ask<void>([&](auto done) { m_wallet->unlock(SecureString(kPassword), std::move(done)); }));
        const QString user = qs(toChecksumAddress(m_user));
        const QString claimable = call(m_profile.contracts.rewards, QStringLiteral("accrued(address)(uint256)"), {user});
        const QString balanceBefore = call(m_profile.contracts.token, QStringLiteral("balanceOf(address)(uint256)"), {user});
        QVERIFY(!claimable.isEmpty() && claimable != QStringLiteral("0"));

        auto preview = test::ask<PreviewedCall>([&](auto done) { m_tx->preview("Claim my rewards", claimCall(), std::move(done)); });
        QVERIFY2(preview, preview ? "" : preview.error().message.c_str());
        QVERIFY2(preview->sendable(), preview->buildError ? preview->buildError->message.c_str() : "the simulation reverted");
        QCOMPARE(qs(preview->preview.call.functionName), QStringLiteral("claim"));
        QCOMPARE(qs(preview->preview.call.targetName), QStringLiteral("rewards"));
        QVERIFY(preview->preview.fees && preview->preview.fees->maximum >= preview->preview.fees->likely);
        QVERIFY(preview->preview.fees->likely > 0);

        std::mutex mutex;
        std::vector<TransactionStatus::State> heard;
        auto tracked = test::ask<TrackedTransaction>([&](auto done) {
            m_tx->send(*preview, [&](const TrackedTransaction& t) {
                std::lock_guard lock(mutex);
                heard.push_back(t.status.state);
            }, std::move(done));
        });
        QVERIFY2(tracked, tracked ? "" : tracked.error().message.c_str());
        QVERIFY(!tracked->timedOut);
        QCOMPARE(int(tracked->status.state), int(TransactionStatus::State::Included));
        QVERIFY(tracked->status.receipt && tracked->status.receipt->success);
        {
            std::lock_guard lock(mutex);
            QVERIFY(heard.size() >= 2);
            QCOMPARE(int(heard.front()), int(TransactionStatus::State::Pending));
            QCOMPARE(int(heard.back()), int(TransactionStatus::State::Included));
        }
        const QString hash = qs(toHex(tracked->sent.hash));
        const QJsonObject receipt =
            QJsonDocument::fromJson(m_fx.rpc(QStringLiteral("eth_getTransactionReceipt"), {hash}).toUtf8()).object();
        QCOMPARE(receipt.value(QStringLiteral("status")).toString(), QStringLiteral("0x1"));
        QCOMPARE(qint64(tracked->status.receipt->blockNumber), receipt.value(QStringLiteral("blockNumber")).toString().toLongLong(nullptr, 16));
        QCOMPARE(call(m_profile.contracts.rewards, QStringLiteral("accrued(address)(uint256)"), {user}), QStringLiteral("0"));
        const QString balanceAfter = call(m_profile.contracts.token, QStringLiteral("balanceOf(address)(uint256)"), {user});
        QCOMPARE(qs(toDecimalString(parseDecimalUInt256(balanceAfter.toStdString()).value() -
                                    parseDecimalUInt256(balanceBefore.toStdString()).value())),
                 claimable);

        auto rows = test::ask<std::vector<JournalEntry>>([&](auto done) { m_tx->journal(m_user, std::move(done)); });
        QVERIFY(rows);
        QVERIFY(!rows->empty());
        QCOMPARE(rows->front().hash, tracked->sent.hash); // newest first
        QCOMPARE(int(rows->front().status), int(JournalStatus::Included));
        QCOMPARE(qs(rows->front().kind), QStringLiteral("claim"));
    }

    void nothingLeftToClaimIsRefusedBeforeSigning()
    {
        auto before = test::ask<std::vector<JournalEntry>>([&](auto done) { m_tx->journal(std::nullopt, std::move(done)); });
        QVERIFY(before);
        auto preview = test::ask<PreviewedCall>([&](auto done) { m_tx->preview("Claim again", claimCall(), std::move(done)); });
        QVERIFY(preview);
        QVERIFY(!preview->sendable());
        QVERIFY(preview->preview.simulation && !preview->preview.simulation->success);
        QVERIFY(preview->preview.simulation->revert && !preview->preview.simulation->revert->sentence.empty());
        auto sent = test::ask<TrackedTransaction>([&](auto done) { m_tx->send(*preview, {}, std::move(done)); });
        QVERIFY(!sent);
        QCOMPARE(int(sent.error().code), int(ErrorCode::InvalidArgument));
        auto after = test::ask<std::vector<JournalEntry>>([&](auto done) { m_tx->journal(std::nullopt, std::move(done)); });
        QVERIFY(after);
        QCOMPARE(after->size(), before->size()); // nothing was signed or sent
    }

    void aReplacementReplacesThePendingOne_data()
    {
        QTest::addColumn<bool>("speedUp");
        QTest::newRow("speed-up") << true;
        QTest::newRow("cancel") << false;
    }

    void aReplacementReplacesThePendingOne()
    {
        QFETCH(bool, speedUp);
        if (!m_wallet->isUnlocked())
            QVERIFY(test::ask<void>([&](auto done) { m_wallet->unlock(SecureString(kPassword), std::move(done)); }));
        QVERIFY(!m_fx.rpc(QStringLiteral("evm_setAutomine"), {QStringLiteral("false")}).isNull()); // it stays pending
        auto preview = test::ask<PreviewedCall>([&](auto done) { m_tx->preview("Delegate to myself", delegateCall(), std::move(done)); });
        QVERIFY(preview && preview->sendable());
        std::promise<Hash32> pending;
        std::atomic<bool> told{false};
        std::promise<Result<TrackedTransaction>> original;
        m_tx->send(*preview, [&](const TrackedTransaction& t) {
            if (!told.exchange(true))
                pending.set_value(t.sent.hash);
        }, [&](Result<TrackedTransaction> r) { original.set_value(std::move(r)); });
        const Hash32 first = pending.get_future().get();

        // The worker is free while the first one is tracked: the speed-up is previewed and sent meanwhile.
        auto faster = test::ask<PreviewedCall>([&](auto done) {
            if (speedUp)
                m_tx->speedUp(first, FeeSpeed::Fast, std::move(done));
            else
                m_tx->cancel(first, FeeSpeed::Fast, std::move(done));
        });
        QVERIFY2(faster, faster ? "" : faster.error().message.c_str());
        QVERIFY2(faster->sendable(), faster->buildError ? faster->buildError->message.c_str() : "not sendable");
        QCOMPARE(faster->prepared->replaces.value(), first);
        QVERIFY(faster->prepared->tx.maxFeePerGas > preview->prepared->tx.maxFeePerGas);
        std::promise<Result<TrackedTransaction>> replacement;
        std::atomic<bool> broadcast{false};
        m_tx->send(*faster, [&](const TrackedTransaction&) { broadcast = true; },
                   [&](Result<TrackedTransaction> r) { replacement.set_value(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(broadcast.load(), 10000);
        QVERIFY(!m_fx.rpc(QStringLiteral("evm_mine")).isNull());
        QVERIFY(!m_fx.rpc(QStringLiteral("evm_setAutomine"), {QStringLiteral("true")}).isNull());

        auto second = replacement.get_future().get();
        QVERIFY2(second, second ? "" : second.error().message.c_str());
        QCOMPARE(int(second->status.state), int(TransactionStatus::State::Included));
        auto replaced = original.get_future().get();
        QVERIFY2(replaced, replaced ? "" : replaced.error().message.c_str());
        QCOMPARE(int(replaced->status.state), int(TransactionStatus::State::Replaced));
        QCOMPARE(m_fx.rpc(QStringLiteral("eth_getTransactionReceipt"), {qs(toHex(first))}), QStringLiteral("null"));
        const QJsonObject receipt = QJsonDocument::fromJson(
            m_fx.rpc(QStringLiteral("eth_getTransactionReceipt"), {qs(toHex(second->sent.hash))}).toUtf8()).object();
        QCOMPARE(receipt.value(QStringLiteral("status")).toString(), QStringLiteral("0x1"));
        // A speed-up makes the same call; a cancel sends nothing to itself.
        const QString to = receipt.value(QStringLiteral("to")).toString().toLower();
        QCOMPARE(to, qs(speedUp ? m_profile.contracts.token : toChecksumAddress(m_user)).toLower());
        QCOMPARE(qs(second->sent.kind), speedUp ? QStringLiteral("speed-up") : QStringLiteral("cancel"));
    }

    void aLockedVaultSendsNothing()
    {
        auto preview = test::ask<PreviewedCall>([&](auto done) { m_tx->preview("Delegate to myself", delegateCall(), std::move(done)); });
        QVERIFY(preview && preview->sendable());
        m_wallet->lock();
        auto sent = test::ask<TrackedTransaction>([&](auto done) { m_tx->send(*preview, {}, std::move(done)); });
        QVERIFY(!sent);
        QCOMPARE(int(sent.error().code), int(ErrorCode::Locked));
    }

    void destroyingCancelsQueuedRequests()
    {
        auto service = TransactionsService::create(*m_wallet, m_profile, m_dir.path().toStdString());
        QVERIFY(service);
        test::CallbackCount count;
        const int queued = 20;
        for (int i = 0; i < queued; ++i)
            (*service)->preview("Claim", claimCall(), count.callback<PreviewedCall>());
        service->reset(); // the first preview is still asking the node: the others never ran
        QCOMPARE(count.called.load(), queued);
        QVERIFY(count.cancelled.load() > 0);
    }

    void cleanupTestCase()
    {
        m_tx.reset();
        m_wallet.reset();
    }

private:
    ContractCallRequest claimCall() const
    {
        return ContractCallRequest{m_user, parseAddress(m_profile.contracts.rewards).value(), encodeClaim(m_user), 0, "claim",
                                   FeeSpeed::Normal};
    }

    // A delegation of the user's votes to itself: a real call that succeeds whenever it is sent.
    ContractCallRequest delegateCall() const
    {
        return ContractCallRequest{m_user, parseAddress(m_profile.contracts.token).value(), encodeDelegateVotes(m_user), 0,
                                   "delegate", FeeSpeed::Normal};
    }

    QString call(const std::string& contract, const QString& signature, const QStringList& args) const
    {
        return DevnetFixture::exactNumber(m_fx.cast(QStringList{QStringLiteral("call"), qs(contract), signature} + args));
    }

    DevnetFixture m_fx;
    QTemporaryDir m_dir;
    NetworkProfile m_profile;
    std::unique_ptr<WalletService> m_wallet;
    std::unique_ptr<TransactionsService> m_tx;
    Address m_user;
};

QTEST_GUILESS_MAIN(TestTransactionsService)
#include "tst_transactionsservice.moc"
