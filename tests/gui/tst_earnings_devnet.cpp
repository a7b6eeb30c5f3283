// The Earnings page over a seeded devnet (GuiDevnet), for the seeded user: the totals equal the core's
// snapshot for the page's range and the sum of cast's DeviceRewarded logs credited to the user; the
// chart's stacks add up to that total by device, by kind and as one total, per day, week and month; the
// table holds the snapshot's rows (EarningsModel and its proxy pass QAbstractItemModelTester); the
// ledger reconciles with the claimable equal to cast's accrued(user) at the ledger's block; CSV export
// writes one line per reward plus the header, and Cancel leaves neither the file nor a partial one.
#include "ChartTestSupport.h"
#include "GuiDevnet.h"
#include "PageTestSupport.h"
#include "ServiceTestSupport.h"
#include "app/common/Language.h"
#include "ui/AccountContext.h"
#include "ui/common/Formatting.h"
#include "ui/models/EarningsModel.h"
#include "ui/pages/EarningsPage.h"
#include "ui/widgets/Card.h"
#include "ui/widgets/EarningsChart.h"
#include "wallet/codec/Hex.h"
#include "wallet/network/NetworkEvents.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <future>

using namespace plinth;

using test::qs;

class TestEarningsDevnet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        app::installLanguage(QStringLiteral("en"));
        QVERIFY2(m_net.start(), qPrintable(m_net.error()));
        m_accounts = test::openAccounts(m_net);
        QVERIFY(m_accounts);
        m_user = *m_accounts->current();
        m_page = std::make_unique<ui::EarningsPage>(m_net.services(), *m_accounts);
        m_page->resize(1300, 1000);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_model = m_page->findChild<ui::EarningsModel*>();
        QVERIFY(m_model);
        m_modelTester = std::make_unique<QAbstractItemModelTester>(m_model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_page->findChild<QTableView*>(QStringLiteral("earnings.table"))->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(waitLoaded());
    }

    void totalsEqualSnapshotAndCast()
    {
        const EarningsSnapshot& shown = *m_page->shown();
        const EarningsFilter f = pageFilter();
        // The default range (the last year) holds every seeded reward: the whole history equals cast's logs.
        QVERIFY(*f.from <= std::uint64_t(m_net.fixture().facts().value(QStringLiteral("epoch0")).toInteger()));
        auto s = test::ask<EarningsSnapshot>([&](auto done) { m_net.services().network->earnings(f, EarningsPeriod::Week, 0, std::move(done)); });
        QVERIFY(s);
        QCOMPARE(s->at.block, shown.at.block);
        QCOMPARE(shown.summary.total, s->summary.total);
        QCOMPARE(shown.summary.rewards, s->summary.rewards);
        const auto [castTotal, castCount] = rewardedToUser(shown.at.block.number);
        QCOMPARE(shown.summary.total, castTotal);
        QCOMPARE(shown.summary.rewards, castCount);
        QCOMPARE(label("earnings.total")->toolTip(), ui::fullAmount(castTotal, 18, QStringLiteral("PLNTH")));
        QVERIFY(label("earnings.count")->text().contains(ui::formatCount(castCount)));
    }

    void chartAddsUpInEveryGrouping_data()
    {
        QTest::addColumn<int>("group");
        QTest::addColumn<int>("period");
        for (int g = 0; g < 3; ++g)
            for (int p = 0; p < 3; ++p)
                QTest::addRow("group %d period %d", g, p) << g << p;
    }

    void chartAddsUpInEveryGrouping()
    {
        QFETCH(int, group);
        QFETCH(int, period);
        auto* groupBy = m_page->findChild<QComboBox*>(QStringLiteral("earnings.groupBy"));
        auto* periods = m_page->findChild<QComboBox*>(QStringLiteral("earnings.period"));
        if (groupBy->currentIndex() != group || periods->currentIndex() != period) {
            groupBy->setCurrentIndex(group);
            periods->setCurrentIndex(period);
            QVERIFY(waitLoaded());
        }
        const EarningsSnapshot& shown = *m_page->shown();
        auto* chart = m_page->findChild<ui::EarningsChart*>(QStringLiteral("earnings.chart"));
        QCOMPARE(chart->exactTotal(), shown.summary.total);
        const double expected = ui::chartValue(shown.summary.total, 18);
        QVERIFY(std::abs(chart->plottedTotal() - expected) <= expected * 1e-9);
        QCOMPARE(qsizetype(chart->categories().size()), qsizetype(shown.summary.periods.size()));
        if (group == 2) // by kind: one series per kind of the totals
            QCOMPARE(chart->series().size(), shown.summary.byKind.size());
        if (group == 1) { // by device: at least one series per device that earned
            auto d = test::ask<DevicesSnapshot>([&](auto done) { m_net.services().network->devices(m_user, std::move(done)); });
            QVERIFY(d);
            std::size_t earning = 0;
            for (const Device& dev : d->devices)
                earning += dev.rewardCount > 0;
            QVERIFY(chart->series().size() >= std::min(earning, std::size_t(1)));
        }
    }

    // In German the page's total (cast's, as above) is written with German separators, and the chart's
    // value axis as QtCharts draws it is every tick as German writes it, thousands grouped ("50.000").
    void germanGroupsTheTotalAndTheChartAxis()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        auto* periods = m_page->findChild<QComboBox*>(QStringLiteral("earnings.period"));
        periods->setCurrentIndex(periods->currentIndex() == 1 ? 2 : 1); // a new read draws the page again
        QVERIFY(waitLoaded());
        const auto [castTotal, castCount] = rewardedToUser(m_page->shown()->at.block.number);
        QTRY_COMPARE(label("earnings.total")->toolTip(), ui::fullAmount(castTotal, 18, QStringLiteral("PLNTH")));
        QVERIFY(ui::fullAmount(castTotal, 18, QString()).contains(QLatin1Char(','))); // the German decimal comma
        QVERIFY(label("earnings.count")->text().contains(ui::formatCount(castCount)));
        auto* chart = m_page->findChild<ui::EarningsChart*>(QStringLiteral("earnings.chart"));
        QTRY_VERIFY2(test::valueAxisDrawnGrouped(chart), qPrintable(QStringList(test::drawnTexts(chart).values()).join(QLatin1Char('|'))));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void tableHoldsTheSnapshotRows()
    {
        const EarningsSnapshot& shown = *m_page->shown();
        QVERIFY(test::spinUntil([&] { return !m_model->filling(); }));
        QCOMPARE(std::size_t(m_model->rowCount()), std::min<std::size_t>(ui::EarningsPage::kTableRows, shown.summary.rewards));
        QCOMPARE(std::size_t(m_model->rowCount()), shown.rows.size());
        // The table is sorted newest first.
        auto* view = m_page->findChild<QTableView*>(QStringLiteral("earnings.table"));
        QCOMPARE(view->model()->rowCount(), m_model->rowCount());
        std::uint64_t newestTime = 0;
        for (const RewardRow& r : shown.rows)
            newestTime = std::max(newestTime, r.record.timestamp);
        const QModelIndex first = view->model()->index(0, ui::EarningsModel::Date);
        QCOMPARE(first.data(ui::EarningsModel::kSortRole).toULongLong(), newestTime);
    }

    void ledgerReconcilesWithCast()
    {
        auto* card = m_page->findChild<ui::Card*>(QStringLiteral("earnings.ledger"));
        QVERIFY(test::spinUntil([&] { return card->state() != ui::Card::State::Loading; }));
        QCOMPARE(card->state(), ui::Card::State::Body);
        auto* status = label("earnings.ledger.status");
        QVERIFY2(status->property("balanced").toBool(), qPrintable(status->text()));
        const QString block = QString::number(status->property("block").toULongLong());
        const QString rewards = qs(m_net.services().profile->contracts.rewards);
        const UInt256 accrued = test::castNumber(m_net.fixture().cast({QStringLiteral("call"), rewards, QStringLiteral("accrued(address)(uint256)"),
                                                          m_net.userAddress(), QStringLiteral("--block"), block}));
        const UInt256 claimed = test::castNumber(m_net.fixture().cast({QStringLiteral("call"), rewards, QStringLiteral("claimed(address)(uint256)"),
                                                          m_net.userAddress(), QStringLiteral("--block"), block}));
        QVERIFY(claimed > 0);
        QCOMPARE(label("earnings.ledger.claimable")->toolTip(), ui::fullAmount(accrued, 18, QStringLiteral("PLNTH")));
        QCOMPARE(label("earnings.ledger.claimed")->toolTip(), ui::fullAmount(claimed, 18, QStringLiteral("PLNTH")));
        QCOMPARE(label("earnings.ledger.rewarded")->toolTip(), ui::fullAmount(accrued + claimed, 18, QStringLiteral("PLNTH")));
    }

    void csvExportWritesEveryReward()
    {
        const QString file = m_dir.filePath(QStringLiteral("rewards.csv"));
        m_page->setFileChooser([file](QWidget*, std::function<void(const QString&)> chosen) { chosen(file); });
        QSignalSpy finished(m_page.get(), &ui::EarningsPage::exportFinished);
        QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("earnings.export")), Qt::LeftButton);
        QVERIFY(m_page->exporting());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        qsizetype rows = 0;
        for (const QByteArray& l : lines)
            rows += !l.trimmed().isEmpty();
        QCOMPARE(std::uint64_t(rows), m_page->shown()->summary.rewards + 1); // + the header
        QVERIFY(!QFile::exists(file + QStringLiteral(".partial")));
        QVERIFY(label("earnings.exportStatus")->text().contains(ui::formatCount(m_page->shown()->summary.rewards)) ||
                label("earnings.exportStatus")->text().contains(QString::number(m_page->shown()->summary.rewards)));
    }

    void cancelLeavesNoFile()
    {
        const QString file = m_dir.filePath(QStringLiteral("cancelled.csv"));
        m_page->setFileChooser([file](QWidget*, std::function<void(const QString&)> chosen) { chosen(file); });
        // Hold the network services' worker with a request whose callback waits, so that the export is
        // queued behind it and Cancel is pressed before it starts: no timing involved.
        std::promise<void> release;
        std::shared_future<void> held = release.get_future().share();
        std::promise<void> holding;
        m_net.services().network->devices(std::nullopt, [held, &holding](Result<DevicesSnapshot>) {
            holding.set_value();
            held.wait();
        });
        holding.get_future().wait();
        QSignalSpy finished(m_page.get(), &ui::EarningsPage::exportFinished);
        QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("earnings.export")), Qt::LeftButton);
        auto* cancel = m_page->findChild<QPushButton*>(QStringLiteral("earnings.exportCancel"));
        QVERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        release.set_value();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(!QFile::exists(file));
        QVERIFY(!QFile::exists(file + QStringLiteral(".partial")));
        QVERIFY(!cancel->isVisible());
        QVERIFY(label("earnings.exportStatus")->text().contains(QStringLiteral("cancelled")));
    }

    void cleanupTestCase()
    {
        m_modelTester.reset();
        m_proxyTester.reset();
        m_page.reset();
        m_accounts.reset();
    }

