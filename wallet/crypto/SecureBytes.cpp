#include "wallet/crypto/SecureBytes.h"

#include <openssl/crypto.h>

#include <sys/mman.h>

#include <cstring>
#include <new>
#include <utility>

namespace plinth {
namespace {

std::uint8_t* allocate(std::size_t n)
{
    if (n == 0)
        return nullptr;
    auto* p = static_cast<std::uint8_t*>(::operator new(n));
    std::memset(p, 0, n);
    // Best effort: keep the secret out of swap. Locking may fail under a small RLIMIT_MEMLOCK.
    (void)::mlock(p, n);
    return p;
}

void release(std::uint8_t* p, std::size_t n)
{
    if (!p)
        return;
    OPENSSL_cleanse(p, n);
    (void)::munlock(p, n);
    ::operator delete(p);
}

} // namespace

void secureZero(void* p, std::size_t n)
{
    if (p && n)
        OPENSSL_cleanse(p, n);
}

SecureBytes::SecureBytes(std::size_t n) : m_data(allocate(n)), m_size(n) {}

SecureBytes::SecureBytes(ByteView copyFrom) : m_data(allocate(copyFrom.size())), m_size(copyFrom.size())
{
    if (m_size)
        std::memcpy(m_data, copyFrom.data(), m_size);
}

SecureBytes::~SecureBytes() { release(m_data, m_size); }

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        release(m_data, m_size);
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecureBytes::resize(std::size_t n)
{
    if (n == m_size)
        return;
    std::uint8_t* fresh = allocate(n);
    if (m_size && n)
        std::memcpy(fresh, m_data, n < m_size ? n : m_size);
    release(m_data, m_size);
    m_data = fresh;
    m_size = n;
}

void SecureBytes::clear()
{
    release(m_data, m_size);
    m_data = nullptr;
    m_size = 0;
}

bool SecureBytes::operator==(const SecureBytes& other) const
{
    if (m_size != other.m_size)
        return false;
    return m_size == 0 || CRYPTO_memcmp(m_data, other.m_data, m_size) == 0;
}

SecureString::SecureString(std::string_view text) : m_bytes(asBytes(text)) {}

} // namespace plinth
