#pragma once
// parseRetryAfter: the HTTP Retry-After header (RFC 9110 10.2.3) as a delay from `now`. Both forms are
// read: delay-seconds ("120") and an HTTP-date (IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT", and the
// obsolete RFC 850 and asctime forms). A date in the past gives zero. Anything else gives nullopt and
// the caller falls back to its own backoff.
//
// Threading: a pure function.

#include <chrono>
#include <optional>
#include <string_view>

namespace plinth {

std::optional<std::chrono::seconds> parseRetryAfter(std::string_view value, std::chrono::system_clock::time_point now);

} // namespace plinth
