#pragma once
// How Plinth writes numbers, amounts, addresses and times on screen: one place, so that every page
// agrees. Amounts are exact (from base units, never through floating point), grouped with the current
// locale's thousands separator and cut to a sensible number of decimals (rounded toward zero, so a
// balance is never shown larger than it is; the full value is in the tooltip: fullAmount()). Dates are
// in the user's locale. There is no formatter for "unknown": callers show a sentence instead of a 0.
//
// Threading: GUI thread (QLocale of the application). Pure otherwise.

#include "wallet/api/NetworkSnapshots.h"

#include <QString>

#include <cstdint>

namespace plinth::ui {

struct AmountStyle {
    int maxDecimals = 4; // digits after the separator at most (trailing zeros dropped)
    bool withSymbol = true;
};

// 1234567.891234 PLNTH -> "1,234,567.8912 PLNTH" (en) / "1.234.567,8912 PLNTH" (de). A non-zero amount
// too small for maxDecimals shows as "< 0.0001 PLNTH", never as 0.
QString formatAmount(const UInt256& baseUnits, unsigned decimals, const QString& symbol, AmountStyle style = {});
// Every digit, for tooltips and confirmation dialogs: "1,234,567.891234 PLNTH".
QString fullAmount(const UInt256& baseUnits, unsigned decimals, const QString& symbol);
// A plain count with separators: 100000 -> "100,000".
QString formatCount(std::uint64_t value);
// A signed whole number of any size with separators and the locale's minus sign: -1234567 ->
// "-1,234,567" (a ledger's difference in base units).
QString formatInteger(const Int256& value);

// 0x1234…abcd (the full checksummed address goes in the tooltip).
QString shortAddress(const Address& address);
QString fullAddress(const Address& address);

// Unix seconds -> a date and time in the user's locale (short format).
QString formatDateTime(std::uint64_t unixSeconds);
QString formatDate(std::uint64_t unixSeconds);
// "just now", "5 minutes ago", "3 hours ago", "2 days ago" (translated, with plurals).
QString formatAgo(std::uint64_t unixSeconds, std::uint64_t nowSeconds);
// A duration: "2 days 3 hours", "45 minutes", "30 seconds".
QString formatDuration(std::uint64_t seconds);

// A reason from the core (an error's message, a decoded revert) ready to go inside a translated
// sentence that brings its own full stop, as in tr("It would fail: %1.").arg(inSentence(why)): trimmed,
// and without the full stop it may already end with, which would otherwise give "..".
QString inSentence(const QString& reason);
QString inSentence(const std::string& reason);

// A decoded call argument or parameter value (ActionDecoder's decimal text) in its unit: an amount of
// the network's token exact with its symbol ("25 PLNTH", not 25000000000000000000), per second, a
// duration in words, a percentage; addresses and raw values as decoded.
QString decodedValueText(ValueUnit unit, const std::string& value, unsigned tokenDecimals, const QString& tokenSymbol);

// A period of an earnings chart or table by its first second (UTC, as EarningsQuery buckets): a day
// "1 Dec", an ISO week by its Monday "30 Nov", a month "Dec 2026"; empty for EarningsPeriod::All.
QString formatPeriod(std::uint64_t startSeconds, EarningsPeriod period);

// "Verified at block 1,234, 5 minutes ago": what a snapshot is proven at.
QString verifiedAtText(const VerifiedAt& at, std::uint64_t nowSeconds);

} // namespace plinth::ui
