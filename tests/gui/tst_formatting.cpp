// How amounts, counts and times are written on screen (ui/common/Formatting), in English and German;
// counts in labels (%Ln) and the charts' value axes (ui/widgets/ChartAxis) grouped by the locale, read
// from the label and from the axis texts QtCharts draws.
#include "ChartTestSupport.h"
#include "app/common/Language.h"
#include "ui/common/Formatting.h"
#include "ui/widgets/DeviceDetailPanel.h"
#include "ui/widgets/EarningsChart.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLocale>
#include <QTest>

using namespace plinth;
using namespace plinth::ui;
using plinth::test::drawnTexts;
using plinth::test::expectedValueLabels;
using plinth::test::hasUngroupedNumber;

namespace {
UInt256 units(const char* decimal) { return *parseDecimalUInt256(decimal); }
const QString nbsp = QString(QChar(0x00A0));
const UInt256 kToken = units("1000000000000000000");

} // namespace

class TestFormatting : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // English plurals ("1 hour ago", "5 minutes ago") come from plinth_en.qm.
    void initTestCase() { plinth::app::installLanguage(QStringLiteral("en")); }
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void amountsAreGroupedAndCutTowardZero()
    {
        QCOMPARE(formatAmount(units("1234567891234567890123456"), 18, QStringLiteral("PLNTH")),
                 QStringLiteral("1,234,567.8912") + nbsp + QStringLiteral("PLNTH"));
        QCOMPARE(formatAmount(units("999999999999999999"), 18, QStringLiteral("ETH"), {2, true}),
                 QStringLiteral("0.99") + nbsp + QStringLiteral("ETH")); // never rounded up to 1
        QCOMPARE(formatAmount(units("1000000000000000000000"), 18, QString()), QStringLiteral("1,000"));
        QCOMPARE(formatAmount(units("0"), 18, QStringLiteral("ETH")), QStringLiteral("0") + nbsp + QStringLiteral("ETH"));
    }

    void decodedValuesAreShownInTheirUnits()
    {
        // A decoded call's arguments in the confirmation dialog and the governance detail: 25 tokens, not
        // their 10^18 base units; a week as a duration; raw values and addresses as decoded.
        const QString symbol = QStringLiteral("PLNTH");
        const auto tokens = [](const char* amount) { return QString::fromUtf8(amount) + QChar(0x00A0) + QStringLiteral("PLNTH"); };
        QCOMPARE(decodedValueText(ValueUnit::Token, "25000000000000000000", 18, symbol), tokens("25"));
        QCOMPARE(decodedValueText(ValueUnit::Token, "1234500000000000000000", 18, symbol), tokens("1,234.5"));
        QCOMPARE(decodedValueText(ValueUnit::TokenPerSecond, "500000000000000000", 18, symbol), tokens("0.5") + QStringLiteral("/s"));
        QCOMPARE(decodedValueText(ValueUnit::Seconds, "604800", 18, symbol), QStringLiteral("7 days"));
        QCOMPARE(decodedValueText(ValueUnit::Percent, "4", 18, symbol), QStringLiteral("4%"));
        QCOMPARE(decodedValueText(ValueUnit::Raw, "25000000000000000000", 18, symbol), QStringLiteral("25000000000000000000"));
        QCOMPARE(decodedValueText(ValueUnit::Token, "[1,2]", 18, symbol), QStringLiteral("[1,2]")); // not a number: as decoded
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(decodedValueText(ValueUnit::Token, "1234500000000000000000", 18, symbol), tokens("1.234,5"));
    }

    void aTinyAmountIsNotShownAsZero()
    {
        QCOMPARE(formatAmount(units("1"), 18, QStringLiteral("ETH")),
                 QStringLiteral("< 0.0001") + nbsp + QStringLiteral("ETH"));
        QCOMPARE(formatAmount(units("1"), 18, QStringLiteral("ETH"), {0, true}), QStringLiteral("< 1") + nbsp + QStringLiteral("ETH"));
    }

    void fullAmountKeepsEveryDigit()
    {
        QCOMPARE(fullAmount(units("1234567891234567890123456"), 18, QStringLiteral("PLNTH")),
                 QStringLiteral("1,234,567.891234567890123456") + nbsp + QStringLiteral("PLNTH"));
    }

    void germanUsesItsSeparators()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(formatAmount(units("1234567500000000000000000"), 18, QStringLiteral("PLNTH")),
                 QStringLiteral("1.234.567,5") + nbsp + QStringLiteral("PLNTH"));
        QCOMPARE(formatCount(100000), QStringLiteral("100.000"));
    }

    void periodsAreNamedInUtc()
    {
        // 2026-11-30 00:00 UTC is a Monday (ISO week 49); buckets start at UTC midnight.
        const std::uint64_t monday = 1796083200 - 86400;
        QCOMPARE(formatPeriod(monday, EarningsPeriod::Day), QStringLiteral("30 Nov"));
        QCOMPARE(formatPeriod(monday, EarningsPeriod::Week), QStringLiteral("30 Nov"));
        QCOMPARE(formatPeriod(monday, EarningsPeriod::Month), QStringLiteral("Nov 2026"));
        QCOMPARE(formatPeriod(monday + 86399, EarningsPeriod::Day), QStringLiteral("30 Nov")); // still that UTC day
        QVERIFY(formatPeriod(monday, EarningsPeriod::All).isEmpty());
    }

    void agoAndDurations()
    {
        QCOMPARE(formatAgo(1000, 1030), QStringLiteral("just now"));
        QCOMPARE(formatAgo(1000, 1000 + 5 * 60), QStringLiteral("5 minutes ago"));
        QCOMPARE(formatAgo(1000, 1000 + 3600), QStringLiteral("1 hour ago"));
        QCOMPARE(formatAgo(1000, 1000 + 3 * 86400), QStringLiteral("3 days ago"));
    }

    // One unit: its own plural; the largest unit decides, a smaller one below the next is dropped.
    void durationsOfOneUnit()
    {
        QCOMPARE(formatDuration(0), QStringLiteral("0 seconds"));
        QCOMPARE(formatDuration(1), QStringLiteral("1 second"));
        QCOMPARE(formatDuration(59), QStringLiteral("59 seconds"));
        QCOMPARE(formatDuration(60 + 59), QStringLiteral("1 minute")); // seconds dropped once there are minutes
        QCOMPARE(formatDuration(45 * 60), QStringLiteral("45 minutes"));
        QCOMPARE(formatDuration(3600 + 59), QStringLiteral("1 hour"));
        QCOMPARE(formatDuration(86400 + 59 * 60), QStringLiteral("1 day")); // minutes dropped under days
        QCOMPARE(formatDuration(7 * 86400), QStringLiteral("7 days"));
    }

    // Two units are one translatable form each ("%n day(s) %1", "%n hour(s) %1"), not "%1 %2": the
    // English plurals of those forms come from plinth_en.ts.
    void durationsOfTwoUnits()
    {
        const auto known = [](const char* source) {
            return QCoreApplication::translate("plinth::ui::Formatting", source, nullptr, 2) != QString::fromUtf8(source).replace(QStringLiteral("%n"), QStringLiteral("2"));
        };
        QVERIFY2(known("%n day(s) %1") && known("%n hour(s) %1"),
                 "plinth_en.ts has no English plural forms of \"%n day(s) %1\" and \"%n hour(s) %1\"");
        QCOMPARE(formatDuration(2 * 86400 + 3 * 3600 + 5), QStringLiteral("2 days 3 hours"));
        QCOMPARE(formatDuration(86400 + 3600), QStringLiteral("1 day 1 hour"));
        QCOMPARE(formatDuration(3600 + 45 * 60 + 30), QStringLiteral("1 hour 45 minutes"));
        QCOMPARE(formatDuration(5 * 3600 + 60), QStringLiteral("5 hours 1 minute"));
    }

    // A core reason inside a sentence that ends with its own full stop: never "..".
    void aReasonInASentenceHasOneFullStop()
    {
        QCOMPARE(inSentence(QStringLiteral("execution reverted: not the owner.")), QStringLiteral("execution reverted: not the owner"));
        QCOMPARE(inSentence(QStringLiteral("execution reverted: not the owner")), QStringLiteral("execution reverted: not the owner"));
        QCOMPARE(inSentence(QStringLiteral("  padded.\n")), QStringLiteral("padded"));
        QCOMPARE(inSentence(QStringLiteral("Wait...")), QStringLiteral("Wait..")); // the sentence's stop completes it
        QCOMPARE(inSentence(QString()), QString());
        QCOMPARE(inSentence(std::string("from the core.")), QStringLiteral("from the core"));
        // A real core message: the address parser's, whatever its punctuation.
        const auto bad = parseAddress("0x1234");
        QVERIFY(!bad);
        const QString shown = QStringLiteral("The new owner is not an address: %1.").arg(inSentence(bad.error().message));
        QVERIFY2(shown.endsWith(QLatin1Char('.')) && !shown.endsWith(QStringLiteral("..")), qPrintable(shown));
        QVERIFY(shown.contains(inSentence(bad.error().message)) && !inSentence(bad.error().message).isEmpty());
    }

    void aSignedIntegerIsGroupedWithTheLocalesMinus()
    {
        QCOMPARE(formatInteger(Int256(-1234567)), QStringLiteral("-1,234,567"));
        QCOMPARE(formatInteger(Int256(1008)), QStringLiteral("1,008"));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(formatInteger(Int256(-1234567)), QStringLiteral("-1.234.567"));
    }

    void tickDecimalsFollowTheStep()
    {
        QCOMPARE(decimalsForStep(5000), 0);
        QCOMPARE(decimalsForStep(1), 0);
        QCOMPARE(decimalsForStep(0.5), 1);
        QCOMPARE(decimalsForStep(0.25), 2);
        QCOMPARE(decimalsForStep(0.02), 2);
        QCOMPARE(decimalsForStep(0), 0);
    }

    // A device with 1,008 rewards of 1 PLNTH: its detail says "1.008" in German, and its running-total
    // chart's axis labels are the ticks as German writes them ("1.000"), none an ungrouped "1000".
    void germanGroupsTheDeviceDetailCountAndItsChartAxis()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        DeviceDetail detail;
        detail.device.address = *parseAddress("0x52908400098527886e0f7030069857d2e4169ee7");
        detail.device.rewardCount = 1008;
        for (std::uint64_t i = 0; i < 1008; ++i) {
            RewardRecord r;
            r.epoch = i;
            r.timestamp = 1788307200 + i * 86400;
            r.amount = kToken;
            detail.rewards.push_back(r);
            detail.device.lifetimeEarned += r.amount;
        }
        DeviceDetailPanel panel(18, QStringLiteral("PLNTH"));
        panel.resize(900, 1200);
        panel.show();
        panel.showDetail(detail, false);
        auto* rewards = panel.findChild<QLabel*>(QStringLiteral("devices.detail.rewards"));
        QVERIFY(rewards);
        QVERIFY2(rewards->text().startsWith(QStringLiteral("1.008 ")), qPrintable(rewards->text()));
        auto* view = panel.findChild<QChartView*>(QStringLiteral("devices.detail.chart"));
        QVERIFY(view);
        const QSet<QString> expected = expectedValueLabels(view->chart());
        QVERIFY(expected.contains(QStringLiteral("1.000")));
        QTRY_VERIFY2(drawnTexts(view).contains(expected), qPrintable(QStringList(drawnTexts(view).values()).join(QLatin1Char('|'))));
        QVERIFY(!hasUngroupedNumber(drawnTexts(view)));

        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        panel.showDetail(detail, false);
        QVERIFY2(rewards->text().startsWith(QStringLiteral("1,008 ")), qPrintable(rewards->text()));
        QTRY_VERIFY(drawnTexts(view).contains(QStringLiteral("1,000")));
    }

    // The Earnings chart's stacked bars: 700 + 600 PLNTH in a day reach 1,300, the axis is grouped; amounts
    // below one token get decimals instead of five labels that all read 0.
    void germanGroupsTheEarningsChartAxisAndSmallAmountsKeepDecimals()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        EarningsChart chart(QStringLiteral("earnings.chart"));
        chart.resize(800, 400);
        chart.show();
        chart.setData({QStringLiteral("1. Dez."), QStringLiteral("2. Dez.")},
                      {{QStringLiteral("a"), {kToken * 700, kToken * 100}}, {QStringLiteral("b"), {kToken * 600, kToken * 50}}}, 18,
                      QStringLiteral("PLNTH"));
        QSet<QString> expected = expectedValueLabels(chart.chart());
        QVERIFY2(std::any_of(expected.begin(), expected.end(), [](const QString& t) { return t.contains(QLatin1Char('.')); }),
                 qPrintable(QStringList(expected.values()).join(QLatin1Char('|'))));
        QTRY_VERIFY2(drawnTexts(&chart).contains(expected), qPrintable(QStringList(drawnTexts(&chart).values()).join(QLatin1Char('|'))));
        QVERIFY(!hasUngroupedNumber(drawnTexts(&chart)));

        chart.setData({QStringLiteral("1. Dez.")}, {{QStringLiteral("a"), {kToken * 3 / 10}}}, 18, QStringLiteral("PLNTH"));
        expected = expectedValueLabels(chart.chart());
        QCOMPARE(expected.size(), chart.chart()->axes(Qt::Vertical).front()->property("tickCount").toInt()); // all different
        QVERIFY(expected.contains(QStringLiteral("0,1")) || expected.contains(QStringLiteral("0,05")));
        QTRY_VERIFY2(drawnTexts(&chart).contains(expected), qPrintable(QStringList(drawnTexts(&chart).values()).join(QLatin1Char('|'))));
    }

    void shortAddressKeepsTheChecksum()
    {
        const Address a = *parseAddress("0x52908400098527886e0f7030069857d2e4169ee7");
        QCOMPARE(shortAddress(a), QStringLiteral("0x5290") + QChar(0x2026) + QStringLiteral("9EE7"));
        QCOMPARE(fullAddress(a), QStringLiteral("0x52908400098527886E0F7030069857D2E4169EE7"));
    }
};

QTEST_MAIN(TestFormatting)
#include "tst_formatting.moc"
