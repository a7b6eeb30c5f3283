#include "wallet/crypto/Secp256k1.h"

#include <openssl/rand.h>

#include <secp256k1.h>
#include <secp256k1_recovery.h>

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace plinth {
namespace {

// Owns the process-wide context. libsecp256k1 documents that functions taking a const context are
// thread-safe, so after construction (randomisation included) it is only ever read.
class Context {
public:
    Context() : m_ctx(secp256k1_context_create(SECP256K1_CONTEXT_NONE))
    {
        if (!m_ctx)
            throw std::runtime_error("secp256k1: cannot create context");
        unsigned char seed[32];
        // Randomisation blinds the signing computation against side channels; without randomness we
        // still sign correctly, so a failure here is not fatal.
        if (RAND_bytes(seed, sizeof seed) == 1) {
            const int randomised = secp256k1_context_randomize(m_ctx, seed);
            static_cast<void>(randomised);
        }
        secureZero(seed, sizeof seed);
    }
    ~Context() { secp256k1_context_destroy(m_ctx); }
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;

    const secp256k1_context* get() const { return m_ctx; }

private:
    secp256k1_context* m_ctx;
};

const secp256k1_context* ctx()
{
    static const Context instance; // thread-safe initialisation (C++11 magic statics)
    return instance.get();
}

Error invalidKey() { return makeError(ErrorCode::InvalidArgument, "invalid private key"); }

Result<secp256k1_pubkey> pubkeyOf(const SecureBytes& privateKey)
{
    if (!isValidPrivateKey(privateKey.view()))
        return invalidKey();
    secp256k1_pubkey pub;
    if (!secp256k1_ec_pubkey_create(ctx(), &pub, privateKey.data()))
        return invalidKey();
    return pub;
}

PublicKey serializeUncompressed(const secp256k1_pubkey& pub)
{
    unsigned char out[65];
    std::size_t len = sizeof out;
    secp256k1_ec_pubkey_serialize(ctx(), out, &len, &pub, SECP256K1_EC_UNCOMPRESSED);
    PublicKey key{};
    std::memcpy(key.data(), out + 1, key.size());
    return key;
}

Result<secp256k1_pubkey> parsePoint(ByteView sec1)
{
    secp256k1_pubkey pub;
    if (!secp256k1_ec_pubkey_parse(ctx(), &pub, sec1.data(), sec1.size()))
        return makeError(ErrorCode::InvalidArgument, "invalid public key");
    return pub;
}

} // namespace

bool isValidPrivateKey(ByteView key)
{
    return key.size() == 32 && secp256k1_ec_seckey_verify(ctx(), key.data()) == 1;
}

Result<PublicKey> publicKeyFromPrivate(const SecureBytes& privateKey)
{
    auto pub = pubkeyOf(privateKey);
    if (!pub)
        return pub.error();
    return serializeUncompressed(*pub);
}

Result<CompressedPublicKey> compressedPublicKeyFromPrivate(const SecureBytes& privateKey)
{
    auto pub = publicKeyFromPrivate(privateKey);
    if (!pub)
        return pub.error();
    return compressPublicKey(*pub);
}

CompressedPublicKey compressPublicKey(const PublicKey& key)
{
    CompressedPublicKey out{};
    out[0] = (key[63] & 1) ? 0x03 : 0x02;
    std::copy_n(key.begin(), 32, out.begin() + 1);
    return out;
}

Result<PublicKey> parsePublicKey(ByteView sec1)
{
    if (sec1.size() != 33 && sec1.size() != 65)
        return makeError(ErrorCode::InvalidArgument, "a public key is 33 or 65 bytes");
    auto pub = parsePoint(sec1);
    if (!pub)
        return pub.error();
    return serializeUncompressed(*pub);
}

Result<RecoverableSignature> signHash(const Hash32& hash, const SecureBytes& privateKey)
{
    if (!isValidPrivateKey(privateKey.view()))
        return invalidKey();
    secp256k1_ecdsa_recoverable_signature sig;
    // A null nonce function selects RFC 6979; libsecp256k1 always produces low-s signatures.
    if (!secp256k1_ecdsa_sign_recoverable(ctx(), &sig, hash.data(), privateKey.data(), nullptr, nullptr))
        return makeError(ErrorCode::Internal, "secp256k1 refused to sign");
    unsigned char compact[64];
    int recid = 0;
    secp256k1_ecdsa_recoverable_signature_serialize_compact(ctx(), compact, &recid, &sig);
    RecoverableSignature out;
    std::memcpy(out.r.data(), compact, 32);
    std::memcpy(out.s.data(), compact + 32, 32);
    out.recoveryId = static_cast<std::uint8_t>(recid);
    return out;
}

namespace {

Result<secp256k1_ecdsa_recoverable_signature> parseRecoverable(const RecoverableSignature& sig)
{
    if (sig.recoveryId > 1)
        return makeError(ErrorCode::InvalidArgument, "signature recovery id must be 0 or 1");
    const auto isZero = [](const FixedBytes<32>& b) { return std::all_of(b.begin(), b.end(), [](auto x) { return x == 0; }); };
    if (isZero(sig.r) || isZero(sig.s))
        return makeError(ErrorCode::InvalidArgument, "signature r or s is zero");
    unsigned char compact[64];
    std::memcpy(compact, sig.r.data(), 32);
    std::memcpy(compact + 32, sig.s.data(), 32);
    secp256k1_ecdsa_recoverable_signature rsig;
    if (!secp256k1_ecdsa_recoverable_signature_parse_compact(ctx(), &rsig, compact, sig.recoveryId))
        return makeError(ErrorCode::InvalidArgument, "signature r or s is out of range");
    // Ethereum rejects high-s signatures (EIP-2): normalize() reports whether s had to be lowered.
    secp256k1_ecdsa_signature plain;
    secp256k1_ecdsa_recoverable_signature_convert(ctx(), &plain, &rsig);
    if (secp256k1_ecdsa_signature_normalize(ctx(), nullptr, &plain))
        return makeError(ErrorCode::InvalidArgument, "signature s is not in the lower half of the order");
    return rsig;
}

} // namespace

Result<void> checkSignature(const RecoverableSignature& sig)
{
    auto parsed = parseRecoverable(sig);
    if (!parsed)
        return parsed.error();
    return {};
}

Result<PublicKey> recoverPublicKey(const Hash32& hash, const RecoverableSignature& sig)
{
    auto rsig = parseRecoverable(sig);
    if (!rsig)
        return rsig.error();
    secp256k1_pubkey pub;
    if (!secp256k1_ecdsa_recover(ctx(), &pub, &*rsig, hash.data()))
        return makeError(ErrorCode::InvalidArgument, "signature does not recover to a public key");
    return serializeUncompressed(pub);
}

} // namespace plinth
