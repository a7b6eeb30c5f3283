#include "wallet/vault/Kdf.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <cstring>
#include <limits>
#include <vector>

namespace plinth {
namespace {

// scrypt's core (RFC 7914 sections 3 to 5), for parameters OpenSSL refuses: it enforces RFC 7914's
// N < 2^(128 r / 8), which geth never did, so real keystores such as the Web3 Secret Storage
// definition's own vector (n=2^18, r=1, p=8) need this. PBKDF2 still comes from OpenSSL, and the tests
// check this path against OpenSSL's scrypt wherever both apply.
std::uint32_t rotl(std::uint32_t a, int b) { return (a << b) | (a >> (32 - b)); }

void salsa208(std::uint32_t b[16])
{
    std::uint32_t x[16];
    std::memcpy(x, b, sizeof x);
    for (int i = 0; i < 8; i += 2) {
        x[4] ^= rotl(x[0] + x[12], 7);   x[8] ^= rotl(x[4] + x[0], 9);
        x[12] ^= rotl(x[8] + x[4], 13);  x[0] ^= rotl(x[12] + x[8], 18);
        x[9] ^= rotl(x[5] + x[1], 7);    x[13] ^= rotl(x[9] + x[5], 9);
        x[1] ^= rotl(x[13] + x[9], 13);  x[5] ^= rotl(x[1] + x[13], 18);
        x[14] ^= rotl(x[10] + x[6], 7);  x[2] ^= rotl(x[14] + x[10], 9);
        x[6] ^= rotl(x[2] + x[14], 13);  x[10] ^= rotl(x[6] + x[2], 18);
        x[3] ^= rotl(x[15] + x[11], 7);  x[7] ^= rotl(x[3] + x[15], 9);
        x[11] ^= rotl(x[7] + x[3], 13);  x[15] ^= rotl(x[11] + x[7], 18);
        x[1] ^= rotl(x[0] + x[3], 7);    x[2] ^= rotl(x[1] + x[0], 9);
        x[3] ^= rotl(x[2] + x[1], 13);   x[0] ^= rotl(x[3] + x[2], 18);
        x[6] ^= rotl(x[5] + x[4], 7);    x[7] ^= rotl(x[6] + x[5], 9);
        x[4] ^= rotl(x[7] + x[6], 13);   x[5] ^= rotl(x[4] + x[7], 18);
        x[11] ^= rotl(x[10] + x[9], 7);  x[8] ^= rotl(x[11] + x[10], 9);
        x[9] ^= rotl(x[8] + x[11], 13);  x[10] ^= rotl(x[9] + x[8], 18);
        x[12] ^= rotl(x[15] + x[14], 7); x[13] ^= rotl(x[12] + x[15], 9);
        x[14] ^= rotl(x[13] + x[12], 13); x[15] ^= rotl(x[14] + x[13], 18);
    }
    for (int i = 0; i < 16; ++i)
        b[i] += x[i];
    OPENSSL_cleanse(x, sizeof x);
}

// scryptBlockMix: `in` and `out` are 2r blocks of 16 words; out is in the shuffled order Y0 Y2 .. Y1 Y3 ..
void blockMix(const std::uint32_t* in, std::uint32_t* out, std::size_t r)
{
    std::uint32_t x[16];
    std::memcpy(x, in + (2 * r - 1) * 16, sizeof x);
    for (std::size_t i = 0; i < 2 * r; ++i) {
        for (int k = 0; k < 16; ++k)
            x[k] ^= in[i * 16 + k];
        salsa208(x);
        std::memcpy(out + ((i % 2) * r + i / 2) * 16, x, sizeof x);
    }
    OPENSSL_cleanse(x, sizeof x);
}

// scryptROMix on one 128r-byte block, in place. v: n * 32r words; xy: 64r words.
void roMix(std::uint8_t* block, std::uint64_t n, std::size_t r, std::uint32_t* v, std::uint32_t* xy)
{
    const std::size_t words = 32 * r;
    std::uint32_t* x = xy;
    std::uint32_t* y = xy + words;
    for (std::size_t k = 0; k < words; ++k) {
        const std::uint8_t* p = block + 4 * k;
        x[k] = std::uint32_t{p[0]} | (std::uint32_t{p[1]} << 8) | (std::uint32_t{p[2]} << 16) | (std::uint32_t{p[3]} << 24);
    }
    for (std::uint64_t i = 0; i < n; ++i) {
        std::memcpy(v + i * words, x, words * 4);
        blockMix(x, y, r);
        std::swap(x, y);
    }
    for (std::uint64_t i = 0; i < n; ++i) {
        const std::uint32_t* last = x + (2 * r - 1) * 16;
        const std::uint64_t j = (std::uint64_t{last[0]} | (std::uint64_t{last[1]} << 32)) & (n - 1);
        for (std::size_t k = 0; k < words; ++k)
            x[k] ^= v[j * words + k];
        blockMix(x, y, r);
        std::swap(x, y);
    }
    for (std::size_t k = 0; k < words; ++k)
        for (int b = 0; b < 4; ++b)
            block[4 * k + static_cast<std::size_t>(b)] = static_cast<std::uint8_t>(x[k] >> (8 * b));
}

Result<SecureBytes> pbkdf2Once(ByteView password, ByteView salt, std::size_t length)
{
    return derivePbkdf2Sha256(password, salt, 1, length);
}

} // namespace

Result<SecureBytes> deriveScryptPortable(ByteView password, ByteView salt, const ScryptParams& params,
                                         std::size_t length)
{
    if (auto ok = checkScryptParams(params); !ok)
        return ok.error();
    const std::size_t r = params.r;
    const std::size_t blockBytes = 128 * r;
    auto b = pbkdf2Once(password, salt, blockBytes * params.p);
    if (!b)
        return b.error();
    std::vector<std::uint32_t> v(static_cast<std::size_t>(params.n) * 32 * r);
    std::vector<std::uint32_t> xy(64 * r);
    for (std::size_t i = 0; i < params.p; ++i)
        roMix(b->data() + i * blockBytes, params.n, r, v.data(), xy.data());
    OPENSSL_cleanse(v.data(), v.size() * sizeof(std::uint32_t));
    OPENSSL_cleanse(xy.data(), xy.size() * sizeof(std::uint32_t));
    return pbkdf2Once(password, b->view(), length);
}

std::uint64_t scryptMemoryBytes(const ScryptParams& params)
{
    // OpenSSL's own accounting: V is 128*r*(n+2) bytes, B is 128*r*p bytes.
    const std::uint64_t r = params.r;
    if (params.n > (std::numeric_limits<std::uint64_t>::max() / 256) / (r == 0 ? 1 : r))
        return std::numeric_limits<std::uint64_t>::max();
    return 128 * r * (params.n + 2) + 128 * r * params.p;
}

Result<void> checkScryptParams(const ScryptParams& params)
{
    if (params.n < 2 || (params.n & (params.n - 1)) != 0)
        return makeError(ErrorCode::InvalidArgument, "scrypt n must be a power of two of at least 2");
    if (params.r == 0 || params.p == 0)
        return makeError(ErrorCode::InvalidArgument, "scrypt r and p must be at least 1");
    // RFC 7914: p * r < 2^30.
    if (static_cast<std::uint64_t>(params.r) * params.p >= (1ull << 30))
        return makeError(ErrorCode::InvalidArgument, "scrypt r * p is too large");
    if (scryptMemoryBytes(params) > kScryptMaxMemory)
        return makeError(ErrorCode::InvalidArgument, "scrypt parameters need more than 1 GiB of memory");
    return {};
}

Result<SecureBytes> deriveScrypt(ByteView password, ByteView salt, const ScryptParams& params, std::size_t length)
{
    if (auto ok = checkScryptParams(params); !ok)
        return ok.error();
    if (length == 0)
        return makeError(ErrorCode::InvalidArgument, "scrypt output length must not be 0");
    // OpenSSL refuses N >= 2^(16 r) (RFC 7914); geth and the files it wrote do not.
    if (16 * static_cast<std::uint64_t>(params.r) < 64 && params.n >= (std::uint64_t{1} << (16 * params.r)))
        return deriveScryptPortable(password, salt, params, length);
    SecureBytes out(length);
    // maxmem must cover the whole derivation, or OpenSSL refuses n=2^18 (its default limit is 32 MiB).
    const std::uint64_t maxmem = scryptMemoryBytes(params) + (1u << 20);
    const char* pass = password.empty() ? "" : reinterpret_cast<const char*>(password.data());
    const unsigned char* s = salt.empty() ? reinterpret_cast<const unsigned char*>("") : salt.data();
    if (EVP_PBE_scrypt(pass, password.size(), s, salt.size(), params.n, params.r, params.p, maxmem, out.data(),
                       out.size())
        != 1)
        return makeError(ErrorCode::Internal, "scrypt failed (out of memory?)");
    return out;
}

Result<SecureBytes> derivePbkdf2Sha256(ByteView password, ByteView salt, std::uint64_t iterations,
                                       std::size_t length)
{
    if (iterations == 0 || iterations > kPbkdf2MaxIterations)
        return makeError(ErrorCode::InvalidArgument, "PBKDF2 iteration count must be from 1 to 16777216");
    if (length == 0 || length > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        return makeError(ErrorCode::InvalidArgument, "PBKDF2 output length is out of range");
    if (password.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())
        || salt.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        return makeError(ErrorCode::InvalidArgument, "PBKDF2 input is too long");
    SecureBytes out(length);
    const char* pass = password.empty() ? "" : reinterpret_cast<const char*>(password.data());
    const unsigned char* s = salt.empty() ? reinterpret_cast<const unsigned char*>("") : salt.data();
    if (PKCS5_PBKDF2_HMAC(pass, static_cast<int>(password.size()), s, static_cast<int>(salt.size()),
                          static_cast<int>(iterations), EVP_sha256(), static_cast<int>(out.size()), out.data())
        != 1)
        return makeError(ErrorCode::Internal, "PBKDF2 failed");
    return out;
}

Result<Bytes> secureRandomBytes(std::size_t count)
{
    Bytes out(count);
    if (count > static_cast<std::size_t>(std::numeric_limits<int>::max())
        || (count > 0 && RAND_bytes(out.data(), static_cast<int>(count)) != 1))
        return makeError(ErrorCode::Internal, "the system's random number generator failed");
    return out;
}

} // namespace plinth
