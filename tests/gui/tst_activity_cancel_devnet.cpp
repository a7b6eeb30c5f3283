// The Activity page's "Cancel transaction" over a seeded devnet (GuiDevnet), with automine off (cast rpc
// evm_setAutomine false) so that the transaction stays pending: a call sent through the
// TransactionsService shows as the newest row, Pending; Cancel opens the confirmation dialog on the
// replacement, which is sent. Checked with cast: the replacement is a transfer of 0 from the account
// to itself at the original's nonce with a higher fee; once blocks are mined it has a receipt
// (status 1), the original has none and is gone from the node, and the account's nonce moved by exactly
// one. The page turns the original Replaced and the cancel Confirmed on its own. The page's model and
// its sort proxy pass QAbstractItemModelTester throughout.
#include "ConfirmSend.h"
#include "GuiDevnet.h"
#include "PageTestSupport.h"
#include "ServiceSend.h"
#include "app/common/Language.h"
#include "ui/AccountContext.h"
#include "ui/common/Formatting.h"
#include "ui/dialogs/TransactionConfirmDialog.h"
#include "ui/models/ActivityModel.h"
#include "ui/pages/ActivityPage.h"
#include "wallet/network/CallEncoders.h"

#include <QAbstractItemModelTester>
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
using test::qs;

