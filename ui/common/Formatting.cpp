#include "ui/common/Formatting.h"

#include "wallet/codec/UInt256.h"
#include "wallet/eth/Address.h"

#include <QCoreApplication>
#include <QtCore/qcoreapplication.h>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <limits>
#include <string>

namespace plinth::ui {
namespace {

// The translation context of the formatter's words (lupdate reads Formatting::tr calls).
class Formatting {
    Q_DECLARE_TR_FUNCTIONS(plinth::ui::Formatting)
};

// Groups the integer digits with the locale's separator and joins the fraction with its decimal point.
QString localised(const std::string& integer, const std::string& fraction)
{
    const QLocale locale;
    const QString group = locale.groupSeparator();
    QString out;
    const int n = static_cast<int>(integer.size());
    for (int i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out += group;
        out += QLatin1Char(integer[static_cast<std::size_t>(i)]);
    }
    if (!fraction.empty())
        out += locale.decimalPoint() + QString::fromStdString(fraction);
    return out;
}

void split(const UInt256& value, unsigned decimals, std::string& integer, std::string& fraction)
{
    const std::string text = formatUnits(value, decimals); // "123.45" or "123"
    const auto dot = text.find('.');
    integer = text.substr(0, dot);
    fraction = dot == std::string::npos ? std::string() : text.substr(dot + 1);
}

QString withSymbol(const QString& number, const QString& symbol)
{
    return symbol.isEmpty() ? number : number + QChar(0x00A0) + symbol;
}

} // namespace

QString formatAmount(const UInt256& baseUnits, unsigned decimals, const QString& symbol, AmountStyle style)
{
    std::string integer, fraction;
    split(baseUnits, decimals, integer, fraction);
    const auto keep = static_cast<std::size_t>(std::max(0, style.maxDecimals));
    if (fraction.size() > keep)
        fraction.resize(keep);
    while (!fraction.empty() && fraction.back() == '0')
        fraction.pop_back();
    const QString sym = style.withSymbol ? symbol : QString();
    if (integer == "0" && fraction.empty() && baseUnits != 0) {
        const std::string smallest = keep == 0 ? std::string("1") : std::string(keep - 1, '0') + "1";
        //: shown for an amount too small for the decimals on screen; %1 is e.g. "0.0001 PLNTH"
        return Formatting::tr("< %1").arg(withSymbol(localised(keep == 0 ? "1" : "0", keep == 0 ? "" : smallest), sym));
    }
    return withSymbol(localised(integer, fraction), sym);
}

QString fullAmount(const UInt256& baseUnits, unsigned decimals, const QString& symbol)
{
    std::string integer, fraction;
    split(baseUnits, decimals, integer, fraction);
    return withSymbol(localised(integer, fraction), symbol);
}

QString formatCount(std::uint64_t value) { return localised(std::to_string(value), {}); }

QString formatInteger(const Int256& value)
{
    // int256 keeps sign and magnitude apart: the magnitude of the most negative value fits.
    const QString digits = localised(boost::multiprecision::abs(value).str(), {});
    return value < 0 ? QLocale().negativeSign() + digits : digits;
}

QString fullAddress(const Address& address) { return QString::fromStdString(toChecksumAddress(address)); }

QString shortAddress(const Address& address)
{
    const QString full = fullAddress(address);
    return full.left(6) + QChar(0x2026) + full.right(4);
}

QString formatDateTime(std::uint64_t unixSeconds)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(static_cast<qint64>(unixSeconds)), QLocale::ShortFormat);
}

QString formatDate(std::uint64_t unixSeconds)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(static_cast<qint64>(unixSeconds)).date(),
                              QLocale::ShortFormat);
}

QString formatAgo(std::uint64_t unixSeconds, std::uint64_t nowSeconds)
{
    if (unixSeconds > nowSeconds)
        return Formatting::tr("just now");
    const std::uint64_t s = nowSeconds - unixSeconds;
    if (s < 60)
        return Formatting::tr("just now");
    if (s < 3600)
        return Formatting::tr("%n minute(s) ago", nullptr, static_cast<int>(s / 60));
    if (s < 86400)
        return Formatting::tr("%n hour(s) ago", nullptr, static_cast<int>(s / 3600));
    return Formatting::tr("%n day(s) ago", nullptr, static_cast<int>(s / 86400));
}

