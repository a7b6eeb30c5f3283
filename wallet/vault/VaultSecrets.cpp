#include "wallet/vault/VaultSecrets.h"

#include "wallet/crypto/Bip39.h"

namespace plinth {
namespace {

constexpr std::uint8_t kSeedFormat = 1;

Error damaged(std::string_view what)
{
    return makeError(ErrorCode::Corrupt, "the vault is damaged (" + std::string(what) + ")");
}

} // namespace

Result<SecureBytes> encodeSeedSecret(ByteView entropy, std::string_view passphrase)
{
    if (entropy.size() < 16 || entropy.size() > 32 || entropy.size() % 4 != 0)
        return makeError(ErrorCode::InvalidArgument, "BIP-39 entropy must be 16 to 32 bytes");
    SecureBytes out(2 + entropy.size() + passphrase.size());
    out.data()[0] = kSeedFormat;
    out.data()[1] = static_cast<std::uint8_t>(entropy.size());
    std::copy(entropy.begin(), entropy.end(), out.data() + 2);
    std::copy(passphrase.begin(), passphrase.end(), out.data() + 2 + entropy.size());
    return out;
}

Result<SeedSecret> decodeSeedSecret(const SecureBytes& payload)
{
    const ByteView p = payload.view();
    if (p.size() < 2 || p[0] != kSeedFormat)
        return damaged("the seed record has an unknown format");
    const std::size_t n = p[1];
    if (n < 16 || n > 32 || n % 4 != 0 || p.size() < 2 + n)
        return damaged("the seed record has a bad length");
    const ByteView rest = p.subspan(2 + n);
    return SeedSecret{SecureBytes(p.subspan(2, n)),
                      SecureString(std::string_view(reinterpret_cast<const char*>(rest.data()), rest.size()))};
}

Result<SecureBytes> deriveAccountKey(const SeedSecret& seed, const DerivationPath& path)
{
    auto mnemonic = entropyToMnemonic(seed.entropy.view());
    if (!mnemonic)
        return mnemonic.error();
    const SecureBytes bip39Seed = mnemonicToSeed(mnemonic->view(), seed.passphrase.view());
    return derivePrivateKey(bip39Seed, path);
}

AccountFields fieldsOf(const AccountRow& row)
{
    return AccountFields{row.id, accountKindName(row.account.kind), row.account.address, row.account.path, row.secretId};
}

Result<SecretPlace> placeOf(const SecretRow& secret, const std::vector<AccountRow>& accounts)
{
    if (secret.kind == kSeedSecretKind)
        return SecretPlace{secret.id, kSeedSecretKind, std::nullopt};
    if (secret.kind != kKeySecretKind)
        return damaged("a secret has an unknown kind");
    const AccountRow* owner = nullptr;
    for (const AccountRow& a : accounts) {
        if (a.secretId != secret.id)
            continue;
        if (owner || a.account.kind != AccountKind::Imported)
            return damaged("an imported key is shared between accounts");
        owner = &a;
    }
    if (!owner)
        return damaged("an imported key belongs to no account");
    return SecretPlace{secret.id, kKeySecretKind, owner->account.address};
}

} // namespace plinth
