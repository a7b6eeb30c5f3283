#pragma once
// TxJournal: the transactions Plinth sent on one network, an SQLite file
// `<datadir>/transactions/<chainId>.db` (WAL, synchronous=FULL, every change one SQLite transaction, so
// a crash leaves each row as it was before or after the change, never half-written).
//
// A row holds everything needed to track or replace the transaction: the signed fields (type, chain,
// sender, recipient, value, data, nonce, gas, fees), the raw signed bytes and their hash, what it was
// (transfer, token transfer, speed-up, cancel), its last known status, the block it was included in,
// and links to the transaction it replaces and the one that replaced it. No secret is stored: the raw
// bytes are what the network sees anyway.
//
// Ownership: the caller owns the journal; it owns its connection.
// Threading: one thread at a time. Other processes may open the same file (SQLite's locking, WAL).
// Errors: Io (cannot create or write), Corrupt (not a Plinth journal), Unsupported (newer schema),
// NotFound (setStatus/markReplaced of an unknown hash).

#include "wallet/common/Bytes.h"
#include "wallet/common/Result.h"
#include "wallet/eth/Transaction.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plinth {

class SqliteDatabase;
class SqliteStatement;

// "signed" (written before broadcasting), "pending", "included", "reverted", "rejected" (the node
// refused it), "dropped", "replaced".
enum class JournalStatus { Signed, Pending, Included, Reverted, Rejected, Dropped, Replaced };
std::string_view journalStatusName(JournalStatus status);
std::optional<JournalStatus> journalStatusFromName(std::string_view name);

struct JournalEntry {
    Hash32 hash{};
    TransactionRequest tx;   // tx.from is always set
    Bytes raw;               // the signed bytes sent with eth_sendRawTransaction
    std::string kind;        // "transfer", "token-transfer", "speed-up", "cancel"
    JournalStatus status = JournalStatus::Signed;
    std::optional<std::uint64_t> blockNumber;
    std::optional<Hash32> replaces;
    std::optional<Hash32> replacedBy;
    std::int64_t createdAtMs = 0; // unix time
    std::string note;             // the node's refusal (rejected), why it reverted (reverted), or dropped
};

class TxJournal {
public:
    static std::filesystem::path pathFor(const std::filesystem::path& dataDir, std::uint64_t chainId);
    // Opens (creating the folder and file when missing) the journal of `chainId` in `dataDir`.
    static Result<std::unique_ptr<TxJournal>> open(const std::filesystem::path& dataDir, std::uint64_t chainId);

    ~TxJournal();
    TxJournal(const TxJournal&) = delete;
    TxJournal& operator=(const TxJournal&) = delete;

    std::uint64_t chainId() const { return m_chainId; }
    const std::filesystem::path& path() const { return m_path; }

    // Adds a row; InvalidArgument if the hash is already there or the entry is for another chain.
    Result<void> add(const JournalEntry& entry);
    Result<std::optional<JournalEntry>> find(const Hash32& hash) const;
    // Every row of `from` with `nonce` (the original and its replacements), oldest first.
    Result<std::vector<JournalEntry>> withNonce(const Address& from, std::uint64_t nonce) const;
    // Every row, newest first.
    Result<std::vector<JournalEntry>> all() const;

    Result<void> setStatus(const Hash32& hash, JournalStatus status, std::optional<std::uint64_t> blockNumber = {},
                           std::string_view note = {});
    // Links `oldHash` to its replacement and marks it replaced, in one SQLite transaction.
    Result<void> markReplaced(const Hash32& oldHash, const Hash32& newHash);

private:
    TxJournal(std::unique_ptr<SqliteDatabase> db, std::filesystem::path path, std::uint64_t chainId);
    Result<std::vector<JournalEntry>> select(std::string_view where, const std::function<void(SqliteStatement&)>& bind) const;

    std::unique_ptr<SqliteDatabase> m_db;
    std::filesystem::path m_path;
    std::uint64_t m_chainId;
};

} // namespace plinth
