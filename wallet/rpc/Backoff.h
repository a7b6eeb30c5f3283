#pragma once
// Backoff: exponential backoff with full jitter, bounded. The delay before retry n (n = 1 for the first
// retry) is uniform in [0, min(cap, base * 2^(n-1))], which spreads retries of many clients apart
// instead of having them hammer a recovering node in step.
//
// The random source is injectable so tests can pin the jitter. Threading: a value type; not shared.

#include <chrono>
#include <functional>

namespace plinth {

class Backoff {
public:
    using Random = std::function<double()>; // uniform in [0, 1)

    Backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap, Random random = {});

    std::chrono::milliseconds ceiling(unsigned retry) const; // the upper bound before jitter
    std::chrono::milliseconds delay(unsigned retry) const;   // a jittered delay for retry n >= 1

private:
    std::chrono::milliseconds m_base;
    std::chrono::milliseconds m_cap;
    Random m_random;
};

} // namespace plinth
