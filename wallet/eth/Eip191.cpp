#include "wallet/eth/Eip191.h"

#include "wallet/codec/Hex.h"
#include "wallet/crypto/Keccak.h"

#include <algorithm>

namespace plinth {

Hash32 personalMessageHash(ByteView message)
{
    const std::string prefix = "\x19" "Ethereum Signed Message:\n" + std::to_string(message.size());
    Bytes buf;
    buf.reserve(prefix.size() + message.size());
    buf.insert(buf.end(), prefix.begin(), prefix.end());
    buf.insert(buf.end(), message.begin(), message.end());
    return keccak256(buf);
}

std::string signatureToHex(const RecoverableSignature& sig)
{
    FixedBytes<65> raw{};
    std::copy(sig.r.begin(), sig.r.end(), raw.begin());
    std::copy(sig.s.begin(), sig.s.end(), raw.begin() + 32);
    raw[64] = static_cast<std::uint8_t>(27 + sig.recoveryId);
    return toHex(raw);
}

Result<RecoverableSignature> signatureFromHex(std::string_view text)
{
    auto raw = fromHex(text);
    if (!raw)
        return makeError(ErrorCode::InvalidArgument, "signature: " + raw.error().message);
    if (raw->size() != 65)
        return makeError(ErrorCode::InvalidArgument,
                         "a signature is 65 bytes (r, s, v), not " + std::to_string(raw->size()));
    const std::uint8_t v = (*raw)[64];
    if (v != 0 && v != 1 && v != 27 && v != 28)
        return makeError(ErrorCode::InvalidArgument, "signature v must be 27, 28, 0 or 1, not " + std::to_string(v));
    RecoverableSignature sig;
    std::copy(raw->begin(), raw->begin() + 32, sig.r.begin());
    std::copy(raw->begin() + 32, raw->begin() + 64, sig.s.begin());
    sig.recoveryId = static_cast<std::uint8_t>(v >= 27 ? v - 27 : v);
    // Validate r and s now (range, low s) so that a bad signature is reported where it enters.
    auto check = checkSignature(sig);
    if (!check)
        return check.error();
    return sig;
}

Result<RecoverableSignature> signPersonalMessage(ByteView message, const SecureBytes& privateKey)
{
    return signHash(personalMessageHash(message), privateKey);
}

Result<Address> recoverPersonalMessageSigner(ByteView message, const RecoverableSignature& sig)
{
    auto pub = recoverPublicKey(personalMessageHash(message), sig);
    if (!pub)
        return pub.error();
    return addressFromPublicKey(*pub);
}

} // namespace plinth
