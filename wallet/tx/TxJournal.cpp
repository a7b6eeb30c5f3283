#include "wallet/tx/TxJournal.h"

#include "wallet/codec/UInt256.h"
#include "wallet/vault/SqliteDatabase.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <chrono>

namespace plinth {
namespace {

constexpr std::uint32_t kApplicationId = 0x504C5458; // "PLTX"
constexpr int kSchemaVersion = 1;

// Amounts and fees are decimal TEXT (256-bit); hashes and addresses BLOBs of 32 and 20 bytes.
constexpr std::string_view kSchema = R"SQL(
CREATE TABLE IF NOT EXISTS transactions (
    hash          BLOB PRIMARY KEY CHECK (length(hash) = 32),
    chain_id      INTEGER NOT NULL,
    type          INTEGER NOT NULL,
    sender        BLOB NOT NULL CHECK (length(sender) = 20),
    recipient     BLOB CHECK (recipient IS NULL OR length(recipient) = 20),
    value         TEXT NOT NULL,
    data          BLOB NOT NULL,
    nonce         INTEGER NOT NULL,
    gas           INTEGER NOT NULL,
    gas_price     TEXT NOT NULL,
    max_fee       TEXT NOT NULL,
    max_priority_fee TEXT NOT NULL,
    raw           BLOB NOT NULL,
    kind          TEXT NOT NULL,
    status        TEXT NOT NULL,
    block_number  INTEGER,
    replaces      BLOB,
    replaced_by   BLOB,
    created_at_ms INTEGER NOT NULL,
    note          TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS transactions_by_nonce ON transactions (sender, nonce);
)SQL";

constexpr std::string_view kColumns =
    "hash, chain_id, type, sender, recipient, value, data, nonce, gas, gas_price, max_fee, max_priority_fee, raw, "
    "kind, status, block_number, replaces, replaced_by, created_at_ms, note";

constexpr std::array<std::string_view, 7> kStatusNames{"signed", "pending", "included", "reverted",
                                                       "rejected", "dropped", "replaced"};

Error journalError(const std::filesystem::path& path, const Error& e, std::string_view doing)
{
    return makeError(e.code, "the transaction journal " + path.string() + " could not " + std::string(doing) + ": " + e.message);
}

template <std::size_t N>
FixedBytes<N> fixed(const Bytes& b)
{
    FixedBytes<N> out{};
    std::copy_n(b.begin(), std::min(b.size(), N), out.begin());
    return out;
}

UInt256 decimal(const std::string& text)
{
    auto v = parseDecimalUInt256(text);
    return v ? *v : UInt256(0);
}

JournalEntry readRow(const SqliteStatement& s)
{
    JournalEntry e;
    e.hash = fixed<32>(s.blob(0));
    e.tx.chainId = static_cast<std::uint64_t>(s.integer(1));
    e.tx.type = static_cast<std::uint8_t>(s.integer(2));
    e.tx.from = Address{fixed<20>(s.blob(3))};
    if (!s.isNull(4))
        e.tx.to = Address{fixed<20>(s.blob(4))};
    e.tx.value = decimal(s.text(5));
    e.tx.data = s.blob(6);
    e.tx.nonce = static_cast<std::uint64_t>(s.integer(7));
    e.tx.gas = static_cast<std::uint64_t>(s.integer(8));
    e.tx.gasPrice = decimal(s.text(9));
    e.tx.maxFeePerGas = decimal(s.text(10));
    e.tx.maxPriorityFeePerGas = decimal(s.text(11));
    e.raw = s.blob(12);
    e.kind = s.text(13);
    e.status = journalStatusFromName(s.text(14)).value_or(JournalStatus::Pending);
    if (!s.isNull(15))
        e.blockNumber = static_cast<std::uint64_t>(s.integer(15));
    if (!s.isNull(16))
        e.replaces = fixed<32>(s.blob(16));
    if (!s.isNull(17))
        e.replacedBy = fixed<32>(s.blob(17));
    e.createdAtMs = s.integer(18);
    e.note = s.text(19);
    return e;
}

Result<void> createFile(const std::filesystem::path& path)
{
    std::error_code ec;
    std::filesystem::create_directories(path.parent_path(), ec);
    if (ec)
        return makeError(ErrorCode::Io, "cannot create the folder " + path.parent_path().string() + ": " + ec.message());
    // Created under a temporary name and renamed, so that a crash never leaves a file without schema.
    const std::filesystem::path draft = path.string() + ".new";
    std::filesystem::remove(draft, ec);
    sqlite3* raw = nullptr;
    int rc = sqlite3_open_v2(draft.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        const std::string sql = "PRAGMA application_id=" + std::to_string(kApplicationId) + "; PRAGMA user_version="
            + std::to_string(kSchemaVersion) + ";" + std::string(kSchema);
        rc = sqlite3_exec(raw, sql.c_str(), nullptr, nullptr, nullptr);
    }
    const std::string message = raw ? sqlite3_errmsg(raw) : "out of memory";
    sqlite3_close(raw);
    if (rc != SQLITE_OK) {
        std::filesystem::remove(draft, ec);
        return makeError(ErrorCode::Io, "cannot create the transaction journal " + path.string() + ": " + message);
    }
    std::filesystem::rename(draft, path, ec);
    if (ec)
        return makeError(ErrorCode::Io, "cannot create the transaction journal " + path.string() + ": " + ec.message());
    return {};
}

} // namespace

std::string_view journalStatusName(JournalStatus status) { return kStatusNames[static_cast<std::size_t>(status)]; }

std::optional<JournalStatus> journalStatusFromName(std::string_view name)
{
    for (std::size_t i = 0; i < kStatusNames.size(); ++i)
        if (kStatusNames[i] == name)
            return static_cast<JournalStatus>(i);
    return std::nullopt;
}

TxJournal::TxJournal(std::unique_ptr<SqliteDatabase> db, std::filesystem::path path, std::uint64_t chainId)
    : m_db(std::move(db)), m_path(std::move(path)), m_chainId(chainId)
{
}

TxJournal::~TxJournal() = default;

std::filesystem::path TxJournal::pathFor(const std::filesystem::path& dataDir, std::uint64_t chainId)
{
    return dataDir / "transactions" / (std::to_string(chainId) + ".db");
}

Result<std::unique_ptr<TxJournal>> TxJournal::open(const std::filesystem::path& dataDir, std::uint64_t chainId)
{
    const auto path = pathFor(dataDir, chainId);
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
        if (auto created = createFile(path); !created)
            return created.error();
    }
    auto db = SqliteDatabase::open(path, std::nullopt);
    if (!db)
        return db.error();
    if (auto ok = (*db)->exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000;"); !ok)
        return journalError(path, ok.error(), "be opened");
    auto ids = (*db)->prepare("SELECT * FROM pragma_application_id, pragma_user_version");
    if (!ids)
        return journalError(path, ids.error(), "be read");
    auto row = ids->step();
    if (!row || !*row || static_cast<std::uint32_t>(ids->integer(0)) != kApplicationId)
        return makeError(ErrorCode::Corrupt, "the file " + path.string() + " is not a Plinth transaction journal");
    if (ids->integer(1) > kSchemaVersion)
        return makeError(ErrorCode::Unsupported, "the transaction journal " + path.string() + " was written by a newer Plinth");
    return std::unique_ptr<TxJournal>(new TxJournal(std::move(*db), path, chainId));
}

Result<void> TxJournal::add(const JournalEntry& e)
{
    if (e.tx.chainId != m_chainId)
        return makeError(ErrorCode::InvalidArgument, "a transaction for chain " + std::to_string(e.tx.chainId)
                                                         + " does not belong in the journal of chain " + std::to_string(m_chainId));
    if (!e.tx.from)
        return makeError(ErrorCode::InvalidArgument, "a journal entry needs the sender");
    auto tx = SqliteTransaction::begin(*m_db);
    if (!tx)
        return journalError(m_path, tx.error(), "be written");
    auto s = m_db->prepare("INSERT INTO transactions (" + std::string(kColumns)
                           + ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)");
    if (!s)
        return journalError(m_path, s.error(), "be written");
    const std::int64_t created = e.createdAtMs ? e.createdAtMs
        : std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
    s->bind(1, ByteView(e.hash)).bind(2, static_cast<std::int64_t>(e.tx.chainId)).bind(3, std::int64_t{e.tx.type});
    s->bind(4, ByteView(e.tx.from->bytes));
    if (e.tx.to)
        s->bind(5, ByteView(e.tx.to->bytes));
    else
        s->bindNull(5);
    s->bind(6, toDecimalString(e.tx.value)).bind(7, ByteView(e.tx.data)).bind(8, static_cast<std::int64_t>(e.tx.nonce));
    s->bind(9, static_cast<std::int64_t>(e.tx.gas)).bind(10, toDecimalString(e.tx.gasPrice));
    s->bind(11, toDecimalString(e.tx.maxFeePerGas)).bind(12, toDecimalString(e.tx.maxPriorityFeePerGas));
    s->bind(13, ByteView(e.raw)).bind(14, e.kind).bind(15, journalStatusName(e.status));
    if (e.blockNumber)
        s->bind(16, static_cast<std::int64_t>(*e.blockNumber));
    else
        s->bindNull(16);
    if (e.replaces)
        s->bind(17, ByteView(*e.replaces));
    else
        s->bindNull(17);
    if (e.replacedBy)
        s->bind(18, ByteView(*e.replacedBy));
    else
        s->bindNull(18);
    s->bind(19, created).bind(20, e.note);
    if (auto ok = s->run(); !ok)
        return makeError(ErrorCode::InvalidArgument, "the transaction could not be added to the journal: " + ok.error().message);
    if (auto ok = tx->commit(); !ok)
        return journalError(m_path, ok.error(), "be written");
    return {};
}

Result<std::vector<JournalEntry>> TxJournal::select(std::string_view where, const std::function<void(SqliteStatement&)>& bind) const
{
    auto s = m_db->prepare("SELECT " + std::string(kColumns) + " FROM transactions " + std::string(where));
    if (!s)
        return journalError(m_path, s.error(), "be read");
    bind(*s);
    std::vector<JournalEntry> out;
    for (;;) {
        auto row = s->step();
        if (!row)
            return journalError(m_path, row.error(), "be read");
        if (!*row)
            break;
        out.push_back(readRow(*s));
    }
    return out;
}

Result<std::optional<JournalEntry>> TxJournal::find(const Hash32& hash) const
{
    auto rows = select("WHERE hash = ?1", [&](SqliteStatement& s) { s.bind(1, ByteView(hash)); });
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<JournalEntry>{};
    return std::optional<JournalEntry>(std::move(rows->front()));
}

Result<std::vector<JournalEntry>> TxJournal::withNonce(const Address& from, std::uint64_t nonce) const
{
    return select("WHERE sender = ?1 AND nonce = ?2 ORDER BY created_at_ms, hash", [&](SqliteStatement& s) {
        s.bind(1, ByteView(from.bytes)).bind(2, static_cast<std::int64_t>(nonce));
    });
}

Result<std::vector<JournalEntry>> TxJournal::all() const
{
    return select("ORDER BY created_at_ms DESC, hash", [](SqliteStatement&) {});
}

Result<void> TxJournal::setStatus(const Hash32& hash, JournalStatus status, std::optional<std::uint64_t> blockNumber,
                                  std::string_view note)
{
    auto tx = SqliteTransaction::begin(*m_db);
    if (!tx)
        return journalError(m_path, tx.error(), "be written");
    auto s = m_db->prepare("UPDATE transactions SET status = ?2, block_number = ?3, note = ?4 WHERE hash = ?1");
    if (!s)
        return journalError(m_path, s.error(), "be written");
    s->bind(1, ByteView(hash)).bind(2, journalStatusName(status)).bind(4, note);
    if (blockNumber)
        s->bind(3, static_cast<std::int64_t>(*blockNumber));
    else
        s->bindNull(3);
    if (auto ok = s->run(); !ok)
        return journalError(m_path, ok.error(), "be written");
    if (m_db->changes() == 0)
        return makeError(ErrorCode::NotFound, "the transaction is not in the journal");
    if (auto ok = tx->commit(); !ok)
        return journalError(m_path, ok.error(), "be written");
    return {};
}

Result<void> TxJournal::markReplaced(const Hash32& oldHash, const Hash32& newHash)
{
    auto tx = SqliteTransaction::begin(*m_db);
    if (!tx)
        return journalError(m_path, tx.error(), "be written");
    auto s = m_db->prepare("UPDATE transactions SET status = 'replaced', replaced_by = ?2 WHERE hash = ?1");
    if (!s)
        return journalError(m_path, s.error(), "be written");
    s->bind(1, ByteView(oldHash)).bind(2, ByteView(newHash));
    if (auto ok = s->run(); !ok)
        return journalError(m_path, ok.error(), "be written");
    if (m_db->changes() == 0)
        return makeError(ErrorCode::NotFound, "the transaction is not in the journal");
    if (auto ok = tx->commit(); !ok)
        return journalError(m_path, ok.error(), "be written");
    return {};
}

} // namespace plinth
