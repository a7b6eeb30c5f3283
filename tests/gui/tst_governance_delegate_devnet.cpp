// Vote delegation to any address through the Governance page's "Delegate votes…" dialog, over a seeded
// devnet, checked against the core's snapshot and against cast:
//  - the dialog's "current delegate" equals the token's delegates(user), its balance and votes equal
//    balanceOf and getVotes at the block the snapshot names (cast --block);
//  - invalid input keeps Continue off with its own sentence: empty, short hex (with the digit count), a
//    bad EIP-55 checksum, non-hex digits, the delegate the votes already have; an all-lower-case
//    address and the zero address are allowed with a warning;
//  - the address book completes a saved name to its address;
//  - delegating to another devnet account (facts.json "carol") through the dialog and the one
//    confirmation dialog sets delegates(user) to it, moves getVotes of both by the user's balance, and
//    the detail's voting power text names the new delegate at the verified block;
//  - delegating back to yourself restores delegates(user) and both getVotes.
#include "ChainMoves.h"
#include "ChainReads.h"
#include "ConfirmSend.h"
#include "GuiDevnet.h"
#include "GuiTestTools.h"
#include "PageDrivers.h"
#include "PageTestSupport.h"
#include "app/common/Language.h"
#include "ui/AccountContext.h"
#include "ui/common/Formatting.h"
#include "ui/dialogs/DelegateVotesDialog.h"
#include "ui/models/AddressBook.h"
#include "ui/pages/GovernancePage.h"
#include "ui/style/Theme.h"
#include "ui/widgets/AddressCompleter.h"
#include "ui/widgets/ProposalDetailPanel.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace plinth;
using test::addr;
using test::dec;

