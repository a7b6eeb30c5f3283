#include "wallet/rpc/EndpointHealth.h"

#include <algorithm>
#include <cstdint>

namespace plinth {

void EndpointHealth::recordSuccess(Clock::duration latency)
{
    const double ms = std::chrono::duration<double, std::milli>(latency).count();
    m_latencyMs = m_samples == 0 ? ms : m_policy.latencyWeight * ms + (1.0 - m_policy.latencyWeight) * m_latencyMs;
    ++m_samples;
    m_failures = 0;
}

void EndpointHealth::recordFailure(Clock::time_point now, std::string reason)
{
    ++m_failures;
    m_lastProblem = std::move(reason);
    if (m_failures < m_policy.failureThreshold)
        return;
    const unsigned doublings = std::min(m_failures - m_policy.failureThreshold, 20u);
    const std::chrono::milliseconds cooldown = std::min<std::chrono::milliseconds>(m_policy.cooldownCap, m_policy.cooldownBase * (std::int64_t{1} << doublings));
    m_availableAt = std::max(m_availableAt, now + cooldown);
}

void EndpointHealth::coolDownUntil(Clock::time_point until, std::string reason)
{
    m_availableAt = std::max(m_availableAt, until);
    m_lastProblem = std::move(reason);
}

void EndpointHealth::quarantineUntil(Clock::time_point until, std::string reason)
{
    m_quarantinedUntil = std::max(m_quarantinedUntil, until);
    m_lastProblem = std::move(reason);
}

} // namespace plinth
