#pragma once
// Receipt: the consensus part of a transaction receipt (what the block's receiptsRoot commits to) and
// RpcReceipt: the JSON-RPC receipt (eth_getBlockReceipts, eth_getTransactionReceipt) with the position
// fields the server claims. Only the consensus part is proven; wallet/light/ReceiptVerifier.h checks the
// claimed fields against it.
//
// Consensus encoding: legacy (type 0) receipts are rlp([status, cumulativeGasUsed, logsBloom, logs]);
// typed receipts (EIP-2718: types 1, 2, 3 and 4) are the type byte followed by that same list. Receipts
// from before Byzantium carry a 32-byte post-transaction state root instead of the status.
//
// Threading: value types and pure functions, safe on any thread.
// Errors: parseReceiptJson returns InvalidArgument naming the receipt and field, or Unsupported for a
// transaction type this client does not know (its receipt encoding cannot be checked).

#include "wallet/common/Bytes.h"
#include "wallet/common/Result.h"
#include "wallet/eth/Bloom.h"
#include "wallet/eth/Log.h"

#include <boost/json/value.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace plinth {

// The highest EIP-2718 type whose receipt encoding is known (4: EIP-7702, Prague).
constexpr std::uint8_t kMaxReceiptType = 4;

struct Receipt {
    std::uint8_t type = 0;
    // Before Byzantium: the state root after the transaction, in place of the status.
    std::optional<Hash32> postState;
    bool status = false; // true: success
    std::uint64_t cumulativeGasUsed = 0;
    Bloom logsBloom;
    std::vector<Log> logs;
    bool operator==(const Receipt&) const = default;
};

struct RpcReceipt {
    Receipt receipt;
    Hash32 transactionHash{};
    std::uint64_t transactionIndex = 0;
    Hash32 blockHash{};
    std::uint64_t blockNumber = 0;
    // claimedLogPositions[i] belongs to receipt.logs[i].
    std::vector<ClaimedLogPosition> claimedLogPositions;
};

// The consensus encoding: the value stored in the receipts trie.
Bytes encodeReceipt(const Receipt& receipt);

// One receipt object. Checks that logsBloom is the bloom of the logs (a server that drops or injects a
// log without fixing the bloom is caught here; one that fixes it is caught by the receipts root).
// context names the receipt in errors, e.g. "block 1234, receipt 3".
Result<RpcReceipt> parseReceiptJson(const boost::json::value& value, const std::string& context = "receipt");
// The array answered by eth_getBlockReceipts. context names the block, e.g. "block 1234".
Result<std::vector<RpcReceipt>> parseBlockReceiptsJson(const boost::json::value& value,
                                                      const std::string& context = "block");

} // namespace plinth