class TestGovernanceDelegateDevnet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        app::installLanguage(QStringLiteral("en"));
        QVERIFY2(m_net.start(), qPrintable(m_net.error()));
        m_accounts = test::openAccounts(m_net);
        QVERIFY(m_accounts);
        m_user = *m_accounts->current();
        QCOMPARE(addr(m_user), m_net.userAddress());
        m_carol = test::factsAccount(m_net.fixture(), QStringLiteral("carol"));
        m_token = m_net.services().profile->contracts.token;
        // The seed delegates every genesis holder to itself (contracts/lib/seed.js).
        QCOMPARE(delegates(m_user), addr(m_user));
        // A saved name for the completion.
        ui::AddressBook book(m_net.dataDir());
        QTRY_VERIFY(book.isLoaded());
        QSignalSpy saved(&book, &ui::AddressBook::saved);
        book.add(QStringLiteral("Carol the treasurer"), m_carol);
        QTRY_COMPARE(saved.count(), 1);
    }

    void theDialogShowsTheProvenDelegate()
    {
        ui::GovernancePage page(m_net.services(), *m_accounts);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.shownAt().has_value(), 30000);
        ui::DelegateVotesDialog* dialog = openFromPage(page);
        QVERIFY(dialog);
        new QAbstractItemModelTester(dialog->findChild<ui::AddressBook*>(), QAbstractItemModelTester::FailureReportingMode::Fatal, dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->delegation().has_value(), 30000);
        const VoteDelegationSnapshot& d = *dialog->delegation();
        const std::uint64_t block = d.at.block.number;
        QCOMPARE(d.account, m_user);
        QVERIFY(d.delegate.has_value());
        QCOMPARE(addr(*d.delegate), test::castCall(m_net.fixture(), m_token, QStringLiteral("delegates(address)(address)"), {addr(m_user)}, block));
        QCOMPARE(dec(d.balance), test::castCall(m_net.fixture(), m_token, QStringLiteral("balanceOf(address)(uint256)"), {addr(m_user)}, block));
        QCOMPARE(dec(d.votes), test::castCall(m_net.fixture(), m_token, QStringLiteral("getVotes(address)(uint256)"), {addr(m_user)}, block));
        QVERIFY(d.balance > 0);
        QCOMPARE(text(dialog, "delegateVotes.current"),
                 QStringLiteral("Your votes are delegated to yourself now (verified at block %1).").arg(ui::formatCount(block)));
        const auto& token = m_net.services().profile->token;
        QVERIFY2(text(dialog, "delegateVotes.moving").contains(ui::formatAmount(d.balance, token.decimals, QString::fromStdString(token.symbol))),
                 qPrintable(text(dialog, "delegateVotes.moving")));
        // Already delegated to itself: the dialog offers another address, Myself would change nothing.
        QVERIFY(child<QRadioButton>(dialog, "delegateVotes.other")->isChecked());
        dialog->close();
    }

    void invalidInputKeepsContinueOff()
    {
        ui::GovernancePage page(m_net.services(), *m_accounts);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.shownAt().has_value(), 30000);
        ui::DelegateVotesDialog* dialog = openFromPage(page);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->delegation().has_value(), 30000);
        auto* field = child<QLineEdit>(dialog, "delegateVotes.address");
        auto* ok = child<QPushButton>(dialog, "delegateVotes.continue");
        const QString carol = addr(m_carol);

        const auto refused = [&](const QString& typed, const QString& sentence) {
            test::typeInto(field, typed);
            if (ok->isEnabled())
                return QStringLiteral("Continue is on for \"%1\"").arg(typed);
            if (!child<QLabel>(dialog, "delegateVotes.problem")->isVisible() || text(dialog, "delegateVotes.problem") != sentence)
                return QStringLiteral("for \"%1\" the problem is \"%2\"").arg(typed, text(dialog, "delegateVotes.problem"));
            return QString();
        };
        QCOMPARE(refused(QString(), QStringLiteral("Enter the address that will vote with your tokens, or choose Myself.")), QString());
        QCOMPARE(refused(QStringLiteral("0x70997970"), QStringLiteral("An address has exactly 40 hexadecimal digits after 0x; this one has 8.")), QString());
        QCOMPARE(refused(carol.mid(2), QStringLiteral("This is not an address: an address starts with 0x, then 40 hexadecimal digits.")), QString());
        QCOMPARE(refused(QStringLiteral("0x") + QString(40, QLatin1Char('g')),
                         QStringLiteral("This is not an address: after 0x, only the digits 0-9 and the letters a-f (in either case) may follow.")),
                 QString());
        QCOMPARE(refused(swapCaseOfOneLetter(carol),
                         QStringLiteral("The capital letters do not match this address's checksum (EIP-55): a character is probably mistyped.")),
                 QString());
        closeCompletion(field);
        screenshots(dialog, QStringLiteral("delegate-votes-problem"));
        // Myself, which the votes have already (Escape first: the address typed last matched Carol's
        // entry, and a completion list open takes the first click, as it does for a user).
        closeCompletion(field);
        auto* self = child<QRadioButton>(dialog, "delegateVotes.self");
        QTest::mouseClick(self, Qt::LeftButton, {}, QPoint(8, self->height() / 2)); // on its indicator: the row is wider than its text
        QVERIFY(self->isChecked());
        QVERIFY(!ok->isEnabled());
        QCOMPARE(text(dialog, "delegateVotes.problem"), QStringLiteral("Your votes are already delegated to yourself: there is nothing to change."));

        // Allowed with a warning: no checksum to check, and the zero address.
        test::typeInto(field, carol.toLower()); // typing chooses "Another address"
        QVERIFY(child<QRadioButton>(dialog, "delegateVotes.other")->isChecked());
        QVERIFY(ok->isEnabled());
        QVERIFY2(text(dialog, "warningText").startsWith(QStringLiteral("This address is all in one case, so it carries no checksum (EIP-55)")),
                 qPrintable(text(dialog, "warningText")));
        QCOMPARE(dialog->delegatee(), std::optional<Address>(m_carol));
        closeCompletion(field);
        screenshots(dialog, QStringLiteral("delegate-votes-warning"));
        test::typeInto(field, QStringLiteral("0x") + QString(40, QLatin1Char('0')));
        QVERIFY(ok->isEnabled());
        QCOMPARE(text(dialog, "warningText"),
                 QStringLiteral("The zero address belongs to no one: votes delegated to it count for nobody until you delegate again."));
        // The checksummed address: no warning, no problem.
        test::typeInto(field, carol);
        QVERIFY(ok->isEnabled());
        QVERIFY(!child<QLabel>(dialog, "warningText")->isVisible());
        QVERIFY(!child<QLabel>(dialog, "delegateVotes.problem")->isVisible());
        dialog->close();
    }

    void delegateToAnotherAccount()
    {
        const UInt256 balance = atHead("balanceOf(address)(uint256)", m_user);
        const UInt256 userVotes = atHead("getVotes(address)(uint256)", m_user);
        const UInt256 carolVotes = atHead("getVotes(address)(uint256)", m_carol);
        QVERIFY(balance > 0 && userVotes >= balance);

        ui::GovernancePage page(m_net.services(), *m_accounts);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.shownAt().has_value(), 30000);
        QVERIFY(test::selectProposal(page, test::factsProposalId(m_net.fixture(), QStringLiteral("lisbon"))));
        // The detail's "Change delegate…" opens the same dialog.
        auto* change = child<QPushButton>(&page, "governance.changeDelegate");
        QTRY_VERIFY(change->isVisible());
        QTest::mouseClick(change, Qt::LeftButton);
        QPointer<ui::DelegateVotesDialog> dialog = page.findChild<ui::DelegateVotesDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->delegation().has_value(), 30000);

        // Completion from the address book: part of the saved name, then the entry, gives its address.
        auto* field = child<QLineEdit>(dialog, "delegateVotes.address");
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("treasurer"));
        auto* completer = qobject_cast<ui::AddressCompleter*>(field->completer());
        QVERIFY(completer);
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->completionCount(), 1);
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QTRY_COMPARE(field->text(), addr(m_carol));
        QCOMPARE(text(dialog, "delegateVotes.book"), QStringLiteral("In your address book as Carol the treasurer."));
        QCOMPARE(dialog->delegatee(), std::optional<Address>(m_carol));
        screenshots(dialog, QStringLiteral("delegate-votes"));

        auto* ok = child<QPushButton>(dialog, "delegateVotes.continue");
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QString sendError;
        QVERIFY2(test::sendThroughConfirmDialog(page, &sendError), qPrintable(sendError));

        QCOMPARE(delegates(m_user), addr(m_carol));
        QCOMPARE(dec(atHead("getVotes(address)(uint256)", m_user)), dec(userVotes - balance));
        QCOMPARE(dec(atHead("getVotes(address)(uint256)", m_carol)), dec(carolVotes + balance));

        QVERIFY2(test::mineAndSync(m_net), qPrintable(m_net.error()));
        QTRY_VERIFY_WITH_TIMEOUT(page.detailPanel()->detail() && page.detailPanel()->detail()->power
                                     && page.detailPanel()->detail()->power->delegateNow == m_carol,
                                 60000);
        const std::uint64_t block = page.detailPanel()->detail()->at.block.number;
        QCOMPARE(test::castCall(m_net.fixture(), m_token, QStringLiteral("delegates(address)(address)"), {addr(m_user)}, block), addr(m_carol));
        QTRY_VERIFY(text(&page, "governance.power").contains(
            QStringLiteral("Your votes are delegated to %1 now (verified at block %2).").arg(ui::shortAddress(m_carol), ui::formatCount(block))));
        QVERIFY(!child<QPushButton>(&page, "governance.delegate")->isVisible()); // delegated to someone: no "to yourself" shortcut
        page.resize(1200, 760);
        screenshots(&page, QStringLiteral("governance-delegated"));
    }

    void delegateBackToYourself()
    {
        const UInt256 balance = atHead("balanceOf(address)(uint256)", m_user);
        const UInt256 userVotes = atHead("getVotes(address)(uint256)", m_user);
        const UInt256 carolVotes = atHead("getVotes(address)(uint256)", m_carol);
        QCOMPARE(delegates(m_user), addr(m_carol));

        ui::GovernancePage page(m_net.services(), *m_accounts);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.shownAt().has_value(), 30000);
        ui::DelegateVotesDialog* dialog = openFromPage(page);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->delegation().has_value(), 30000);
        QCOMPARE(dialog->delegation()->delegate, std::optional<Address>(m_carol));
        QVERIFY(text(dialog, "delegateVotes.current").startsWith(QStringLiteral("Your votes are delegated to %1 now").arg(ui::shortAddress(m_carol))));
        // The delegate the votes have already is refused.
        test::typeInto(child<QLineEdit>(dialog, "delegateVotes.address"), addr(m_carol));
        QCOMPARE(text(dialog, "delegateVotes.problem"), QStringLiteral("Your votes are already delegated to this address: there is nothing to change."));
        QVERIFY(!child<QPushButton>(dialog, "delegateVotes.continue")->isEnabled());
        // Myself (by its mnemonic, from the keyboard), once the completion of Carol's address is closed.
        closeCompletion(child<QLineEdit>(dialog, "delegateVotes.address"));
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTest::keyClick(dialog, Qt::Key_M, Qt::AltModifier);
        QTRY_VERIFY(child<QRadioButton>(dialog, "delegateVotes.self")->isChecked()); // a mnemonic animates the click first
        auto* ok = child<QPushButton>(dialog, "delegateVotes.continue");
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog->delegatee(), std::optional<Address>(m_user));
        QTest::mouseClick(ok, Qt::LeftButton);
        QString sendError;
        QVERIFY2(test::sendThroughConfirmDialog(page, &sendError), qPrintable(sendError));

        QCOMPARE(delegates(m_user), addr(m_user));
        QCOMPARE(dec(atHead("getVotes(address)(uint256)", m_user)), dec(userVotes + balance));
        QCOMPARE(dec(atHead("getVotes(address)(uint256)", m_carol)), dec(carolVotes - balance));

        QVERIFY2(test::mineAndSync(m_net), qPrintable(m_net.error()));
        QVERIFY(test::selectProposal(page, test::factsProposalId(m_net.fixture(), QStringLiteral("lisbon"))));
        QTRY_VERIFY_WITH_TIMEOUT(page.detailPanel()->detail()->power && page.detailPanel()->detail()->power->delegateNow == m_user, 60000);
        QTRY_VERIFY(text(&page, "governance.power").contains(QStringLiteral("Your votes are delegated to yourself now (verified at block %1).")
                                                                  .arg(ui::formatCount(page.detailPanel()->detail()->at.block.number))));
    }

