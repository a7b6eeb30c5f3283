// The main window over the facade services of a seeded devnet (GuiDevnet): the window opens with the
// vault's accounts and the user's account current; the sync service reached the devnet's head.
#include "GuiDevnet.h"
#include "app/common/Language.h"
#include "ui/AccountContext.h"
#include "ui/MainWindow.h"
#include "ui/UiSettings.h"
#include "ui/common/Formatting.h"

#include <QTest>

using namespace plinth;

class TestWindowDevnet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        app::installLanguage(QStringLiteral("en"));
        QVERIFY2(m_net.start(), qPrintable(m_net.error()));
    }

    void theWindowShowsTheVaultsAccounts()
    {
        ui::UiSettings settings(m_net.dataDir());
        ui::MainWindow w({}, m_net.services(), settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(test::spinUntil([&] { return w.accounts().current().has_value(); }));
        QCOMPARE(ui::fullAddress(*w.accounts().current()), m_net.userAddress());
        QVERIFY(w.accounts().accounts().size() >= 1);
    }

    void syncReachedTheHead()
    {
        const SyncStatus status = m_net.services().sync->status();
        QVERIFY(status.verified.has_value());
        const QString head = m_net.fixture().cast({QStringLiteral("block-number")});
        QVERIFY(!head.isNull());
        // A block is settled once its child is verified: the cache ends one block below the head at most.
        QVERIFY(status.verified->number + 1 >= head.toULongLong());
    }

private:
    test::GuiDevnet m_net;
};

QTEST_MAIN(TestWindowDevnet)
#include "tst_window_devnet.moc"
