#pragma once
// TokenBucket: the per-endpoint rate limit (requests per second with a burst). reserve() takes one token
// and says when the request may go: now if a token was there, later otherwise (tokens may go negative so
// that queued requests keep their order and the average rate holds).
//
// Time is passed in, so tests need no clock. Threading: a value type, used on the network thread.

#include <chrono>

namespace plinth {

class TokenBucket {
public:
    using Clock = std::chrono::steady_clock;

    // ratePerSecond <= 0 means unlimited; burst <= 0 means max(1, ratePerSecond).
    TokenBucket(double ratePerSecond = 0, double burst = 0);

    bool unlimited() const { return m_rate <= 0; }
    Clock::time_point reserve(Clock::time_point now);      // take a token; when the request may be sent
    Clock::duration waitFor(Clock::time_point now) const;  // how long until a token, without taking it

private:
    void refill(Clock::time_point now);

    double m_rate;
    double m_burst;
    double m_tokens;
    Clock::time_point m_last{};
    bool m_started = false;
};

} // namespace plinth
