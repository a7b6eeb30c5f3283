#include "wallet/vault/VaultKeys.h"

#include "wallet/vault/Aead.h"
#include "wallet/vault/PasswordText.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <string>

namespace plinth {
namespace {

constexpr std::string_view kCheckLabel = "plinth-vault/1/check";
constexpr std::string_view kSecretLabel = "plinth-vault/1/secret";
constexpr std::string_view kAccountLabel = "plinth-vault/1/account";
constexpr std::string_view kRecordLabel = "plinth-vault/1/password-record";
constexpr std::string_view kCheckPlaintext = "plinth vault password check";

// Length-prefixed fields, so that no two different field lists encode to the same bytes.
class Encoder {
public:
    Encoder& u64(std::uint64_t v)
    {
        for (int shift = 56; shift >= 0; shift -= 8)
            m_bytes.push_back(static_cast<std::uint8_t>(v >> shift));
        return *this;
    }
    Encoder& field(ByteView b)
    {
        u64(b.size());
        m_bytes.insert(m_bytes.end(), b.begin(), b.end());
        return *this;
    }
    Encoder& field(std::string_view s) { return field(asBytes(s)); }
    const Bytes& bytes() const { return m_bytes; }

private:
    Bytes m_bytes;
};

Bytes secretAssociatedData(ByteView vaultId, const SecretPlace& place)
{
    Encoder e;
    e.field(kSecretLabel).field(vaultId).u64(static_cast<std::uint64_t>(place.id)).field(place.kind);
    if (place.address)
        e.field(ByteView(place.address->bytes));
    else
        e.field(ByteView{});
    return e.bytes();
}

} // namespace

Result<VaultKeys> VaultKeys::derive(const SecureString& password, ByteView salt, const ScryptParams& cost)
{
    const SecureString normal = nfkdPassword(password.view());
    auto material = deriveScrypt(asBytes(normal.view()), salt, cost, 2 * kAeadKeySize);
    if (!material)
        return material.error();
    return VaultKeys(SecureBytes(material->view().first(kAeadKeySize)),
                     SecureBytes(material->view().subspan(kAeadKeySize)));
}

Result<Bytes> VaultKeys::sealCheck(ByteView vaultId) const
{
    const Bytes ad = Encoder().field(kCheckLabel).field(vaultId).bytes();
    return aeadSeal(m_encryption, asBytes(kCheckPlaintext), ad);
}

bool VaultKeys::openCheck(ByteView vaultId, ByteView sealed) const
{
    const Bytes ad = Encoder().field(kCheckLabel).field(vaultId).bytes();
    auto plain = aeadOpen(m_encryption, sealed, ad);
    return plain && plain->view().size() == kCheckPlaintext.size()
        && std::equal(plain->view().begin(), plain->view().end(), kCheckPlaintext.begin());
}

Result<Bytes> VaultKeys::sealSecret(ByteView vaultId, const SecretPlace& place, ByteView plaintext) const
{
    return aeadSeal(m_encryption, plaintext, secretAssociatedData(vaultId, place));
}

Result<SecureBytes> VaultKeys::openSecret(ByteView vaultId, const SecretPlace& place, ByteView sealed) const
{
    auto plain = aeadOpen(m_encryption, sealed, secretAssociatedData(vaultId, place));
    if (!plain)
        return makeError(ErrorCode::Corrupt, "the vault is damaged or was tampered with: secret "
                                                 + std::to_string(place.id) + " failed its authentication check");
    return plain;
}

Hash32 VaultKeys::accountMac(ByteView vaultId, const AccountFields& f) const
{
    Encoder e;
    e.field(kAccountLabel).field(vaultId).u64(static_cast<std::uint64_t>(f.id)).field(f.kind);
    e.field(ByteView(f.address.bytes)).field(f.path);
    e.u64(f.secretId ? 1 : 0).u64(f.secretId ? static_cast<std::uint64_t>(*f.secretId) : 0);
    Hash32 out{};
    unsigned int len = 0;
    HMAC(EVP_sha256(), m_mac.data(), static_cast<int>(m_mac.size()), e.bytes().data(), e.bytes().size(), out.data(),
         &len);
    return out;
}

bool VaultKeys::checkAccountMac(ByteView vaultId, const AccountFields& fields, ByteView mac) const
{
    const Hash32 expected = accountMac(vaultId, fields);
    return mac.size() == expected.size() && CRYPTO_memcmp(mac.data(), expected.data(), expected.size()) == 0;
}

Hash32 passwordRecordDigest(ByteView vaultId, std::string_view kdf, const ScryptParams& cost, ByteView salt,
                            ByteView sealedCheck)
{
    Encoder e;
    e.field(kRecordLabel).field(vaultId).field(kdf).u64(cost.n).u64(cost.r).u64(cost.p).field(salt).field(sealedCheck);
    Hash32 out{};
    unsigned int len = 0;
    EVP_Digest(e.bytes().data(), e.bytes().size(), out.data(), &len, EVP_sha256(), nullptr);
    return out;
}

} // namespace plinth
