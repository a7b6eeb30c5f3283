// SendReceivePage's Max, Copy and address-book send over a seeded devnet (GuiDevnet), through its widgets:
//  - Max for the native currency fills the proven balance (cast balance at the proven block) less the
//    most a plain transfer can cost at the fast speed: 21,000 gas (cast estimate) times the fast level's
//    maxFeePerGas, worked out by the fee rule (FeeOracle.h) from the node's own eth_feeHistory read
//    with cast; the figure is exact, to the last wei;
//  - Max for the token fills the whole proven token balance (cast balanceOf at the proven block);
//  - Copy puts the account's checksummed address on the application's clipboard;
//  - a recipient saved to the address book, then picked from it, receives the amount sent to it
//    through the confirmation dialog (cast balance up by exactly that).
#include "ConfirmSend.h"
#include "GuiDevnet.h"
#include "PageTestSupport.h"
#include "app/common/Language.h"
#include "ui/AccountContext.h"
#include "ui/dialogs/TransactionConfirmDialog.h"
#include "ui/models/AddressBook.h"
#include "ui/pages/SendReceivePage.h"
#include "wallet/tx/Amount.h"
#include "wallet/tx/FeeOracle.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <boost/json/parse.hpp>

#include <memory>

using namespace plinth;
using namespace plinth::ui;
using test::qs;

