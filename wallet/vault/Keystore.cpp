#include "wallet/vault/Keystore.h"

#include "wallet/codec/Hex.h"
#include "wallet/crypto/Keccak.h"
#include "wallet/crypto/Secp256k1.h"
#include "wallet/vault/PasswordText.h"

#include <boost/json.hpp>
#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <cctype>
#include <limits>
#include <memory>
#include <optional>

namespace plinth {
namespace json = boost::json;
namespace {

constexpr std::size_t kDerivedKeySize = 32; // 16 for AES-128, 16 for the MAC
constexpr std::size_t kIvSize = 16;

enum class KdfKind { Scrypt, Pbkdf2 };

struct ParsedKeystore {
    KdfKind kdf = KdfKind::Scrypt;
    ScryptParams scrypt;
    std::uint64_t iterations = 0;
    Bytes salt;
    Bytes iv;
    Bytes ciphertext;
    Bytes mac;
    std::optional<Address> address;
};

Error invalid(std::string_view field, std::string_view problem)
{
    return makeError(ErrorCode::InvalidArgument, "keystore: \"" + std::string(field) + "\" " + std::string(problem));
}

Result<const json::object*> objectField(const json::object& o, std::string_view key, std::string_view path)
{
    const auto* v = o.if_contains(key);
    if (!v)
        return invalid(path, "is missing");
    if (!v->is_object())
        return invalid(path, "must be an object");
    return &v->as_object();
}

Result<std::string_view> stringField(const json::object& o, std::string_view key, std::string_view path)
{
    const auto* v = o.if_contains(key);
    if (!v)
        return invalid(path, "is missing");
    if (!v->is_string())
        return invalid(path, "must be a string");
    return std::string_view(v->as_string());
}

Result<Bytes> hexField(const json::object& o, std::string_view key, std::string_view path)
{
    auto text = stringField(o, key, path);
    if (!text)
        return text.error();
    auto bytes = fromHex(*text);
    if (!bytes)
        return invalid(path, "is not valid hex");
    return bytes;
}

Result<std::uint64_t> unsignedField(const json::object& o, std::string_view key, std::string_view path)
{
    const auto* v = o.if_contains(key);
    if (!v)
        return invalid(path, "is missing");
    if (v->is_uint64())
        return v->as_uint64();
    if (v->is_int64() && v->as_int64() >= 0)
        return static_cast<std::uint64_t>(v->as_int64());
    return invalid(path, "must be a non-negative whole number");
}

Result<ParsedKeystore> parseKeystore(std::string_view text)
{
    boost::system::error_code ec;
    json::value root = json::parse(json::string_view(text.data(), text.size()), ec);
    if (ec)
        return makeError(ErrorCode::InvalidArgument, "keystore: not valid JSON (" + ec.message() + ")");
    if (!root.is_object())
        return makeError(ErrorCode::InvalidArgument, "keystore: the top level must be a JSON object");
    const auto& top = root.as_object();

    auto version = unsignedField(top, "version", "version");
    if (!version)
        return version.error();
    if (*version != 3)
        return makeError(ErrorCode::Unsupported,
                         "keystore: version " + std::to_string(*version) + " is not supported (only version 3)");

    // Real files spell it both ways: geth writes "crypto", older MyEtherWallet and ethers write "Crypto".
    const char* cryptoKey = top.contains("crypto") ? "crypto" : "Crypto";
    auto crypto = objectField(top, cryptoKey, "crypto");
    if (!crypto)
        return crypto.error();
    const json::object& c = **crypto;

    ParsedKeystore k;
    auto cipher = stringField(c, "cipher", "crypto.cipher");
    if (!cipher)
        return cipher.error();
    if (*cipher != "aes-128-ctr")
        return makeError(ErrorCode::Unsupported,
                         "keystore: cipher \"" + std::string(*cipher) + "\" is not supported (only aes-128-ctr)");
    auto params = objectField(c, "cipherparams", "crypto.cipherparams");
    if (!params)
        return params.error();
    auto iv = hexField(**params, "iv", "crypto.cipherparams.iv");
    if (!iv)
        return iv.error();
    if (iv->size() != kIvSize)
        return invalid("crypto.cipherparams.iv", "must be 16 bytes");
    k.iv = std::move(*iv);

    auto ciphertext = hexField(c, "ciphertext", "crypto.ciphertext");
    if (!ciphertext)
        return ciphertext.error();
    if (ciphertext->empty() || ciphertext->size() > 32)
        return invalid("crypto.ciphertext", "must be 1 to 32 bytes (a private key)");
    k.ciphertext = std::move(*ciphertext);

    auto mac = hexField(c, "mac", "crypto.mac");
    if (!mac)
        return mac.error();
    if (mac->size() != 32)
        return invalid("crypto.mac", "must be 32 bytes");
    k.mac = std::move(*mac);

    auto kdf = stringField(c, "kdf", "crypto.kdf");
    if (!kdf)
        return kdf.error();
    auto kdfParams = objectField(c, "kdfparams", "crypto.kdfparams");
    if (!kdfParams)
        return kdfParams.error();
    const json::object& kp = **kdfParams;
    auto dklen = unsignedField(kp, "dklen", "crypto.kdfparams.dklen");
    if (!dklen)
        return dklen.error();
    if (*dklen != kDerivedKeySize)
        return invalid("crypto.kdfparams.dklen", "must be 32");
    auto salt = hexField(kp, "salt", "crypto.kdfparams.salt");
    if (!salt)
        return salt.error();
    k.salt = std::move(*salt);

    if (*kdf == "scrypt") {
        k.kdf = KdfKind::Scrypt;
        auto n = unsignedField(kp, "n", "crypto.kdfparams.n");
        auto r = unsignedField(kp, "r", "crypto.kdfparams.r");
        auto p = unsignedField(kp, "p", "crypto.kdfparams.p");
        if (!n)
            return n.error();
        if (!r)
            return r.error();
        if (!p)
            return p.error();
        if (*r > std::numeric_limits<std::uint32_t>::max() || *p > std::numeric_limits<std::uint32_t>::max())
            return invalid("crypto.kdfparams", "has scrypt r or p out of range");
        k.scrypt = ScryptParams{*n, static_cast<std::uint32_t>(*r), static_cast<std::uint32_t>(*p)};
        if (auto ok = checkScryptParams(k.scrypt); !ok)
            return makeError(ErrorCode::InvalidArgument, "keystore: " + ok.error().message);
    } else if (*kdf == "pbkdf2") {
        k.kdf = KdfKind::Pbkdf2;
        auto prf = stringField(kp, "prf", "crypto.kdfparams.prf");
        if (!prf)
            return prf.error();
        if (*prf != "hmac-sha256")
            return makeError(ErrorCode::Unsupported,
                             "keystore: PBKDF2 prf \"" + std::string(*prf) + "\" is not supported (only hmac-sha256)");
        auto rounds = unsignedField(kp, "c", "crypto.kdfparams.c");
        if (!rounds)
            return rounds.error();
        if (*rounds == 0 || *rounds > kPbkdf2MaxIterations)
            return invalid("crypto.kdfparams.c", "must be from 1 to 16777216");
        k.iterations = *rounds;
    } else {
        return makeError(ErrorCode::Unsupported,
                         "keystore: unknown KDF \"" + std::string(*kdf) + "\" (supported: scrypt, pbkdf2)");
    }

    if (const auto* a = top.if_contains("address"); a && a->is_string() && !a->as_string().empty()) {
        // Files write it lowercase without 0x; case carries no checksum here, so compare it lowercased.
        std::string hexText(a->as_string());
        if (hasHexPrefix(hexText))
            hexText.erase(0, 2);
        for (char& ch : hexText)
            ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        auto parsed = parseAddress("0x" + hexText);
        if (!parsed)
            return invalid("address", "is not a valid address");
        k.address = *parsed;
    }
    return k;
}

Result<SecureBytes> deriveKey(const ParsedKeystore& k, std::string_view password)
{
    if (k.kdf == KdfKind::Scrypt)
        return deriveScrypt(asBytes(password), k.salt, k.scrypt, kDerivedKeySize);
    return derivePbkdf2Sha256(asBytes(password), k.salt, k.iterations, kDerivedKeySize);
}

Hash32 keystoreMac(const SecureBytes& derived, ByteView ciphertext)
{
    SecureBytes input(16 + ciphertext.size());
    std::copy(derived.data() + 16, derived.data() + 32, input.data());
    std::copy(ciphertext.begin(), ciphertext.end(), input.data() + 16);
    return keccak256(input.view());
}

// AES-128-CTR is its own inverse; `key` is the first 16 bytes of `derived`.
Result<SecureBytes> aes128Ctr(const SecureBytes& derived, ByteView iv, ByteView input)
{
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    SecureBytes out(input.size());
    int len = 0;
    int tail = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_128_ctr(), nullptr, derived.data(), iv.data()) != 1
        || EVP_EncryptUpdate(ctx.get(), out.data(), &len, input.data(), static_cast<int>(input.size())) != 1
        || EVP_EncryptFinal_ex(ctx.get(), out.data() + len, &tail) != 1)
        return makeError(ErrorCode::Internal, "AES-128-CTR failed");
    return out;
}

