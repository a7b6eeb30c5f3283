#include "wallet/rpc/RetryAfter.h"

#include "wallet/common/Text.h"

#include <array>
#include <cctype>
#include <cstdint>
#include <string>
#include <vector>

namespace plinth {
namespace {

bool allDigits(std::string_view s)
{
    if (s.empty())
        return false;
    for (char c : s)
        if (!std::isdigit(static_cast<unsigned char>(c)))
            return false;
    return true;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

int monthIndex(std::string_view name)
{
    static constexpr std::array<std::string_view, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (std::size_t i = 0; i < kMonths.size(); ++i)
        if (kMonths[i] == name)
            return static_cast<int>(i) + 1;
    return 0;
}

bool parseClock(std::string_view t, int& h, int& mi, int& s)
{
    if (t.size() != 8 || t[2] != ':' || t[5] != ':' || !allDigits(t.substr(0, 2)) || !allDigits(t.substr(3, 2))
        || !allDigits(t.substr(6, 2)))
        return false;
    h = std::stoi(std::string(t.substr(0, 2)));
    mi = std::stoi(std::string(t.substr(3, 2)));
    s = std::stoi(std::string(t.substr(6, 2)));
    return h < 24 && mi < 60 && s <= 60;
}

std::optional<std::int64_t> toEpoch(int year, int month, int day, int h, int mi, int s)
{
    if (month < 1 || day < 1 || day > 31 || year < 1970)
        return std::nullopt;
    return daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * 86400 + h * 3600 + mi * 60 + s;
}

std::vector<std::string_view> words(std::string_view s)
{
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == ','))
            ++i;
        std::size_t j = i;
        while (j < s.size() && s[j] != ' ' && s[j] != ',')
            ++j;
        if (j > i)
            out.push_back(s.substr(i, j - i));
        i = j;
    }
    return out;
}

std::optional<std::int64_t> parseHttpDate(std::string_view v)
{
    const auto w = words(v);
    int h = 0, mi = 0, s = 0;
    // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
    if (w.size() == 6 && w[5] == "GMT" && allDigits(w[1]) && allDigits(w[3]) && w[3].size() == 4 && parseClock(w[4], h, mi, s))
        return toEpoch(std::stoi(std::string(w[3])), monthIndex(w[2]), std::stoi(std::string(w[1])), h, mi, s);
    // RFC 850: Sunday, 06-Nov-94 08:49:37 GMT (two-digit years: 70..99 are 19xx, as in RFC 9110's advice)
    if (w.size() == 4 && w[3] == "GMT" && w[1].size() == 9 && w[1][2] == '-' && w[1][6] == '-' && parseClock(w[2], h, mi, s)) {
        const auto dd = w[1].substr(0, 2), mon = w[1].substr(3, 3), yy = w[1].substr(7, 2);
        if (!allDigits(dd) || !allDigits(yy))
            return std::nullopt;
        const int y2 = std::stoi(std::string(yy));
        return toEpoch(y2 >= 70 ? 1900 + y2 : 2000 + y2, monthIndex(mon), std::stoi(std::string(dd)), h, mi, s);
    }
    // asctime: Sun Nov  6 08:49:37 1994
    if (w.size() == 5 && allDigits(w[2]) && allDigits(w[4]) && w[4].size() == 4 && parseClock(w[3], h, mi, s))
        return toEpoch(std::stoi(std::string(w[4])), monthIndex(w[1]), std::stoi(std::string(w[2])), h, mi, s);
    return std::nullopt;
}

} // namespace

std::optional<std::chrono::seconds> parseRetryAfter(std::string_view value, std::chrono::system_clock::time_point now)
{
    value = trimSpaces(value);
    if (allDigits(value)) {
        if (value.size() > 9) // over 31 years: nonsense, but not an error to fall back from
            return std::chrono::seconds(999999999);
        return std::chrono::seconds(std::stoll(std::string(value)));
    }
    const auto at = parseHttpDate(value);
    if (!at)
        return std::nullopt;
    const auto nowSeconds = std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count();
    return std::chrono::seconds(*at > nowSeconds ? *at - nowSeconds : 0);
}

} // namespace plinth
