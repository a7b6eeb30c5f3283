#pragma once
// Small text helpers shared by the parsers of user input and of HTTP headers.
//
// Threading: pure functions, safe on any thread. Errors: none.

#include <cctype>
#include <string_view>

namespace plinth {

// `s` without leading and trailing ASCII whitespace.
inline std::string_view trimSpaces(std::string_view s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

} // namespace plinth
