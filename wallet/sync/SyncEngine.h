#pragma once
// SyncEngine: the light client's sync loop (ARCHITECTURE.md "Data flow"). It asks the endpoints for
// headers, receipts and proofs, verifies every answer (wallet/light) and writes only verified facts to
// the cache (wallet/store):
//   - headers by number, each hash recomputed from its fields and linked by parentHash to the cache's
//     cursor, and so to the profile's trusted checkpoint;
//   - for every header whose logsBloom can match the network's contracts, the block's receipts, their
//     trie rebuilt and compared with receiptsRoot, and the contracts' logs taken from them; a header
//     whose bloom cannot match proves that block has none. So a server can neither forge nor hide one;
//   - account and storage values with eth_getProof against a verified header's stateRoot (balances).
// A block is settled (written to the cache) only once `confirmations` verified children link to it, so
// a header altered at the tip is caught by its child before anything from it is kept.
//
// Lies: an answer that fails verification is reported with the endpoint that gave it (SyncReport::faults,
// and in the error when nobody honest is left), the endpoint is quarantined (EndpointPool::markBad) and
// the question goes to another endpoint. Nothing from a failed answer reaches the cache. With several
// endpoints, each one's head is compared (HeadAgreement): while two disagree about a block, sync does
// not settle past the last block they agree on, and says which two disagree.
//
// Reorgs: a new header that does not link to the tip is walked back by parentHash (eth_getBlockByHash,
// each answer checked against the hash asked for) to the common ancestor; the cache is rolled back to it
// in one transaction and the new branch synced. A reorg deeper than the profile's finality depth stops
// sync with ErrorCode::Unverified ("reorg deeper than the finality depth ...") and changes nothing.
//
// Ownership: borrows the pool and the store; both must outlive the engine.
// Threading: one thread uses the engine (the store's writer thread); it blocks on the network, so never
// the GUI thread and never the network thread. cancel() may be called from any thread.
// Errors: Cancelled after cancel(); Unverified for lies and too-deep reorgs (naming the endpoint and the
// block); Network / Remote when no endpoint can answer (the message lists why for each); Io / Corrupt
// from the cache. A failed sync leaves the cache at the last fully verified block.

#include "wallet/codec/UInt256.h"
#include "wallet/common/Bytes.h"
#include "wallet/common/Result.h"
#include "wallet/eth/Address.h"
#include "wallet/network/NetworkProfile.h"
#include "wallet/store/StoreTypes.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace plinth {

class CacheStore;
class EndpointPool;
class HeaderChain;
struct LogFilter;

struct SyncOptions {
    std::uint64_t headersPerBatch = 1000; // eth_getBlockByNumber calls per batch (the pool splits it to each endpoint's limit)
    std::uint64_t receiptsPerBatch = 50;  // eth_getBlockReceipts calls sent in one batch
    std::uint64_t confirmations = 1;      // verified children a block needs before it is settled (>= 1)
    unsigned attemptsPerQuestion = 4;     // answers tried for one question before sync gives up
};

struct SyncProgress {
    std::uint64_t startHeight = 0;    // the cursor when this run began (checkpoint - 1 on a new cache)
    std::uint64_t verifiedHeight = 0; // the cursor now
    std::uint64_t targetHeight = 0;   // the block this run syncs to (head - confirmations)
    std::uint64_t logsStored = 0;     // logs written in this run
    std::uint64_t receiptsChecked = 0; // blocks whose receipts were fetched and proven in this run
};

// An answer that failed verification: who gave it, and what was wrong.
struct EndpointFault {
    std::string endpoint;
    std::string problem;
};

struct SyncReport {
    SyncProgress progress;
    std::vector<EndpointFault> faults;    // lies caught (and routed around) during the run
    std::uint64_t reorgs = 0;             // reorgs followed during the run
    std::uint64_t blocksRolledBack = 0;   // cached blocks they replaced
    std::optional<std::string> disagreement; // endpoints that disagree about a block, when they do
};

// A value proven at a verified block.
struct ProvenAmount {
    UInt256 amount = 0;
    std::uint64_t blockNumber = 0;
    Hash32 blockHash{};
};

struct ProvenBalances {
    Address holder;
    ProvenAmount native; // the chain's currency (wei)
    ProvenAmount token;  // the network's ERC-20 (smallest unit), from its balance mapping's storage slot
};

// What a node says but cannot prove (an eth_call: no proof covers the EVM's execution). Shown to the user
// marked as such, never mixed silently with proven values.
struct UnverifiedValue {
    Bytes value;
    std::uint64_t blockNumber = 0; // the verified block it was asked at
    std::string endpoint;          // who said it
    static constexpr bool verified = false;
};

class SyncEngine {
public:
    using ProgressCallback = std::function<void(const SyncProgress&)>;
    // Called after blocks were rolled back (a reorg), before the new branch is written: rows above
    // `ancestor` are gone. Same thread as syncToHead.
    using RollbackCallback = std::function<void(std::uint64_t ancestor, std::uint64_t replacedBlocks)>;

    SyncEngine(NetworkProfile profile, EndpointPool& pool, CacheStore& store, SyncOptions options = {});
    ~SyncEngine();
    SyncEngine(const SyncEngine&) = delete;
    SyncEngine& operator=(const SyncEngine&) = delete;

    // Syncs from the cache's cursor (or the checkpoint, on a new cache) to the head the endpoints report,
    // less `confirmations`. Progress is reported after each settled batch.
    Result<SyncReport> syncToHead(const ProgressCallback& progress = {}, const RollbackCallback& rollback = {});

    // The native and token balances of `holder`, proven at the cache's cursor block (which must exist:
    // sync first) and recorded in the cache as proven values.
    Result<ProvenBalances> proveBalances(const Address& holder);

    // eth_call(to, data) at the cache's cursor block: a view that cannot be proven, returned marked
    // unverified (Remote with the revert reason when the call reverts).
    Result<UnverifiedValue> viewCall(const Address& to, const Bytes& data);

    // Asks a running syncToHead/proveBalances to stop at its next step (it returns Cancelled).
    void cancel() { m_cancelled.store(true); }
    void resetCancel() { m_cancelled.store(false); }
    bool cancelled() const { return m_cancelled.load(); }

    // The watched contracts (every address in the profile's contracts), with no topic constraint.
    const LogFilter& filter() const;

private:
    class Impl;
    std::atomic<bool> m_cancelled{false}; // before m_impl, which holds a reference to it
    std::unique_ptr<Impl> m_impl;
};

} // namespace plinth
