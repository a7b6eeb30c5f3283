// The window's shell against a seeded devnet (GuiDevnet): the sync badge says the block SyncStatus
// verified and turns red, naming the endpoint and the reason, once the endpoint is down; the account
// switcher changes AccountContext::current and is remembered; the notifier announces the rewards of an
// epoch posted with cast once a sync brought it in; the endpoint test asks the devnet for its chain id.
#include "GuiDevnet.h"
#include "app/common/Language.h"
#include "ui/AccountContext.h"
#include "ui/EventNotifier.h"
#include "ui/MainWindow.h"
#include "ui/SyncController.h"
#include "ui/UiSettings.h"
#include "ui/common/Formatting.h"
#include "ui/pages/EndpointsSection.h"
#include "ui/widgets/SyncBadge.h"
#include "ui/widgets/TopBar.h"
#include "wallet/codec/UInt256.h"

#include <QComboBox>
#include <atomic>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QTest>

using namespace plinth;

namespace {

// The window for these tests: follow() off, so that the only sync runs are the test's own.
ui::WindowContext quietContext()
{
    ui::WindowContext c;
    c.followSync = false;
    return c;
}

} // namespace

class TestShellDevnet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        app::installLanguage(QStringLiteral("en"));
        QVERIFY2(m_net.start(), qPrintable(m_net.error()));
    }

    void badgeShowsTheVerifiedBlock()
    {
        ui::UiSettings settings(m_settingsDir.path());
        ui::MainWindow w(quietContext(), m_net.services(), settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* badge = w.findChild<ui::SyncBadge*>(QStringLiteral("syncBadge"));
        QVERIFY(badge);
        const SyncStatus status = m_net.services().sync->status();
        QVERIFY(status.verified.has_value());
        QTRY_COMPARE(badge->state(), ui::SyncBadge::State::Ok);
        const QString expected = ui::verifiedAtText(VerifiedAt{*status.verified, status.verifiedTimestamp},
                                                    static_cast<std::uint64_t>(QDateTime::currentSecsSinceEpoch()));
        QCOMPARE(badge->text(), expected);
        // The block is the one cast reports (the cache ends at most one block below the head).
        const std::uint64_t head = m_net.fixture().cast({QStringLiteral("block-number")}).toULongLong();
        QVERIFY(status.verified->number + 1 >= head);
        QVERIFY(badge->text().contains(ui::formatCount(status.verified->number)));
        QVERIFY(!w.syncController().following());
    }

    void accountSwitcherChangesTheCurrentAccount()
    {
        ui::UiSettings settings(m_settingsDir.path());
        settings.setLastAccount(QString());
        QString chosen;
        {
            ui::MainWindow w(quietContext(), m_net.services(), settings);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            auto* combo = w.findChild<QComboBox*>(QStringLiteral("topBar.account"));
            QVERIFY(combo);
            QTRY_VERIFY(combo->count() >= 1);
            if (combo->count() < 2) {
                // The restored vault holds the user's account; a second one is the next derived address.
                std::atomic<bool> added{false};
                std::string failure; // written on the wallet's worker before `added`
                m_net.services().wallet->addAccount(std::nullopt, "Second", [&](Result<VaultAccount> r) {
                    if (!r)
                        failure = r.error().message;
                    added = true;
                });
                QTRY_VERIFY(added.load());
                QVERIFY2(failure.empty(), failure.c_str());
                w.accounts().refresh();
            }
            QTRY_COMPARE(combo->count(), 2);
            QCOMPARE(static_cast<std::size_t>(combo->count()), w.accounts().accounts().size());
            QCOMPARE(combo->currentData().toString(), m_net.userAddress());
            QCOMPARE(ui::fullAddress(*w.accounts().current()), m_net.userAddress());
            QSignalSpy changed(&w.accounts(), &ui::AccountContext::currentChanged);
            combo->setCurrentIndex(1);
            Q_EMIT combo->activated(1); // what a user's pick emits
            QCOMPARE(changed.count(), 1);
            chosen = combo->itemData(1).toString();
            QVERIFY(chosen != m_net.userAddress());
            QCOMPARE(ui::fullAddress(*w.accounts().current()), chosen);
            QVERIFY(combo->currentText().contains(ui::shortAddress(*w.accounts().current())));
            QCOMPARE(settings.lastAccount(), chosen);
        }
        // The next window starts on the account chosen last.
        ui::MainWindow again(quietContext(), m_net.services(), settings);
        QTRY_VERIFY(again.accounts().current().has_value() && ui::fullAddress(*again.accounts().current()) == chosen);
        settings.setLastAccount(QString());
    }

    void testingAnEndpointSaysItsChainId()
    {
        ui::EndpointsSection section(m_net.services());
        QSignalSpy finished(&section, &ui::EndpointsSection::testFinished);
        auto* list = section.findChild<QListView*>(QStringLiteral("settings.endpoints"));
        QCOMPARE(section.model()->rowCount(), 1);
        QCOMPARE(section.model()->index(0).data().toString(), m_net.fixture().rpcUrl());
        list->setCurrentIndex(section.model()->index(0));
        section.findChild<QPushButton*>(QStringLiteral("settings.testEndpoint"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        const QString chainId = QString::number(m_net.fixture().cast({QStringLiteral("chain-id")}).toULongLong());
        QCOMPARE(chainId, QStringLiteral("31337"));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(finished.at(0).at(1).toString().contains(QStringLiteral("chain id ") + chainId));
        QVERIFY(finished.at(0).at(1).toString().contains(QStringLiteral(" ms")));
    }

    void notifierAnnouncesAnEpochPostedWithCast()
    {
        ui::UiSettings settings(m_settingsDir.path());
        ui::MainWindow w(quietContext(), m_net.services(), settings);
        ui::EventNotifier* notifier = w.notifier();
        QSignalSpy notified(notifier, &ui::EventNotifier::notify);
        QTRY_VERIFY_WITH_TIMEOUT(notifier->ready(), 20000);
        QCOMPARE(ui::fullAddress(*w.accounts().current()), m_net.userAddress());
        QCOMPARE(notified.count(), 0); // the baseline is not news

        // The oracle posts the next epoch with one reward for the user's first device.
        const QJsonObject addresses = m_net.fixture().facts().value(QStringLiteral("addresses")).toObject();
        const QString rewards = m_net.services().profile->contracts.rewards.empty()
                                    ? addresses.value(QStringLiteral("rewards")).toString()
                                    : QString::fromStdString(m_net.services().profile->contracts.rewards);
        const QString oracle = m_net.fixture().facts().value(QStringLiteral("accounts")).toObject().value(QStringLiteral("oracle")).toString();
        const QString device = m_net.fixture().facts().value(QStringLiteral("devices")).toArray().at(0).toObject()
                                   .value(QStringLiteral("address")).toString();
        // A second device of the user's, active until now, scores 0 in the same epoch: it goes offline.
        std::optional<Device> second;
        {
            std::atomic<bool> answered{false};
            std::optional<DevicesSnapshot> owned;
            m_net.services().network->devices(*w.accounts().current(), [&](Result<DevicesSnapshot> r) {
                if (r)
                    owned = std::move(*r);
                answered = true;
            });
            QTRY_VERIFY(answered.load());
            QVERIFY(owned.has_value());
            for (const Device& d : owned->devices)
                if (d.status == DeviceStatus::Active && ui::fullAddress(d.address).compare(device, Qt::CaseInsensitive) != 0) {
                    second = d;
                    break;
                }
        }
        QVERIFY(second.has_value());
        const QString offline = ui::fullAddress(second->address);
        auto call = [&](const char* signature) {
            return test::DevnetFixture::exactNumber(m_net.fixture().cast({QStringLiteral("call"), rewards, QString::fromLatin1(signature)}));
        };
        const QString epoch = call("epochCount()(uint256)");
        const std::uint64_t start = call("lastEpochEnd()(uint64)").toULongLong();
        const std::uint64_t duration = call("epochDuration()(uint64)").toULongLong();
        QVERIFY(!epoch.isEmpty() && start > 0 && duration > 0);
        const std::uint64_t now = m_net.fixture().cast({QStringLiteral("block"), QStringLiteral("latest"), QStringLiteral("-f"),
                                                        QStringLiteral("timestamp")}).toULongLong();
        if (start + duration + 1 > now)
            QVERIFY(!m_net.fixture().rpc(QStringLiteral("evm_setNextBlockTimestamp"),
                                         {QString::number(start + duration + 1)}).isNull());
        const QString amount = QStringLiteral("1234500000000000000"); // 1.2345 PLNTH
        // The contract takes the devices in ascending address order.
        const bool offlineFirst = offline.toLower() < device.toLower();
        const QString devices = offlineFirst ? offline + QLatin1Char(',') + device : device + QLatin1Char(',') + offline;
        const QString amounts = offlineFirst ? QStringLiteral("0,") + amount : amount + QStringLiteral(",0");
        const QString scores = offlineFirst ? QStringLiteral("0,9500") : QStringLiteral("9500,0");
        QString error;
        const QString sent = m_net.fixture().cast(
            {QStringLiteral("send"), QStringLiteral("--unlocked"), QStringLiteral("--from"), oracle, rewards,
             QStringLiteral("postEpoch(uint256,uint64,address[],uint256[],uint32[])"), epoch, QString::number(start),
             QStringLiteral("[") + devices + QStringLiteral("]"), QStringLiteral("[") + amounts + QStringLiteral("]"),
             QStringLiteral("[") + scores + QStringLiteral("]")},
            &error);
        QVERIFY2(!sent.isNull(), qPrintable(error));
        QVERIFY(!m_net.fixture().rpc(QStringLiteral("anvil_mine"), {QStringLiteral("2")}).isNull());
        QVERIFY2(m_net.syncNow(), qPrintable(m_net.error()));

        QTRY_VERIFY_WITH_TIMEOUT(notified.count() >= 2, 20000);
        const auto& token = m_net.services().profile->token;
        const QString paid = ui::formatAmount(parseDecimalUInt256(amount.toStdString()).value(), token.decimals,
                                              QString::fromStdString(token.symbol));
        bool found = false, wentOffline = false;
        for (const QList<QVariant>& n : notified) {
            if (n.at(0).toString() == QStringLiteral("Device offline")) {
                wentOffline = true;
                // "epoch" or "epoch(s)": the English plural forms come with the next translation update.
                QVERIFY2(n.at(1).toString().startsWith(
                             QStringLiteral("Device %1 has been offline for 1 epoch").arg(ui::shortAddress(second->address))),
                         qPrintable(n.at(1).toString()));
                continue;
            }
            if (n.at(0).toString() != QStringLiteral("New epoch rewards"))
                continue;
            found = true;
            QVERIFY2(n.at(1).toString().contains(QStringLiteral(" paid ") + paid + QLatin1Char(';')), qPrintable(n.at(1).toString()));
            // Two rewards: the device that paid and the one that scored 0 (amount 0), together what cast sent.
            QVERIFY2(n.at(1).toString().startsWith(QStringLiteral("2 new reward")), qPrintable(n.at(1).toString()));
            QVERIFY2(n.at(1).toString().contains(QStringLiteral("epoch ") + ui::formatCount(epoch.toULongLong())), qPrintable(n.at(1).toString()));
        }
        QVERIFY(found);
        QVERIFY(wentOffline);
    }

    // Last: it stops the devnet.
    void badgeTurnsRedWhenTheEndpointIsDown()
    {
        ui::UiSettings settings(m_settingsDir.path());
        ui::MainWindow w(quietContext(), m_net.services(), settings);
        w.show();
        auto* badge = w.findChild<ui::SyncBadge*>(QStringLiteral("syncBadge"));
        QTRY_COMPARE(badge->state(), ui::SyncBadge::State::Ok);
        m_net.fixture().stop();
        QVERIFY(!m_net.syncNow(std::chrono::seconds(120))); // the run fails: nobody answers
        QTRY_COMPARE_WITH_TIMEOUT(badge->state(), ui::SyncBadge::State::Error, 10000);
        const SyncStatus status = m_net.services().sync->status();
        QVERIFY(status.lastError.has_value());
        QVERIFY2(badge->text().contains(QString::fromStdString(status.lastError->message)), qPrintable(badge->text()));
        const QString host = QUrl(m_net.fixture().rpcUrl()).authority();
        QVERIFY2(badge->text().contains(host), qPrintable(badge->text()));
        QCOMPARE(badge->property("state").toString(), QStringLiteral("error"));
    }

private:
    test::GuiDevnet m_net;
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestShellDevnet)
#include "tst_shell_devnet.moc"
