#pragma once
// Hexadecimal text <-> bytes, the form every Ethereum tool prints bytes in.
//
// Threading: pure functions, safe on any thread.
// Errors: fromHex returns ErrorCode::InvalidArgument saying what is wrong (odd length, a non-hex character
// and where it is); the message never repeats the input, which may be a secret.

#include "wallet/common/Bytes.h"
#include "wallet/common/Result.h"

#include <algorithm>
#include <span>
#include <string>
#include <string_view>

namespace plinth {

// Lowercase hex, "0x"-prefixed unless prefix is false. Empty input gives "0x" (or "").
std::string toHex(ByteView bytes, bool prefix = true);

// Accepts an optional 0x/0X prefix and upper- or lowercase digits. "0x" and "" give no bytes.
Result<Bytes> fromHex(std::string_view text);

// Decodes exactly out.size() bytes into out, without allocating (the same prefix and digit rules as
// fromHex, and fromHexFixed's messages). On an error, out may be partly written.
Result<void> fromHexInto(std::string_view text, std::span<std::uint8_t> out);

// A hex digit's value (0 to 15), or -1 for any other character.
int hexNibbleValue(char c);

// Decodes exactly N bytes (e.g. a 32-byte hash); a different length is an error naming both lengths.
template <std::size_t N>
Result<FixedBytes<N>> fromHexFixed(std::string_view text)
{
    FixedBytes<N> out{};
    if (auto ok = fromHexInto(text, out); !ok)
        return ok.error();
    return out;
}

// True if text starts with 0x or 0X.
inline bool hasHexPrefix(std::string_view text)
{
    return text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
}

} // namespace plinth
