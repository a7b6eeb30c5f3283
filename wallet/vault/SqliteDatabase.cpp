#include "wallet/vault/SqliteDatabase.h"

#include <sqlite3.h>

#include <array>
#include <cstring>
#include <fstream>
#include <limits>
#include <system_error>

namespace plinth {
namespace {

constexpr int kBusyTimeoutMs = 5000;
constexpr std::string_view kDamaged = "the vault file is damaged (";

Error sqliteError(sqlite3* db, int rc, std::string_view what)
{
    const int primary = rc & 0xff;
    std::string message = std::string(what) + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    switch (primary) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return makeError(ErrorCode::Corrupt, std::string(kDamaged) + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)) + ")");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return makeError(ErrorCode::Io, "the vault is busy: another Plinth process is writing it (" + message + ")");
    default:
        return makeError(ErrorCode::Io, message);
    }
}

std::uint32_t readBigEndian32(const unsigned char* p)
{
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | std::uint32_t{p[3]};
}

// The header checks SQLite would only make lazily, done up front so the message can say what is wrong.
Result<void> checkHeader(const std::filesystem::path& path, std::uint32_t applicationId)
{
    const std::string name = path.string();
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        return makeError(ErrorCode::NotFound, "there is no vault at " + name);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return makeError(ErrorCode::Io, "cannot read the vault file " + name);
    std::array<unsigned char, 100> header{};
    in.read(reinterpret_cast<char*>(header.data()), static_cast<std::streamsize>(header.size()));
    if (in.gcount() != static_cast<std::streamsize>(header.size()))
        return makeError(ErrorCode::Corrupt, "the vault file " + name + " is truncated or empty (no complete header); "
                                                 "it was left as it is");
    static constexpr char kMagic[] = "SQLite format 3"; // 16 bytes with its NUL
    if (std::memcmp(header.data(), kMagic, sizeof kMagic) != 0)
        return makeError(ErrorCode::Corrupt, "the vault file " + name + " is damaged or not a Plinth vault "
                                                 "(bad header: not an SQLite database); it was left as it is");
    // The header's page count is valid when its change counter matches "version-valid-for". Without a
    // hot journal (whose rollback could restore the size) a shorter file has lost its end.
    const std::uint32_t rawPageSize = (std::uint32_t{header[16]} << 8) | header[17];
    const std::uint64_t pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const std::uint64_t pageCount = readBigEndian32(header.data() + 28);
    const bool countValid = pageCount > 0 && readBigEndian32(header.data() + 24) == readBigEndian32(header.data() + 92);
    const std::uintmax_t size = std::filesystem::file_size(path, ec);
    if (!ec && countValid && !std::filesystem::exists(name + "-journal", ec) && size < pageSize * pageCount)
        return makeError(ErrorCode::Corrupt, "the vault file " + name + " is truncated (" + std::to_string(size) + " of "
                                                 + std::to_string(pageSize * pageCount) + " bytes); it was left as it is");
    if (readBigEndian32(header.data() + 68) != applicationId)
        return makeError(ErrorCode::Corrupt, "the file " + name + " is not a Plinth vault (bad header: another "
                                                 "application's database); it was left as it is");
    return {};
}

} // namespace

SqliteStatement::~SqliteStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_bindError(std::move(other.m_bindError))
    , m_bindFailed(other.m_bindFailed)
{
}

SqliteStatement& SqliteStatement::bind(int index, std::int64_t value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK && !m_bindFailed) {
        m_bindFailed = true;
        m_bindError = sqliteError(m_db, rc, "binding a value");
    }
    return *this;
}

namespace {

// A zero-length blob must still be a blob, not NULL: SQLite gets a valid pointer.
const std::uint8_t kEmptyBlob = 0;

} // namespace

SqliteStatement& SqliteStatement::bind(int index, ByteView blob)
{
    const int rc = sqlite3_bind_blob64(m_stmt, index, blob.empty() ? &kEmptyBlob : blob.data(), blob.size(), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK && !m_bindFailed) {
        m_bindFailed = true;
        m_bindError = sqliteError(m_db, rc, "binding a value");
    }
    return *this;
}

SqliteStatement& SqliteStatement::bindBorrowed(int index, ByteView blob)
{
    const int rc = sqlite3_bind_blob64(m_stmt, index, blob.empty() ? &kEmptyBlob : blob.data(), blob.size(), SQLITE_STATIC);
    m_borrowed = true;
    if (rc != SQLITE_OK && !m_bindFailed) {
        m_bindFailed = true;
        m_bindError = sqliteError(m_db, rc, "binding a value");
    }
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, std::string_view text)
{
    const int rc = sqlite3_bind_text64(m_stmt, index, text.empty() ? "" : text.data(), text.size(), SQLITE_TRANSIENT,
                                       SQLITE_UTF8);
    if (rc != SQLITE_OK && !m_bindFailed) {
        m_bindFailed = true;
        m_bindError = sqliteError(m_db, rc, "binding a value");
    }
    return *this;
}

SqliteStatement& SqliteStatement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK && !m_bindFailed) {
        m_bindFailed = true;
        m_bindError = sqliteError(m_db, rc, "binding a value");
    }
    return *this;
}

Result<bool> SqliteStatement::step()
{
    if (m_bindFailed)
        return m_bindError;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return sqliteError(m_db, rc, "reading the vault");
}

Result<void> SqliteStatement::run()
{
    for (;;) {
        auto more = step();
        if (!more)
            return more.error();
        if (!*more)
            return {};
    }
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    if (m_borrowed) {
        sqlite3_clear_bindings(m_stmt);
        m_borrowed = false;
    }
    if (m_bindFailed) {
        m_bindFailed = false;
        m_bindError = {};
    }
}