private:
    bool waitLoaded()
    {
        return test::spinUntil([&] { return m_page->shown().has_value(); }, std::chrono::seconds(60));
    }
    EarningsFilter pageFilter() const { return m_page->shown()->filter; }
    QLabel* label(const char* name) const { return test::labelOf(*m_page, name); }

    // Σ and count of DeviceRewarded logs crediting the user (topic 3) up to `block`, from cast.
    std::pair<UInt256, std::uint64_t> rewardedToUser(std::uint64_t block)
    {
        const QString json = m_net.fixture().cast({QStringLiteral("logs"), QStringLiteral("--from-block"), QStringLiteral("1"),
                                                   QStringLiteral("--to-block"), QString::number(block), QStringLiteral("--address"),
                                                   qs(m_net.services().profile->contracts.rewards),
                                                   qs(toHex(eventtopic::deviceRewarded())), QStringLiteral("--json")});
        UInt256 sum = 0;
        std::uint64_t count = 0;
        for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array()) {
            const QJsonObject o = v.toObject();
            const std::string word = o.value(QStringLiteral("topics")).toArray().at(3).toString().toStdString();
            if (parseAddress("0x" + word.substr(word.size() - 40)).value() != m_user)
                continue;
            const Bytes data = fromHex(o.value(QStringLiteral("data")).toString().toStdString()).value();
            sum += fromBigEndian(ByteView(data).first(32)).value();
            ++count;
        }
        return {sum, count};
    }

    test::GuiDevnet m_net;
    QTemporaryDir m_dir;
    std::unique_ptr<ui::AccountContext> m_accounts;
    std::unique_ptr<ui::EarningsPage> m_page;
    ui::EarningsModel* m_model = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester, m_proxyTester;
    Address m_user;
};

QTEST_MAIN(TestEarningsDevnet)
#include "tst_earnings_devnet.moc"
