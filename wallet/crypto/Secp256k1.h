#pragma once
// secp256k1 through libsecp256k1: key checks, public keys, recoverable ECDSA signatures (RFC 6979
// deterministic nonces, low-s as Ethereum requires since Homestead) and public-key recovery.
//
// Threading: every function may be called from any thread at once. They share one libsecp256k1 context,
// created on first use with blinding randomised from the OS CSPRNG, and only read from it afterwards.
// Errors: InvalidArgument for an invalid key or signature (never containing key material); Internal if
// the library refuses a valid operation.

#include "wallet/common/Bytes.h"
#include "wallet/common/Result.h"
#include "wallet/crypto/SecureBytes.h"

#include <cstdint>

namespace plinth {

struct RecoverableSignature {
    FixedBytes<32> r{};
    FixedBytes<32> s{}; // always in the lower half of the curve order
    std::uint8_t recoveryId = 0; // 0 or 1 (2 and 3 never occur for valid Ethereum signatures)
    bool operator==(const RecoverableSignature&) const = default;
};

// Uncompressed point X||Y, big-endian, without the 0x04 prefix.
using PublicKey = FixedBytes<64>;
// SEC1 compressed point: 0x02/0x03 || X.
using CompressedPublicKey = FixedBytes<33>;

// 32 bytes and 0 < key < n (the group order).
bool isValidPrivateKey(ByteView key);

Result<PublicKey> publicKeyFromPrivate(const SecureBytes& privateKey);
Result<CompressedPublicKey> compressedPublicKeyFromPrivate(const SecureBytes& privateKey);
CompressedPublicKey compressPublicKey(const PublicKey& key);
// Parses a 33-byte compressed or 65-byte uncompressed SEC1 point; checks it is on the curve.
Result<PublicKey> parsePublicKey(ByteView sec1);

// Signs a 32-byte digest. The nonce is RFC 6979, so the same key and hash always give the same signature.
Result<RecoverableSignature> signHash(const Hash32& hash, const SecureBytes& privateKey);

// Checks the form Ethereum accepts: recovery id 0 or 1, 0 < r < n, 0 < s <= n/2 (EIP-2).
Result<void> checkSignature(const RecoverableSignature& sig);

// Recovers the signer's public key. Rejects r or s out of range, high s and recovery ids above 1.
Result<PublicKey> recoverPublicKey(const Hash32& hash, const RecoverableSignature& sig);

} // namespace plinth
