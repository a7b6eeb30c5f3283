#pragma once
// Completion<T>: waits, with a generous bound, for an asynchronous callback in a test, and counts how
// often the callback ran (it must run exactly once). The state is shared with the callback, so a test
// that gives up waiting cannot leave a dangling callback behind.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>

namespace plinth::test {

template <class T>
class Completion {
public:
    auto callback()
    {
        return [s = m_state](T value) {
            std::lock_guard lock(s->mutex);
            if (s->calls++ == 0)
                s->value = std::move(value);
            s->ready.notify_all();
        };
    }

    // The value, or nullopt if the callback did not run within `limit`.
    std::optional<T> wait(std::chrono::milliseconds limit = std::chrono::seconds(90))
    {
        std::unique_lock lock(m_state->mutex);
        if (!m_state->ready.wait_for(lock, limit, [this] { return m_state->calls > 0; }))
            return std::nullopt;
        return m_state->value;
    }

    int calls() const
    {
        std::lock_guard lock(m_state->mutex);
        return m_state->calls;
    }

private:
    struct State {
        std::mutex mutex;
        std::condition_variable ready;
        int calls = 0;
        std::optional<T> value;
    };
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

} // namespace plinth::test
