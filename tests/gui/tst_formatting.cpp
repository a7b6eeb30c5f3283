// How amounts, counts and times are written on screen (ui/common/Formatting), in English and German.
#include "app/common/Language.h"
#include "ui/common/Formatting.h"

#include <QLocale>
#include <QTest>

using namespace plinth;
using namespace plinth::ui;

namespace {
UInt256 units(const char* decimal) { return *parseDecimalUInt256(decimal); }
const QString nbsp = QString(QChar(0x00A0));
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
        QCOMPARE(formatDuration(2 * 86400 + 3 * 3600 + 5), QStringLiteral("2 days 3 hours"));
        QCOMPARE(formatDuration(45 * 60), QStringLiteral("45 minutes"));
        QCOMPARE(formatDuration(30), QStringLiteral("30 seconds"));
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
