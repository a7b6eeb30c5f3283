#pragma once
// ReceiptVerifier: proves the logs of one block. Given a verified header and the receipts a server sent
// for that block, it checks that they are exactly the block's receipts (count and order, the block they
// claim, the trie root they rebuild equals the header's receiptsRoot, their blooms OR to the header's
// logsBloom) and only then returns the logs, with positions computed here, not taken from the server.
//
// Completeness: a block whose header bloom cannot match the watched filter (LogFilter::mayMatch false)
// holds no matching log, so its receipts need not be fetched; every other block's receipts must go through
// verifyBlockReceipts. Together a server can neither forge nor hide an event.
//
// Transaction hashes are not committed by receipts. They are proven only when the caller passes the
// hashes from a verified transactions list (TransactionsRoot.h); otherwise they are taken from the
// receipts and marked unproven.
//
// Threading: pure functions, safe on any thread (a worker, not the GUI thread: a block of 200 receipts
// and 600 logs costs about 3 ms, see bench_light).
// Errors: Unverified naming the block and what failed ("block 1234: receiptsRoot mismatch (computed 0x..,
// header 0x..)"); InvalidArgument for malformed JSON.

#include "wallet/common/Bytes.h"
#include "wallet/common/Result.h"
#include "wallet/eth/BlockHeader.h"
#include "wallet/eth/Log.h"
#include "wallet/eth/Receipt.h"
#include "wallet/light/LogFilter.h"

#include <boost/json/value.hpp>

#include <cstdint>
#include <span>
#include <vector>

namespace plinth {

struct VerifiedLog {
    Log log;
    std::uint64_t blockNumber = 0;
    Hash32 blockHash{};
    std::uint64_t transactionIndex = 0;
    std::uint64_t logIndex = 0; // position in the block, as eth_getLogs counts
    Hash32 transactionHash{};
    bool transactionHashProven = false;
};

// True when the block may hold a log the filter matches, so its receipts must be fetched and verified.
bool receiptsNeeded(const BlockHeader& header, const LogFilter& filter);

// Verifies the receipts of `header`'s block and returns its logs (all of them, or those `filter` matches).
// provenTransactionHashes: empty, or the block's transaction hashes proven against transactionsRoot.
Result<std::vector<VerifiedLog>> verifyBlockReceipts(const BlockHeader& header, std::span<const RpcReceipt> receipts,
                                                     std::span<const Hash32> provenTransactionHashes = {},
                                                     const LogFilter* filter = nullptr);

// The same from an eth_getBlockReceipts answer.
Result<std::vector<VerifiedLog>> verifyBlockReceiptsJson(const BlockHeader& header, const boost::json::value& receipts,
                                                         std::span<const Hash32> provenTransactionHashes = {},
                                                         const LogFilter* filter = nullptr);

} // namespace plinth
