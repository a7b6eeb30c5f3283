// The onboarding wizard's "Open a file…" over a seeded devnet (GuiDevnet), the file choice answered
// through FileChooser's test seam (setNextFileChoiceForTests) as a user's pick in the dialog would be:
//  - a payload file the test wrote (a new device key's payload signed by the real plinth-cli, as
//    tst_devices_devnet pastes it) fills the payload box with the file's text; checked and registered
//    through the confirmation dialog, the registry's ownerOfDevice (cast) is the account;
//  - a file that is not a payload fills the box, and Check refuses it with the parser's sentence,
//    marked as an error: no review, no confirmation dialog, and the account's nonce (cast) unchanged;
//  - a file that cannot be read says so with its path, as an error, and leaves the box as it was;
//  - a cancelled choice changes nothing.
#include "ConfirmSend.h"
#include "DevicesTestSupport.h"
#include "GuiDevnet.h"
#include "PageTestSupport.h"
#include "app/common/Language.h"
#include "ui/AccountContext.h"
#include "ui/common/FileChooser.h"
#include "ui/dialogs/OnboardingWizard.h"
#include "ui/dialogs/TransactionConfirmDialog.h"
#include "ui/pages/DevicesPage.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace plinth;
using namespace plinth::test::devices;

class TestOnboardingFileDevnet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        app::installLanguage(QStringLiteral("en"));
        QVERIFY2(m_net.start(), qPrintable(m_net.error()));
        m_accounts = test::openAccounts(m_net);
        QVERIFY(m_accounts);
        QCOMPARE(addr(*m_accounts->current()), m_net.userAddress());
        m_page = std::make_unique<ui::DevicesPage>(m_net.services(), *m_accounts);
        m_page->setEmptyTexts(QStringLiteral("Devices"), QStringLiteral("Waiting"));
        m_page->resize(1200, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void aFileThatIsNoPayloadIsRefusedAndNothingIsSent()
    {
        const QString file = writeFile(m_net.dataDir() + QStringLiteral("/notes.txt"), "kind,capacity\nstorage,4 TB\n");
        QVERIFY(!file.isEmpty());
        const QString nonce = userNonce();
        QPointer<ui::OnboardingWizard> wizard = openOnboardingWizard(*m_page);
        QVERIFY(wizard);
        openThroughTheSeam(wizard, file);
        QTRY_COMPARE(payloadBox(wizard)->toPlainText(), QStringLiteral("kind,capacity\nstorage,4 TB\n"));
        QCOMPARE(status(wizard)->text(), QString());
        QTest::mouseClick(wizard->findChild<QPushButton*>(QStringLiteral("onboarding.next")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status(wizard)->text().startsWith(QStringLiteral("the onboarding payload is not valid: ")), 20000);
        QCOMPARE(status(wizard)->property("plinthRole").toString(), QStringLiteral("error"));
        QVERIFY(!wizard->review().has_value());
        QVERIFY(payloadBox(wizard)->isVisible()); // still on the payload step, to fix or open another
        QVERIFY(!wizard->findChild<ui::TransactionConfirmDialog*>());
        QCOMPARE(userNonce(), nonce);
        wizard->reject();
        QTRY_VERIFY(wizard.isNull());
    }

    void anUnreadableFileSaysSoAndACancelChangesNothing()
    {
        QPointer<ui::OnboardingWizard> wizard = openOnboardingWizard(*m_page);
        QVERIFY(wizard);
        payloadBox(wizard)->setPlainText(QStringLiteral("typed before"));
        const QString missing = m_net.dataDir() + QStringLiteral("/no-such-payload.json");
        openThroughTheSeam(wizard, missing);
        QTRY_VERIFY_WITH_TIMEOUT(status(wizard)->text().startsWith(missing + QStringLiteral(" could not be read: ")), 20000);
        QCOMPARE(status(wizard)->property("plinthRole").toString(), QStringLiteral("error"));
        QCOMPARE(payloadBox(wizard)->toPlainText(), QStringLiteral("typed before"));
        QVERIFY(wizard->findChild<QPushButton*>(QStringLiteral("onboarding.next"))->isEnabled());

        // Cancelled: the seam answers "" as the dialog's Cancel does; nothing is read or said.
        status(wizard)->clear();
        openThroughTheSeam(wizard, QString());
        // The seam answers on a zero timer, as a dialog's answer comes later: one queued after it runs after it.
        bool after = false;
        QTimer::singleShot(0, this, [&after] { after = true; });
        QTRY_VERIFY(after);
        QCOMPARE(status(wizard)->text(), QString());
        QCOMPARE(payloadBox(wizard)->toPlainText(), QStringLiteral("typed before"));
        wizard->reject();
        QTRY_VERIFY(wizard.isNull());
    }

    void aPayloadFileOnboardsTheDevice()
    {
        // A new device key, made and used as on the device itself; its payload written to a file.
        const QString password = writeFile(m_net.dataDir() + QStringLiteral("/device-password"), kDevicePassword + "\n");
        const QString keystore = m_net.dataDir() + QStringLiteral("/new-device.json");
        const QString device = newDeviceKey(m_net, keystore, password);
        QVERIFY(!device.isEmpty());
        const QJsonObject signedPayload = signOnboarding(m_net, keystore, password, m_net.userAddress());
        const QByteArray json = QJsonDocument(signedPayload.value(QStringLiteral("payload")).toObject()).toJson(QJsonDocument::Indented);
        QVERIFY(json.contains(device.toLower().toLatin1()) || json.contains(device.toLatin1()));
        const QString file = writeFile(m_net.dataDir() + QStringLiteral("/onboarding.json"), json);
        QVERIFY(!file.isEmpty());
        const auto& contracts = m_net.services().profile->contracts;
        QCOMPARE(call(m_net, contracts.devices, QStringLiteral("ownerOfDevice(address)(address)"), {device}), addr(Address{}));

        QPointer<ui::OnboardingWizard> wizard = openOnboardingWizard(*m_page);
        QVERIFY(wizard);
        QSignalSpy registered(wizard.data(), &ui::OnboardingWizard::registered);
        openThroughTheSeam(wizard, file);
        QTRY_COMPARE_WITH_TIMEOUT(payloadBox(wizard)->toPlainText(), QString::fromUtf8(json), 20000);
        QTest::mouseClick(wizard->findChild<QPushButton*>(QStringLiteral("onboarding.next")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->review().has_value(), 30000);
        QVERIFY2(wizard->review()->check.ok(), wizard->review()->check.ok() ? "" : wizard->review()->check.problems.front().sentence.c_str());
        QCOMPARE(addr(wizard->review()->payload.device), device);
        auto* registerButton = wizard->findChild<QPushButton*>(QStringLiteral("onboarding.next"));
        QVERIFY(registerButton->isEnabled());
        QTest::mouseClick(registerButton, Qt::LeftButton);

        auto* confirm = wizard->findChild<ui::TransactionConfirmDialog*>();
        QVERIFY(confirm);
        QString sendError;
        QVERIFY2(test::clickSendWhenReady(*confirm, &sendError), qPrintable(sendError));
        QTRY_COMPARE_WITH_TIMEOUT(registered.count(), 1, 120000);
        QCOMPARE(registered.at(0).at(0).toString(), device);

        QCOMPARE(call(m_net, contracts.devices, QStringLiteral("ownerOfDevice(address)(address)"), {device}), m_net.userAddress());
        QCOMPARE(call(m_net, contracts.devices, QStringLiteral("isActive(address)(bool)"), {device}), QStringLiteral("true"));
        QTRY_VERIFY(wizard.isNull()); // it closes once the registration is confirmed
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_accounts.reset();
    }

private:
    QString userNonce() { return m_net.fixture().cast({QStringLiteral("nonce"), m_net.userAddress()}); }
    static QPlainTextEdit* payloadBox(ui::OnboardingWizard* w) { return w->findChild<QPlainTextEdit*>(QStringLiteral("onboarding.payload")); }
    static QLabel* status(ui::OnboardingWizard* w) { return w->findChild<QLabel*>(QStringLiteral("onboarding.status")); }

    // "Open a file…", its choice answered with `path` ("" = cancelled).
    static void openThroughTheSeam(ui::OnboardingWizard* w, const QString& path)
    {
        ui::setNextFileChoiceForTests(path);
        auto* open = w->findChild<QPushButton*>(QStringLiteral("onboarding.openFile"));
        QVERIFY(open && open->isVisible());
        QTest::mouseClick(open, Qt::LeftButton);
    }

    test::GuiDevnet m_net;
    std::unique_ptr<ui::AccountContext> m_accounts;
    std::unique_ptr<ui::DevicesPage> m_page;
};

QTEST_MAIN(TestOnboardingFileDevnet)
#include "tst_onboarding_file_devnet.moc"
