#pragma once
// Log: an event emitted by a contract (address, up to 4 topics, data), as carried inside a receipt, and
// RpcLog: the same log with the position a JSON-RPC server claims for it (block, transaction, index).
// The claimed position is untrusted: the receipt verifier (wallet/light/ReceiptVerifier.h) checks it
// against the proven receipt and takes positions from the proof, never from the server.
//
// Threading: value types and pure functions, safe on any thread.
// Errors: parseLogJson returns InvalidArgument naming the log and the malformed field.

#include "wallet/common/Bytes.h"
#include "wallet/common/Result.h"
#include "wallet/eth/Address.h"

#include <boost/json/value.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace plinth {

class RlpEncoder;

// A log holds at most this many topics (LOG0..LOG4).
constexpr std::size_t kMaxLogTopics = 4;

struct Log {
    Address address;
    std::vector<Hash32> topics;
    Bytes data;
    bool operator==(const Log&) const = default;
};

// The position fields of a JSON-RPC log, each optional (a receipt's logs carry them, other sources may not).
struct ClaimedLogPosition {
    std::optional<Hash32> blockHash;
    std::optional<std::uint64_t> blockNumber;
    std::optional<Hash32> transactionHash;
    std::optional<std::uint64_t> transactionIndex;
    std::optional<std::uint64_t> logIndex;
    bool removed = false;
};

struct RpcLog {
    Log log;
    ClaimedLogPosition claimed;
};

// Appends rlp([address, [topics...], data]) (the consensus form inside a receipt).
void encodeLog(RlpEncoder& encoder, const Log& log);

// One log object of eth_getLogs / eth_getTransactionReceipt. context names it in errors ("receipt 3, log 1").
// address, topics and data are required; more than 4 topics is an error.
Result<RpcLog> parseLogJson(const boost::json::value& value, const std::string& context = "log");

} // namespace plinth
