// EarningsQuery's periods (UTC days, ISO weeks from Monday, months, leap years) and totals over a small
// hand-made index; EarningsCsv's RFC 4180 escaping, dates and round trip.
#include "wallet/network/EarningsCsv.h"
#include "wallet/network/EarningsIndex.h"
#include "wallet/network/EarningsQuery.h"

#include <QTest>

using namespace plinth;

namespace {

constexpr std::uint64_t kMon2024 = 1704067200; // 2024-01-01T00:00:00Z, a Monday

Address addr(std::uint8_t b)
{
    Address a;
    a.bytes[19] = b;
    return a;
}

} // namespace

class TestEarningsUnit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void weekStartsOnMondayUtc()
    {
        QCOMPARE(periodStart(kMon2024, EarningsPeriod::Week), kMon2024);
        QCOMPARE(periodStart(kMon2024 - 1, EarningsPeriod::Week), kMon2024 - 7 * 86400); // Sunday 23:59:59
        QCOMPARE(periodStart(kMon2024 + 7 * 86400 - 1, EarningsPeriod::Week), kMon2024);
        QCOMPARE(periodStart(kMon2024 + 3 * 86400 + 5, EarningsPeriod::Day), kMon2024 + 3 * 86400);
        QCOMPARE(periodStart(0, EarningsPeriod::Week), std::uint64_t(0));
    }

    void monthsAndLeapYears()
    {
        const std::uint64_t feb29 = 1709164800; // 2024-02-29T00:00:00Z
        QCOMPARE(periodStart(feb29 + 86399, EarningsPeriod::Month), std::uint64_t(1706745600)); // 2024-02-01
        QCOMPARE(periodStart(feb29 + 86400, EarningsPeriod::Month), std::uint64_t(1709251200)); // 2024-03-01
        QCOMPARE(periodStart(kMon2024 - 1, EarningsPeriod::Month), std::uint64_t(1701388800)); // 2023-12-01
        QCOMPARE(isoUtc(feb29 + 3661), std::string("2024-02-29T01:01:01Z"));
    }

    void totalsByWeekKindAndFilter()
    {
        EarningsIndex index = EarningsIndex::empty(NetworkAddresses{});
        index.setKind(addr(1), 0);
        index.setKind(addr(2), 3);
        // Sunday evening and Monday morning: two weeks. Device 2 changes owner.
        const auto reward = [&](std::uint64_t epoch, std::uint8_t device, std::uint8_t owner, std::uint64_t amount, std::uint64_t t) {
            DeviceRewarded r;
            r.epoch = epoch;
            r.device = addr(device);
            r.owner = addr(owner);
            r.amount = amount;
            r.score = 10000;
            r.ref.blockNumber = epoch + 1;
            index.addReward(r, t);
        };
        reward(0, 1, 9, 5, kMon2024 - 3600);
        reward(0, 2, 9, 7, kMon2024 - 3600);
        reward(1, 1, 9, 11, kMon2024 + 3600);
        reward(1, 2, 8, 13, kMon2024 + 3600);
        EarningsFilter mine;
        mine.owner = addr(9);
        const EarningsSummary weeks = summarizeEarnings(index, mine, EarningsPeriod::Week);
        QCOMPARE(weeks.periods.size(), std::size_t(2));
        QCOMPARE(weeks.periods[0], (EarningsBucket{kMon2024 - 7 * 86400, 12, 2}));
        QCOMPARE(weeks.periods[1], (EarningsBucket{kMon2024, 11, 1}));
        QCOMPARE(weeks.total, UInt256(23));
        QCOMPARE(weeks.byKind.size(), std::size_t(2));
        QCOMPARE(weeks.byKind[1].kind, std::uint8_t(3));
        QCOMPARE(weeks.byKind[1].amount, UInt256(7));
        EarningsFilter device;
        device.device = addr(2);
        QCOMPARE(summarizeEarnings(index, device, EarningsPeriod::All).total, UInt256(20)); // both owners
        device.from = kMon2024;
        QCOMPARE(summarizeEarnings(index, device, EarningsPeriod::All).total, UInt256(13));
        device.to = kMon2024 + 3600; // exclusive
        QCOMPARE(summarizeEarnings(index, device, EarningsPeriod::All).rewards, std::uint64_t(0));
        EarningsFilter nobody;
        nobody.owner = addr(77);
        QCOMPARE(summarizeEarnings(index, nobody, EarningsPeriod::All).rewards, std::uint64_t(0));
    }

    void csvEscaping()
    {
        QCOMPARE(csvField("plain"), std::string("plain"));
        QCOMPARE(csvField("Berlin, DE"), std::string("\"Berlin, DE\""));
        QCOMPARE(csvField("say \"hi\""), std::string("\"say \"\"hi\"\"\""));
        QCOMPARE(csvField("two\r\nlines"), std::string("\"two\r\nlines\""));
        auto rows = parseCsv("a,\"Berlin, DE\",\"say \"\"hi\"\"\"\r\n,\"two\r\nlines\",x\r\n");
        QVERIFY(rows);
        QCOMPARE(rows->size(), std::size_t(2));
        QCOMPARE((*rows)[0], (std::vector<std::string>{"a", "Berlin, DE", "say \"hi\""}));
        QCOMPARE((*rows)[1], (std::vector<std::string>{"", "two\r\nlines", "x"}));
        QVERIFY(!parseCsv("\"open"));
    }

    void csvDocument()
    {
        EarningsIndex index = EarningsIndex::empty(NetworkAddresses{});
        DeviceRewarded r;
        r.epoch = 4;
        r.device = addr(1);
        r.owner = addr(9);
        r.amount = UInt256(1500000000000000000ull);
        r.score = 9876;
        index.addReward(r, kMon2024);
        auto rows = parseCsv(earningsCsv(index, {0}, 18));
        QVERIFY(rows);
        QCOMPARE(rows->size(), std::size_t(2));
        QCOMPARE((*rows)[0], kEarningsCsvColumns);
        QCOMPARE((*rows)[1][0], std::string("2024-01-01T00:00:00Z"));
        QCOMPARE((*rows)[1][3], std::string("unknown"));
        QCOMPARE((*rows)[1][5], std::string("1.5"));
        QCOMPARE((*rows)[1][6], std::string("1500000000000000000"));
        QCOMPARE((*rows)[1][7], std::string("9876"));
    }
};

QTEST_GUILESS_MAIN(TestEarningsUnit)
#include "tst_earnings_unit.moc"
