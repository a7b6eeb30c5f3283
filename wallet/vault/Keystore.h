#pragma once
// Web3 Secret Storage (keystore v3) files: the JSON that geth, cast, ethers and MetaMask read and write.
//
// Import accepts kdf "scrypt" and "pbkdf2" (prf hmac-sha256), cipher "aes-128-ctr", the `crypto` key in
// either spelling (`Crypto` is common), and keys shorter than 32 bytes (some old writers dropped leading
// zeros; they are restored). The MAC is keccak256(derivedKey[16..32] || ciphertext), compared in
// constant time. A file's "address", when present, must match the decrypted key. The password is tried
// as given and then in Unicode NFKD, since ethers normalises passwords that way and geth does not.
// Export writes what real files hold: version 3, a random UUID "id", the lowercase address without 0x,
// "crypto" with aes-128-ctr, scrypt (default n=262144, r=8, p=1, dklen 32) and a keccak MAC.
//
// Threading: pure functions; safe on any thread. Both cost a KDF run (a second at the default cost).
// Errors: InvalidArgument for malformed JSON or fields (the message names the field), Unsupported for
// an unknown version, KDF or cipher, WrongPassword when the MAC does not match, Corrupt when the file's
// address does not match its key. No message contains the password or any key material.

#include "wallet/common/Result.h"
#include "wallet/crypto/SecureBytes.h"
#include "wallet/eth/Address.h"
#include "wallet/vault/Kdf.h"

#include <string>
#include <string_view>

namespace plinth {

struct KeystoreKey {
    SecureBytes privateKey; // always 32 bytes
    Address address;
};

Result<KeystoreKey> decryptKeystore(std::string_view json, const SecureString& password);

// Encrypts `privateKey` (32 bytes, a valid secp256k1 key) under `password`.
Result<std::string> encryptKeystore(const SecureBytes& privateKey, const SecureString& password,
                                    const ScryptParams& cost = kDefaultScrypt);

} // namespace plinth
