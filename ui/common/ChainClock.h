#pragma once
// ChainClock: "now" on the chain's clock for countdowns: the verified block's timestamp when the snapshot
// arrived, plus the time elapsed on this computer since. The computer's wall clock is never used, so a
// skewed system clock or a devnet whose time runs ahead shows the same countdown as the contracts see.
//
// Ownership: a value. Threading: GUI thread (any single thread). Errors: none; valid() is false until set.

#include <QElapsedTimer>

#include <cstdint>

namespace plinth::ui {

class ChainClock {
public:
    void set(std::uint64_t verifiedTimestamp)
    {
        m_base = verifiedTimestamp;
        m_elapsed.start();
    }
    bool valid() const { return m_elapsed.isValid(); }
    std::uint64_t now() const { return valid() ? m_base + static_cast<std::uint64_t>(m_elapsed.elapsed() / 1000) : 0; }

private:
    std::uint64_t m_base = 0;
    QElapsedTimer m_elapsed;
};

} // namespace plinth::ui
