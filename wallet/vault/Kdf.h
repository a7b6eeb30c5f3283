#pragma once
// Password-based key derivation for the vault and for keystore v3 files: scrypt and PBKDF2-HMAC-SHA256,
// both from OpenSSL 3.
//
// Threading: pure functions; safe on any thread. A default-cost scrypt takes about a second and 256 MiB,
// so callers on the GUI thread must run it on a worker (ARCHITECTURE.md "Threads").
// Errors: InvalidArgument for parameters out of range (they often come from a file), Internal when
// OpenSSL fails (for example, out of memory). Passwords never appear in a message.

#include "wallet/common/Bytes.h"
#include "wallet/common/Result.h"
#include "wallet/crypto/SecureBytes.h"

#include <cstddef>
#include <cstdint>

namespace plinth {

struct ScryptParams {
    std::uint64_t n = 262144; // CPU/memory cost, a power of two
    std::uint32_t r = 8;      // block size
    std::uint32_t p = 1;      // parallelism
    bool operator==(const ScryptParams&) const = default;
};

// Keystore v3's default cost (and the vault's): n=2^18, r=8, p=1, about 256 MiB.
inline constexpr ScryptParams kDefaultScrypt{262144, 8, 1};

// The most memory one derivation may take; files asking for more are refused rather than letting a
// crafted file exhaust the machine. 1 GiB plus slack, so that n=2^20, r=8 (the strongest setting
// wallets offer) still imports.
inline constexpr std::uint64_t kScryptMaxMemory = (1ull << 30) + (1ull << 20);
// PBKDF2 rounds beyond this are refused for the same reason (they would take minutes).
inline constexpr std::uint64_t kPbkdf2MaxIterations = 1ull << 24;

// Bytes scrypt needs for these parameters (the V array and the B blocks).
std::uint64_t scryptMemoryBytes(const ScryptParams& params);

// Checks n (a power of two, at least 2), r and p (at least 1) and the memory limit.
Result<void> checkScryptParams(const ScryptParams& params);

Result<SecureBytes> deriveScrypt(ByteView password, ByteView salt, const ScryptParams& params, std::size_t length);

// scrypt without OpenSSL's N < 2^(16 r) rule; deriveScrypt uses it only where OpenSSL refuses. Exposed
// so that tests can compare it with OpenSSL's.
Result<SecureBytes> deriveScryptPortable(ByteView password, ByteView salt, const ScryptParams& params,
                                         std::size_t length);

Result<SecureBytes> derivePbkdf2Sha256(ByteView password, ByteView salt, std::uint64_t iterations,
                                       std::size_t length);

// Bytes from the operating system's CSPRNG (OpenSSL RAND_bytes); Internal error if it has none.
Result<Bytes> secureRandomBytes(std::size_t count);

} // namespace plinth
