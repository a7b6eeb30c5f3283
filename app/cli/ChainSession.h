#pragma once
// ChainSession: what the staking and governance commands read from: the network's verified cache, synced
// to the head first (quick when it is current; --no-sync reads it as it is), and a sync engine for the
// values read outside the cache: storage proofs (eth_getProof, verified) and eth_calls (marked unverified). Also the shared text forms of
// amounts, times and addresses.
//
// Ownership: one command run owns it. Threading: main thread only (it blocks on the network).
// Errors: open() returns the profile's, the cache's or the sync's error; NotFound when nothing is
// verified yet.

#include "app/cli/CliContext.h"
#include "wallet/codec/UInt256.h"
#include "wallet/eth/Address.h"
#include "wallet/network/NetworkProfile.h"
#include "wallet/rpc/EndpointPool.h"
#include "wallet/rpc/NetworkThread.h"
#include "wallet/store/CacheStore.h"
#include "wallet/sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>

#include <atomic>
#include <memory>

namespace plinth::cli {

class ChainSession {
public:
    static void addOptions(QCommandLineParser& parser); // --no-sync
    static Result<std::unique_ptr<ChainSession>> open(CliContext& context);
    ~ChainSession();

    const NetworkProfile& profile() const { return m_profile; }
    CacheStore& store() { return *m_store; }
    SyncEngine& engine() { return *m_engine; }
    // The profile's endpoints, for calls outside the cache (simulate's eth_calls).
    EndpointPool& pool() { return *m_pool; }
    std::uint64_t verifiedBlock() const { return m_verifiedBlock; }
    std::uint64_t verifiedTime() const { return m_verifiedTime; }

    // The storage word at `slot` of `contract`, proven with eth_getProof against the verified block's
    // stateRoot and recorded in the cache as a proven value.
    Result<UInt256> proveStorage(const Address& contract, const Hash32& slot);

    // {"amount": "1.5", "raw": "1500000000000000000", "symbol": "PLNTH"}
    QJsonObject tokenJson(const UInt256& amount) const;
    QString tokenText(const UInt256& amount) const; // "1.5 PLNTH"
    QString symbol() const;

private:
    ChainSession() = default;
    NetworkProfile m_profile;
    std::unique_ptr<NetworkThread> m_thread;
    std::unique_ptr<EndpointPool> m_pool;
    std::unique_ptr<CacheStore> m_store;
    std::unique_ptr<SyncEngine> m_engine;
    std::uint64_t m_verifiedBlock = 0;
    std::uint64_t m_verifiedTime = 0;
    std::atomic<bool> m_cancelled{false};
};

QString qs(const std::string& s);
QString addressText(const Address& a);
QString dateText(std::uint64_t unixSeconds); // ISO 8601, UTC
QString decimalText(const UInt256& v);
// An address option's value; InvalidArgument naming the option when malformed.
Result<Address> addressOption(CliContext& context, const QString& option);

} // namespace plinth::cli