class TestActivityCancelDevnet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        app::installLanguage(QStringLiteral("en"));
        QVERIFY2(m_net.start(), qPrintable(m_net.error()));
        m_accounts = test::openAccounts(m_net);
        QVERIFY(m_accounts);
        m_page = std::make_unique<ActivityPage>(m_net.services(), *m_accounts);
        m_modelTester = std::make_unique<QAbstractItemModelTester>(&m_page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(&m_page->sorted(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_page->show();
        QTRY_VERIFY_WITH_TIMEOUT(!status().startsWith(QStringLiteral("Reading")), 60000);
    }

    void cancelReplacesThePendingTransaction()
    {
        const QString user = m_net.userAddress();
        const quint64 nonce = m_net.fixture().cast({QStringLiteral("nonce"), user}).toULongLong();
        QVERIFY(!m_net.fixture().rpc(QStringLiteral("evm_setAutomine"), {QStringLiteral("false")}).isNull());
        m_automineOff = true;
        // The user's votes delegated to itself again: any call of the account will do.
        const Address from = *m_accounts->current();
        QString error;
        const auto original = test::sendThroughService(
            m_net, "Delegate",
            ContractCallRequest{from, parseAddress(m_net.services().profile->contracts.token).value(), encodeDelegateVotes(from), 0, "delegate-votes",
                                FeeSpeed::Normal},
            &error);
        QVERIFY2(original, qPrintable(error));
        const QString hash = qs(toHex(*original));
        const QJsonObject pending = transaction(hash);
        QCOMPARE(pending.value(QStringLiteral("nonce")).toString(), hexQuantity(nonce));
        QVERIFY(pending.value(QStringLiteral("blockNumber")).isNull());

        m_page->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(cell(0, ActivityModel::When, ActivityModel::HashRole), hash, 20000);
        QCOMPARE(cell(0, ActivityModel::Status), QStringLiteral("Pending"));
        auto* table = m_page->findChild<QTableView*>(QStringLiteral("activity.table"));
        auto* cancel = m_page->findChild<QPushButton*>(QStringLiteral("activity.cancel"));
        table->selectRow(0);
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        TransactionConfirmDialog* d = nullptr;
        QTRY_VERIFY((d = m_page->findChild<TransactionConfirmDialog*>()) != nullptr);
        QSignalSpy completed(d, &TransactionConfirmDialog::completed);
        QString sendError;
        QVERIFY2(test::clickSendWhenReady(*d, &sendError), qPrintable(sendError));
        QTRY_VERIFY_WITH_TIMEOUT(d->findChild<QLabel*>(QStringLiteral("confirm.stepState"))->text().startsWith(QStringLiteral("Sent")), 30000);

        // The replacement is the newest row: 0 to itself at the same nonce, paying more per gas.
        m_page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(cell(0, ActivityModel::When, ActivityModel::HashRole) != hash, 20000);
        const QString replacement = cell(0, ActivityModel::When, ActivityModel::HashRole);
        const QJsonObject cancelTx = transaction(replacement);
        QCOMPARE(cancelTx.value(QStringLiteral("from")).toString().toLower(), user.toLower());
        QCOMPARE(cancelTx.value(QStringLiteral("to")).toString().toLower(), user.toLower());
        QCOMPARE(cancelTx.value(QStringLiteral("value")).toString(), QStringLiteral("0x0"));
        QCOMPARE(cancelTx.value(QStringLiteral("input")).toString(), QStringLiteral("0x"));
        QCOMPARE(cancelTx.value(QStringLiteral("nonce")).toString(), hexQuantity(nonce));
        QVERIFY(number(cancelTx, "maxFeePerGas") > number(pending, "maxFeePerGas"));
        QVERIFY(number(cancelTx, "maxPriorityFeePerGas") > number(pending, "maxPriorityFeePerGas"));

        QVERIFY(!m_net.fixture().rpc(QStringLiteral("evm_mine")).isNull());
        QVERIFY(!m_net.fixture().rpc(QStringLiteral("evm_setAutomine"), {QStringLiteral("true")}).isNull());
        m_automineOff = false;
        QTRY_COMPARE_WITH_TIMEOUT(completed.count(), 1, 60000);
        QVERIFY(completed.at(0).at(0).toBool());
        // Mined: the cancel with status 1, the original never, and one nonce used.
        const QJsonObject receipt = QJsonDocument::fromJson(m_net.fixture().rpc(QStringLiteral("eth_getTransactionReceipt"), {replacement}).toUtf8()).object();
        QCOMPARE(receipt.value(QStringLiteral("status")).toString(), QStringLiteral("0x1"));
        QVERIFY(!m_net.fixture().rpc(QStringLiteral("anvil_mine"), {QStringLiteral("2")}).isNull());
        QCOMPARE(m_net.fixture().rpc(QStringLiteral("eth_getTransactionReceipt"), {hash}), QStringLiteral("null"));
        QCOMPARE(m_net.fixture().rpc(QStringLiteral("eth_getTransactionByHash"), {hash}), QStringLiteral("null"));
        QCOMPARE(m_net.fixture().cast({QStringLiteral("nonce"), user}).toULongLong(), nonce + 1);
        // The page follows on its own.
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(hash), QStringLiteral("Replaced"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(statusOf(replacement).startsWith(QStringLiteral("Confirmed in block ")), 30000);
        QCOMPARE(statusOf(replacement), QStringLiteral("Confirmed in block %1").arg(formatCount(receipt.value(QStringLiteral("blockNumber")).toString().toULongLong(nullptr, 16))));
        table->selectRow(0);
        QVERIFY(!cancel->isEnabled()); // nothing pending is selected any more
        d->close();
    }

    void cleanupTestCase()
    {
        if (m_automineOff)
            m_net.fixture().rpc(QStringLiteral("evm_setAutomine"), {QStringLiteral("true")});
        m_proxyTester.reset();
        m_modelTester.reset();
        m_page.reset();
        m_accounts.reset();
    }

private:
    static QString hexQuantity(quint64 n) { return QStringLiteral("0x") + QString::number(n, 16); }
    static UInt256 number(const QJsonObject& tx, const char* field)
    {
        return parseHexQuantity(tx.value(QLatin1String(field)).toString().toStdString()).value();
    }
    QJsonObject transaction(const QString& hash)
    {
        return QJsonDocument::fromJson(m_net.fixture().rpc(QStringLiteral("eth_getTransactionByHash"), {hash}).toUtf8()).object();
    }
    QString status() { return m_page->findChild<QLabel*>(QStringLiteral("activity.status"))->text(); }
    QString cell(int row, int column, int role = Qt::DisplayRole) { return m_page->sorted().index(row, column).data(role).toString(); }
    QString statusOf(const QString& hash)
    {
        for (int row = 0; row < m_page->sorted().rowCount(); ++row)
            if (cell(row, 0, ActivityModel::HashRole) == hash)
                return cell(row, ActivityModel::Status);
        return {};
    }

    test::GuiDevnet m_net;
    std::unique_ptr<AccountContext> m_accounts;
    std::unique_ptr<ActivityPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester, m_proxyTester;
    bool m_automineOff = false;
};

QTEST_MAIN(TestActivityCancelDevnet)
#include "tst_activity_cancel_devnet.moc"
