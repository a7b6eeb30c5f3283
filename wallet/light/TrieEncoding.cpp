#include "wallet/light/TrieEncoding.h"

namespace plinth {

const Hash32 kEmptyTrieRoot = {0x56, 0xe8, 0x1f, 0x17, 0x1b, 0xcc, 0x55, 0xa6, 0xff, 0x83, 0x45,
                               0xe6, 0x92, 0xc0, 0xf8, 0x6e, 0x5b, 0x48, 0xe0, 0x1b, 0x99, 0x6c,
                               0xad, 0xc0, 0x01, 0x62, 0x2f, 0xb5, 0xe3, 0x63, 0xb4, 0x21};

Nibbles toNibbles(ByteView bytes)
{
    Nibbles out;
    out.reserve(bytes.size() * 2);
    for (const std::uint8_t b : bytes) {
        out.push_back(b >> 4);
        out.push_back(b & 0x0f);
    }
    return out;
}

Bytes hexPrefixEncode(const Nibbles& path, std::size_t from, bool leaf)
{
    const std::size_t length = path.size() - from;
    const bool odd = length % 2 == 1;
    const std::uint8_t flag = static_cast<std::uint8_t>((leaf ? 2 : 0) + (odd ? 1 : 0));
    Bytes out;
    out.reserve(length / 2 + 1);
    std::size_t i = from;
    if (odd)
        out.push_back(static_cast<std::uint8_t>(flag << 4 | path[i++]));
    else
        out.push_back(static_cast<std::uint8_t>(flag << 4));
    for (; i < path.size(); i += 2)
        out.push_back(static_cast<std::uint8_t>(path[i] << 4 | path[i + 1]));
    return out;
}

Result<HexPrefixPath> hexPrefixDecode(ByteView encoded)
{
    if (encoded.empty())
        return makeError(ErrorCode::InvalidArgument, "empty hex-prefix path");
    const std::uint8_t flag = encoded[0] >> 4;
    if (flag > 3)
        return makeError(ErrorCode::InvalidArgument, "hex-prefix flag " + std::to_string(flag) + " is not 0 to 3");
    HexPrefixPath out;
    out.leaf = flag >= 2;
    const bool odd = (flag & 1) != 0;
    if (odd)
        out.path.push_back(encoded[0] & 0x0f);
    else if ((encoded[0] & 0x0f) != 0)
        return makeError(ErrorCode::InvalidArgument, "hex-prefix padding nibble is not zero");
    out.path.reserve(out.path.size() + 2 * (encoded.size() - 1));
    for (std::size_t i = 1; i < encoded.size(); ++i) {
        out.path.push_back(encoded[i] >> 4);
        out.path.push_back(encoded[i] & 0x0f);
    }
    return out;
}

} // namespace plinth
