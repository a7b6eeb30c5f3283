#pragma once
// Shared by the facade service tests (tst_networkservices, tst_transactionsservice): run one request
// and wait for its callback, which must come on another thread than the caller's; and count what a
// service destroyed with queued requests calls back.
//
// Threading: the test's thread waits; callbacks may run on any other. Errors: ask() returns Internal
// when the callback ran on the caller's thread, else the request's own result.

#include "wallet/common/Result.h"

#include <atomic>
#include <functional>
#include <future>
#include <thread>

namespace plinth::test {

template <class T, class F>
Result<T> ask(F start)
{
    std::promise<Result<T>> promise;
    std::thread::id on;
    start([&](Result<T> r) {
        on = std::this_thread::get_id();
        promise.set_value(std::move(r));
    });
    Result<T> r = promise.get_future().get();
    if (on == std::this_thread::get_id())
        return makeError(ErrorCode::Internal, "the callback ran on the caller's thread");
    return r;
}

// Counts the callbacks of `queued` requests and how many of them said Cancelled.
struct CallbackCount {
    std::atomic<int> called{0}, cancelled{0};
    template <class T>
    std::function<void(Result<T>)> callback()
    {
        return [this](Result<T> r) {
            ++called;
            if (!r && r.error().code == ErrorCode::Cancelled)
                ++cancelled;
        };
    }
};

} // namespace plinth::test
