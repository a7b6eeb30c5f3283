#pragma once
// SecureBytes / SecureString: heap buffers for secrets (private keys, seeds, mnemonics, passwords).
//
// Ownership: each object owns its buffer; move-only, so a secret is never silently duplicated. The
// buffer is wiped with a zeroing the optimiser cannot remove (OPENSSL_cleanse) on destruction, on
// resize (the old buffer) and on clear(). The pages are mlock()ed when the OS allows it so they are not
// written to swap; failure to lock is not an error (RLIMIT_MEMLOCK may be small), it only loses that extra.
// Threading: like any value type: one thread at a time per object.
// Errors: none; allocation failure throws std::bad_alloc like any container.

#include "wallet/common/Bytes.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace plinth {

// Overwrites n bytes at p with zeros in a way the compiler cannot elide.
void secureZero(void* p, std::size_t n);

class SecureBytes {
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t n); // n zero bytes
    SecureBytes(ByteView copyFrom);
    ~SecureBytes();

    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    // An explicit, visible copy for the rare place that needs two owners.
    SecureBytes clone() const { return SecureBytes(view()); }

    std::uint8_t* data() { return m_data; }
    const std::uint8_t* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    ByteView view() const { return {m_data, m_size}; }

    // New bytes are zero. The old buffer is wiped before it is freed.
    void resize(std::size_t n);
    // Wipes and frees the buffer.
    void clear();

    // Constant time in the contents (the sizes are not secret).
    bool operator==(const SecureBytes& other) const;

private:
    std::uint8_t* m_data = nullptr;
    std::size_t m_size = 0;
};

// UTF-8 text with the same guarantees as SecureBytes. Not NUL-terminated: use view().
class SecureString {
public:
    SecureString() = default;
    SecureString(std::string_view text);

    SecureString(SecureString&&) noexcept = default;
    SecureString& operator=(SecureString&&) noexcept = default;
    SecureString(const SecureString&) = delete;
    SecureString& operator=(const SecureString&) = delete;

    SecureString clone() const { return SecureString(view()); }

    std::string_view view() const
    {
        return {reinterpret_cast<const char*>(m_bytes.data()), m_bytes.size()};
    }
    std::size_t size() const { return m_bytes.size(); }
    bool empty() const { return m_bytes.empty(); }
    void clear() { m_bytes.clear(); }

    bool operator==(const SecureString& other) const { return m_bytes == other.m_bytes; }

private:
    SecureBytes m_bytes;
};

} // namespace plinth
