#include "wallet/codec/Hex.h"

namespace plinth {
namespace {

constexpr char kDigits[] = "0123456789abcdef";

int nibble(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

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
    // A stray character is the more specific complaint, so look for one before checking the length.
    for (std::size_t i = 0; i < digits.size(); ++i)
        if (nibble(digits[i]) < 0)
            return makeError(ErrorCode::InvalidArgument,
                             "hex has a character that is not a hex digit at position " + std::to_string(skip + i));
    if (digits.size() % 2 != 0)
        return makeError(ErrorCode::InvalidArgument,
                         "hex has an odd number of digits (" + std::to_string(digits.size()) + ")");
    Bytes out(digits.size() / 2);
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = static_cast<std::uint8_t>((nibble(digits[2 * i]) << 4) | nibble(digits[2 * i + 1]));
    return out;
}

} // namespace plinth
