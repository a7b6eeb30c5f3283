#pragma once
// Shared by tst_devices and tst_earnings: a seeded devnet (DevnetFixture), synced with the real
// SyncEngine into a cache in a temporary directory, plus the fixture's facts and cast for cross-checks.
//
// Threading: the test's thread. Errors: start() returns false with the reason in error().

#include "DevnetFixture.h"

#include "wallet/network/NetworkEvents.h"
#include "wallet/network/NetworkProfile.h"
#include "wallet/rpc/EndpointPool.h"
#include "wallet/rpc/NetworkThread.h"
#include "wallet/store/CacheStore.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace plinth::test {

class SyncedDevnet {
public:
    bool start();
    QString error() const { return m_error; }

    DevnetFixture& fixture() { return m_fx; }
    const NetworkProfile& profile() const { return m_profile; }
    const NetworkAddresses& contracts() const { return m_contracts; }
    CacheStore& store() { return *m_store; }
    EndpointPool& pool() { return *m_pool; }
    std::uint64_t cursor() const { return m_cursor; }

    // The seeded account `label` ("user", "alice", "cold", ...) from facts.json.
    Address account(const QString& label) const;
    // `cast call CONTRACT SIG ARGS --block <cursor>`, the first word of the answer (cast appends "[1e23]").
    QString callAtCursor(const std::string& contract, const QString& signature, const QStringList& args) const;

private:
    bool fail(const QString& m)
    {
        m_error = m;
        return false;
    }
    DevnetFixture m_fx;
    QTemporaryDir m_dir;
    NetworkProfile m_profile;
    NetworkAddresses m_contracts;
    NetworkThread m_thread;
    std::unique_ptr<EndpointPool> m_pool;
    std::unique_ptr<CacheStore> m_store;
    std::uint64_t m_cursor = 0;
    QString m_error;
};

} // namespace plinth::test
