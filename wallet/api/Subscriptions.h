#pragma once
// Subscriptions: the facade's callbacks with RAII handles (STYLE.md "Follow" 2). subscribe() returns a
// handle; once the handle is destroyed its callback is never called again, even if a notification is
// running on another thread at that moment (the destructor waits for it), so a closing window can never
// receive a stale callback.
//
// Threading: subscribe, notify and handle destruction may happen on any thread. A callback may destroy
// its own handle (the lock is recursive). Ownership: the list must outlive every handle it gave out.
// Errors: none.

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>

namespace plinth {

class SubscriptionHandle {
public:
    virtual ~SubscriptionHandle() = default;
};

template <class... Args>
class SubscriberList {
public:
    using Callback = std::function<void(const Args&...)>;

    std::unique_ptr<SubscriptionHandle> subscribe(Callback callback)
    {
        std::lock_guard lock(m_mutex);
        const std::uint64_t id = m_next++;
        m_callbacks.emplace(id, std::move(callback));
        return std::make_unique<Handle>(this, id);
    }

    void notify(const Args&... args)
    {
        std::lock_guard lock(m_mutex);
        // A callback may unsubscribe itself (or another): walk by id, not by iterator.
        for (auto it = m_callbacks.begin(); it != m_callbacks.end();) {
            const std::uint64_t id = it->first;
            Callback callback = it->second;
            callback(args...);
            it = m_callbacks.upper_bound(id);
        }
    }

private:
    class Handle final : public SubscriptionHandle {
    public:
        Handle(SubscriberList* list, std::uint64_t id) : m_list(list), m_id(id) {}
        ~Handle() override
        {
            std::lock_guard lock(m_list->m_mutex);
            m_list->m_callbacks.erase(m_id);
        }

    private:
        SubscriberList* m_list;
        std::uint64_t m_id;
    };

    std::recursive_mutex m_mutex;
    std::map<std::uint64_t, Callback> m_callbacks;
    std::uint64_t m_next = 0;
};

} // namespace plinth
