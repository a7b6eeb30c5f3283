// SendReceivePage against a seeded devnet (GuiDevnet), driven through its widgets and the confirmation
// dialog it opens, checked with cast:
//  - native and token sends: alice's balances (cast balance, balanceOf) up by exactly the amounts;
//  - a mixed-case address with a wrong checksum is refused on the page with "bad checksum", and no
//    dialog opens;
//  - Receive shows the user's checksummed address, and the QR code's modules are libqrencode's for it;
//  - the shown token balance equals the proven balance of the core and cast's balanceOf;
//  - a recipient saved in the address book is there again in a new page over the same data dir.
#include "GuiDevnet.h"
#include "app/common/Language.h"
#include "ui/AccountContext.h"
#include "ui/common/Formatting.h"
#include "ui/dialogs/TransactionConfirmDialog.h"
#include "ui/models/AddressBook.h"
#include "ui/pages/SendReceivePage.h"
#include "ui/widgets/QrCodeWidget.h"

#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <qrencode.h>

#include <memory>

using namespace plinth;
using namespace plinth::ui;

class TestSendReceiveDevnet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        app::installLanguage(QStringLiteral("en"));
        QVERIFY2(m_net.start(), qPrintable(m_net.error()));
        m_alice = m_net.fixture().facts().value(QStringLiteral("accounts")).toObject().value(QStringLiteral("alice")).toString();
    }

    void init()
    {
        m_accounts = std::make_unique<AccountContext>(*m_net.services().wallet);
        m_accounts->refresh();
        QTRY_VERIFY(m_accounts->current().has_value());
        m_page = std::make_unique<SendReceivePage>(m_net.services(), *m_accounts);
        m_page->show();
        QTRY_VERIFY(label("sendReceive.balance").startsWith(QStringLiteral("Available: ")));
    }

    void cleanup()
    {
        m_page.reset();
        m_accounts.reset();
    }

    void receiveShowsTheAddressAndItsQrCode()
    {
        QCOMPARE(label("sendReceive.address"), m_net.userAddress());
        auto* qr = m_page->findChild<QrCodeWidget*>(QStringLiteral("sendReceive.qr"));
        QVERIFY(qr);
        std::unique_ptr<QRcode, void (*)(QRcode*)> code(
            QRcode_encodeString(m_net.userAddress().toUtf8().constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), QRcode_free);
        QCOMPARE(qr->modules(), code->width);
        for (int y = 0; y < code->width; ++y)
            for (int x = 0; x < code->width; ++x)
                QCOMPARE(qr->isDark(x, y), (code->data[y * code->width + x] & 1) != 0);
    }

    void theTokenBalanceIsTheProvenOne()
    {
        selectAsset(1);
        const ProvenBalances proven = prove();
        const QString cast = test::DevnetFixture::exactNumber(m_net.fixture().cast(
            {QStringLiteral("call"), qs(profile().contracts.token), QStringLiteral("balanceOf(address)(uint256)"), m_net.userAddress(),
             QStringLiteral("--block"), QString::number(proven.token.blockNumber)}));
        QCOMPARE(qs(toDecimalString(proven.token.amount)), cast);
        QCOMPARE(label("sendReceive.balance"),
                 QStringLiteral("Available: %1 (proven at block %2)")
                     .arg(formatAmount(proven.token.amount, profile().token.decimals, qs(profile().token.symbol), {6, true}),
                          formatCount(proven.token.blockNumber)));
        // Every digit is in the tooltip.
        QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("sendReceive.balance"))->toolTip(),
                 fullAmount(proven.token.amount, profile().token.decimals, qs(profile().token.symbol)));
    }

    void aBadChecksumIsRefused()
    {
        QString bad = m_alice;
        for (int i = 2; i < bad.size(); ++i)
            if (bad[i].isLetter()) {
                bad[i] = bad[i].isUpper() ? bad[i].toLower() : bad[i].toUpper();
                break;
            }
        QVERIFY(bad != m_alice && bad.toLower() == m_alice.toLower());
        edit("sendReceive.to")->setText(bad);
        edit("sendReceive.amount")->setText(QStringLiteral("1"));
        QTest::mouseClick(button("sendReceive.send"), Qt::LeftButton);
        QVERIFY2(label("sendReceive.error").contains(QStringLiteral("bad checksum")), qPrintable(label("sendReceive.error")));
        QVERIFY(label("sendReceive.error").startsWith(QStringLiteral("The recipient's address is not valid: ")));
        QVERIFY(!m_page->findChild<TransactionConfirmDialog*>());
    }

    void nativeAndTokenSendsArrive_data()
    {
        QTest::addColumn<int>("asset");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("base");
        QTest::newRow("native") << 0 << QStringLiteral("1.25") << QStringLiteral("1250000000000000000");
        QTest::newRow("token") << 1 << QStringLiteral("42.5") << QStringLiteral("42500000000000000000");
    }

    void nativeAndTokenSendsArrive()
    {
        QFETCH(int, asset);
        QFETCH(QString, amount);
        QFETCH(QString, base);
        const bool token = asset == 1;
        const UInt256 before = aliceBalance(token);
        selectAsset(asset);
        edit("sendReceive.to")->setText(m_alice);
        edit("sendReceive.amount")->setText(amount);
        QTest::mouseClick(button("sendReceive.send"), Qt::LeftButton);
        QCOMPARE(label("sendReceive.error"), QString());
        TransactionConfirmDialog* d = nullptr;
        QTRY_VERIFY((d = m_page->findChild<TransactionConfirmDialog*>()) != nullptr);
        QSignalSpy completed(d, &TransactionConfirmDialog::completed);
        auto* send = d->findChild<QPushButton*>(QStringLiteral("confirm.send"));
        QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), 30000);
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(completed.count(), 1, 60000);
        QVERIFY(completed.at(0).at(0).toBool());
        QCOMPARE(qs(toDecimalString(aliceBalance(token) - before)), base);
        d->close();
    }

    void aSavedRecipientIsKeptAcrossARestart()
    {
        edit("sendReceive.to")->setText(m_alice);
        edit("sendReceive.label")->setText(QStringLiteral("Alice"));
        QSignalSpy saved(&m_page->addressBook(), &AddressBook::saved);
        QTest::mouseClick(button("sendReceive.save"), Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 1);
        cleanup();
        init();
        auto* book = m_page->findChild<QComboBox*>(QStringLiteral("sendReceive.book"));
        QTRY_COMPARE(book->count(), 1);
        QCOMPARE(book->itemText(0), QStringLiteral("Alice"));
        edit("sendReceive.to")->clear();
        book->setCurrentIndex(0);
        Q_EMIT book->activated(0);
        QCOMPARE(edit("sendReceive.to")->text(), m_alice);
    }

