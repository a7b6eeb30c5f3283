// The real main window under the offscreen platform: navigation, shortcuts, language switching.
#include "app/common/Language.h"
#include "ui/MainWindow.h"
#include "ui/UiSettings.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using plinth::ui::MainWindow;

namespace {
const QStringList kIds = {QStringLiteral("overview"),   QStringLiteral("devices"),  QStringLiteral("earnings"),
                          QStringLiteral("staking"),    QStringLiteral("governance"), QStringLiteral("activity"),
                          QStringLiteral("sendReceive"), QStringLiteral("settings")};
}

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        plinth::app::installLanguage(QStringLiteral("en"));
        // No vault and no network: every page shows its empty state.
        m_wallet = std::make_unique<plinth::WalletService>(m_dir.filePath(QStringLiteral("wallet")).toStdString());
        m_services.wallet = m_wallet.get();
        m_services.dataDir = m_dir.path();
    }

    void everySidebarEntryIsThereAndOpensItsPage()
    {
        plinth::ui::UiSettings settings(m_dir.path());
        plinth::ui::WindowContext context;
        context.networkName = QStringLiteral("Test net");
        context.chainId = 31337;
        MainWindow w(context, m_services, settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        auto* stack = w.findChild<QStackedWidget*>(QStringLiteral("pageStack"));
        QVERIFY(stack);
        for (int i = 0; i < kIds.size(); ++i) {
            auto* entry = w.findChild<QAbstractButton*>(QStringLiteral("nav.") + kIds[i]);
            QVERIFY2(entry, qPrintable(kIds[i]));
            QVERIFY(!entry->text().isEmpty());
            QVERIFY(!entry->accessibleName().isEmpty());
            QTest::mouseClick(entry, Qt::LeftButton);
            QCOMPARE(stack->currentIndex(), i);
            QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("page.") + kIds[i]);
            QVERIFY(entry->isChecked());
        }
        auto* network = w.findChild<QLabel*>(QStringLiteral("topBar.network"));
        QVERIFY(network);
        QCOMPARE(network->text(), QStringLiteral("Test net"));
        QVERIFY(network->toolTip().contains(QStringLiteral("31337")));
    }

    void ctrlDigitSelectsPages()
    {
        plinth::ui::UiSettings settings(m_dir.path());
        MainWindow w({}, m_services, settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        for (int i = MainWindow::PageCount - 1; i >= 0; --i) {
            QTest::keyClick(&w, static_cast<Qt::Key>(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(static_cast<int>(w.currentPage()), i);
        }
    }

    void lastPageIsRemembered()
    {
        plinth::ui::UiSettings settings(m_dir.path());
        {
            MainWindow w({}, m_services, settings);
            w.showPage(MainWindow::Governance);
        }
        MainWindow again({}, m_services, settings);
        QCOMPARE(again.currentPage(), MainWindow::Governance);
    }

    void switchingLanguageRetranslatesWithoutRestart()
    {
        plinth::ui::UiSettings settings(m_dir.path());
        plinth::ui::WindowContext context;
        context.languages = plinth::app::availableLanguages();
        QVERIFY2(context.languages.contains(QStringLiteral("de")), qPrintable(context.languages.join(u',')));
        MainWindow w(context, m_services, settings);
        connect(&w, &MainWindow::languageChangeRequested, &w,
                [](const QString& code) { plinth::app::installLanguage(code); });
        w.show();
        auto* overview = w.findChild<QAbstractButton*>(QStringLiteral("nav.overview"));
        QCOMPARE(overview->text(), QStringLiteral("Overview"));

        auto* combo = w.findChild<QComboBox*>(QStringLiteral("settings.language"));
        QVERIFY(combo);
        const int german = combo->findData(QStringLiteral("de"));
        QVERIFY(german > 0);
        combo->setCurrentIndex(german);
        Q_EMIT combo->activated(german); // what a user's pick emits
        QTRY_COMPARE(overview->text(), QStringLiteral("Übersicht")); // LanguageChange is posted
        QCOMPARE(settings.language(), QStringLiteral("de"));

        const int english = combo->findData(QStringLiteral("en"));
        combo->setCurrentIndex(english);
        Q_EMIT combo->activated(english);
        QTRY_COMPARE(overview->text(), QStringLiteral("Overview"));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<plinth::WalletService> m_wallet;
    plinth::ui::UiServices m_services;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
