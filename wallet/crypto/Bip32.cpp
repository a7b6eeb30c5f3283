#include "wallet/crypto/Bip32.h"

#include "wallet/crypto/Secp256k1.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <secp256k1.h>

#include <cstring>
#include <limits>
#include <stdexcept>

namespace plinth {
namespace {

constexpr std::size_t kMaxDepth = 255;

struct ExtendedKey {
    SecureBytes key{32};
    SecureBytes chainCode{32};
};

// I = HMAC-SHA512(key, data), returned in a wiped buffer.
SecureBytes hmacSha512(ByteView key, ByteView data)
{
    SecureBytes out(64);
    unsigned int len = 64;
    if (!HMAC(EVP_sha512(), key.data(), static_cast<int>(key.size()), data.data(), data.size(), out.data(), &len)
        || len != 64)
        throw std::runtime_error("HMAC-SHA512 failed");
    return out;
}

// Sets key = (parent + IL) mod n. False when IL >= n or the sum is zero: the child is invalid.
bool addTweak(std::uint8_t* key, const std::uint8_t* il)
{
    return secp256k1_ec_seckey_tweak_add(secp256k1_context_static, key, il) == 1;
}

Result<ExtendedKey> child(const ExtendedKey& parent, std::uint32_t index)
{
    SecureBytes data(37);
    for (;;) {
        if (index & kHardenedIndex) {
            data.data()[0] = 0;
            std::memcpy(data.data() + 1, parent.key.data(), 32);
        } else {
            auto pub = compressedPublicKeyFromPrivate(parent.key);
            if (!pub)
                return pub.error();
            std::memcpy(data.data(), pub->data(), 33);
        }
        data.data()[33] = static_cast<std::uint8_t>(index >> 24);
        data.data()[34] = static_cast<std::uint8_t>(index >> 16);
        data.data()[35] = static_cast<std::uint8_t>(index >> 8);
        data.data()[36] = static_cast<std::uint8_t>(index);
        const SecureBytes i = hmacSha512(parent.chainCode.view(), data.view());
        ExtendedKey out;
        std::memcpy(out.key.data(), parent.key.data(), 32);
        if (addTweak(out.key.data(), i.data())) {
            std::memcpy(out.chainCode.data(), i.data() + 32, 32);
            return out;
        }
        // BIP-32: "the resulting key is invalid, and one should proceed with the next value for i".
        const std::uint32_t next = index + 1;
        if ((next & kHardenedIndex) != (index & kHardenedIndex) || next == 0)
            return makeError(ErrorCode::InvalidArgument, "no valid child key at or after this index");
        index = next;
    }
}

Error badPath(std::string_view what) { return makeError(ErrorCode::InvalidArgument, "invalid derivation path: " + std::string(what)); }

} // namespace

std::string DerivationPath::toString() const
{
    std::string out = "m";
    for (const std::uint32_t i : indices) {
        out += '/';
        out += std::to_string(i & ~kHardenedIndex);
        if (i & kHardenedIndex)
            out += '\'';
    }
    return out;
}

Result<DerivationPath> parseDerivationPath(std::string_view path)
{
    if (path.empty() || (path[0] != 'm' && path[0] != 'M'))
        return badPath("it must start with \"m\"");
    DerivationPath out;
    std::string_view rest = path.substr(1);
    if (rest.empty())
        return out;
    if (rest[0] != '/')
        return badPath("\"m\" must be followed by \"/\"");
    while (!rest.empty()) {
        rest.remove_prefix(1); // the '/'
        const std::size_t end = std::min(rest.find('/'), rest.size());
        std::string_view part = rest.substr(0, end);
        rest.remove_prefix(end);
        const std::string position = "level " + std::to_string(out.indices.size() + 1);
        bool hardened = false;
        if (!part.empty() && (part.back() == '\'' || part.back() == 'h' || part.back() == 'H')) {
            hardened = true;
            part.remove_suffix(1);
        }
        if (part.empty())
            return badPath(position + " is empty");
        std::uint64_t value = 0;
        for (const char c : part) {
            if (c < '0' || c > '9')
                return badPath(position + " is not a number");
            value = value * 10 + static_cast<std::uint64_t>(c - '0');
            if (value >= kHardenedIndex)
                return badPath(position + " is too large (an index must be below 2147483648)");
        }
        if (out.indices.size() == kMaxDepth)
            return badPath("more than 255 levels");
        out.indices.push_back(static_cast<std::uint32_t>(value) | (hardened ? kHardenedIndex : 0U));
    }
    return out;
}

DerivationPath defaultEthereumPath(std::uint32_t index)
{
    if (index & kHardenedIndex)
        throw std::invalid_argument("defaultEthereumPath: index must be below 2^31");
    return DerivationPath{{44 | kHardenedIndex, 60 | kHardenedIndex, 0 | kHardenedIndex, 0, index}};
}

Result<SecureBytes> derivePrivateKey(const SecureBytes& seed, const DerivationPath& path)
{
    if (seed.size() < 16 || seed.size() > 64)
        return makeError(ErrorCode::InvalidArgument, "a BIP-32 seed is 16 to 64 bytes");
    if (path.indices.size() > kMaxDepth)
        return badPath("more than 255 levels");
    static constexpr char kMasterKey[] = "Bitcoin seed";
    const SecureBytes i = hmacSha512(asBytes(std::string_view(kMasterKey, sizeof kMasterKey - 1)), seed.view());
    ExtendedKey key;
    std::memcpy(key.key.data(), i.data(), 32);
    std::memcpy(key.chainCode.data(), i.data() + 32, 32);
    if (!isValidPrivateKey(key.key.view()))
        return makeError(ErrorCode::InvalidArgument, "this seed gives an invalid BIP-32 master key");
    for (const std::uint32_t index : path.indices) {
        auto next = child(key, index);
        if (!next)
            return next.error();
        key = std::move(*next);
    }
    return std::move(key.key);
}

} // namespace plinth
