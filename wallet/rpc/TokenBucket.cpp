#include "wallet/rpc/TokenBucket.h"

#include <algorithm>

namespace plinth {

TokenBucket::TokenBucket(double ratePerSecond, double burst)
    : m_rate(ratePerSecond), m_burst(burst > 0 ? burst : std::max(1.0, ratePerSecond)), m_tokens(m_burst)
{
}

void TokenBucket::refill(Clock::time_point now)
{
    if (!m_started) {
        m_started = true;
        m_last = now;
        return;
    }
    if (now <= m_last)
        return;
    const double seconds = std::chrono::duration<double>(now - m_last).count();
    m_tokens = std::min(m_burst, m_tokens + seconds * m_rate);
    m_last = now;
}

TokenBucket::Clock::time_point TokenBucket::reserve(Clock::time_point now)
{
    if (unlimited())
        return now;
    refill(now);
    m_tokens -= 1.0;
    if (m_tokens >= 0)
        return now;
    const auto wait = std::chrono::duration<double>(-m_tokens / m_rate);
    return now + std::chrono::duration_cast<Clock::duration>(wait);
}

TokenBucket::Clock::duration TokenBucket::waitFor(Clock::time_point now) const
{
    if (unlimited())
        return Clock::duration::zero();
    TokenBucket copy = *this;
    copy.refill(now);
    if (copy.m_tokens >= 1.0)
        return Clock::duration::zero();
    return std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>((1.0 - copy.m_tokens) / m_rate));
}

} // namespace plinth
