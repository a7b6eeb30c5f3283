// EventNotifier (the tray's source) over a seeded devnet (GuiDevnet), each event made with cast or the
// TransactionsService and brought in by a sync, as tst_shell_devnet checks the epoch notification:
//  - a proposal created with `cast send propose` whose voting delay then passed (evm_increaseTime):
//    one "Proposal open for voting" naming its title and its deadline (cast proposalDeadline);
//  - the chain's clock moved to six hours before that deadline: one "Proposal about to end" with the
//    time left from the verified block's time;
//  - a call of the account mined: one "Transaction confirmed" naming its hash and block (cast receipt);
//  - an unstake of a whole stake that a slash mined first in the same block makes revert (cast receipt
//    status 0): one "Transaction failed" with the journal's reason.
// The baseline (what the chain held when the notifier started) announces nothing, and no event is
// announced twice across the later reads.
#include "ChainMoves.h"
#include "ChainReads.h"
#include "GuiDevnet.h"
#include "PageTestSupport.h"
#include "RevertingUnstake.h"
#include "ServiceSend.h"
#include "app/common/Language.h"
#include "ui/AccountContext.h"
#include "ui/EventNotifier.h"
#include "ui/common/Formatting.h"
#include "wallet/network/CallEncoders.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace plinth;
using test::addr;
using test::dec;
using test::qs;

namespace {

const QString kTitle = QStringLiteral("PIP-9: Notify the voters");
// No newline at the end: cast trims the string it sends, and the id hashes the description as sent.
const QString kDescription = QStringLiteral("# PIP-9: Notify the voters\n\nSet the onboarding fee to 20 PLNTH.");

} // namespace

