// TransactionConfirmDialog driven like a user against a seeded devnet (GuiDevnet), checked with cast:
//  - a claim: the preview shows the decoded claim(address) call, its fees and a successful simulation
//    marked unverified; Send sends it; the dialog says "Confirmed", completed(true) is emitted, and cast
//    shows accrued(user) = 0 and the token balance up by exactly what was accrued;
//  - a reverting action (a withdrawal of an unbonding still running): the simulation's reason is shown and Send
//    stays disabled (also after a fee speed change re-previews it); Cancel emits abandoned();
//  - a locked vault and a wrong password: the dialog says the password is wrong, and nothing was sent
//    (cast's nonce of the user unchanged).
#include "GuiDevnet.h"
#include "ServiceTestSupport.h"
#include "app/common/Language.h"
#include "ui/common/Formatting.h"
#include "ui/dialogs/TransactionConfirmDialog.h"
#include "wallet/codec/Hex.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace plinth;
using plinth::ui::TransactionConfirmDialog;

namespace {

QString text(QWidget* dialog, const char* name)
{
    auto* l = dialog->findChild<QLabel*>(QLatin1String(name));
    return l ? l->text() : QString();
}

} // namespace

class TestConfirmDialogDevnet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        app::installLanguage(QStringLiteral("en"));
        QVERIFY2(m_net.start(), qPrintable(m_net.error()));
        m_user = parseAddress(m_net.userAddress().toStdString()).value();
    }

    void aClaimIsSentAndConfirmed()
    {
        const QString accrued = call(m_net.services().profile->contracts.rewards, QStringLiteral("accrued(address)(uint256)"));
        QVERIFY(!accrued.isEmpty() && accrued != QStringLiteral("0"));
        const QString before = call(m_net.services().profile->contracts.token, QStringLiteral("balanceOf(address)(uint256)"));

        QPointer<TransactionConfirmDialog> d =
            new TransactionConfirmDialog(m_net.services(), m_user, NetworkAction{"Claim my rewards", ClaimAction{m_user}});
        QSignalSpy completed(d.data(), &TransactionConfirmDialog::completed);
        d->open();
        auto* send = d->findChild<QPushButton*>(QStringLiteral("confirm.send"));
        QVERIFY(send);
        QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), 30000);
        QCOMPARE(text(d, "confirm.summary"), QStringLiteral("Claim my rewards"));
        QVERIFY2(text(d, "confirm.stepCall").contains(QStringLiteral("claim(address)")), qPrintable(text(d, "confirm.stepCall")));
        QVERIFY(text(d, "confirm.stepCall").contains(QStringLiteral("the rewards contract")));
        QVERIFY2(text(d, "confirm.stepFees").startsWith(QStringLiteral("Fee: at most ")), qPrintable(text(d, "confirm.stepFees")));
        const QString sim = text(d, "confirm.stepSimulation");
        QVERIFY2(sim.contains(QStringLiteral("it succeeds")) && sim.contains(QStringLiteral("unverified")) &&
                     sim.contains(m_net.fixture().rpcUrl().section(QLatin1Char(':'), 0, 1)),
                 qPrintable(sim));
        QVERIFY(d->findChild<QLineEdit*>(QStringLiteral("confirm.password"))->isHidden()); // the vault is unlocked
        saveScreenshot(d, "confirm-claim");

        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(completed.count(), 1, 60000);
        QCOMPARE(completed.at(0).at(0).toBool(), true);
        QCOMPARE(text(d, "confirm.status"), QStringLiteral("Confirmed."));
        QVERIFY2(text(d, "confirm.stepState").startsWith(QStringLiteral("Confirmed in block ")), qPrintable(text(d, "confirm.stepState")));
        QCOMPARE(call(m_net.services().profile->contracts.rewards, QStringLiteral("accrued(address)(uint256)")), QStringLiteral("0"));
        const QString after = call(m_net.services().profile->contracts.token, QStringLiteral("balanceOf(address)(uint256)"));
        QCOMPARE(qs(toDecimalString(num(after) - num(before))), accrued);
        d->findChild<QPushButton*>(QStringLiteral("confirm.cancel"))->click(); // now "Close"
        QTRY_VERIFY(d.isNull());                                              // deleted on close
    }

    void aRevertingActionShowsItsReasonAndCannotBeSent()
    {
        // Unbonding 2 is the user's unstake of 2,000 from device 5, still running (contracts/README.md): the
        // staking contract refuses to release it yet.
        QPointer<TransactionConfirmDialog> d =
            new TransactionConfirmDialog(m_net.services(), m_user, NetworkAction{"Withdraw unbonding 2", WithdrawAction{2}});
        QSignalSpy abandoned(d.data(), &TransactionConfirmDialog::abandoned);
        d->open();
        QTRY_VERIFY_WITH_TIMEOUT(text(d, "confirm.status").startsWith(QStringLiteral("Send is disabled: it would fail: ")), 30000);
        saveScreenshot(d, "confirm-revert");
        auto* send = d->findChild<QPushButton*>(QStringLiteral("confirm.send"));
        QVERIFY(!send->isEnabled());
        QVERIFY2(text(d, "confirm.stepSimulation").startsWith(QStringLiteral("Simulated: it would fail: ")),
                 qPrintable(text(d, "confirm.stepSimulation")));
        // A faster fee previews it again: still refused.
        auto* fee = d->findChild<QComboBox*>(QStringLiteral("confirm.fee"));
        fee->setCurrentIndex(2);
        QTRY_VERIFY_WITH_TIMEOUT(text(d, "confirm.status").startsWith(QStringLiteral("Send is disabled: it would fail: ")), 30000);
        QVERIFY(!send->isEnabled());
        d->findChild<QPushButton*>(QStringLiteral("confirm.cancel"))->click();
        QCOMPARE(abandoned.count(), 1);
        QTRY_VERIFY(d.isNull());
    }

    void aStakeShowsItsAmountInTokens()
    {
        // The stake step's decoded call says 25 PLNTH, not 25000000000000000000 base units.
        const QString device = m_net.fixture().facts().value(QStringLiteral("devices")).toArray().at(0).toObject()
                                   .value(QStringLiteral("address")).toString();
        const UInt256 amount = UInt256(25) * UInt256(1000000000000000000ULL);
        QPointer<TransactionConfirmDialog> d = new TransactionConfirmDialog(
            m_net.services(), m_user, NetworkAction{"Stake 25", StakeAction{parseAddress(device.toStdString()).value(), amount, false}});
        d->open();
        QTRY_VERIFY_WITH_TIMEOUT(!d->findChildren<QLabel*>(QStringLiteral("confirm.stepCall")).isEmpty(), 30000);
        bool shown = false;
        for (QLabel* call : d->findChildren<QLabel*>(QStringLiteral("confirm.stepCall"))) {
            QVERIFY2(!call->text().contains(QStringLiteral("25000000000000000000")), qPrintable(call->text()));
            shown = shown || call->text().contains(QStringLiteral(": ") + ui::fullAmount(amount, 18, QStringLiteral("PLNTH")));
        }
        QVERIFY(shown);
        d->reject();
        QTRY_VERIFY(d.isNull());
    }

    void aWatchedAccountIsPreviewedButNotSent()
    {
        // alice (facts.json) added as a watched address: the vault has no key for her.
        const QString aliceText = m_net.fixture().facts().value(QStringLiteral("accounts")).toObject()
                                      .value(QStringLiteral("alice")).toString();
        const Address alice = parseAddress(aliceText.toStdString()).value();
        auto added = test::ask<VaultAccount>([&](auto done) { m_net.services().wallet->addWatchOnly(alice, "Alice", std::move(done)); });
        QVERIFY2(added, added ? "" : added.error().message.c_str());
        QCOMPARE(added->kind, AccountKind::WatchOnly);
        const QString nonceBefore = m_net.fixture().cast({QStringLiteral("nonce"), aliceText});
        QVERIFY(!nonceBefore.isEmpty());
        // Locked, so that a key-holding account would be asked for the password here.
        m_net.services().wallet->lock();
        QTRY_VERIFY(!m_net.services().wallet->isUnlocked());
        QPointer<TransactionConfirmDialog> d = new TransactionConfirmDialog(
            m_net.services(), alice, NetworkAction{"Delegate my votes to myself", DelegateVotesAction{alice}});
        d->open();
        // The plan is previewed (its fee is worked out), and Send stays off with the reason.
        QTRY_COMPARE_WITH_TIMEOUT(text(d, "confirm.status"),
                                  QStringLiteral("This account is only watched: the vault holds no key for it, so this can be "
                                                 "previewed but not sent."),
                                  30000);
        // No password is asked for: there is no key to unlock (the field and its label are hidden).
        auto* passwordLabel = d->findChild<QLabel*>(QStringLiteral("confirm.passwordLabel"));
        QVERIFY(passwordLabel);
        QVERIFY(!d->findChild<QLineEdit*>(QStringLiteral("confirm.password"))->isVisible());
        QVERIFY(!passwordLabel->isVisible());
        QVERIFY(d->isVisible());
        QVERIFY2(text(d, "confirm.stepFees").startsWith(QStringLiteral("Fee: at most ")), qPrintable(text(d, "confirm.stepFees")));
        auto* send = d->findChild<QPushButton*>(QStringLiteral("confirm.send"));
        QVERIFY(!send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);
        QCOMPARE(m_net.fixture().cast({QStringLiteral("nonce"), aliceText}), nonceBefore);
        d->reject();
        QTRY_VERIFY(d.isNull());
    }

    void aWrongPasswordSendsNothing()
    {
        const QString nonceBefore = m_net.fixture().cast({QStringLiteral("nonce"), m_net.userAddress()});
        QVERIFY(!nonceBefore.isEmpty());
        m_net.services().wallet->lock();
        QTRY_VERIFY(!m_net.services().wallet->isUnlocked());
        QPointer<TransactionConfirmDialog> d = new TransactionConfirmDialog(
            m_net.services(), m_user, NetworkAction{"Delegate my votes to myself", DelegateVotesAction{m_user}});
        QSignalSpy completed(d.data(), &TransactionConfirmDialog::completed);
        d->open();
        auto* send = d->findChild<QPushButton*>(QStringLiteral("confirm.send"));
        QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), 30000);
        auto* password = d->findChild<QLineEdit*>(QStringLiteral("confirm.password"));
        QVERIFY(password->isVisible());
        QVERIFY(d->findChild<QLabel*>(QStringLiteral("confirm.passwordLabel"))->isVisible());
        QCOMPARE(text(d, "confirm.status"), QStringLiteral("Enter the vault password, then send."));
        QTest::keyClicks(password, QStringLiteral("not the password"));
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(text(d, "confirm.status"), QStringLiteral("The password is wrong. Nothing was sent."), 30000);
        QVERIFY(password->text().isEmpty());
        QVERIFY(send->isEnabled()); // the user may try again
        QVERIFY(!m_net.services().wallet->isUnlocked());
        QCOMPARE(completed.count(), 0);
        QCOMPARE(m_net.fixture().cast({QStringLiteral("nonce"), m_net.userAddress()}), nonceBefore);
        d->reject();
        QTRY_VERIFY(d.isNull());
    }

private:
    // PLINTH_SCREENSHOT_DIR set: the dialog as drawn, for docs/screenshots (no effect on the test).
    static void saveScreenshot(QWidget* w, const char* name)
    {
        const QString dir = qEnvironmentVariable("PLINTH_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral("-light.png"));
    }
    static QString qs(const std::string& s) { return QString::fromStdString(s); }
    static UInt256 num(const QString& s) { return parseDecimalUInt256(s.toStdString()).value(); }
    QString call(const std::string& contract, const QString& signature)
    {
        return test::DevnetFixture::exactNumber(m_net.fixture().cast({QStringLiteral("call"), qs(contract), signature, m_net.userAddress()}));
    }

    test::GuiDevnet m_net;
    Address m_user;
};

QTEST_MAIN(TestConfirmDialogDevnet)
#include "tst_confirmdialog_devnet.moc"
