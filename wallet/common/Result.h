#pragma once
// Result<T>: a value or an Error, the core's way of returning failures that a user must be told about
// (bad input, a lying node, a wrong password). Exceptions are reserved for programming errors.
// std::expected is C++23; this is the small subset the core needs, with the same member names.

#include <string>
#include <type_traits>
#include <utility>
#include <variant>

namespace plinth {

// Stable error categories: callers branch on the code, people read the message.
enum class ErrorCode {
    InvalidArgument, // malformed input from the user or a file
    NotFound,
    Io,              // disk: unreadable, unwritable, full
    Corrupt,         // stored data failed an integrity check
    WrongPassword,
    Locked,
    Unsupported,
    Network,         // transport failure: refused, timed out, TLS
    Remote,          // the node answered with an error
    Unverified,      // the node's answer failed verification
    Cancelled,
    Internal,
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    std::string message; // one sentence for a person, never containing a secret
};

inline Error makeError(ErrorCode code, std::string message) { return Error{code, std::move(message)}; }

template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) {}

    bool has_value() const noexcept { return m_state.index() == 0; }
    explicit operator bool() const noexcept { return has_value(); }

    T& value() & { return std::get<0>(m_state); }
    const T& value() const& { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// Result<void>: success or an Error.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {}
    bool has_value() const noexcept { return !m_failed; }
    explicit operator bool() const noexcept { return !m_failed; }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace plinth
