#pragma once
// TransactionTracker: what became of a transaction hash.
//
//   included  the node has its receipt: block number and hash, success or reverted, gas used, the
//             effective gas price, and confirmations = head - block + 1;
//   pending   the node knows it but it is in no block yet (in the mempool);
//   replaced  the node no longer knows it and its nonce was taken by another transaction of ours from
//             the journal (replacedBy names it), or a replacement we sent is still pending;
//   dropped   the node no longer knows it and no transaction of ours took its nonce (another wallet
//             used it, or the mempool evicted it).
// Replaced and dropped need the journal (only a transaction we sent has a known sender and nonce); a hash
// the node does not know and the journal does not hold is NotFound. Each status found is written back
// to the journal when the hash is in it.
//
// Ownership: references the ChainClient and the journal, which must outlive the tracker.
// Threading: blocking (ChainClient.h). waitForInclusion polls and blocks up to its timeout.
// Errors: NotFound (unknown hash), Cancelled (timeout in waitForInclusion, the message says it is still
// pending), and the ChainClient's errors.

#include "wallet/common/Result.h"
#include "wallet/tx/ChainClient.h"
#include "wallet/tx/TxJournal.h"

#include <chrono>
#include <optional>
#include <string_view>

namespace plinth {

struct TransactionStatus {
    enum class State { Pending, Included, Replaced, Dropped };
    State state = State::Pending;
    Hash32 hash{};
    std::optional<ReceiptInfo> receipt; // Included
    std::uint64_t confirmations = 0;    // Included
    std::optional<Hash32> replacedBy;   // Replaced
    bool replacementIncluded = false;   // Replaced: the replacement is in a block
    std::optional<std::uint64_t> nonce; // when the journal or the node knows it
};

std::string_view transactionStateName(TransactionStatus::State state); // "pending", "included", ...

class TransactionTracker {
public:
    TransactionTracker(ChainClient& chain, TxJournal& journal);

    Result<TransactionStatus> status(const Hash32& hash);
    // Polls status() until the transaction is no longer pending (included, replaced or dropped).
    Result<TransactionStatus> waitUntilSettled(const Hash32& hash, std::chrono::milliseconds timeout,
                                               std::chrono::milliseconds interval = std::chrono::milliseconds(250));

private:
    Result<TransactionStatus> unknownToNode(const JournalEntry& entry);

    ChainClient& m_chain;
    TxJournal& m_journal;
};

} // namespace plinth
