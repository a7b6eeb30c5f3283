#pragma once
// Bloom: the 2048-bit logs bloom of a receipt and of a block header. Each log adds its address and each of
// its topics; an item sets 3 bits, taken from the first 6 bytes of its keccak256 (3 pairs of bytes, 11 bits
// each). A bloom can say "certainly absent" but only "maybe present", which is what makes it useful to a
// light client: a header whose bloom cannot match a filter proves its block holds no matching log.
//
// Threading: value type, safe to copy between threads. Errors: fromHex returns InvalidArgument.

#include "wallet/common/Bytes.h"
#include "wallet/common/Result.h"

#include <string>
#include <string_view>
#include <vector>

namespace plinth {

struct Log;

class Bloom {
public:
    static constexpr std::size_t kSize = 256;

    Bloom() = default;
    explicit Bloom(const FixedBytes<kSize>& bytes) : m_bytes(bytes) {}

    // Exactly 256 bytes of 0x-prefixed hex, as in the JSON-RPC "logsBloom" field.
    static Result<Bloom> fromHex(std::string_view text);
    // The bloom of a list of logs, as a receipt's logsBloom is defined.
    static Bloom ofLogs(const std::vector<Log>& logs);

    // Sets the 3 bits of an address (20 bytes) or topic (32 bytes).
    void add(ByteView item);
    void addLog(const Log& log);
    // False: the item was certainly never added. True: it may have been.
    bool mayContain(ByteView item) const;
    bool isEmpty() const;

    Bloom& operator|=(const Bloom& other);
    bool operator==(const Bloom&) const = default;

    const FixedBytes<kSize>& bytes() const { return m_bytes; }
    std::string toHex() const;

private:
    FixedBytes<kSize> m_bytes{};
};

} // namespace plinth
