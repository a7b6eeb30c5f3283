#pragma once
// VaultKeys: the two keys derived from the vault password, and everything the vault seals or
// authenticates with them.
//
//   scrypt(NFKD(password), salt, n, r, p) -> 64 bytes: encryption key (AES-256-GCM) || MAC key (HMAC-SHA256)
//
// Associated data binds each ciphertext to where it lives, so rows cannot be swapped or replayed:
//   check:  "plinth-vault/1/check"  || vault_id
//   secret: "plinth-vault/1/secret" || vault_id || row id || kind || address (imported keys)
// Account rows carry HMAC(macKey, "plinth-vault/1/account" || vault_id || id || kind || address ||
// path || secret id), each field length-prefixed. The label and the hidden flag are cosmetic and are
// not covered, so they can change while the vault is locked.
//
// Ownership: holds its keys in SecureBytes, wiped on destruction; move-only.
// Threading: const methods may run on several threads at once.
// Errors: openSecret returns Corrupt when the tag fails (the password was checked before);
// openCheck returns false for a wrong password.

#include "wallet/common/Bytes.h"
#include "wallet/common/Result.h"
#include "wallet/crypto/SecureBytes.h"
#include "wallet/eth/Address.h"
#include "wallet/vault/Kdf.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace plinth {

// Where a sealed secret lives: its row, its kind ("seed" or "key"), and for a key the account address.
struct SecretPlace {
    std::int64_t id = 0;
    std::string_view kind;
    std::optional<Address> address;
};

// The fields of an account row that its MAC covers.
struct AccountFields {
    std::int64_t id = 0;
    std::string_view kind;
    Address address;
    std::string_view path;
    std::optional<std::int64_t> secretId;
};

class VaultKeys {
public:
    // Runs the KDF (slow at real cost: call it off the GUI thread).
    static Result<VaultKeys> derive(const SecureString& password, ByteView salt, const ScryptParams& cost);

    Result<Bytes> sealCheck(ByteView vaultId) const;
    bool openCheck(ByteView vaultId, ByteView sealed) const;

    Result<Bytes> sealSecret(ByteView vaultId, const SecretPlace& place, ByteView plaintext) const;
    Result<SecureBytes> openSecret(ByteView vaultId, const SecretPlace& place, ByteView sealed) const;

    Hash32 accountMac(ByteView vaultId, const AccountFields& fields) const;
    bool checkAccountMac(ByteView vaultId, const AccountFields& fields, ByteView mac) const;

private:
    VaultKeys(SecureBytes encryption, SecureBytes mac) : m_encryption(std::move(encryption)), m_mac(std::move(mac)) {}
    SecureBytes m_encryption;
    SecureBytes m_mac;
};

// What an unlocked vault holds: its keys, and the salt they came from (to notice a password changed by
// another process).
struct VaultSession {
    VaultKeys keys;
    Bytes salt;
};

// SHA-256 over the password record (vault id, KDF, parameters, salt, sealed check), stored beside it so
// that a damaged record reads as "damaged" and not as "wrong password".
Hash32 passwordRecordDigest(ByteView vaultId, std::string_view kdf, const ScryptParams& cost, ByteView salt,
                            ByteView sealedCheck);

} // namespace plinth
