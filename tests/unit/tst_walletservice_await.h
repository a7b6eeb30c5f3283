#pragma once
// Await<T>: waits in a test for one WalletService callback's result (the test's main thread may block on
// it; a GUI thread never would). Shared by the WalletService tests.
#include "wallet/api/WalletService.h"

#include <future>
#include <memory>

namespace plinth::test {

template <class T>
struct Await {
    std::shared_ptr<std::promise<Result<T>>> promise = std::make_shared<std::promise<Result<T>>>();
    std::future<Result<T>> future = promise->get_future();
    WalletService::Callback<T> callback()
    {
        auto p = promise;
        return [p](Result<T> r) { p->set_value(std::move(r)); };
    }
    Result<T> get() { return future.get(); }
};

} // namespace plinth::test
