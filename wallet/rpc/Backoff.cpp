#include "wallet/rpc/Backoff.h"

#include <algorithm>
#include <memory>
#include <random>

namespace plinth {

Backoff::Backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap, Random random)
    : m_base(std::max(base, std::chrono::milliseconds(1))), m_cap(std::max(cap, m_base)), m_random(std::move(random))
{
    if (!m_random) {
        // Jitter needs no cryptographic quality; a per-instance engine avoids any shared state.
        auto engine = std::make_shared<std::mt19937_64>(std::random_device{}());
        m_random = [engine] { return std::uniform_real_distribution<double>(0.0, 1.0)(*engine); };
    }
}

std::chrono::milliseconds Backoff::ceiling(unsigned retry) const
{
    if (retry == 0)
        return std::chrono::milliseconds(0);
    const unsigned shift = std::min(retry - 1, 30u);
    const auto base = static_cast<double>(m_base.count()) * static_cast<double>(1ull << shift);
    return std::chrono::milliseconds(static_cast<long long>(std::min(base, static_cast<double>(m_cap.count()))));
}

std::chrono::milliseconds Backoff::delay(unsigned retry) const
{
    const double r = std::clamp(m_random(), 0.0, 1.0);
    return std::chrono::milliseconds(static_cast<long long>(r * static_cast<double>(ceiling(retry).count())));
}

} // namespace plinth
