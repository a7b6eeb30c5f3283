#pragma once
// The vault's authenticated cipher: AES-256-GCM (OpenSSL EVP) with a fresh random 96-bit nonce per
// message. A sealed message is nonce (12) || ciphertext || tag (16). The associated data is what binds
// a ciphertext to its place in the vault (its row, its purpose): opening with any other associated
// data fails exactly as a wrong key or a flipped bit does.
//
// Threading: pure functions; safe on any thread.
// Errors: aeadOpen returns ErrorCode::Corrupt ("failed its authentication check") for a wrong key,
// wrong associated data or damaged bytes; callers that know better (a password check) re-label it.

#include "wallet/common/Bytes.h"
#include "wallet/common/Result.h"
#include "wallet/crypto/SecureBytes.h"

#include <cstddef>

namespace plinth {

inline constexpr std::size_t kAeadKeySize = 32;
inline constexpr std::size_t kAeadNonceSize = 12;
inline constexpr std::size_t kAeadTagSize = 16;

// `key` must be kAeadKeySize bytes.
Result<Bytes> aeadSeal(const SecureBytes& key, ByteView plaintext, ByteView associatedData);

Result<SecureBytes> aeadOpen(const SecureBytes& key, ByteView sealed, ByteView associatedData);

} // namespace plinth