class TestNotifierDevnet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        app::installLanguage(QStringLiteral("en"));
        QVERIFY2(m_net.start(), qPrintable(m_net.error()));
        m_accounts = test::openAccounts(m_net);
        QVERIFY(m_accounts);
        m_notifier = std::make_unique<ui::EventNotifier>(m_net.services(), *m_accounts);
        m_spy = std::make_unique<QSignalSpy>(m_notifier.get(), &ui::EventNotifier::notify);
        // The block the sync had verified when each notification came.
        connect(m_notifier.get(), &ui::EventNotifier::notify, this, [this](const QString& title, const QString& text) {
            const SyncStatus status = m_net.services().sync->status();
            m_verifiedWhen[title + QLatin1Char('|') + text] = status.verified ? status.verified->number : 0;
            qInfo("notified: %s: %s", qPrintable(title), qPrintable(text));
        });
        QTRY_VERIFY_WITH_TIMEOUT(m_notifier->ready(), 30000);
        QCOMPARE(m_spy->count(), 0); // the baseline is not news
    }

    void aProposalOpenedForVoting()
    {
        const std::string governor = m_net.services().profile->contracts.governor;
        const QString registry = qs(m_net.services().profile->contracts.devices);
        const QString calldata = m_net.fixture().castOffline({QStringLiteral("calldata"), QStringLiteral("setOnboardingFee(uint256)"),
                                                              QStringLiteral("20000000000000000000")});
        QVERIFY(calldata.startsWith(QStringLiteral("0x")));
        const QString targets = QStringLiteral("[%1]").arg(registry), values = QStringLiteral("[0]"), calldatas = QStringLiteral("[%1]").arg(calldata);
        QString error;
        const QString sent = m_net.fixture().cast({QStringLiteral("send"), QStringLiteral("--unlocked"), QStringLiteral("--from"),
                                                   addr(test::factsAccount(m_net.fixture(), QStringLiteral("alice"))), qs(governor),
                                                   QStringLiteral("propose(address[],uint256[],bytes[],string)"), targets, values, calldatas, kDescription},
                                                  &error);
        QVERIFY2(!sent.isNull(), qPrintable(error));
        const QString descriptionHash = m_net.fixture().castOffline({QStringLiteral("keccak"), kDescription});
        m_proposal = test::castNumber(test::castCall(m_net.fixture(), governor, QStringLiteral("hashProposal(address[],uint256[],bytes[],bytes32)(uint256)"),
                                                     {targets, values, calldatas, descriptionHash}, test::headBlock(m_net.fixture())));
        QCOMPARE(state(m_proposal), QStringLiteral("0")); // Pending: created, not open yet
        m_deadline = test::castUIntAtHead(m_net.fixture(), governor, QStringLiteral("proposalDeadline(uint256)(uint256)"), {dec(m_proposal)})
                         .convert_to<std::uint64_t>();
        const std::uint64_t snapshot = test::castUIntAtHead(m_net.fixture(), governor, QStringLiteral("proposalSnapshot(uint256)(uint256)"), {dec(m_proposal)})
                                           .convert_to<std::uint64_t>();
        QVERIFY2(test::mineAndSync(m_net), qPrintable(m_net.error()));
        // Pending is no news: nothing about it yet (other notifications may come from the seeded ones).
        QCOMPARE(about(QStringLiteral("Proposal open for voting")), 0);

        const std::uint64_t now = test::headTimestamp(m_net.fixture());
        QVERIFY(test::moveTimeOn(m_net.fixture(), snapshot - now + 1));
        QCOMPARE(state(m_proposal), QStringLiteral("1")); // Active
        QVERIFY2(test::mineAndSync(m_net), qPrintable(m_net.error()));
        QTRY_COMPARE_WITH_TIMEOUT(about(QStringLiteral("Proposal open for voting")), 1, 30000);
        QCOMPARE(textOf(QStringLiteral("Proposal open for voting")),
                 QStringLiteral("%1 is open for voting until %2.").arg(kTitle, ui::formatDateTime(m_deadline)));
    }

    void aProposalAboutToEnd()
    {
        QVERIFY2(m_deadline > 0, "needs the proposal of the test before");
        const std::uint64_t now = test::headTimestamp(m_net.fixture());
        const std::uint64_t left = 6 * 3600;
        QVERIFY(m_deadline > now + left);
        QCOMPARE(about(QStringLiteral("Proposal about to end")), 0);
        QVERIFY(test::moveTimeOn(m_net.fixture(), m_deadline - left - now));
        QVERIFY2(test::mineAndSync(m_net), qPrintable(m_net.error()));
        QTRY_COMPARE_WITH_TIMEOUT(about(QStringLiteral("Proposal about to end")), 1, 30000);
        // The time left is counted from the verified block the notifier read.
        auto snapshot = test::ask<ProposalsSnapshot>([&](auto done) { m_net.services().network->proposals(std::move(done)); });
        QVERIFY2(snapshot, snapshot ? "" : snapshot.error().message.c_str());
        QVERIFY(snapshot->at.timestamp < m_deadline && m_deadline - snapshot->at.timestamp <= ui::EventNotifier::kEndingSoonSeconds);
        QCOMPARE(textOf(QStringLiteral("Proposal about to end")),
                 QStringLiteral("Voting on %1 ends in %2.").arg(kTitle, ui::formatDuration(m_deadline - snapshot->at.timestamp)));
        // Read again on the next block: neither event is announced a second time.
        QVERIFY2(test::mineAndSync(m_net), qPrintable(m_net.error()));
        QVERIFY2(test::mineAndSync(m_net), qPrintable(m_net.error()));
        QCOMPARE(about(QStringLiteral("Proposal about to end")), 1);
        QCOMPARE(about(QStringLiteral("Proposal open for voting")), 1);
    }

    void aTransactionConfirmed()
    {
        const Address user = *m_accounts->current();
        QString error;
        const auto hash = test::sendThroughService(
            m_net, "Delegate",
            ContractCallRequest{user, parseAddress(m_net.services().profile->contracts.token).value(), encodeDelegateVotes(user), 0, "delegate-votes",
                                FeeSpeed::Normal},
            &error);
        QVERIFY2(hash, qPrintable(error));
        QVERIFY(waitForJournal(*hash, JournalStatus::Included));
        const QJsonObject receipt = receiptOf(*hash);
        QCOMPARE(receipt.value(QStringLiteral("status")).toString(), QStringLiteral("0x1"));
        const std::uint64_t block = receipt.value(QStringLiteral("blockNumber")).toString().toULongLong(nullptr, 16);
        // A sync now verifies the block below it only (its own has no child yet): no news yet. Then
        // its child, and the sync that verifies it.
        QVERIFY2(m_net.syncNow(), qPrintable(m_net.error()));
        QVERIFY2(test::mineAndSync(m_net), qPrintable(m_net.error()));
        const QString expected = QStringLiteral("Transaction %1 is in block %2.").arg(shortHash(*hash), ui::formatCount(block));
        QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("Transaction confirmed"), expected), 1, 30000);
        QVERIFY(m_verifiedWhen.value(QStringLiteral("Transaction confirmed|") + expected) >= block);
        QVERIFY2(test::mineAndSync(m_net), qPrintable(m_net.error()));
        QCOMPARE(about(QStringLiteral("Transaction confirmed")), 1);
        QCOMPARE(about(QStringLiteral("Transaction failed")), 0);
    }

    void aTransactionFailed()
    {
        // The whole stake of one of the user's devices passes the simulation, but a slash mined first in
        // the same block (a higher tip) leaves less than that: the unstake reverts in the block
        // (RevertingUnstake.h).
        const Address user = *m_accounts->current();
        const quint64 nonce = m_net.fixture().cast({QStringLiteral("nonce"), addr(user)}).toULongLong();
        QString error;
        const auto hash = test::sendRevertingUnstake(m_net, user, &error);
        QVERIFY2(hash, qPrintable(error));
        QCOMPARE(receiptOf(*hash).value(QStringLiteral("status")).toString(), QStringLiteral("0x0"));
        QCOMPARE(m_net.fixture().cast({QStringLiteral("nonce"), addr(user)}).toULongLong(), nonce + 1); // mined, reverted
        const std::optional<JournalEntry> entry = waitForJournal(*hash, JournalStatus::Reverted, true);
        QVERIFY2(entry, "the journal says the unstake reverted, and why");
        QVERIFY2(qs(entry->note).contains(QStringLiteral("InsufficientStake")), entry->note.c_str());
        QVERIFY2(m_net.syncNow(), qPrintable(m_net.error()));
        QVERIFY2(test::mineAndSync(m_net), qPrintable(m_net.error()));
        const QString expected = QStringLiteral("Transaction %1 failed: %2").arg(shortHash(*hash), qs(entry->note));
        QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("Transaction failed"), expected), 1, 30000);
        QVERIFY(m_verifiedWhen.value(QStringLiteral("Transaction failed|") + expected) >= entry->blockNumber.value_or(~0ULL));
        QVERIFY2(test::mineAndSync(m_net), qPrintable(m_net.error()));
        QCOMPARE(about(QStringLiteral("Transaction failed")), 1);
        QCOMPARE(about(QStringLiteral("Transaction confirmed")), 1); // the one of the test before, only
    }

    void cleanupTestCase()
    {
        m_spy.reset();
        m_notifier.reset();
        m_accounts.reset();
    }

