// Unlock, auto-lock, Ctrl+L and the backup panel on the real main window over a seeded devnet's
// services: a wrong password is refused with the field kept, the right one unlocks; the vault locks by
// itself after the idle time (1 s here, through LockController::setIdleTimeout) and not while the user
// types; Ctrl+L and the toolbar action lock; the exported keystore decrypts with cast to the seeded user;
// the recovery phrase appears only after the vault password and is hidden again when the page is left.
#include "GuiDevnet.h"
#include "GuiTestTools.h"
#include "app/common/Language.h"
#include "ui/AccountContext.h"
#include "ui/LockController.h"
#include "ui/MainWindow.h"
#include "ui/UiSettings.h"
#include "ui/common/FileChooser.h"
#include "ui/dialogs/UnlockDialog.h"
#include "ui/widgets/BackupPanel.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace plinth;
using test::child;
using test::typeInto;

class TestLockDevnet : public QObject {
    Q_OBJECT
private:
    test::GuiDevnet m_net;
    std::unique_ptr<ui::UiSettings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;

    WalletService& wallet() { return *m_net.services().wallet; }

    // Unlocks through the dialog the lock action opens.
    bool unlockThroughDialog()
    {
        m_window->lock().lockAction()->trigger();
        ui::UnlockDialog* dialog = nullptr;
        if (!test::spinUntil([&] { return (dialog = m_window->findChild<ui::UnlockDialog*>()) && dialog->isVisible(); }))
            return false;
        typeInto(child<QLineEdit>(dialog, "unlock.password"), QString::fromLatin1(test::GuiDevnet::kPassword));
        QTest::mouseClick(child<QAbstractButton>(dialog, "unlock.unlock"), Qt::LeftButton);
        return test::spinUntil([&] { return wallet().isUnlocked() && m_window->lock().isUnlocked(); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        app::installLanguage(QStringLiteral("en"));
        QVERIFY2(m_net.start(), qPrintable(m_net.error()));
        m_settings = std::make_unique<ui::UiSettings>(m_net.dataDir());
        m_window = std::make_unique<ui::MainWindow>(ui::WindowContext{}, m_net.services(), *m_settings);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY(m_window->accounts().current().has_value());
        QVERIFY(wallet().isUnlocked()); // GuiDevnet's restore leaves it unlocked
        QCOMPARE(m_window->lock().idleTimeout(), std::chrono::milliseconds(std::chrono::minutes(m_settings->autoLockMinutes())));
    }

    void toolbarActionLocksAndWrongPasswordIsRefused()
    {
        QAction* action = m_window->findChild<QAction*>(QStringLiteral("action.lock"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
        action->trigger();
        QTRY_VERIFY(!wallet().isUnlocked());
        QTRY_VERIFY(!m_window->lock().isUnlocked());

        action->trigger(); // locked: asks for the password
        ui::UnlockDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ui::UnlockDialog*>()) && dialog->isVisible());
        auto* field = child<QLineEdit>(dialog, "unlock.password");
        auto* message = child<QLabel>(dialog, "unlock.message");
        typeInto(field, QStringLiteral("wrong horse"));
        QTest::mouseClick(child<QAbstractButton>(dialog, "unlock.unlock"), Qt::LeftButton);
        QTRY_VERIFY(message->text().contains(QStringLiteral("Wrong password")));
        QVERIFY(dialog->isVisible());
        QCOMPARE(field->text(), QStringLiteral("wrong horse")); // kept, selected, ready to correct
        QCOMPARE(field->selectedText(), QStringLiteral("wrong horse"));
        test::saveScreenshot(dialog, QStringLiteral("unlock"));
        QVERIFY(field->isEnabled());
        QVERIFY(!wallet().isUnlocked());

        typeInto(field, QString::fromLatin1(test::GuiDevnet::kPassword));
        QVERIFY(message->text().isEmpty()); // editing clears the complaint
        QTest::mouseClick(child<QAbstractButton>(dialog, "unlock.unlock"), Qt::LeftButton);
        QTRY_VERIFY(wallet().isUnlocked());
        QTRY_VERIFY(!m_window->findChild<ui::UnlockDialog*>()); // closed and deleted
    }

    void ctrlLLocks()
    {
        QVERIFY(wallet().isUnlocked());
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(!wallet().isUnlocked());
        // The window hears of the lock through the service's queued notification.
        QTRY_VERIFY(!m_window->lock().isUnlocked());
        QVERIFY(unlockThroughDialog());
    }

    void autoLockAfterTheIdleTime()
    {
        QVERIFY(wallet().isUnlocked());
        QElapsedTimer t;
        t.start();
        m_window->lock().setIdleTimeout(std::chrono::seconds(1));
        wallet().noteActivity(); // runs after t started: the idle second cannot end before t + 1 s
        QTRY_VERIFY_WITH_TIMEOUT(!wallet().isUnlocked(), 5000);
        // Not before the idle time has passed (the timer checks every quarter of it).
        QVERIFY2(t.elapsed() >= 1000, qPrintable(QString::number(t.elapsed())));
        QTRY_VERIFY(!m_window->lock().isUnlocked());
        QCOMPARE(m_window->lock().lockAction()->text(), QStringLiteral("&Unlock…"));
        QVERIFY(unlockThroughDialog());
    }

    void typingKeepsItUnlocked()
    {
        m_window->lock().setIdleTimeout(std::chrono::milliseconds(1500));
        QVERIFY(wallet().isUnlocked());
        m_window->activateWindow();
        // 3 s of typing, a key every 300 ms: twice the idle time, yet never idle for 1.5 s.
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 3000) {
            QTest::keyClick(m_window.get(), Qt::Key_Shift);
            QTest::qWait(300);
            QVERIFY2(wallet().isUnlocked(), qPrintable(QString::number(t.elapsed())));
        }
        QTRY_VERIFY_WITH_TIMEOUT(!wallet().isUnlocked(), 5000); // and it locks once the typing stops
        m_window->lock().setIdleTimeout(std::chrono::minutes(5));
        QVERIFY(unlockThroughDialog());
    }

    void aPageAsksForKeysThroughTheWindow()
    {
        wallet().lock();
        QTRY_VERIFY(!m_window->lock().isUnlocked());
        QWidget* page = m_window->findChild<QWidget*>(QStringLiteral("page.governance"));
        QVERIFY(page);
        bool ran = false;
        QVERIFY(ui::LockController::requestUnlockFor(page, QStringLiteral("Sign the vote"), [&] { ran = true; }));
        ui::UnlockDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ui::UnlockDialog*>()) && dialog->isVisible());
        QCOMPARE(child<QLabel>(dialog, "unlock.reason")->text(), QStringLiteral("Sign the vote"));
        QVERIFY(!ran);
        typeInto(child<QLineEdit>(dialog, "unlock.password"), QString::fromLatin1(test::GuiDevnet::kPassword));
        QTest::mouseClick(child<QAbstractButton>(dialog, "unlock.unlock"), Qt::LeftButton);
        QTRY_VERIFY(ran);
        QVERIFY(wallet().isUnlocked());
        // Unlocked: runs at once, no dialog.
        bool again = false;
        QVERIFY(ui::LockController::requestUnlockFor(page, QString(), [&] { again = true; }));
        QVERIFY(again);
        QWidget orphan; // in no window with a lock controller
        QVERIFY(!ui::LockController::requestUnlockFor(&orphan, QString(), [] {}));
    }

    void exportKeystoreDecryptsWithCast()
    {
        m_window->showPage(ui::MainWindow::Settings);
        auto* panel = m_window->findChild<ui::BackupPanel*>();
        QVERIFY(panel);
        auto* account = child<QComboBox>(panel, "backup.account");
        QTRY_VERIFY(account->count() >= 1);
        QAbstractItemModelTester tester(account->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(account->currentData().toString(), m_net.userAddress());
        QVERIFY(child<QLabel>(panel, "backup.exportStatus")->text().isEmpty()); // no stale "no account"
        QCOMPARE(account->count(), int(m_window->accounts().accounts().size())); // the seeded vault: no watch-only
        auto* status = child<QLabel>(panel, "backup.exportStatus");
        typeInto(child<QLineEdit>(panel, "backup.keystorePassword"), QStringLiteral("file password"));
        typeInto(child<QLineEdit>(panel, "backup.keystoreConfirm"), QStringLiteral("other password"));
        QTest::mouseClick(child<QAbstractButton>(panel, "backup.export"), Qt::LeftButton);
        QVERIFY(status->text().contains(QStringLiteral("differ")));
        typeInto(child<QLineEdit>(panel, "backup.keystoreConfirm"), QStringLiteral("file password"));

        // Locked first: the export asks for the vault password, then for the file.
        wallet().lock();
        QTRY_VERIFY(!m_window->lock().isUnlocked());
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("user.json"));
        ui::setNextFileChoiceForTests(path);
        QTest::mouseClick(child<QAbstractButton>(panel, "backup.export"), Qt::LeftButton);
        ui::UnlockDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ui::UnlockDialog*>()) && dialog->isVisible());
        typeInto(child<QLineEdit>(dialog, "unlock.password"), QString::fromLatin1(test::GuiDevnet::kPassword));
        QTest::mouseClick(child<QAbstractButton>(dialog, "unlock.unlock"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Saved")), 30000);
        QVERIFY(QFile::exists(path));
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        const QString castAddress = m_net.fixture().castOffline({QStringLiteral("wallet"), QStringLiteral("address"),
                                                                 QStringLiteral("--keystore"), path,
                                                                 QStringLiteral("--password"), QStringLiteral("file password")});
        QCOMPARE(castAddress, m_net.userAddress());
    }

    void mnemonicAfterThePasswordAndHiddenAgain()
    {
        m_window->showPage(ui::MainWindow::Settings);
        auto* panel = m_window->findChild<ui::BackupPanel*>();
        auto* password = child<QLineEdit>(panel, "backup.vaultPassword");
        auto* phrase = child<QLabel>(panel, "backup.mnemonic");
        auto* status = child<QLabel>(panel, "backup.mnemonicStatus");
        QVERIFY(!panel->isMnemonicShown());
        typeInto(password, QStringLiteral("guess"));
        QTest::mouseClick(child<QAbstractButton>(panel, "backup.showMnemonic"), Qt::LeftButton);
        QTRY_VERIFY(status->text().contains(QStringLiteral("Wrong password")));
        QVERIFY(!panel->isMnemonicShown());
        QVERIFY(phrase->text().isEmpty());
        typeInto(password, QString::fromLatin1(test::GuiDevnet::kPassword));
        QTest::mouseClick(child<QAbstractButton>(panel, "backup.showMnemonic"), Qt::LeftButton);
        QTRY_VERIFY(panel->isMnemonicShown());
        QCOMPARE(phrase->text(), QString::fromLatin1(test::GuiDevnet::kMnemonic));
        test::saveScreenshot(m_window.get(), QStringLiteral("settings-backup"));
        QVERIFY(password->text().isEmpty());
        m_window->showPage(ui::MainWindow::Overview); // leaving the page hides it
        QVERIFY(!panel->isMnemonicShown());
        QVERIFY(phrase->text().isEmpty());

        m_window->showPage(ui::MainWindow::Settings);
        typeInto(password, QString::fromLatin1(test::GuiDevnet::kPassword));
        QTest::mouseClick(child<QAbstractButton>(panel, "backup.showMnemonic"), Qt::LeftButton);
        QTRY_VERIFY(panel->isMnemonicShown());
        QTest::mouseClick(child<QAbstractButton>(panel, "backup.hideMnemonic"), Qt::LeftButton);
        QVERIFY(!panel->isMnemonicShown());
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestLockDevnet)
#include "tst_lock_devnet.moc"
