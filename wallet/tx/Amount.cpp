#include "wallet/tx/Amount.h"

#include <algorithm>

namespace plinth {
namespace {

Error refused(std::string_view text, const std::string& why)
{
    return makeError(ErrorCode::InvalidArgument, "\"" + std::string(text) + "\" is not a valid amount: " + why);
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

} // namespace

Result<UInt256> parseAmount(std::string_view text, unsigned decimals, std::string_view symbol)
{
    const std::string unit = symbol.empty() ? std::string("this currency") : std::string(symbol);
    if (text.empty())
        return makeError(ErrorCode::InvalidArgument, "the amount is empty");
    if (text.front() == '-')
        return refused(text, "it cannot be negative");
    if (text.front() == '+')
        return refused(text, "write it without a sign");
    if (std::any_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }))
        return refused(text, "it contains spaces");
    const bool hasExponent = std::any_of(text.begin(), text.end(), [](char c) { return c == 'e' || c == 'E'; });
    const bool otherwiseNumeric =
        std::all_of(text.begin(), text.end(), [](char c) { return isDigit(c) || c == '.' || c == 'e' || c == 'E' || c == '-' || c == '+'; });
    if (hasExponent && otherwiseNumeric)
        return refused(text, "exponents are not accepted; write the digits out (for example 1000000)");
    if (std::count(text.begin(), text.end(), '.') > 1)
        return refused(text, "it has more than one \".\"");
    if (std::find_if(text.begin(), text.end(), [](char c) { return !isDigit(c) && c != '.'; }) != text.end())
        return refused(text, "use digits and at most one \".\" as the decimal point");
    if (text == ".")
        return refused(text, "there are no digits");
    const auto dot = text.find('.');
    if (dot != std::string_view::npos && text.size() - dot - 1 > decimals) {
        if (decimals == 0)
            return refused(text, unit + " has no decimal places");
        return refused(text, unit + " has " + std::to_string(decimals) + " decimal places, and it has "
                                 + std::to_string(text.size() - dot - 1));
    }
    auto value = parseUnits(text, decimals);
    if (!value) {
        if (value.error().message.find("too large") != std::string::npos)
            return refused(text, "it is too large");
        return refused(text, value.error().message);
    }
    return value;
}

std::string formatAmount(const UInt256& value, unsigned decimals, std::string_view symbol)
{
    std::string out = formatUnits(value, decimals);
    if (!symbol.empty())
        out += " " + std::string(symbol);
    return out;
}

} // namespace plinth
