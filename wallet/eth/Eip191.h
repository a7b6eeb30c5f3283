#pragma once
// EIP-191 version 0x45 ("personal_sign") messages and the 65-byte r||s||v signature form wallets exchange.
//
// Threading: pure functions, safe on any thread.
// Errors: InvalidArgument for a malformed signature (length, v, r/s range) or an invalid key.

#include "wallet/common/Bytes.h"
#include "wallet/common/Result.h"
#include "wallet/crypto/Secp256k1.h"
#include "wallet/crypto/SecureBytes.h"
#include "wallet/eth/Address.h"

#include <string>
#include <string_view>

namespace plinth {

// keccak256("\x19Ethereum Signed Message:\n" + decimal length + message).
Hash32 personalMessageHash(ByteView message);

// 0x + r || s || v (65 bytes) with v = 27 + recoveryId, the form personal_sign and eth_signTypedData return.
std::string signatureToHex(const RecoverableSignature& sig);

// Parses 65 bytes of hex; v may be 27/28 or 0/1. Rejects any other v and high-s signatures.
Result<RecoverableSignature> signatureFromHex(std::string_view text);

Result<RecoverableSignature> signPersonalMessage(ByteView message, const SecureBytes& privateKey);

// The address that signed message (recovery); the caller compares it with the expected signer.
Result<Address> recoverPersonalMessageSigner(ByteView message, const RecoverableSignature& sig);

} // namespace plinth
