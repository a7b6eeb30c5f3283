// ActivityPage against a seeded devnet (GuiDevnet), its model and sort proxy under
// QAbstractItemModelTester (Fatal):
//  - the proven claims it lists are the core's ledger claims and, counted by cast, the Claimed events
//    of the user as owner; its unbonding events are the user's unbondings(id) read with cast (a withdrawn
//    one twice: requested, withdrawn) plus the Slashed logs of its stakes; rows are newest first;
//  - with automine off, a transaction sent through the TransactionsService shows as the newest row,
//    Pending, with Speed up enabled; Speed up opens the confirmation dialog on the replacement, which is
//    sent; once a block is mined the replacement is confirmed (cast: receipt status 1) and the original
//    row turns Replaced (cast: no receipt), without a manual refresh.
#include "GuiDevnet.h"
#include "ServiceSend.h"
#include "ServiceTestSupport.h"
#include "app/common/Language.h"
#include "ui/AccountContext.h"
#include "ui/common/Formatting.h"
#include "ui/dialogs/TransactionConfirmDialog.h"
#include "ui/models/ActivityModel.h"
#include "ui/pages/ActivityPage.h"
#include "wallet/codec/Hex.h"
#include "wallet/network/CallEncoders.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace plinth;
using namespace plinth::ui;

class TestActivityDevnet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        app::installLanguage(QStringLiteral("en"));
        QVERIFY2(m_net.start(), qPrintable(m_net.error()));
        m_accounts = std::make_unique<AccountContext>(*m_net.services().wallet);
        m_accounts->refresh();
        QTRY_VERIFY(m_accounts->current().has_value());
        m_page = std::make_unique<ActivityPage>(m_net.services(), *m_accounts);
        m_modelTester = std::make_unique<QAbstractItemModelTester>(&m_page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(&m_page->sorted(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_page->show();
        QTRY_VERIFY_WITH_TIMEOUT(!status().startsWith(QStringLiteral("Reading")), 60000);
    }

    void theClaimsAreTheProvenOnes()
    {
        auto ledger = test::ask<LedgerSnapshot>([&](auto done) { m_net.services().network->ledger(*m_accounts->current(), std::move(done)); });
        QVERIFY2(ledger, ledger ? "" : ledger.error().message.c_str());
        const std::size_t core = ledger->ledger.claims.size();
        QVERIFY(core > 0);
        QCOMPARE(m_page->model().claimCount(), core);
        // cast: the Claimed(owner = user) events up to the verified block.
        const QString topic = QStringLiteral("0x000000000000000000000000") + m_net.userAddress().mid(2).toLower();
        const QString logs = m_net.fixture().cast(
            {QStringLiteral("logs"), QStringLiteral("--json"), QStringLiteral("--from-block"), QStringLiteral("0"), QStringLiteral("--to-block"),
             QString::number(ledger->at.block.number), QStringLiteral("--address"), qs(m_net.services().profile->contracts.rewards),
             QStringLiteral("Claimed(address,address,uint256)")});
        std::size_t byUser = 0, all = 0;
        for (const QJsonValue& log : QJsonDocument::fromJson(logs.toUtf8()).array()) {
            ++all;
            byUser += log.toObject().value(QStringLiteral("topics")).toArray().at(1).toString().toLower() == topic;
        }
        QVERIFY(all > byUser); // others claimed too: the page shows only the user's
        QCOMPARE(byUser, core);
        QVERIFY2(status().contains(QStringLiteral("Proven in the verified cache: reward claims %1,").arg(core)), qPrintable(status()));
        checkNewestFirst();
    }

    void theUnbondingsAreTheProvenOnes()
    {
        // cast: every unbondings(id) of the staking contract, the user's counted (withdrawn ones twice:
        // the request and the withdrawal), and the Slashed logs of the user's stakes.
        const QString staking = qs(m_net.services().profile->contracts.staking);
        const int count = test::DevnetFixture::exactNumber(m_net.fixture().cast({QStringLiteral("call"), staking, QStringLiteral("unbondingCount()(uint256)")})).toInt();
        QVERIFY(count > 0);
        std::size_t expected = 0;
        for (int id = 1; id <= count; ++id) {
            const QStringList fields = m_net.fixture()
                                           .cast({QStringLiteral("call"), staking, QStringLiteral("unbondings(uint256)(address,address,uint128,uint64,bool)"),
                                                  QString::number(id)})
                                           .split(QLatin1Char('\n'));
            QCOMPARE(fields.size(), 5);
            if (fields.at(0).compare(m_net.userAddress(), Qt::CaseInsensitive) == 0)
                expected += fields.at(4) == QStringLiteral("true") ? 2 : 1;
        }
        const QString topic = QStringLiteral("0x000000000000000000000000") + m_net.userAddress().mid(2).toLower();
        const QString slashes = m_net.fixture().cast({QStringLiteral("logs"), QStringLiteral("--json"), QStringLiteral("--from-block"),
                                                      QStringLiteral("0"), QStringLiteral("--address"), staking,
                                                      QStringLiteral("Slashed(address,address,address,uint256,string)")});
        for (const QJsonValue& log : QJsonDocument::fromJson(slashes.toUtf8()).array())
            expected += log.toObject().value(QStringLiteral("topics")).toArray().at(2).toString().toLower() == topic;
        QVERIFY(expected > 0); // the user's pending unstake of 2,000 from device 5 (contracts/README.md)
        QCOMPARE(m_page->model().stakeEventCount(), expected);
        QVERIFY2(status().contains(QStringLiteral("unbonding and slash events %1.").arg(expected)), qPrintable(status()));
        bool shown = false;
        for (int row = 0; row < m_page->sorted().rowCount(); ++row)
            shown = shown || (cell(row, ActivityModel::What).startsWith(QStringLiteral("Unstake ")) &&
                              cell(row, ActivityModel::Amount) ==
                                  formatAmount(UInt256(2000) * UInt256(1'000'000'000'000'000'000ULL), 18, QStringLiteral("PLNTH")));
        QVERIFY(shown);
    }

    void aPendingTransactionIsSpedUp()
    {
        QVERIFY(!m_net.fixture().rpc(QStringLiteral("evm_setAutomine"), {QStringLiteral("false")}).isNull());
        const Hash32 original = sendDelegation();
        m_page->refresh();
        const QString hash = qs(toHex(original));
        QTRY_COMPARE_WITH_TIMEOUT(cell(0, ActivityModel::When, ActivityModel::HashRole), hash, 20000);
        QCOMPARE(cell(0, ActivityModel::Status), QStringLiteral("Pending"));
        auto* table = m_page->findChild<QTableView*>(QStringLiteral("activity.table"));
        table->selectRow(0);
        auto* speedUp = m_page->findChild<QPushButton*>(QStringLiteral("activity.speedUp"));
        QVERIFY(speedUp->isEnabled());
        QTest::mouseClick(speedUp, Qt::LeftButton);
        TransactionConfirmDialog* d = nullptr;
        QTRY_VERIFY((d = m_page->findChild<TransactionConfirmDialog*>()) != nullptr);
        QSignalSpy completed(d, &TransactionConfirmDialog::completed);
        auto* send = d->findChild<QPushButton*>(QStringLiteral("confirm.send"));
        QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), 30000);
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(d->findChild<QLabel*>(QStringLiteral("confirm.stepState"))->text().startsWith(QStringLiteral("Sent")), 30000);
        QVERIFY(!m_net.fixture().rpc(QStringLiteral("evm_mine")).isNull());
        QVERIFY(!m_net.fixture().rpc(QStringLiteral("evm_setAutomine"), {QStringLiteral("true")}).isNull());
        QTRY_COMPARE_WITH_TIMEOUT(completed.count(), 1, 60000);
        QVERIFY(completed.at(0).at(0).toBool());
        // The page follows on its own: the original replaced, the replacement confirmed.
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(hash), QStringLiteral("Replaced"), 30000);
        QCOMPARE(m_net.fixture().rpc(QStringLiteral("eth_getTransactionReceipt"), {hash}), QStringLiteral("null"));
        const QString replacement = cell(0, ActivityModel::When, ActivityModel::HashRole);
        QVERIFY(replacement != hash);
        QTRY_VERIFY_WITH_TIMEOUT(statusOf(replacement).startsWith(QStringLiteral("Confirmed in block ")), 30000);
        const QJsonObject receipt =
            QJsonDocument::fromJson(m_net.fixture().rpc(QStringLiteral("eth_getTransactionReceipt"), {replacement}).toUtf8()).object();
        QCOMPARE(receipt.value(QStringLiteral("status")).toString(), QStringLiteral("0x1"));
        checkNewestFirst();
        d->close();
    }

    void cleanupTestCase()
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        m_page.reset();
        m_accounts.reset();
    }

