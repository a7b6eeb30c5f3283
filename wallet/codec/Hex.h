#pragma once
// Hexadecimal text <-> bytes, the form every Ethereum tool prints bytes in.
//
// Threading: pure functions, safe on any thread.
// Errors: fromHex returns ErrorCode::InvalidArgument saying what is wrong (odd length, a non-hex character
// and where it is); the message never repeats the input, which may be a secret.

#include "wallet/common/Bytes.h"
#include "wallet/common/Result.h"

#include <algorithm>
#include <string>
#include <string_view>

namespace plinth {

// Lowercase hex, "0x"-prefixed unless prefix is false. Empty input gives "0x" (or "").
std::string toHex(ByteView bytes, bool prefix = true);

// Accepts an optional 0x/0X prefix and upper- or lowercase digits. "0x" and "" give no bytes.
Result<Bytes> fromHex(std::string_view text);

// Decodes exactly N bytes (e.g. a 32-byte hash); a different length is an error naming both lengths.
template <std::size_t N>
Result<FixedBytes<N>> fromHexFixed(std::string_view text)
{
    auto bytes = fromHex(text);
    if (!bytes)
        return bytes.error();
    if (bytes->size() != N)
        return makeError(ErrorCode::InvalidArgument, "expected " + std::to_string(N) + " bytes of hex, got "
                                                         + std::to_string(bytes->size()));
    FixedBytes<N> out{};
    std::copy(bytes->begin(), bytes->end(), out.begin());
    return out;
}

// True if text starts with 0x or 0X.
inline bool hasHexPrefix(std::string_view text)
{
    return text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
}

} // namespace plinth