private:
    // Notifications with this title that concern this test's proposal or transactions (the seeded
    // proposals may be announced too as the clock moves on: they are other events).
    int about(const QString& title) const
    {
        int n = 0;
        for (const QList<QVariant>& args : *m_spy)
            n += args.at(0).toString() == title && (!title.startsWith(QStringLiteral("Proposal")) || args.at(1).toString().contains(kTitle));
        return n;
    }
    int count(const QString& title, const QString& text) const
    {
        int n = 0;
        for (const QList<QVariant>& args : *m_spy)
            n += args.at(0).toString() == title && args.at(1).toString() == text;
        return n;
    }
    QString textOf(const QString& title) const
    {
        for (const QList<QVariant>& args : *m_spy)
            if (args.at(0).toString() == title && args.at(1).toString().contains(kTitle))
                return args.at(1).toString();
        return {};
    }
    static QString shortHash(const Hash32& hash) { return qs(toHex(hash)).left(12) + QStringLiteral("…"); }
    QString state(const UInt256& id)
    {
        return test::castCall(m_net.fixture(), m_net.services().profile->contracts.governor, QStringLiteral("state(uint256)(uint8)"), {dec(id)},
                              test::headBlock(m_net.fixture()));
    }
    QJsonObject receiptOf(const Hash32& hash)
    {
        return QJsonDocument::fromJson(m_net.fixture().rpc(QStringLiteral("eth_getTransactionReceipt"), {qs(toHex(hash))}).toUtf8()).object();
    }
    std::optional<JournalEntry> waitForJournal(const Hash32& hash, JournalStatus status, bool withNote = false)
    {
        return test::waitForJournal(m_net, *m_accounts->current(), hash, status, withNote);
    }

    test::GuiDevnet m_net;
    std::unique_ptr<ui::AccountContext> m_accounts;
    std::unique_ptr<ui::EventNotifier> m_notifier;
    std::unique_ptr<QSignalSpy> m_spy;
    QHash<QString, std::uint64_t> m_verifiedWhen; // "title|text" -> the verified block then
    UInt256 m_proposal = 0;
    std::uint64_t m_deadline = 0;
};

QTEST_MAIN(TestNotifierDevnet)
#include "tst_notifier_devnet.moc"
