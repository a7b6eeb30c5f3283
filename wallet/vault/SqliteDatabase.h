#pragma once
// A thin RAII layer over one SQLite connection for the vault: prepared statements, transactions, and
// the checks that tell a damaged file from a good one before anything else reads it.
//
// Ownership: SqliteDatabase owns its connection; SqliteStatement owns its statement and must not outlive
// the database it came from. SqliteTransaction rolls back on destruction unless commit() succeeded.
// Threading: one thread at a time per object (the connection is opened in serialised mode, but the
// vault's own mutex is what orders callers).
// Errors: Io when the file cannot be opened or written, Corrupt when SQLite or the checks here find the
// file damaged. Messages name the file, never its contents.

#include "wallet/common/Bytes.h"
#include "wallet/common/Result.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace plinth {

class SqliteStatement {
public:
    SqliteStatement(sqlite3* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}
    ~SqliteStatement();
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&&) = delete;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // Parameters are numbered from 1, as in SQLite. Blobs and text are copied by SQLite.
    SqliteStatement& bind(int index, std::int64_t value);
    SqliteStatement& bind(int index, ByteView blob);
    SqliteStatement& bind(int index, std::string_view text);
    SqliteStatement& bindNull(int index);
    // A blob SQLite reads in place, not copied (for inserts run many thousand times a sync): `blob` must
    // stay unchanged until the statement has run and is reset, which also clears every borrowed binding.
    SqliteStatement& bindBorrowed(int index, ByteView blob);

    // true: a row is ready; false: done. Errors carry SQLite's message.
    Result<bool> step();
    // Runs to completion (for statements that return no rows).
    Result<void> run();
    // Makes the statement ready to bind and run again (keeps its bindings until rebound, except that
    // borrowed blobs are cleared to NULL: their bytes may be gone).
    void reset();

    bool isNull(int column) const;
    std::int64_t integer(int column) const;
    Bytes blob(int column) const;
    std::string text(int column) const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    Error m_bindError;
    bool m_bindFailed = false;
    bool m_borrowed = false;
};

class SqliteDatabase {
public:
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase&) = delete;
    SqliteDatabase& operator=(const SqliteDatabase&) = delete;

    // Opens an existing file read-write without ever creating one. With `validate`, first checks that
    // it is an SQLite file of this application (its 100-byte header: the magic string and
    // `applicationId`), that its size matches the page count, and that PRAGMA integrity_check passes.
    // Nothing is written by opening, so a damaged file is left exactly as it was.
    static Result<std::unique_ptr<SqliteDatabase>> open(const std::filesystem::path& path,
                                                        std::optional<std::uint32_t> applicationId);

    Result<SqliteStatement> prepare(std::string_view sql);
    // Runs one or more statements that return no rows.
    Result<void> exec(std::string_view sql);
    std::int64_t lastInsertRowId() const;
    int changes() const;
    const std::filesystem::path& path() const { return m_path; }

    // The raw connection, for tests that need to look behind the API.
    sqlite3* handle() const { return m_db; }

private:
    SqliteDatabase(sqlite3* db, std::filesystem::path path) : m_db(db), m_path(std::move(path)) {}
    Result<void> validate(std::uint32_t applicationId);

    sqlite3* m_db = nullptr;
    std::filesystem::path m_path;
};

// BEGIN IMMEDIATE ... COMMIT for writes (takes the write lock at once, so two writers never deadlock
// half-way); BEGIN ... COMMIT for reads that must see one consistent state.
class SqliteTransaction {
public:
    enum class Mode { Read, Write };
    static Result<SqliteTransaction> begin(SqliteDatabase& db, Mode mode = Mode::Write);
    ~SqliteTransaction();
    SqliteTransaction(SqliteTransaction&& other) noexcept;
    SqliteTransaction& operator=(SqliteTransaction&&) = delete;
    SqliteTransaction(const SqliteTransaction&) = delete;
    SqliteTransaction& operator=(const SqliteTransaction&) = delete;

    Result<void> commit();

private:
    explicit SqliteTransaction(SqliteDatabase* db) : m_db(db) {}
    SqliteDatabase* m_db = nullptr;
};

} // namespace plinth
