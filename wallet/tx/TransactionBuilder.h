#pragma once
// TransactionBuilder: turns what the user asked (send X to Y, speed up or cancel a sent transaction)
// into a transaction ready to sign, after every check that can be made before signing.
//
// Building: the chain id comes from the profile and must equal the node's eth_chainId (checked once per
// builder; a different one is refused before anything is signed). The nonce is eth_getTransactionCount
// (from, "pending"). The gas limit is eth_estimateGas plus kGasMarginPercent (20%, rounded up), except
// a plain transfer without data estimated at exactly 21000, which costs exactly that. Fees come from
// FeeOracle at the chosen speed; transactions are type 2 (EIP-1559), or type 0 on a chain without a
// base fee. A token transfer is `transfer(to, amount)` sent to profile.contracts.token with no value.
// Funds: the sender's balance must cover value + gasLimit * maxFeePerGas (the most it can cost), and for
// a token transfer its token balance must cover the amount; otherwise a sentence such as "0x…: 0.001
// ETH is too little for this transfer: it needs up to 0.0021 ETH for value and gas".
// A contract call (contractCall): any calldata to any contract, with the same checks (chain id, pending
// nonce, estimate + 20%, fees at the chosen speed, the balance for value + gas at the max fee, "… is too
// little for this transaction: it needs up to … for gas"). When eth_estimateGas says the call reverts, the
// error (Remote) is "the node expects this transaction to fail, so it was not sent: <reason>", the reason
// decoded by RevertDecoder (wallet/network) from the node's revert data.
// Replacing (speed-up, cancel): only a transaction in the journal, not yet included and whose nonce is
// still unused. The replacement keeps the nonce; speed-up keeps the call (to, value, data, gas), cancel
// sends 0 to the sender itself with 21000 gas. Both fees become at least the old ones plus 12.5%
// (bumpedFee) and at least the current suggestion at the chosen speed.
//
// Ownership: references the ChainClient, the profile and the journal, which must outlive the builder.
// Threading: blocking network calls (ChainClient.h): a worker thread or the CLI's main thread.
// Errors: InvalidArgument (wrong chain, too little balance, nothing to replace, no token in the profile),
// NotFound (not in the journal), and the ChainClient's errors with what was being done.

#include "wallet/common/Result.h"
#include "wallet/eth/Transaction.h"
#include "wallet/network/NetworkProfile.h"
#include "wallet/network/RevertDecoder.h"
#include "wallet/tx/ChainClient.h"
#include "wallet/tx/FeeOracle.h"
#include "wallet/tx/TxJournal.h"

#include <optional>
#include <string>

namespace plinth {

struct TransferRequest {
    Address from;
    Address to;
    UInt256 amount = 0;  // base units of the currency, or of the token with `token`
    bool token = false;  // the profile's ERC-20 instead of the native currency
    FeeSpeed speed = FeeSpeed::Normal;
};

// Any call to a contract: what the write commands (claim, stake, device update, ...) send.
struct ContractCallRequest {
    Address from;
    Address to;
    Bytes data;          // calldata; must not be empty
    UInt256 value = 0;   // base units of the native currency sent with the call
    std::string kind;    // the journal's word for it ("claim", "stake", "approve"); "contract-call" when empty
    FeeSpeed speed = FeeSpeed::Normal;
};

struct PreparedTransaction {
    TransactionRequest tx;         // tx.from set; ready for a TransactionSigner
    std::string kind;              // "transfer", "token-transfer", "speed-up", "cancel", or a call's kind
    FeeSuggestions fees;           // the suggestions the fees were chosen from
    UInt256 maxCost = 0;           // value + gas * max fee, in base units of the native currency
    UInt256 tokenAmount = 0;       // token-transfer only
    std::optional<Address> tokenRecipient;
    std::optional<Hash32> replaces; // speed-up and cancel
    std::uint64_t gasEstimate = 0;  // eth_estimateGas's answer (0 for a replacement: not estimated)
};

inline constexpr unsigned kGasMarginPercent = 20;
inline constexpr std::uint64_t kPlainTransferGas = 21000;

// old + 12.5% rounded up, and at least old + 1 (so that a zero tip still rises).
UInt256 bumpedFee(const UInt256& old);
std::uint64_t gasWithMargin(std::uint64_t estimate, bool plainTransfer);
// transfer(address,uint256) calldata.
Bytes erc20TransferData(const Address& to, const UInt256& amount);

class TransactionBuilder {
public:
    TransactionBuilder(ChainClient& chain, const NetworkProfile& profile, const TxJournal& journal);

    // The profile's chain id against the node's.
    Result<void> checkChain();
    Result<PreparedTransaction> transfer(const TransferRequest& request);
    Result<PreparedTransaction> contractCall(const ContractCallRequest& request);
    // As contractCall, but estimated as if `assume` held (eth_estimateGas with a state override) and with
    // the pending nonce plus `nonceOffset`: the preview of a call that follows other transactions of a
    // plan (the call after its ERC-20 approval). Such a transaction is for showing, not for sending: build
    // it again with contractCall once the transactions before it are in a block.
    Result<PreparedTransaction> contractCallAssuming(const ContractCallRequest& request, const std::vector<StorageOverride>& assume,
                                                     std::uint64_t nonceOffset);
    Result<PreparedTransaction> speedUp(const Hash32& hash, FeeSpeed speed);
    Result<PreparedTransaction> cancel(const Hash32& hash, FeeSpeed speed);

    // The token's balance of `holder` (balanceOf), for the funds check and the CLI.
    Result<UInt256> tokenBalance(const Address& holder);

private:
    Result<JournalEntry> replaceable(const Hash32& hash);
    Result<PreparedTransaction> replacement(const JournalEntry& old, TransactionRequest tx, FeeSpeed speed, std::string kind);
    Result<void> checkFunds(const PreparedTransaction& prepared, const UInt256& balance);
    Result<Address> tokenAddress() const;
    // Chain check, nonce and fees of a new transaction from `from`; returns the sender's balance.
    Result<UInt256> prepareNew(PreparedTransaction& p, const Address& from, FeeSpeed speed);

    ChainClient& m_chain;
    const NetworkProfile& m_profile;
    const TxJournal& m_journal;
    RevertDecoder m_reverts;
    bool m_chainChecked = false;
};

} // namespace plinth