private:
    static QString qs(const std::string& s) { return QString::fromStdString(s); }
    QString status() { return m_page->findChild<QLabel*>(QStringLiteral("activity.status"))->text(); }
    QString cell(int row, int column, int role = Qt::DisplayRole)
    {
        return m_page->sorted().index(row, column).data(role).toString();
    }
    QString statusOf(const QString& hash)
    {
        for (int row = 0; row < m_page->sorted().rowCount(); ++row)
            if (cell(row, 0, ActivityModel::HashRole) == hash)
                return cell(row, ActivityModel::Status);
        return {};
    }
    void checkNewestFirst()
    {
        for (int row = 1; row < m_page->sorted().rowCount(); ++row)
            QVERIFY(m_page->sorted().index(row - 1, 0).data(ActivityModel::SortRole).toLongLong() >=
                    m_page->sorted().index(row, 0).data(ActivityModel::SortRole).toLongLong());
    }
    // The user's votes delegated to itself, sent through the service; returns once it is broadcast.
    Hash32 sendDelegation()
    {
        const Address user = *m_accounts->current();
        QString error;
        const auto sent = test::sendThroughService(m_net, "Delegate",
                                                   ContractCallRequest{user, parseAddress(m_net.services().profile->contracts.token).value(),
                                                                       encodeDelegateVotes(user), 0, "delegate-votes", FeeSpeed::Normal},
                                                   &error);
        if (!sent)
            qWarning("the delegation was not sent: %s", qPrintable(error));
        return sent.value_or(Hash32{});
    }

    test::GuiDevnet m_net;
    std::unique_ptr<AccountContext> m_accounts;
    std::unique_ptr<ActivityPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester, m_proxyTester;
};

QTEST_MAIN(TestActivityDevnet)
#include "tst_activity_devnet.moc"
