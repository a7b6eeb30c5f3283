#pragma once
// The plaintext layout of the vault's secrets, and how rows map to the places their ciphertexts are
// bound to (VaultKeys.h).
//
//   seed: 0x01 || entropy length (1 byte) || BIP-39 entropy (16..32 bytes) || passphrase (UTF-8, may be empty)
//   key:  the 32-byte private key
//
// Threading: pure functions; safe on any thread.
// Errors: Corrupt for a payload or row that breaks these rules (it could only come from a damaged file).

#include "wallet/common/Result.h"
#include "wallet/crypto/Bip32.h"
#include "wallet/crypto/SecureBytes.h"
#include "wallet/vault/VaultKeys.h"
#include "wallet/vault/VaultTables.h"

#include <string_view>
#include <vector>

namespace plinth {

inline constexpr std::string_view kSeedSecretKind = "seed";
inline constexpr std::string_view kKeySecretKind = "key";

struct SeedSecret {
    SecureBytes entropy;
    SecureString passphrase;
};

Result<SecureBytes> encodeSeedSecret(ByteView entropy, std::string_view passphrase);
Result<SeedSecret> decodeSeedSecret(const SecureBytes& payload);

// BIP-39 seed of the entropy's mnemonic and passphrase, then BIP-32 down `path`. The seed and the
// mnemonic are wiped before returning.
Result<SecureBytes> deriveAccountKey(const SeedSecret& seed, const DerivationPath& path);

// The fields of `row` that its MAC covers (views into `row`, which must outlive the result).
AccountFields fieldsOf(const AccountRow& row);

// Where `secret` is bound: a seed by its row alone, a key also by the address of the imported account
// that owns it. A key no account owns, or owned twice, is a damaged vault.
Result<SecretPlace> placeOf(const SecretRow& secret, const std::vector<AccountRow>& accounts);

} // namespace plinth
