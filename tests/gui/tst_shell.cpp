// The window's shell without a chain: Settings kept across restarts (theme, auto-lock, language, an
// added endpoint in the profile file under <datadir>/networks), the theme switch changing the palette,
// a refused endpoint URL, reordering and removing endpoints, the endpoint test's error for a port nobody
// listens on, the Help dialog's shortcut list; QAbstractItemModelTester on the endpoint list.
#include "app/common/Language.h"
#include "ui/MainWindow.h"
#include "ui/UiSettings.h"
#include "ui/dialogs/HelpDialog.h"
#include "ui/pages/EndpointsSection.h"
#include "ui/style/Theme.h"
#include "wallet/api/NetworkProfileFile.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStringListModel>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace plinth;

namespace {

NetworkProfile testProfile()
{
    NetworkProfile p;
    p.name = "Shell Test Net";
    p.chainId = 31337;
    p.currency = {"ETH", 18};
    p.token = {"PLNTH", 18};
    p.rpc = {"http://127.0.0.1:8545"};
    p.contracts = {"0xA15BB66138824a1c7167f5E85b957d04Dd34E468", "0xe1Aa25618fA0c7A1CFDab5d6B456af611873b629",
                   "0x8ce361602B935680E8DeC218b820ff5056BeB7af", "0xe1DA8919f262Ee86f9BE05059C9280142CF23f48",
                   "0xb19b36b1456E65E3A6D514D3F715f204BD59f431", "0x700b6A60ce7EaaEA56F065753d8dcB9653dbAD35"};
    p.deploymentBlock = 1;
    p.checkpoint = {1, "0xe4b99f1e65d155a0a94d3cd21c5f0210ef1c673f90debcab55fec65f9e3d53a8"};
    p.finalityDepth = 6;
    p.epochSeconds = 30;
    return p;
}

QStringList urls(const NetworkProfile& p)
{
    QStringList out;
    for (const auto& u : p.rpc)
        out << QString::fromStdString(u);
    return out;
}

} // namespace

