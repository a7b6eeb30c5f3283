#pragma once
// SyncEngine's implementation, shared by its two source files: SyncEngine.cpp (the run, settling blocks
// into the cache, proofs and views) and SyncChainTracking.cpp (opening the chain from the cache, applying
// branches, reorgs, blaming the endpoint whose headers do not link, comparing endpoints' heads).
// Internal to the sync module. Threading and errors: see SyncEngine.h.

#include "wallet/codec/Hex.h"
#include "wallet/light/HeadAgreement.h"
#include "wallet/light/HeaderChain.h"
#include "wallet/light/LogFilter.h"
#include "wallet/rpc/EndpointPool.h"
#include "wallet/store/CacheStore.h"
#include "wallet/sync/ChainReader.h"
#include "wallet/sync/SyncEngine.h"
#include "wallet/sync/SyncSettler.h"

#include <algorithm>
#include <future>
#include <map>
#include <optional>

namespace plinth {

class SyncEngine::Impl {
public:
    Impl(NetworkProfile profile, EndpointPool& pool, CacheStore& store, SyncOptions options,
         const std::atomic<bool>& cancelled)
        : m_profile(std::move(profile)), m_store(store), m_options(options), m_cancelled(cancelled),
          m_rpc(pool, options.attemptsPerQuestion, cancelled), m_reader(m_rpc)
    {
        m_options.confirmations = std::max<std::uint64_t>(1, m_options.confirmations);
        m_options.headersPerBatch = std::max<std::uint64_t>(1, m_options.headersPerBatch);
        m_options.receiptsPerBatch = std::max<std::uint64_t>(1, m_options.receiptsPerBatch);
        const NetworkContracts& c = m_profile.contracts;
        for (const std::string* text : {&c.token, &c.devices, &c.staking, &c.rewards, &c.governor, &c.timelock})
            if (auto a = parseAddress(*text))
                m_filter.addresses.push_back(*a);
    }

    Result<SyncReport> run(const ProgressCallback& progress, const RollbackCallback& rollback);
    Result<ProvenBalances> prove(const Address& holder);
    Result<UnverifiedValue> view(const Address& to, const Bytes& data);
    const LogFilter& filter() const { return m_filter; }

private:
    // Opens the chain from the cache; a reorg found on resuming is reported like any other.
    Result<void> start(SyncReport& report, const RollbackCallback& rollback);
    Result<void> initChain(SyncReport& report, const RollbackCallback& rollback);
    Result<std::uint64_t> agreedHead(SyncReport& report);
    // The highest block below `disputed` on which every endpoint agrees.
    std::uint64_t lastAgreedBlock(const std::vector<EndpointHead>& endpoints, std::uint64_t disputed);
    // Applies a verified, internally linked branch, walking back by parentHash for a reorg.
    Result<void> applyBranch(std::vector<FetchedHeader> branch, SyncReport& report, const RollbackCallback& rollback);
    Result<void> rollbackCache(std::uint64_t ancestor, SyncReport& report, const RollbackCallback& rollback);
    // Checks the branch links internally; on a break, finds (and blames) the endpoint that lied.
    Result<bool> branchLinks(const std::vector<FetchedHeader>& branch);
    // Settles the unsettled blocks up to `upTo`, leaving the last batch's receipts in flight unless `wait`.
    Result<void> settle(std::uint64_t upTo, bool wait, SyncReport& report, const ProgressCallback& progress);
    // Finishes m_inFlight: proves its receipts and starts its write; drops it when a reorg replaced its blocks.
    Result<void> settleInFlight(SyncReport& report, const ProgressCallback& progress);
    // Waits for the cache write in flight, if any, and only then counts its blocks as verified in the
    // report (and tells `progress`). A failed write drops the chain, so the next run starts from the cache.
    Result<void> flushWrite(SyncReport& report, const ProgressCallback& progress);
    Error cancelledError() const { return makeError(ErrorCode::Cancelled, "sync was cancelled"); }

    NetworkProfile m_profile;
    CacheStore& m_store;
    SyncOptions m_options;
    const std::atomic<bool>& m_cancelled;
    VerifiedRpc m_rpc;
    ChainReader m_reader;
    LogFilter m_filter;
    bool m_chainIdChecked = false;
    std::optional<HeaderChain> m_chain;
    std::map<std::uint64_t, FetchedHeader> m_unsettled; // verified and linked, not yet in the cache
    std::optional<SyncCursor> m_settled;                // the cache's cursor as this engine knows it

    // A settled batch being decoded and written on its own thread while the engine fetches and hashes
    // the next one (ARCHITECTURE.md: the store's writer on its own thread). At most one is in flight;
    // the engine touches the store only after flushWrite (settle, rollbackCache, start, the end of run).
    struct PendingWrite {
        std::future<Result<void>> done;
        SyncCursor settled;
        std::uint64_t logs = 0;
        std::uint64_t receipts = 0;
    };
    std::optional<PendingWrite> m_write;
    // The batch being settled whose receipts travel while the next headers are verified (settle). Its
    // blocks stay in m_unsettled until it is finished.
    std::optional<SettleInFlight> m_inFlight;
};

} // namespace plinth
