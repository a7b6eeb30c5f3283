#include "wallet/codec/Hex.h"

#include <array>

namespace plinth {
namespace {

constexpr char kDigits[] = "0123456789abcdef";

// Digit value by character, 0xff for a character that is not a hex digit. A table, because headers,
// receipts and proofs arrive as hex and decoding them is a large part of a sync's CPU time.
constexpr std::array<std::uint8_t, 256> kNibbles = [] {
    std::array<std::uint8_t, 256> t{};
    t.fill(0xff);
    for (int c = '0'; c <= '9'; ++c)
        t[static_cast<std::size_t>(c)] = static_cast<std::uint8_t>(c - '0');
    for (int c = 'a'; c <= 'f'; ++c)
        t[static_cast<std::size_t>(c)] = static_cast<std::uint8_t>(c - 'a' + 10);
    for (int c = 'A'; c <= 'F'; ++c)
        t[static_cast<std::size_t>(c)] = static_cast<std::uint8_t>(c - 'A' + 10);
    return t;
}();

int nibble(char c)
{
    const std::uint8_t n = kNibbles[static_cast<unsigned char>(c)];
    return n == 0xff ? -1 : n;
}

// Decodes digits (even count, out.size() * 2 of them) into out; false if any is not a hex digit, with
// out then partly written. One pass: the table's 0xff sets the high bits that the check looks for.
bool decodeDigits(std::string_view digits, std::span<std::uint8_t> out)
{
    unsigned bad = 0;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const unsigned hi = kNibbles[static_cast<unsigned char>(digits[2 * i])];
        const unsigned lo = kNibbles[static_cast<unsigned char>(digits[2 * i + 1])];
        bad |= hi | lo;
        out[i] = static_cast<std::uint8_t>((hi << 4) | (lo & 0x0f));
    }
    return (bad & 0xf0) == 0;
}

// The message for digits that decodeDigits refused or whose count is odd: the first stray character
// is the more specific complaint, so it is looked for before the length.
Error hexError(std::string_view digits, std::size_t skip)
{
    for (std::size_t i = 0; i < digits.size(); ++i)
        if (nibble(digits[i]) < 0)
            return makeError(ErrorCode::InvalidArgument,
                             "hex has a character that is not a hex digit at position " + std::to_string(skip + i));
    return makeError(ErrorCode::InvalidArgument, "hex has an odd number of digits (" + std::to_string(digits.size()) + ")");
}

} // namespace

int hexNibbleValue(char c) { return nibble(c); }

std::string toHex(ByteView bytes, bool prefix)
{
    std::string out;
    out.reserve(bytes.size() * 2 + 2);
    if (prefix)
        out += "0x";
    for (const std::uint8_t b : bytes) {
        out += kDigits[b >> 4];
        out += kDigits[b & 0x0f];
    }
    return out;
}

Result<Bytes> fromHex(std::string_view text)
{
    const std::size_t skip = hasHexPrefix(text) ? 2 : 0;
    const std::string_view digits = text.substr(skip);
    if (digits.size() % 2 != 0)
        return hexError(digits, skip);
    Bytes out(digits.size() / 2);
    if (!decodeDigits(digits, out))
        return hexError(digits, skip);
    return out;
}

Result<void> fromHexInto(std::string_view text, std::span<std::uint8_t> out)
{
    const std::size_t skip = hasHexPrefix(text) ? 2 : 0;
    const std::string_view digits = text.substr(skip);
    if (digits.size() == 2 * out.size() && decodeDigits(digits, out))
        return {};
    if (digits.size() % 2 != 0 || std::any_of(digits.begin(), digits.end(), [](char c) { return nibble(c) < 0; }))
        return hexError(digits, skip);
    return makeError(ErrorCode::InvalidArgument, "expected " + std::to_string(out.size()) + " bytes of hex, got "
                                                     + std::to_string(digits.size() / 2));
}

} // namespace plinth