class TestSendReceivePathsDevnet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        app::installLanguage(QStringLiteral("en"));
        QVERIFY2(m_net.start(), qPrintable(m_net.error()));
        m_accounts = test::openAccounts(m_net);
        QVERIFY(m_accounts);
    }

    void init()
    {
        m_page = std::make_unique<SendReceivePage>(m_net.services(), *m_accounts);
        m_page->show();
        QTRY_VERIFY_WITH_TIMEOUT(label("sendReceive.balance").startsWith(QStringLiteral("Available: ")), 30000);
    }

    void cleanup() { m_page.reset(); }

    void maxForTheNativeCurrencyLeavesTheMostTheFeeCanBe()
    {
        selectAsset(0);
        const ProvenBalances proven = prove();
        const QString user = m_net.userAddress();
        QCOMPARE(qs(toDecimalString(proven.native.amount)),
                 m_net.fixture().cast({QStringLiteral("balance"), user, QStringLiteral("--block"), QString::number(proven.native.blockNumber)}));
        // Nothing is mined while the page works it out, so the node's fee history is the same for both.
        QTest::mouseClick(button("sendReceive.max"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!edit("sendReceive.amount")->text().isEmpty(), 30000);
        QCOMPARE(label("sendReceive.error"), QString());
        QVERIFY(button("sendReceive.max")->isEnabled());

        QCOMPARE(m_net.fixture().cast({QStringLiteral("estimate"), QStringLiteral("--from"), user, user, QStringLiteral("--value"), QStringLiteral("1")}),
                 QStringLiteral("21000"));
        const QString history = m_net.fixture().rpc(QStringLiteral("eth_feeHistory"),
                                                     {QString::number(kHistoryBlocks), QStringLiteral("latest"), QStringLiteral("[10,50,90]")});
        QVERIFY(!history.isNull());
        auto parsed = parseFeeHistory(boost::json::parse(history.toStdString()));
        QVERIFY2(parsed, parsed ? "" : parsed.error().message.c_str());
        const auto fees = suggestFees(*parsed);
        QVERIFY(fees.has_value()); // the devnet has a base fee
        QVERIFY(fees->nextBaseFee > 0);
        const UInt256 maximumFee = UInt256(21000) * fees->fast.maxFeePerGas;
        const UInt256 expected = proven.native.amount - maximumFee;
        const auto shown = parseAmount(edit("sendReceive.amount")->text().toStdString(), profile().currency.decimals, "");
        QVERIFY2(shown, qPrintable(edit("sendReceive.amount")->text()));
        QCOMPARE(qs(toDecimalString(*shown)), qs(toDecimalString(expected)));
        QVERIFY(maximumFee > 0 && *shown < proven.native.amount);
    }

    void maxForTheTokenIsTheWholeBalance()
    {
        selectAsset(1);
        const ProvenBalances proven = prove();
        QTest::mouseClick(button("sendReceive.max"), Qt::LeftButton);
        const auto shown = parseAmount(edit("sendReceive.amount")->text().toStdString(), profile().token.decimals, "");
        QVERIFY2(shown, qPrintable(edit("sendReceive.amount")->text()));
        QCOMPARE(qs(toDecimalString(*shown)), qs(toDecimalString(proven.token.amount)));
        QCOMPARE(qs(toDecimalString(*shown)),
                 test::DevnetFixture::exactNumber(m_net.fixture().cast({QStringLiteral("call"), qs(profile().contracts.token),
                                                                         QStringLiteral("balanceOf(address)(uint256)"), m_net.userAddress(),
                                                                         QStringLiteral("--block"), QString::number(proven.token.blockNumber)})));
        QVERIFY(proven.token.amount > 0);
    }

    void copyPutsTheAddressOnTheClipboard()
    {
        QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
        QCOMPARE(label("sendReceive.address"), m_net.userAddress());
        QTest::mouseClick(button("sendReceive.copy"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), m_net.userAddress());
    }

    void aSendToAnAddressBookEntryArrives()
    {
        const QString bob = m_net.fixture().facts().value(QStringLiteral("accounts")).toObject().value(QStringLiteral("bob")).toString();
        edit("sendReceive.to")->setText(bob);
        edit("sendReceive.label")->setText(QStringLiteral("Bob"));
        QSignalSpy saved(&m_page->addressBook(), &AddressBook::saved);
        QTest::mouseClick(button("sendReceive.save"), Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 1);
        edit("sendReceive.to")->clear();
        auto* book = m_page->findChild<QComboBox*>(QStringLiteral("sendReceive.book"));
        int row = -1;
        for (int i = 0; i < book->count(); ++i)
            if (book->itemText(i) == QStringLiteral("Bob"))
                row = i;
        QVERIFY(row >= 0);
        book->setCurrentIndex(row);
        Q_EMIT book->activated(row); // what a user's pick emits
        QCOMPARE(edit("sendReceive.to")->text(), bob);

        selectAsset(0);
        edit("sendReceive.amount")->setText(QStringLiteral("0.75"));
        const UInt256 before = test::castNumber(m_net.fixture().cast({QStringLiteral("balance"), bob}));
        QTest::mouseClick(button("sendReceive.send"), Qt::LeftButton);
        QCOMPARE(label("sendReceive.error"), QString());
        TransactionConfirmDialog* d = nullptr;
        QTRY_VERIFY((d = m_page->findChild<TransactionConfirmDialog*>()) != nullptr);
        // The dialog says where it goes: the address picked from the book.
        QTRY_VERIFY(d->findChild<QLabel*>(QStringLiteral("confirm.summary"))->text().contains(bob));
        QString sendError;
        QVERIFY2(test::sendThroughConfirmDialog(*m_page, &sendError), qPrintable(sendError));
        const UInt256 after = test::castNumber(m_net.fixture().cast({QStringLiteral("balance"), bob}));
        QCOMPARE(qs(toDecimalString(after - before)), QStringLiteral("750000000000000000"));
        d->close();
    }

private:
    const NetworkProfile& profile() { return *m_net.services().profile; }
    QString label(const char* name) { return m_page->findChild<QLabel*>(QLatin1String(name))->text(); }
    QLineEdit* edit(const char* name) { return m_page->findChild<QLineEdit*>(QLatin1String(name)); }
    QPushButton* button(const char* name) { return m_page->findChild<QPushButton*>(QLatin1String(name)); }
    void selectAsset(int index) { m_page->findChild<QComboBox*>(QStringLiteral("sendReceive.asset"))->setCurrentIndex(index); }
    // What the page's balance is: the core's proof at the verified block.
    ProvenBalances prove()
    {
        std::optional<Result<ProvenBalances>> r;
        m_net.services().sync->proveBalances(*m_accounts->current(), [&](Result<ProvenBalances> x) {
            QMetaObject::invokeMethod(qApp, [&r, x] { r = x; }, Qt::QueuedConnection);
        });
        test::spinUntil([&] { return r.has_value(); });
        if (!r || !*r)
            qFatal("the balances could not be proven");
        return r->value();
    }

    test::GuiDevnet m_net;
    std::unique_ptr<AccountContext> m_accounts;
    std::unique_ptr<SendReceivePage> m_page;
};

QTEST_MAIN(TestSendReceivePathsDevnet)
#include "tst_sendreceive_paths_devnet.moc"
