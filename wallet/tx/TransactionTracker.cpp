#include "wallet/tx/TransactionTracker.h"

#include "wallet/codec/Hex.h"

#include <thread>

namespace plinth {

std::string_view transactionStateName(TransactionStatus::State state)
{
    switch (state) {
    case TransactionStatus::State::Pending: return "pending";
    case TransactionStatus::State::Included: return "included";
    case TransactionStatus::State::Replaced: return "replaced";
    case TransactionStatus::State::Dropped: return "dropped";
    }
    return "pending";
}

TransactionTracker::TransactionTracker(ChainClient& chain, TxJournal& journal) : m_chain(chain), m_journal(journal) {}

Result<TransactionStatus> TransactionTracker::status(const Hash32& hash)
{
    auto entry = m_journal.find(hash);
    if (!entry)
        return entry.error();
    TransactionStatus s;
    s.hash = hash;
    if (*entry)
        s.nonce = (*entry)->tx.nonce;

    auto receipt = m_chain.receipt(hash);
    if (!receipt)
        return receipt.error();
    if (*receipt) {
        auto head = m_chain.blockNumber();
        if (!head)
            return head.error();
        s.state = TransactionStatus::State::Included;
        s.receipt = **receipt;
        s.confirmations = *head >= s.receipt->blockNumber ? *head - s.receipt->blockNumber + 1 : 1;
        if (*entry)
            (void)m_journal.setStatus(hash, s.receipt->success ? JournalStatus::Included : JournalStatus::Reverted,
                                      s.receipt->blockNumber);
        return s;
    }
    auto tx = m_chain.transaction(hash);
    if (!tx)
        return tx.error();
    if (*tx) {
        s.state = TransactionStatus::State::Pending;
        s.nonce = (*tx)->nonce;
        return s;
    }
    if (!*entry)
        return makeError(ErrorCode::NotFound, "the node does not know transaction " + toHex(hash)
                                                  + ", and it is not in Plinth's journal for this network");
    return unknownToNode(**entry);
}

Result<TransactionStatus> TransactionTracker::unknownToNode(const JournalEntry& entry)
{
    TransactionStatus s;
    s.hash = entry.hash;
    s.nonce = entry.tx.nonce;
    auto mined = m_chain.transactionCount(*entry.tx.from, "latest");
    if (!mined)
        return mined.error();
    if (*mined > entry.tx.nonce) {
        // The nonce is used: by one of ours?
        auto siblings = m_journal.withNonce(*entry.tx.from, entry.tx.nonce);
        if (!siblings)
            return siblings.error();
        for (const JournalEntry& other : *siblings) {
            if (other.hash == entry.hash)
                continue;
            auto receipt = m_chain.receipt(other.hash);
            if (!receipt)
                return receipt.error();
            if (*receipt) {
                s.state = TransactionStatus::State::Replaced;
                s.replacedBy = other.hash;
                s.replacementIncluded = true;
                (void)m_journal.setStatus(entry.hash, JournalStatus::Replaced);
                return s;
            }
        }
        s.state = TransactionStatus::State::Dropped;
        (void)m_journal.setStatus(entry.hash, JournalStatus::Dropped, std::nullopt,
                                  "its nonce was used by a transaction Plinth did not send");
        return s;
    }
    if (entry.replacedBy) {
        s.state = TransactionStatus::State::Replaced;
        s.replacedBy = entry.replacedBy;
        return s;
    }
    s.state = TransactionStatus::State::Dropped;
    (void)m_journal.setStatus(entry.hash, JournalStatus::Dropped, std::nullopt, "no longer in the node's mempool");
    return s;
}

Result<TransactionStatus> TransactionTracker::waitUntilSettled(const Hash32& hash, std::chrono::milliseconds timeout,
                                                               std::chrono::milliseconds interval)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        auto s = status(hash);
        if (!s || s->state != TransactionStatus::State::Pending)
            return s;
        if (std::chrono::steady_clock::now() + interval > deadline)
            return makeError(ErrorCode::Cancelled, "transaction " + toHex(hash) + " is still pending after "
                                                       + std::to_string(timeout.count() / 1000) + " s");
        std::this_thread::sleep_for(interval);
    }
}

} // namespace plinth
