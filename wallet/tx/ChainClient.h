#pragma once
// ChainClient: the JSON-RPC calls the transaction module needs, each one blocking and each failure turned
// into an Error a person can read ("could not read the sender's nonce: http://127.0.0.1:8545: connection
// refused"), never only the node's raw error object. Answers are parsed strictly (RpcFields): a malformed
// answer is ErrorCode::Unverified, not a crash or a zero.
//
// Ownership: holds a reference to an EndpointPool, which must outlive it.
// Threading: blocking (RpcSync.h): call from a worker thread or the CLI's main thread, never from a GUI
// thread or from the pool's network thread (there every call fails with ErrorCode::Internal). One
// ChainClient may be used by one thread at a time.
// Errors: Network (unreachable, timed out: the message names the endpoint), Remote (the node refused:
// its message is quoted after what we were doing), Unverified (an answer that does not parse).

#include "wallet/codec/UInt256.h"
#include "wallet/common/Bytes.h"
#include "wallet/common/Result.h"
#include "wallet/eth/Address.h"
#include "wallet/rpc/EndpointPool.h"

#include <boost/json/value.hpp>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace plinth {

// The fields of eth_call / eth_estimateGas.
struct CallRequest {
    Address from;
    std::optional<Address> to;
    UInt256 value = 0;
    Bytes data;
};

// A call the node executed and that reverted: the revert data it returned (empty for a bare revert) and
// the node's own words. Decode the data with RevertDecoder (wallet/network).
struct CallRevert {
    Bytes data;
    std::string nodeMessage;
};

// What an eth_call did: returned `data`, or reverted with `revert`. `endpoint` names who said it (an
// eth_call cannot be proven: callers show it as unverified).
struct CallOutcome {
    bool reverted = false;
    Bytes data;      // the return data (success)
    CallRevert revert; // reverted only
    std::string endpoint;
};

// One storage word replaced for a simulation (eth_call's state override, "stateDiff"): the call runs as
// if contract's `slot` held `value`. Nothing changes on chain.
struct StorageOverride {
    Address contract;
    Hash32 slot{};
    Hash32 value{};
};

// The code an account runs for one simulation only (also eth_call's state override): its balance and
// storage stay as they are. `simulate` runs a proposal's actions in sequence from the timelock's address
// with it.
struct CodeOverride {
    Address account;
    Bytes code;
};

// What a receipt says about an included transaction.
struct ReceiptInfo {
    Hash32 transactionHash{};
    std::uint64_t blockNumber = 0;
    Hash32 blockHash{};
    bool success = false; // status 1; false means reverted
    std::uint64_t gasUsed = 0;
    UInt256 effectiveGasPrice = 0;
};

// What eth_getTransactionByHash says (a pending transaction has no block number).
struct ChainTransaction {
    Hash32 hash{};
    Address from;
    std::uint64_t nonce = 0;
    std::optional<std::uint64_t> blockNumber;
};

class ChainClient {
public:
    explicit ChainClient(EndpointPool& pool, CallOptions options = {});

    Result<std::uint64_t> chainId();
    Result<std::uint64_t> blockNumber();
    Result<UInt256> balance(const Address& account);
    // `block`: "pending" (counts the mempool: the next nonce to use) or "latest" (mined only).
    Result<std::uint64_t> transactionCount(const Address& account, std::string_view block);
    // With `revert`: when the node says the call reverts, *revert receives its revert data (the error
    // returned is still Remote, with the node's words).
    // With `overrides`, estimated as if those storage words held other values (see callOutcome).
    Result<std::uint64_t> estimateGas(const CallRequest& call, std::optional<CallRevert>* revert = nullptr,
                                      const std::vector<StorageOverride>& overrides = {});
    Result<Bytes> call(const CallRequest& call);
    // eth_call at `block` ("latest", "pending" or a 0x block number) that tells a revert (an outcome with
    // its data) from a failure to ask (an error).
    // With `overrides`, the node must support eth_call's state override (geth, anvil, erigon, reth);
    // one that does not refuses (Remote).
    // With `code`, that account runs other code for the call (the same state override).
    Result<CallOutcome> callOutcome(const CallRequest& call, std::string_view block,
                                    const std::vector<StorageOverride>& overrides = {},
                                    const std::optional<CodeOverride>& code = std::nullopt);
    // eth_feeHistory over the last `blocks` blocks with the given reward percentiles (raw answer; see
    // FeeOracle.h for its parsing).
    Result<boost::json::value> feeHistory(unsigned blocks, std::span<const double> percentiles);
    Result<UInt256> gasPrice();
    // The latest block's base fee, or nothing on a chain without EIP-1559.
    Result<std::optional<UInt256>> latestBaseFee();
    // Broadcasts; returns the hash the node reports (the caller checks it against its own).
    Result<Hash32> sendRawTransaction(ByteView raw);
    // Nothing when the node does not know the hash.
    Result<std::optional<ChainTransaction>> transaction(const Hash32& hash);
    // Nothing while the transaction is pending or unknown.
    Result<std::optional<ReceiptInfo>> receipt(const Hash32& hash);

private:
    Result<boost::json::value> request(std::string method, boost::json::array params, std::string_view doing,
                                       std::optional<CallRevert>* revert = nullptr, std::string* endpoint = nullptr);

    EndpointPool& m_pool;
    CallOptions m_options;
};

} // namespace plinth
