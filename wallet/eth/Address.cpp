#include "wallet/eth/Address.h"

#include "wallet/codec/Hex.h"
#include "wallet/crypto/Keccak.h"

#include <algorithm>
#include <cctype>

namespace plinth {

Address addressFromPublicKey(const PublicKey& key)
{
    const Hash32 h = keccak256(key);
    Address a;
    std::copy(h.end() - 20, h.end(), a.bytes.begin());
    return a;
}

Result<Address> addressFromPrivateKey(const SecureBytes& privateKey)
{
    auto pub = publicKeyFromPrivate(privateKey);
    if (!pub)
        return pub.error();
    return addressFromPublicKey(*pub);
}

std::string toChecksumAddress(const Address& a)
{
    const std::string lower = toHex(a.bytes, false);
    const Hash32 h = keccak256(asBytes(lower));
    std::string out = "0x";
    for (std::size_t i = 0; i < lower.size(); ++i) {
        const unsigned nib = (i % 2 == 0) ? (h[i / 2] >> 4) : (h[i / 2] & 0x0f);
        const char c = lower[i];
        out += (c >= 'a' && nib >= 8) ? static_cast<char>(c - 'a' + 'A') : c;
    }
    return out;
}

Result<Address> parseAddress(std::string_view text)
{
    if (!hasHexPrefix(text))
        return makeError(ErrorCode::InvalidArgument, "an address must start with 0x");
    const std::string_view digits = text.substr(2);
    if (digits.size() != 40)
        return makeError(ErrorCode::InvalidArgument,
                         "an address has 40 hex digits, not " + std::to_string(digits.size()));
    auto bytes = fromHexFixed<20>(text);
    if (!bytes)
        return makeError(ErrorCode::InvalidArgument, "an address must be hexadecimal");
    Address a{*bytes};
    const bool anyLower = std::any_of(digits.begin(), digits.end(), [](char c) { return c >= 'a' && c <= 'f'; });
    const bool anyUpper = std::any_of(digits.begin(), digits.end(), [](char c) { return c >= 'A' && c <= 'F'; });
    if (anyLower && anyUpper && toChecksumAddress(a).substr(2) != digits)
        return makeError(ErrorCode::InvalidArgument, "address has a bad checksum (EIP-55): check it for typos");
    return a;
}

} // namespace plinth
