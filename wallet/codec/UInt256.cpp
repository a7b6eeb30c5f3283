#include "wallet/codec/UInt256.h"

#include "wallet/codec/Hex.h"

#include <algorithm>
#include <iterator>

namespace plinth {
namespace {

using boost::multiprecision::uint512_t;

Error invalid(std::string what) { return makeError(ErrorCode::InvalidArgument, std::move(what)); }

const uint512_t& max256()
{
    static const uint512_t m = (uint512_t(1) << 256) - 1;
    return m;
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Up to 16 hex digits as a 64-bit word; false on a character that is not a hex digit.
bool hexWord(std::string_view digits, std::uint64_t& out)
{
    std::uint64_t v = 0;
    for (const char c : digits) {
        const int n = hexNibbleValue(c);
        if (n < 0)
            return false;
        v = (v << 4) | static_cast<unsigned>(n);
    }
    out = v;
    return true;
}

} // namespace

Result<UInt256> parseDecimalUInt256(std::string_view text)
{
    if (text.empty())
        return invalid("a number is empty");
    uint512_t acc = 0;
    for (const char c : text) {
        if (!isDigit(c))
            return invalid(c == '-' ? "a negative number is not allowed here" : "not a decimal number");
        acc = acc * 10 + static_cast<unsigned>(c - '0');
        if (acc > max256())
            return invalid("number is too large (more than 256 bits)");
    }
    return static_cast<UInt256>(acc);
}

Result<UInt256> parseHexQuantity(std::string_view text)
{
    if (!hasHexPrefix(text))
        return invalid("a hex quantity must start with 0x");
    std::string_view digits = text.substr(2);
    if (digits.empty())
        return invalid("a hex quantity has no digits");
    const auto firstNonZero = digits.find_first_not_of('0');
    digits = firstNonZero == std::string_view::npos ? std::string_view{} : digits.substr(firstNonZero);
    if (digits.size() > 64) {
        const bool allHex = std::all_of(digits.begin(), digits.end(), [](char c) { return hexNibbleValue(c) >= 0; });
        return invalid(allHex ? "number is too large (more than 256 bits)" : "not a hex number");
    }
    // 64 bits at a time: shifting a 256-bit number once per digit made quantities a visible part of a
    // sync's CPU time, and almost every quantity fits one word.
    if (digits.size() <= 16) {
        std::uint64_t word = 0;
        if (!hexWord(digits, word))
            return invalid("not a hex number");
        return UInt256(word);
    }
    UInt256 v = 0;
    while (!digits.empty()) {
        const std::size_t take = digits.size() % 16 == 0 ? 16 : digits.size() % 16;
        std::uint64_t word = 0;
        if (!hexWord(digits.substr(0, take), word))
            return invalid("not a hex number");
        v = (v << (4 * take)) | word;
        digits.remove_prefix(take);
    }
    return v;
}

Result<UInt256> parseUInt256(std::string_view text)
{
    return hasHexPrefix(text) ? parseHexQuantity(text) : parseDecimalUInt256(text);
}

std::string toDecimalString(const UInt256& value) { return value.str(); }

std::string toHexQuantity(const UInt256& value)
{
    const Bytes b = toMinimalBigEndian(value);
    if (b.empty())
        return "0x0";
    std::string hex = toHex(b, false);
    if (hex[0] == '0')
        hex.erase(0, 1);
    return "0x" + hex;
}

Bytes toMinimalBigEndian(const UInt256& value)
{
    Bytes out;
    if (value == 0)
        return out;
    out.reserve(32);
    boost::multiprecision::export_bits(value, std::back_inserter(out), 8, true);
    return out;
}

FixedBytes<32> toBigEndian32(const UInt256& value)
{
    FixedBytes<32> out{};
    const Bytes minimal = toMinimalBigEndian(value);
    std::copy(minimal.begin(), minimal.end(), out.end() - static_cast<std::ptrdiff_t>(minimal.size()));
    return out;
}

Result<UInt256> fromBigEndian(ByteView bytes)
{
    if (bytes.size() > 32)
        return invalid("more than 32 bytes for a 256-bit number");
    UInt256 v = 0;
    if (!bytes.empty())
        boost::multiprecision::import_bits(v, bytes.begin(), bytes.end(), 8, true);
    return v;
}

std::string formatUnits(const UInt256& value, unsigned decimals)
{
    std::string digits = value.str();
    if (decimals == 0)
        return digits;
    if (digits.size() <= decimals)
        digits.insert(0, decimals - digits.size() + 1, '0');
    std::string whole = digits.substr(0, digits.size() - decimals);
    std::string frac = digits.substr(digits.size() - decimals);
    while (!frac.empty() && frac.back() == '0')
        frac.pop_back();
    return frac.empty() ? whole : whole + "." + frac;
}

Result<UInt256> parseUnits(std::string_view amount, unsigned decimals)
{
    if (decimals > kMaxDecimals)
        return invalid("a currency cannot have more than 77 decimals");
    const auto dot = amount.find('.');
    const std::string_view whole = amount.substr(0, dot);
    const std::string_view frac = dot == std::string_view::npos ? std::string_view{} : amount.substr(dot + 1);
    if (whole.empty() && frac.empty())
        return invalid("the amount is empty");
    const auto allDigits = [](std::string_view s) { return std::all_of(s.begin(), s.end(), isDigit); };
    if (!allDigits(whole) || !allDigits(frac)) {
        if (!amount.empty() && amount[0] == '-')
            return invalid("the amount cannot be negative");
        return invalid("the amount is not a number (use digits and one \".\")");
    }
    if (frac.size() > decimals)
        return invalid("the amount has more than " + std::to_string(decimals) + " decimal places");
    uint512_t acc = 0;
    for (const char c : whole) {
        acc = acc * 10 + static_cast<unsigned>(c - '0');
        if (acc > max256())
            return invalid("the amount is too large");
    }
    for (unsigned i = 0; i < decimals; ++i) {
        acc *= 10;
        if (i < frac.size())
            acc += static_cast<unsigned>(frac[i] - '0');
        if (acc > max256())
            return invalid("the amount is too large");
    }
    return static_cast<UInt256>(acc);
}

} // namespace plinth
