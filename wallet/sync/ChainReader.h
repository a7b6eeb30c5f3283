#pragma once
// ChainReader: the questions the sync engine asks, each answer verified before it is returned. Internal
// to the sync module.
//   - headers by number: the hash recomputed from the fields (and equal to the "hash" the node sent),
//     the number the one asked for; a node without the block yet is not blamed (NotFound);
//   - a header by hash: the recomputed hash is the one asked for;
//   - a block's receipts, asked by block hash: the receipts trie rebuilt equals the header's
//     receiptsRoot and the blooms OR to its logsBloom; then the watched logs are taken from them;
//   - account and storage proofs against a verified stateRoot.
// Linking headers to each other and to the checkpoint is the HeaderChain's work, not this class's.
//
// Ownership: borrows the VerifiedRpc. Threading: the sync engine's thread. Errors: as VerifiedRpc.

#include "wallet/eth/BlockHeader.h"
#include "wallet/light/LogFilter.h"
#include "wallet/light/MerkleProof.h"
#include "wallet/light/ReceiptVerifier.h"
#include "wallet/sync/VerifiedRpc.h"

#include <cstdint>
#include <future>
#include <optional>
#include <string>
#include <vector>

namespace plinth {

struct FetchedHeader {
    BlockHeader header;
    Hash32 hash{};
    std::string endpoint; // who sent it
};

class ChainReader {
public:
    explicit ChainReader(VerifiedRpc& rpc) : m_rpc(rpc) {}

    Result<std::uint64_t> chainId();
    Result<std::uint64_t> headNumber();
    // The same, from one endpoint only (no retries elsewhere): for comparing endpoints.
    Result<std::uint64_t> headNumberOf(const std::string& endpoint);
    Result<FetchedHeader> headerOf(const std::string& endpoint, std::uint64_t number);

    // Headers from..to, in order; stops before the first block that no endpoint has (so the result may
    // be shorter, or empty). Fails on a lie that no other endpoint could replace.
    // With `next`, that range is prefetched (below) as soon as these answers arrive, before they are
    // checked: the next batch travels while this one is parsed and hashed.
    struct Range {
        std::uint64_t from = 0;
        std::uint64_t to = 0;
    };
    Result<std::vector<FetchedHeader>> headers(std::uint64_t from, std::uint64_t to, std::optional<Range> next = std::nullopt);
    // Asks for the headers from..to now and returns at once: the next headers(from, to) checks these
    // answers instead of asking (so the network works while the previous batch is verified). A
    // prefetch for another range is dropped.
    void prefetchHeaders(std::uint64_t from, std::uint64_t to);
    Result<FetchedHeader> header(std::uint64_t number);
    Result<FetchedHeader> headerByHash(const Hash32& hash, std::uint64_t expectedNumber);

    // The watched logs of each block, verified against its header (one entry per header, in order), in
    // two halves so that the caller verifies the next headers while the receipts travel. sendBlockLogs
    // asks for them perBatch blocks a batch, the first two batches at once, and returns; receiveBlockLogs
    // (with the same blocks, in the same order) waits for them, asks for each further batch while one is
    // verified, and verifies all: a settle waits for about one round trip, not one per batch.
    // Dropping a LogsInFlight unanswered is harmless.
    struct LogsInFlight {
        std::vector<std::vector<RpcRequest>> batches;
        std::vector<std::future<std::vector<RpcReply>>> replies; // one per batch; the first two asked
    };
    LogsInFlight sendBlockLogs(const std::vector<const FetchedHeader*>& blocks, std::size_t perBatch);
    Result<std::vector<std::vector<VerifiedLog>>> receiveBlockLogs(LogsInFlight& inFlight,
                                                                   const std::vector<const FetchedHeader*>& blocks,
                                                                   const LogFilter& filter);

    Result<ProvenAccount> proof(const Hash32& stateRoot, std::uint64_t blockNumber, const Address& account,
                                const std::vector<Hash32>& slots);

    VerifiedRpc& rpc() { return m_rpc; }

private:
    struct Prefetch {
        std::uint64_t from = 0;
        std::uint64_t to = 0;
        std::vector<RpcRequest> requests; // kept: the answers are checked (and re-asked) against them
        std::future<std::vector<RpcReply>> replies;
    };

    VerifiedRpc& m_rpc;
    std::optional<Prefetch> m_prefetch;
};

} // namespace plinth
