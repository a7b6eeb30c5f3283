#pragma once
// Shared by tst_staking and tst_governance: a seeded devnet synced with SyncEngine into a temporary cache,
// and cast reads at the cache's verified block.
//
// Threading: the test's thread. Errors: sync() returns false with the reason in *error.

#include "DevnetFixture.h"

#include "wallet/network/NetworkProfile.h"
#include "wallet/rpc/EndpointPool.h"
#include "wallet/rpc/NetworkThread.h"
#include "wallet/store/CacheStore.h"
#include "wallet/sync/SyncEngine.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <string>

namespace plinth::test {

struct SyncedDevnet {
    DevnetFixture fixture;
    QTemporaryDir dir;
    NetworkProfile profile;
    NetworkThread thread;
    std::unique_ptr<EndpointPool> pool;
    std::unique_ptr<CacheStore> store;
    std::unique_ptr<SyncEngine> engine;
    std::uint64_t verifiedBlock = 0;

    bool sync(QString* error);
    // `cast call <contract> <signature> <args...> --block <verifiedBlock>`, each output line's first word.
    QStringList call(const std::string& contract, const QString& signature, const QStringList& args = {}) const;
    QString fact(const QString& label, const QString& field) const; // facts().proposals[label][field]
};

} // namespace plinth::test