bool SqliteStatement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

std::int64_t SqliteStatement::integer(int column) const { return sqlite3_column_int64(m_stmt, column); }

Bytes SqliteStatement::blob(int column) const
{
    const auto* data = static_cast<const std::uint8_t*>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!data || size <= 0)
        return {};
    return Bytes(data, data + size);
}

std::string SqliteStatement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!data || size <= 0)
        return {};
    return std::string(data, static_cast<std::size_t>(size));
}

SqliteDatabase::~SqliteDatabase()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::open(const std::filesystem::path& path,
                                                             std::optional<std::uint32_t> applicationId)
{
    if (applicationId) {
        if (auto ok = checkHeader(path, *applicationId); !ok)
            return ok.error();
    }
    sqlite3* raw = nullptr;
    // No SQLITE_OPEN_CREATE: a missing vault must never be replaced by an empty one.
    const int rc = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX, nullptr);
    std::unique_ptr<SqliteDatabase> db(new SqliteDatabase(raw, path));
    if (rc != SQLITE_OK)
        return sqliteError(raw, rc, "cannot open the vault file " + path.string());
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    // secure_delete: freed pages (old ciphertexts after a password change) are overwritten with zeros.
    // synchronous=FULL: a commit is on disk before it returns, so a crash keeps the old or the new vault.
    // trusted_schema=OFF and cell_size_check=ON: treat the file as untrusted input.
    auto ok = db->exec("PRAGMA secure_delete=ON; PRAGMA synchronous=FULL; PRAGMA temp_store=MEMORY;"
                       "PRAGMA foreign_keys=ON; PRAGMA trusted_schema=OFF; PRAGMA cell_size_check=ON;");
    if (ok && applicationId)
        ok = db->validate(*applicationId);
    if (!ok && ok.error().code == ErrorCode::Corrupt && applicationId) {
        // One message naming the file, whether SQLite or a check here found the damage.
        std::string reason = ok.error().message;
        if (reason.starts_with(kDamaged) && reason.ends_with(')'))
            reason = reason.substr(kDamaged.size(), reason.size() - kDamaged.size() - 1);
        return makeError(ErrorCode::Corrupt, "the vault file " + path.string() + " is damaged (" + reason
                                                 + "); it was left as it is");
    }
    if (!ok)
        return ok.error();
    return db;
}

Result<void> SqliteDatabase::validate(std::uint32_t applicationId)
{
    // Messages here are the reason only; open() names the file and says it was left alone.
    // The first read also rolls back a hot journal left by a crash (SQLite's recovery of the old vault).
    auto check = prepare("PRAGMA integrity_check(20)");
    if (!check)
        return check.error();
    std::string report;
    for (;;) {
        auto row = check->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        if (!report.empty())
            report += "; ";
        report += check->text(0);
    }
    for (char& c : report)
        if (c == '\n')
            c = ' ';
    if (report != "ok")
        return makeError(ErrorCode::Corrupt, "integrity check failed: " + report.substr(0, 300));

    auto pages = prepare("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()");
    if (!pages)
        return pages.error();
    auto row = pages->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::Corrupt, "no page count");
    const auto expected = static_cast<std::uintmax_t>(pages->integer(0));
    std::error_code ec;
    const std::uintmax_t actual = std::filesystem::file_size(m_path, ec);
    if (ec)
        return makeError(ErrorCode::Io, "cannot read the size of the vault file " + m_path.string());
    if (actual < expected)
        return makeError(ErrorCode::Corrupt, "it is truncated: " + std::to_string(actual) + " of " + std::to_string(expected) + " bytes");

    // The header was checked before opening; check it again now that a hot journal may have been rolled back.
    auto id = prepare("PRAGMA application_id");
    if (!id)
        return id.error();
    auto idRow = id->step();
    if (!idRow)
        return idRow.error();
    if (!*idRow || static_cast<std::uint32_t>(id->integer(0)) != applicationId)
        return makeError(ErrorCode::Corrupt, "bad header: not a Plinth vault");
    return {};
}

Result<SqliteStatement> SqliteDatabase::prepare(std::string_view sql)
{
    sqlite3_stmt* stmt = nullptr;
    if (sql.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        return makeError(ErrorCode::Internal, "SQL statement too long");
    const int rc = sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        if (stmt)
            sqlite3_finalize(stmt);
        return sqliteError(m_db, rc, "preparing a vault query");
    }
    return SqliteStatement(m_db, stmt);
}

Result<void> SqliteDatabase::exec(std::string_view sql)
{
    const std::string text(sql);
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc, "writing the vault");
    return {};
}

std::int64_t SqliteDatabase::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }

int SqliteDatabase::changes() const { return sqlite3_changes(m_db); }

Result<SqliteTransaction> SqliteTransaction::begin(SqliteDatabase& db, Mode mode)
{
    if (auto ok = db.exec(mode == Mode::Write ? "BEGIN IMMEDIATE" : "BEGIN"); !ok)
        return ok.error();
    return SqliteTransaction(&db);
}

SqliteTransaction::~SqliteTransaction()
{
    if (m_db)
        (void)m_db->exec("ROLLBACK");
}

SqliteTransaction::SqliteTransaction(SqliteTransaction&& other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}

Result<void> SqliteTransaction::commit()
{
    if (!m_db)
        return makeError(ErrorCode::Internal, "transaction already finished");
    auto ok = m_db->exec("COMMIT");
    if (!ok)
        return ok.error(); // the destructor rolls back
    m_db = nullptr;
    return {};
}

} // namespace plinth