private:
    static QString qs(const std::string& s) { return QString::fromStdString(s); }
    const NetworkProfile& profile() { return *m_net.services().profile; }
    QString label(const char* name) { return m_page->findChild<QLabel*>(QLatin1String(name))->text(); }
    QLineEdit* edit(const char* name) { return m_page->findChild<QLineEdit*>(QLatin1String(name)); }
    QPushButton* button(const char* name) { return m_page->findChild<QPushButton*>(QLatin1String(name)); }
    void selectAsset(int index) { m_page->findChild<QComboBox*>(QStringLiteral("sendReceive.asset"))->setCurrentIndex(index); }
    UInt256 aliceBalance(bool token)
    {
        const QString out = token ? m_net.fixture().cast({QStringLiteral("call"), qs(profile().contracts.token),
                                                          QStringLiteral("balanceOf(address)(uint256)"), m_alice})
                                  : m_net.fixture().cast({QStringLiteral("balance"), m_alice});
        return parseDecimalUInt256(test::DevnetFixture::exactNumber(out).toStdString()).value();
    }
    ProvenBalances prove()
    {
        std::optional<Result<ProvenBalances>> r;
        m_net.services().sync->proveBalances(*m_accounts->current(), [&](Result<ProvenBalances> x) {
            QMetaObject::invokeMethod(qApp, [&r, x] { r = x; }, Qt::QueuedConnection);
        });
        test::spinUntil([&] { return r.has_value(); });
        return r->value();
    }

    test::GuiDevnet m_net;
    QString m_alice;
    std::unique_ptr<AccountContext> m_accounts;
    std::unique_ptr<SendReceivePage> m_page;
};

QTEST_MAIN(TestSendReceiveDevnet)
#include "tst_sendreceive_devnet.moc"