QString formatDuration(std::uint64_t seconds)
{
    const auto days = static_cast<int>(seconds / 86400);
    const auto hours = static_cast<int>((seconds % 86400) / 3600);
    const auto minutes = static_cast<int>((seconds % 3600) / 60);
    // Two units are one whole form per pair ("%n day(s) %1"), not "%1 %2": the translator orders the
    // units and gives the larger one its plural; the smaller one is its own %n string.
    if (days > 0) {
        if (hours == 0)
            return Formatting::tr("%n day(s)", nullptr, days);
        //: a duration of days and hours: %n is the number of days, %1 the hours ("3 hours")
        return Formatting::tr("%n day(s) %1", nullptr, days).arg(Formatting::tr("%n hour(s)", nullptr, hours));
    }
    if (hours > 0) {
        if (minutes == 0)
            return Formatting::tr("%n hour(s)", nullptr, hours);
        //: a duration of hours and minutes: %n is the number of hours, %1 the minutes ("45 minutes")
        return Formatting::tr("%n hour(s) %1", nullptr, hours).arg(Formatting::tr("%n minute(s)", nullptr, minutes));
    }
    if (minutes > 0)
        return Formatting::tr("%n minute(s)", nullptr, minutes);
    return Formatting::tr("%n second(s)", nullptr, static_cast<int>(seconds));
}

QString inSentence(const QString& reason)
{
    QString text = reason.trimmed();
    // The sentence's own stop replaces the reason's ("Wait..." still reads "Wait..." in the sentence).
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

QString inSentence(const std::string& reason) { return inSentence(QString::fromStdString(reason)); }

QString decodedValueText(ValueUnit unit, const std::string& value, unsigned tokenDecimals, const QString& tokenSymbol)
{
    auto n = parseUInt256(value);
    if (!n)
        return QString::fromStdString(value);
    switch (unit) {
    case ValueUnit::Token: return fullAmount(*n, tokenDecimals, tokenSymbol);
    //: %1 an amount of tokens, per second
    case ValueUnit::TokenPerSecond: return Formatting::tr("%1/s").arg(fullAmount(*n, tokenDecimals, tokenSymbol));
    case ValueUnit::Seconds:
        return *n == 0 ? formatCount(0) : *n > UInt256(std::numeric_limits<std::uint64_t>::max()) ? QString::fromStdString(value)
                                                                                                   : formatDuration(n->convert_to<std::uint64_t>());
    //: %1 a number
    case ValueUnit::Percent: return Formatting::tr("%1%").arg(QString::fromStdString(value));
    case ValueUnit::Raw:
    case ValueUnit::Address: return QString::fromStdString(value);
    }
    return QString::fromStdString(value);
}

QString formatPeriod(std::uint64_t startSeconds, EarningsPeriod period)
{
    // The buckets are UTC periods: name them in UTC too, or a day would carry the previous day's name
    // west of Greenwich.
    const QDate d = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(startSeconds), Qt::UTC).date();
    const QLocale locale;
    switch (period) {
    case EarningsPeriod::Day:
        return locale.toString(d, Formatting::tr("d MMM", "date format of a day in a chart"));
    case EarningsPeriod::Week:
        // A week by its Monday: shorter than "Week 36, 2026" under a bar, and a date people read at once.
        return locale.toString(d, Formatting::tr("d MMM", "date format of a day in a chart"));
    case EarningsPeriod::Month:
        return locale.toString(d, Formatting::tr("MMM yyyy", "date format of a month in a chart"));
    case EarningsPeriod::All:
        break;
    }
    return QString();
}

QString verifiedAtText(const VerifiedAt& at, std::uint64_t nowSeconds)
{
    //: %1 is a block number, %2 how long ago ("5 minutes ago")
    return Formatting::tr("Verified at block %1, %2").arg(formatCount(at.block.number), formatAgo(at.timestamp, nowSeconds));
}

} // namespace plinth::ui
