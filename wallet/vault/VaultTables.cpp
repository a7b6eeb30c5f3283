#include "wallet/vault/VaultTables.h"

#include <limits>

namespace plinth {
namespace {

constexpr const char* kAccountColumns = "id, address, kind, path, secret_id, label, hidden, mac";

Error damaged(std::string_view what)
{
    return makeError(ErrorCode::Corrupt, "the vault file is damaged (" + std::string(what) + "); it was left as it is");
}

Result<AccountRow> readAccount(const SqliteStatement& s)
{
    AccountRow row;
    row.id = s.integer(0);
    const Bytes address = s.blob(1);
    if (address.size() != row.account.address.bytes.size())
        return damaged("an account address is not 20 bytes");
    std::copy(address.begin(), address.end(), row.account.address.bytes.begin());
    const auto kind = accountKindFromName(s.text(2));
    if (!kind)
        return damaged("an account has an unknown kind");
    row.account.kind = *kind;
    row.account.path = s.text(3);
    if (!s.isNull(4))
        row.secretId = s.integer(4);
    row.account.label = s.text(5);
    row.account.hidden = s.integer(6) != 0;
    row.mac = s.blob(7);
    return row;
}

bool inRange(std::int64_t v, std::uint64_t max) { return v > 0 && static_cast<std::uint64_t>(v) <= max; }

} // namespace

std::string_view accountKindName(AccountKind kind)
{
    switch (kind) {
    case AccountKind::Derived:
        return "derived";
    case AccountKind::Imported:
        return "imported";
    case AccountKind::WatchOnly:
        return "watch-only";
    }
    return "watch-only";
}

std::optional<AccountKind> accountKindFromName(std::string_view name)
{
    for (AccountKind k : {AccountKind::Derived, AccountKind::Imported, AccountKind::WatchOnly})
        if (accountKindName(k) == name)
            return k;
    return std::nullopt;
}

Result<Bytes> VaultTables::vaultId()
{
    auto s = m_db.prepare("SELECT value FROM meta WHERE key = 'vault_id'");
    if (!s)
        return s.error();
    auto row = s->step();
    if (!row)
        return row.error();
    if (!*row)
        return damaged("the vault id is missing");
    Bytes id = s->blob(0);
    if (id.size() != 16)
        return damaged("the vault id is not 16 bytes");
    return id;
}

Result<void> VaultTables::setVaultId(ByteView id)
{
    auto s = m_db.prepare("INSERT INTO meta(key, value) VALUES ('vault_id', ?1)");
    if (!s)
        return s.error();
    return s->bind(1, id).run();
}

Result<PasswordRecord> VaultTables::passwordRecord()
{
    auto s = m_db.prepare("SELECT kdf, n, r, p, salt, check_sealed, check_digest FROM password WHERE id = 1");
    if (!s)
        return s.error();
    auto row = s->step();
    if (!row)
        return row.error();
    if (!*row)
        return damaged("the password record is missing");
    PasswordRecord r;
    r.kdf = s->text(0);
    const std::int64_t n = s->integer(1);
    const std::int64_t rr = s->integer(2);
    const std::int64_t p = s->integer(3);
    if (!inRange(n, std::numeric_limits<std::uint64_t>::max()) || !inRange(rr, std::numeric_limits<std::uint32_t>::max())
        || !inRange(p, std::numeric_limits<std::uint32_t>::max()))
        return damaged("the KDF parameters are out of range");
    r.cost = ScryptParams{static_cast<std::uint64_t>(n), static_cast<std::uint32_t>(rr), static_cast<std::uint32_t>(p)};
    r.salt = s->blob(4);
    r.checkSealed = s->blob(5);
    r.checkDigest = s->blob(6);
    return r;
}

Result<void> VaultTables::writePasswordRecord(const PasswordRecord& r)
{
    auto s = m_db.prepare("INSERT OR REPLACE INTO password(id, kdf, n, r, p, salt, check_sealed, check_digest) "
                          "VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!s)
        return s.error();
    return s->bind(1, std::string_view(r.kdf))
        .bind(2, static_cast<std::int64_t>(r.cost.n))
        .bind(3, static_cast<std::int64_t>(r.cost.r))
        .bind(4, static_cast<std::int64_t>(r.cost.p))
        .bind(5, ByteView(r.salt))
        .bind(6, ByteView(r.checkSealed))
        .bind(7, ByteView(r.checkDigest))
        .run();
}

Result<std::vector<SecretRow>> VaultTables::secrets()
{
    auto s = m_db.prepare("SELECT id, kind, sealed FROM secrets ORDER BY id");
    if (!s)
        return s.error();
    std::vector<SecretRow> out;
    for (;;) {
        auto row = s->step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        out.push_back(SecretRow{s->integer(0), s->text(1), s->blob(2)});
    }
}

Result<SecretRow> VaultTables::secret(std::int64_t id)
{
    auto s = m_db.prepare("SELECT id, kind, sealed FROM secrets WHERE id = ?1");
    if (!s)
        return s.error();
    s->bind(1, id);
    auto row = s->step();
    if (!row)
        return row.error();
    if (!*row)
        return damaged("an account refers to a missing secret");
    return SecretRow{s->integer(0), s->text(1), s->blob(2)};
}

Result<std::int64_t> VaultTables::nextId(std::string_view table)
{
    auto s = m_db.prepare("SELECT coalesce(max(id), 0) + 1 FROM " + std::string(table));
    if (!s)
        return s.error();
    auto row = s->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::Internal, "no row id");
    return s->integer(0);
}

Result<std::int64_t> VaultTables::nextSecretId() { return nextId("secrets"); }

Result<std::int64_t> VaultTables::nextAccountId() { return nextId("accounts"); }

Result<void> VaultTables::insertSecret(const SecretRow& r)
{
    auto s = m_db.prepare("INSERT INTO secrets(id, kind, sealed) VALUES (?1, ?2, ?3)");
    if (!s)
        return s.error();
    return s->bind(1, r.id).bind(2, std::string_view(r.kind)).bind(3, ByteView(r.sealed)).run();
}

Result<void> VaultTables::updateSecret(std::int64_t id, ByteView sealed)
{
    auto s = m_db.prepare("UPDATE secrets SET sealed = ?2 WHERE id = ?1");
    if (!s)
        return s.error();
    return s->bind(1, id).bind(2, sealed).run();
}

Result<std::vector<AccountRow>> VaultTables::accounts()
{
    auto s = m_db.prepare(std::string("SELECT ") + kAccountColumns + " FROM accounts ORDER BY id");
    if (!s)
        return s.error();
    std::vector<AccountRow> out;
    for (;;) {
        auto row = s->step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        auto account = readAccount(*s);
        if (!account)
            return account.error();
        out.push_back(std::move(*account));
    }
}

Result<std::optional<AccountRow>> VaultTables::account(const Address& address)
{
    auto s = m_db.prepare(std::string("SELECT ") + kAccountColumns + " FROM accounts WHERE address = ?1");
    if (!s)
        return s.error();
    s->bind(1, ByteView(address.bytes));
    auto row = s->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<AccountRow>();
    auto account = readAccount(*s);
    if (!account)
        return account.error();
    return std::optional<AccountRow>(std::move(*account));
}

Result<void> VaultTables::insertAccount(const AccountRow& r)
{
    auto s = m_db.prepare("INSERT INTO accounts(id, address, kind, path, secret_id, label, hidden, mac) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!s)
        return s.error();
    s->bind(1, r.id)
        .bind(2, ByteView(r.account.address.bytes))
        .bind(3, accountKindName(r.account.kind))
        .bind(4, std::string_view(r.account.path))
        .bind(6, std::string_view(r.account.label))
        .bind(7, std::int64_t{r.account.hidden ? 1 : 0})
        .bind(8, ByteView(r.mac));
    if (r.secretId)
        s->bind(5, *r.secretId);
    else
        s->bindNull(5);
    return s->run();
}

Result<void> VaultTables::updateAccountMac(std::int64_t id, ByteView mac)
{
    auto s = m_db.prepare("UPDATE accounts SET mac = ?2 WHERE id = ?1");
    if (!s)
        return s.error();
    return s->bind(1, id).bind(2, mac).run();
}

Result<bool> VaultTables::setLabel(const Address& address, std::string_view label)
{
    auto s = m_db.prepare("UPDATE accounts SET label = ?2 WHERE address = ?1");
    if (!s)
        return s.error();
    if (auto ok = s->bind(1, ByteView(address.bytes)).bind(2, label).run(); !ok)
        return ok.error();
    return m_db.changes() > 0;
}

Result<bool> VaultTables::setHidden(const Address& address, bool hidden)
{
    auto s = m_db.prepare("UPDATE accounts SET hidden = ?2 WHERE address = ?1");
    if (!s)
        return s.error();
    if (auto ok = s->bind(1, ByteView(address.bytes)).bind(2, std::int64_t{hidden ? 1 : 0}).run(); !ok)
        return ok.error();
    return m_db.changes() > 0;
}

} // namespace plinth
