#include "wallet/vault/Aead.h"

#include "wallet/vault/Kdf.h"

#include <openssl/evp.h>

#include <limits>
#include <memory>

namespace plinth {
namespace {

struct CipherCtxDeleter {
    void operator()(EVP_CIPHER_CTX* ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter>;

bool fitsInt(std::size_t n) { return n <= static_cast<std::size_t>(std::numeric_limits<int>::max()); }

Error failed(const char* what) { return makeError(ErrorCode::Internal, std::string("AES-GCM ") + what + " failed"); }

} // namespace

Result<Bytes> aeadSeal(const SecureBytes& key, ByteView plaintext, ByteView associatedData)
{
    if (key.size() != kAeadKeySize)
        return makeError(ErrorCode::Internal, "AES-GCM needs a 32-byte key");
    if (!fitsInt(plaintext.size()) || !fitsInt(associatedData.size()))
        return makeError(ErrorCode::InvalidArgument, "the message is too long to encrypt");
    auto nonce = secureRandomBytes(kAeadNonceSize);
    if (!nonce)
        return nonce.error();

    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.data(), nonce->data()) != 1)
        return failed("setup");
    int len = 0;
    if (!associatedData.empty()
        && EVP_EncryptUpdate(ctx.get(), nullptr, &len, associatedData.data(), static_cast<int>(associatedData.size()))
               != 1)
        return failed("associated data");

    Bytes sealed(kAeadNonceSize + plaintext.size() + kAeadTagSize);
    std::copy(nonce->begin(), nonce->end(), sealed.begin());
    std::uint8_t* out = sealed.data() + kAeadNonceSize;
    int written = 0;
    if (!plaintext.empty()) {
        if (EVP_EncryptUpdate(ctx.get(), out, &len, plaintext.data(), static_cast<int>(plaintext.size())) != 1)
            return failed("encryption");
        written = len;
    }
    if (EVP_EncryptFinal_ex(ctx.get(), out + written, &len) != 1)
        return failed("finish");
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, static_cast<int>(kAeadTagSize),
                            sealed.data() + kAeadNonceSize + plaintext.size())
        != 1)
        return failed("tag");
    return sealed;
}

Result<SecureBytes> aeadOpen(const SecureBytes& key, ByteView sealed, ByteView associatedData)
{
    if (key.size() != kAeadKeySize)
        return makeError(ErrorCode::Internal, "AES-GCM needs a 32-byte key");
    if (sealed.size() < kAeadNonceSize + kAeadTagSize || !fitsInt(sealed.size()) || !fitsInt(associatedData.size()))
        return makeError(ErrorCode::Corrupt, "the encrypted data is truncated");
    const std::size_t textSize = sealed.size() - kAeadNonceSize - kAeadTagSize;
    const ByteView nonce = sealed.first(kAeadNonceSize);
    const ByteView ciphertext = sealed.subspan(kAeadNonceSize, textSize);
    // EVP_CTRL_GCM_SET_TAG takes a non-const pointer; copy the tag rather than cast constness away.
    FixedBytes<kAeadTagSize> tag{};
    std::copy(sealed.end() - kAeadTagSize, sealed.end(), tag.begin());

    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.data(), nonce.data()) != 1)
        return failed("setup");
    int len = 0;
    if (!associatedData.empty()
        && EVP_DecryptUpdate(ctx.get(), nullptr, &len, associatedData.data(), static_cast<int>(associatedData.size()))
               != 1)
        return failed("associated data");
    SecureBytes plain(textSize);
    int written = 0;
    if (textSize > 0) {
        if (EVP_DecryptUpdate(ctx.get(), plain.data(), &len, ciphertext.data(), static_cast<int>(textSize)) != 1)
            return failed("decryption");
        written = len;
    }
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(kAeadTagSize), tag.data()) != 1)
        return failed("tag");
    // Final verifies the tag; on failure `plain` is wiped by its destructor and never returned.
    if (EVP_DecryptFinal_ex(ctx.get(), plain.data() + written, &len) != 1)
        return makeError(ErrorCode::Corrupt, "the encrypted data failed its authentication check");
    return plain;
}

} // namespace plinth
