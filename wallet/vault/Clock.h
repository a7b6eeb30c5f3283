#pragma once
// Clock: where the vault reads the time for auto-lock. The GUI and the CLI use SteadyClock; tests inject
// a clock they move by hand, so idle timeouts are tested without sleeping.
//
// Threading: now() may be called from any thread; implementations must be safe for that.

#include <chrono>

namespace plinth {

class Clock {
public:
    using TimePoint = std::chrono::steady_clock::time_point;
    virtual ~Clock() = default;
    virtual TimePoint now() const = 0;
};

// The monotonic system clock: immune to wall-clock changes, so moving the date never unlocks or locks.
class SteadyClock final : public Clock {
public:
    TimePoint now() const override { return std::chrono::steady_clock::now(); }
};

} // namespace plinth