class TestShell : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        app::installLanguage(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        m_wallet = std::make_unique<WalletService>(m_dir.path().toStdString());
        m_services.wallet = m_wallet.get();
        m_services.dataDir = m_dir.path();
        m_services.profile = testProfile();
    }

    void settingsAreKeptAcrossRestarts()
    {
        const QString added = QStringLiteral("https://rpc.example.org:8443/v1");
        {
            ui::UiSettings settings(m_dir.path());
            ui::WindowContext context;
            context.languages = app::availableLanguages();
            ui::MainWindow w(context, m_services, settings);
            connect(&w, &ui::MainWindow::languageChangeRequested, &w, [](const QString& c) { app::installLanguage(c); });
            w.showPage(ui::MainWindow::Settings);

            auto* theme = w.findChild<QComboBox*>(QStringLiteral("settings.theme"));
            const int dark = theme->findData(static_cast<int>(ui::UiSettings::ThemeChoice::Dark));
            theme->setCurrentIndex(dark);
            Q_EMIT theme->activated(dark);
            auto* autoLock = w.findChild<QSpinBox*>(QStringLiteral("settings.autoLock"));
            autoLock->setValue(17);
            auto* language = w.findChild<QComboBox*>(QStringLiteral("settings.language"));
            const int german = language->findData(QStringLiteral("de"));
            QVERIFY(german > 0);
            language->setCurrentIndex(german);
            Q_EMIT language->activated(german);

            auto* section = w.findChild<ui::EndpointsSection*>();
            QSignalSpy saved(section, &ui::EndpointsSection::saved);
            auto* url = w.findChild<QLineEdit*>(QStringLiteral("settings.endpointUrl"));
            url->setText(added);
            w.findChild<QPushButton*>(QStringLiteral("settings.addEndpoint"))->click();
            QTRY_COMPARE(saved.count(), 1);
            QCOMPARE(saved.at(0).at(0).toString(),
                     QString::fromStdString(savedProfilePath(m_dir.path().toStdString(), testProfile()).string()));
        }
        app::installLanguage(QStringLiteral("en"));
        // A new process: the settings file and the profile file are all it has.
        ui::UiSettings settings(m_dir.path());
        QCOMPARE(settings.theme(), ui::UiSettings::ThemeChoice::Dark);
        QCOMPARE(settings.autoLockMinutes(), 17);
        QCOMPARE(settings.language(), QStringLiteral("de"));
        const auto copy = savedCopyOf(testProfile(), m_dir.path().toStdString());
        QVERIFY(copy.has_value());
        QCOMPARE(urls(*copy), (QStringList{QStringLiteral("http://127.0.0.1:8545"), added}));

        ui::UiServices reopened = m_services;
        reopened.profile->rpc = copy->rpc; // what main() does with the saved copy
        ui::WindowContext context;
        context.languages = app::availableLanguages();
        ui::MainWindow w(context, reopened, settings);
        QCOMPARE(w.findChild<QComboBox*>(QStringLiteral("settings.theme"))->currentData().toInt(),
                 static_cast<int>(ui::UiSettings::ThemeChoice::Dark));
        QCOMPARE(w.findChild<QSpinBox*>(QStringLiteral("settings.autoLock"))->value(), 17);
        QCOMPARE(w.findChild<QComboBox*>(QStringLiteral("settings.language"))->currentData().toString(), QStringLiteral("de"));
        QCOMPARE(w.findChild<ui::EndpointsSection*>()->model()->stringList(), urls(*copy));
        settings.setLanguage(QString());
        settings.setTheme(ui::UiSettings::ThemeChoice::Light);
    }

    void themeSwitchChangesThePalette()
    {
        ui::UiSettings settings(m_dir.path());
        ui::MainWindow w({}, m_services, settings);
        w.show();
        auto* theme = w.findChild<QComboBox*>(QStringLiteral("settings.theme"));
        auto pick = [&](ui::UiSettings::ThemeChoice choice) {
            const int i = theme->findData(static_cast<int>(choice));
            theme->setCurrentIndex(i);
            Q_EMIT theme->activated(i);
        };
        pick(ui::UiSettings::ThemeChoice::Dark);
        const ui::Palette dark = ui::Theme::palette(ui::Theme::Mode::Dark);
        QCOMPARE(QApplication::palette().color(QPalette::Window), dark.window);
        QCOMPARE(QApplication::palette().color(QPalette::Text), dark.text);
        QCOMPARE(w.palette().color(QPalette::Window), dark.window);
        QVERIFY(qApp->styleSheet().contains(dark.surface.name()));
        QCOMPARE(ui::Theme::current(), ui::Theme::Mode::Dark);
        pick(ui::UiSettings::ThemeChoice::Light);
        const ui::Palette light = ui::Theme::palette(ui::Theme::Mode::Light);
        QCOMPARE(QApplication::palette().color(QPalette::Window), light.window);
        QCOMPARE(w.palette().color(QPalette::Window), light.window);
        QVERIFY(!qApp->styleSheet().contains(dark.surface.name()));
        // Following the system gives one of the two palettes, whichever the platform's window colour says.
        pick(ui::UiSettings::ThemeChoice::System);
        const QColor window = QApplication::palette().color(QPalette::Window);
        QVERIFY(window == light.window || window == dark.window);
        QCOMPARE(settings.theme(), ui::UiSettings::ThemeChoice::System);
        QVERIFY(dark.window.lightness() < 128 && light.window.lightness() > 128);
    }

    void endpointsAreCheckedReorderedAndRemoved()
    {
        QTemporaryDir dir;
        ui::UiServices services = m_services;
        services.dataDir = dir.path();
        ui::EndpointsSection section(services);
        QAbstractItemModelTester tester(section.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy saved(&section, &ui::EndpointsSection::saved);
        auto* url = section.findChild<QLineEdit*>(QStringLiteral("settings.endpointUrl"));
        auto* add = section.findChild<QPushButton*>(QStringLiteral("settings.addEndpoint"));
        auto* result = section.findChild<QLabel*>(QStringLiteral("settingsResult"));
        auto* list = section.findChild<QListView*>(QStringLiteral("settings.endpoints"));

        url->setText(QStringLiteral("ftp://example.org"));
        add->click();
        QCOMPARE(section.model()->rowCount(), 1); // refused
        QCOMPARE(result->property("state").toString(), QStringLiteral("error"));
        QVERIFY(result->text().contains(QStringLiteral("ftp://example.org")));
        url->setText(QStringLiteral("http://127.0.0.1:8545"));
        add->click();
        QCOMPARE(section.model()->rowCount(), 1); // already there
        QCOMPARE(saved.count(), 0);

        url->setText(QStringLiteral("http://10.0.0.2:8545"));
        add->click();
        QTRY_COMPARE(saved.count(), 1);
        list->setCurrentIndex(section.model()->index(1));
        section.findChild<QPushButton*>(QStringLiteral("settings.endpointUp"))->click();
        QTRY_COMPARE(saved.count(), 2);
        const QStringList reordered{QStringLiteral("http://10.0.0.2:8545"), QStringLiteral("http://127.0.0.1:8545")};
        QCOMPARE(section.model()->stringList(), reordered);
        QCOMPARE(urls(*savedCopyOf(testProfile(), dir.path().toStdString())), reordered);

        list->setCurrentIndex(section.model()->index(0));
        auto* remove = section.findChild<QPushButton*>(QStringLiteral("settings.removeEndpoint"));
        remove->click();
        QTRY_COMPARE(saved.count(), 3);
        QCOMPARE(urls(*savedCopyOf(testProfile(), dir.path().toStdString())), QStringList{QStringLiteral("http://127.0.0.1:8545")});
        list->setCurrentIndex(section.model()->index(0));
        QVERIFY(!remove->isEnabled()); // the last endpoint stays
    }

    void testingAnEndpointNobodyAnswersSaysSo()
    {
        // A port that was free a moment ago: the connection is refused at once.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        ui::EndpointsSection section(m_services);
        QSignalSpy finished(&section, &ui::EndpointsSection::testFinished);
        section.findChild<QLineEdit*>(QStringLiteral("settings.endpointUrl"))->setText(url);
        section.findChild<QListView*>(QStringLiteral("settings.endpoints"))->setCurrentIndex(QModelIndex());
        auto* test = section.findChild<QPushButton*>(QStringLiteral("settings.testEndpoint"));
        QVERIFY(test->isEnabled()); // a typed URL can be tested before it is added
        test->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QVERIFY(!finished.at(0).at(0).toBool());
        QVERIFY2(finished.at(0).at(1).toString().startsWith(url + QStringLiteral(" did not answer: ")),
                 qPrintable(finished.at(0).at(1).toString()));
        QCOMPARE(section.findChild<QLabel*>(QStringLiteral("settingsResult"))->property("state").toString(),
                 QStringLiteral("error"));
    }

    void helpListsTheShortcuts()
    {
        ui::UiSettings settings(m_dir.path());
        ui::MainWindow w({}, m_services, settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_F1);
        ui::HelpDialog* help = nullptr;
        QTRY_VERIFY((help = w.findChild<ui::HelpDialog*>()) != nullptr && help->isVisible());
        QTableWidget* table = help->shortcutTable();
        QVERIFY(table->rowCount() >= ui::MainWindow::PageCount + 2);
        QStringList keys;
        for (int r = 0; r < table->rowCount(); ++r)
            keys << table->item(r, 0)->text();
        for (int i = 1; i <= ui::MainWindow::PageCount; ++i)
            QVERIFY2(keys.contains(QKeySequence(QStringLiteral("Ctrl+%1").arg(i)).toString(QKeySequence::NativeText)),
                     qPrintable(keys.join(u',')));
        QVERIFY(keys.contains(QKeySequence(QStringLiteral("Ctrl+L")).toString(QKeySequence::NativeText)));
        QCOMPARE(table->item(7, 1)->text(), QStringLiteral("Show Settings"));
        help->close();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<WalletService> m_wallet;
    ui::UiServices m_services;
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
