#pragma once
// EndpointHealth: what the pool knows about one endpoint's recent behaviour, and the rules that turn it
// into a choice: latency EWMA, consecutive failures, a cool-down after repeated failures or a 429, and a
// quarantine set by callers that caught the endpoint lying (EndpointPool::markBad).
//
// A cooled-down endpoint is used again once the cool-down ends (the pool may wait for it); a quarantined
// one is not used at all until its quarantine ends.
// Time is passed in, so tests need no clock. Threading: a value type, used on the network thread.

#include <chrono>
#include <string>

namespace plinth {

class EndpointHealth {
public:
    using Clock = std::chrono::steady_clock;

    struct Policy {
        unsigned failureThreshold = 3;                    // consecutive failures before a cool-down
        std::chrono::milliseconds cooldownBase{1000};     // first cool-down; doubles per further failure
        std::chrono::milliseconds cooldownCap{60000};
        double latencyWeight = 0.3;                       // EWMA weight of the newest sample
    };

    EndpointHealth() : EndpointHealth(Policy{}) {}
    explicit EndpointHealth(Policy policy) : m_policy(policy) {}

    void recordSuccess(Clock::duration latency);
    void recordFailure(Clock::time_point now, std::string reason);
    void coolDownUntil(Clock::time_point until, std::string reason);
    void quarantineUntil(Clock::time_point until, std::string reason);

    bool quarantined(Clock::time_point now) const { return now < m_quarantinedUntil; }
    Clock::time_point quarantinedUntil() const { return m_quarantinedUntil; }
    Clock::time_point availableAt() const { return m_availableAt; } // end of the current cool-down
    bool hasLatency() const { return m_samples > 0; }
    double latencyMs() const { return m_latencyMs; }
    unsigned consecutiveFailures() const { return m_failures; }
    const std::string& lastProblem() const { return m_lastProblem; }

    // Lower is better. Failures dominate, then latency; an endpoint never measured costs nothing so that
    // it gets tried.
    double cost() const { return m_failures * 1.0e6 + m_latencyMs; }

private:
    Policy m_policy;
    double m_latencyMs = 0;
    unsigned m_samples = 0;
    unsigned m_failures = 0;
    Clock::time_point m_availableAt{};
    Clock::time_point m_quarantinedUntil{};
    std::string m_lastProblem;
};

} // namespace plinth
