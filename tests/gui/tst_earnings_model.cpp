// EarningsModel without a chain: it passes QAbstractItemModelTester (behind the page's proxy too) while
// it fills in batches, sorts amounts as numbers (not as text), and takes a 100,000-row snapshot without
// stalling the event loop: every batch is one short turn (measured: the longest gap between timer ticks).
#include "ui/models/EarningsModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTimer>

using namespace plinth;

namespace {

std::vector<RewardRow> rows(std::size_t n)
{
    std::vector<RewardRow> out(n);
    for (std::size_t i = 0; i < n; ++i) {
        out[i].device = parseAddress("0x" + std::string(38, '0') + (i % 2 ? "0a" : "0b")).value();
        out[i].kind = std::uint8_t(i % 6);
        out[i].record.epoch = i / 10;
        out[i].record.timestamp = 1'790'000'000 + i * 60;
        out[i].record.score = std::uint32_t(i % 10'000);
        // Amounts whose text order differs from their number order (9 > 10 as text).
        out[i].record.amount = UInt256(i % 3 == 0 ? 9 : 10) * UInt256(1'000'000'000'000'000ull) + i;
    }
    return out;
}

} // namespace

class TestEarningsModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void passesTheModelTesterWhileFilling()
    {
        ui::EarningsModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ui::EarningsModel::kSortRole);
        proxy.sort(ui::EarningsModel::Amount, Qt::DescendingOrder);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setToken(18, QStringLiteral("PLNTH"));
        QSignalSpy finished(&model, &ui::EarningsModel::finished);
        model.setRows(rows(2500));
        QCOMPARE(model.rowCount(), 0); // nothing inserted inside setRows: the batches come from the event loop
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(model.rowCount(), 2500);
        QCOMPARE(proxy.rowCount(), 2500);
        // Sorted by amount as numbers: the 10e15 rows before the 9e15 ones.
        QVERIFY(proxy.index(0, ui::EarningsModel::Amount).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("0.01")));
        QVERIFY(proxy.index(2499, ui::EarningsModel::Amount).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("0.009")));
        model.setRows(rows(3));
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(model.rowCount(), 3);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void aLargeSnapshotNeverStallsTheEventLoop()
    {
        ui::EarningsModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ui::EarningsModel::kSortRole); // sorted, as the page's table is
        proxy.sort(ui::EarningsModel::Date, Qt::DescendingOrder);
        std::vector<RewardRow> big = rows(100'000);
        QSignalSpy finished(&model, &ui::EarningsModel::finished);
        // A 1 ms ticker: the longest gap between its ticks is the longest the GUI thread was busy.
        QTimer ticker;
        ticker.setInterval(1);
        QElapsedTimer since;
        qint64 longest = 0;
        connect(&ticker, &QTimer::timeout, this, [&] {
            longest = std::max(longest, since.restart());
        });
        since.start();
        ticker.start();
        QElapsedTimer setRowsTime;
        setRowsTime.start();
        model.setRows(std::move(big));
        const qint64 handOver = setRowsTime.elapsed();
        since.restart();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        ticker.stop();
        QCOMPARE(model.rowCount(), 100'000);
        qInfo("setRows %lld ms, longest stall while filling %lld ms", handOver, longest);
        QVERIFY2(handOver < 50, qPrintable(QString::number(handOver)));
        QVERIFY2(longest < 50, qPrintable(QString::number(longest)));
    }
};

QTEST_MAIN(TestEarningsModel)
#include "tst_earnings_model.moc"