Result<SecureBytes> tryPassword(const ParsedKeystore& k, std::string_view password)
{
    auto derived = deriveKey(k, password);
    if (!derived)
        return derived.error();
    const Hash32 mac = keystoreMac(*derived, k.ciphertext);
    if (CRYPTO_memcmp(mac.data(), k.mac.data(), mac.size()) != 0)
        return makeError(ErrorCode::WrongPassword,
                         "keystore: the MAC does not match (wrong password, or the file was damaged)");
    return aes128Ctr(*derived, k.iv, k.ciphertext);
}

} // namespace

Result<KeystoreKey> decryptKeystore(std::string_view json, const SecureString& password)
{
    auto parsed = parseKeystore(json);
    if (!parsed)
        return parsed.error();
    auto plain = tryPassword(*parsed, password.view());
    if (!plain && plain.error().code == ErrorCode::WrongPassword) {
        const SecureString normal = nfkdPassword(password.view());
        if (normal.view() != password.view())
            plain = tryPassword(*parsed, normal.view());
    }
    if (!plain)
        return plain.error();

    // Writers that stored the key as a big number dropped its leading zero bytes: put them back.
    SecureBytes key(32);
    std::copy(plain->data(), plain->data() + plain->size(), key.data() + (32 - plain->size()));
    if (!isValidPrivateKey(key.view()))
        return makeError(ErrorCode::Corrupt, "keystore: the decrypted private key is not a valid secp256k1 key");
    auto address = addressFromPrivateKey(key);
    if (!address)
        return address.error();
    if (parsed->address && *parsed->address != *address)
        return makeError(ErrorCode::Corrupt, "keystore: the file's \"address\" does not match the key it holds");
    return KeystoreKey{std::move(key), *address};
}