private:
    template <class T>
    static T* child(QObject* parent, const char* name)
    {
        auto* c = parent->findChild<T*>(QString::fromLatin1(name));
        if (!c)
            qFatal("no child %s", name);
        return c;
    }
    static QString text(QObject* parent, const char* name) { return child<QLabel>(parent, name)->text(); }

    // The page's "Delegate votes…" button, by keyboard (its mnemonic).
    static ui::DelegateVotesDialog* openFromPage(ui::GovernancePage& page)
    {
        auto* button = child<QPushButton>(&page, "governance.delegateVotes");
        if (!test::spinUntil([&] { return button->isVisible() && button->isEnabled(); }, std::chrono::seconds(30)))
            return nullptr;
        page.activateWindow();
        if (!QTest::qWaitForWindowActive(&page))
            return nullptr;
        QTest::keyClick(&page, Qt::Key_L, Qt::AltModifier);
        ui::DelegateVotesDialog* dialog = nullptr;
        test::spinUntil([&] { return (dialog = page.findChild<ui::DelegateVotesDialog*>()) != nullptr; }, std::chrono::seconds(5));
        return dialog;
    }

    static void closeCompletion(QLineEdit* field)
    {
        if (QAbstractItemView* popup = field->completer()->popup(); popup->isVisible()) {
            QTest::keyClick(popup, Qt::Key_Escape);
            QTRY_VERIFY(!popup->isVisible());
        }
    }

    // The checksummed address with the case of its first letter swapped: a typo EIP-55 catches.
    static QString swapCaseOfOneLetter(const QString& address)
    {
        QString s = address;
        for (int i = 2; i < s.size(); ++i)
            if (s[i].isLetter()) {
                s[i] = s[i].isUpper() ? s[i].toLower() : s[i].toUpper();
                return s;
            }
        return s;
    }

    QString delegates(const Address& a)
    {
        return test::castCall(m_net.fixture(), m_token, QStringLiteral("delegates(address)(address)"), {addr(a)}, test::headBlock(m_net.fixture()));
    }
    UInt256 atHead(const char* signature, const Address& a)
    {
        return test::castUIntAtHead(m_net.fixture(), m_token, QLatin1String(signature), {addr(a)});
    }

    // PLINTH_SCREENSHOT_DIR set: the dialog in the light and the dark theme (docs/screenshots/dialogs).
    static void screenshots(QWidget* dialog, const QString& name)
    {
        if (qEnvironmentVariableIsEmpty("PLINTH_SCREENSHOT_DIR"))
            return;
        auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
        for (const auto mode : {ui::Theme::Mode::Light, ui::Theme::Mode::Dark}) {
            ui::Theme::apply(*app, mode);
            QCoreApplication::processEvents();
            test::saveScreenshot(dialog, name + (mode == ui::Theme::Mode::Light ? QStringLiteral("-light") : QStringLiteral("-dark")));
        }
        ui::Theme::apply(*app, ui::Theme::Mode::Light);
    }

    test::GuiDevnet m_net;
    std::unique_ptr<ui::AccountContext> m_accounts;
    Address m_user;
    Address m_carol;
    std::string m_token;
};

QTEST_MAIN(TestGovernanceDelegateDevnet)
#include "tst_governance_delegate_devnet.moc"