Result<std::string> encryptKeystore(const SecureBytes& privateKey, const SecureString& password,
                                    const ScryptParams& cost)
{
    if (privateKey.size() != 32 || !isValidPrivateKey(privateKey.view()))
        return makeError(ErrorCode::InvalidArgument, "not a valid secp256k1 private key");
    auto address = addressFromPrivateKey(privateKey);
    if (!address)
        return address.error();
    auto salt = secureRandomBytes(32);
    auto iv = secureRandomBytes(kIvSize);
    auto uuid = secureRandomBytes(16);
    if (!salt)
        return salt.error();
    if (!iv)
        return iv.error();
    if (!uuid)
        return uuid.error();
    auto derived = deriveScrypt(asBytes(password.view()), *salt, cost, kDerivedKeySize);
    if (!derived)
        return derived.error();
    auto ciphertext = aes128Ctr(*derived, *iv, privateKey.view());
    if (!ciphertext)
        return ciphertext.error();
    const Bytes cipherBytes(ciphertext->data(), ciphertext->data() + ciphertext->size());
    const Hash32 mac = keystoreMac(*derived, cipherBytes);

    // RFC 4122 version 4: random, with the version and variant bits set.
    Bytes& u = *uuid;
    u[6] = static_cast<std::uint8_t>((u[6] & 0x0f) | 0x40);
    u[8] = static_cast<std::uint8_t>((u[8] & 0x3f) | 0x80);
    const std::string hex = toHex(u, false);
    const std::string id = hex.substr(0, 8) + '-' + hex.substr(8, 4) + '-' + hex.substr(12, 4) + '-'
        + hex.substr(16, 4) + '-' + hex.substr(20);

    json::object kdfparams{{"dklen", kDerivedKeySize}, {"n", cost.n},
                           {"p", cost.p},              {"r", cost.r},
                           {"salt", toHex(*salt, false)}};
    json::object crypto{{"cipher", "aes-128-ctr"},
                        {"cipherparams", json::object{{"iv", toHex(*iv, false)}}},
                        {"ciphertext", toHex(cipherBytes, false)},
                        {"kdf", "scrypt"},
                        {"kdfparams", std::move(kdfparams)},
                        {"mac", toHex(mac, false)}};
    json::object file{{"address", toHex(address->bytes, false)},
                      {"crypto", std::move(crypto)},
                      {"id", id},
                      {"version", 3}};
    return json::serialize(file);
}

} // namespace plinth
