// Damaged and tampered vault files (wallet/vault/Vault.h): each is reported with a clear error, and
// the file is left byte for byte as it was.
#include "tst_vault_support.h"
#include "wallet/codec/Hex.h"
#include "wallet/vault/Vault.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace plinth;

namespace {

const char* const kPassword = "a vault password";

bool runSql(const QString& file, const char* sql)
{
    sqlite3* db = nullptr;
    bool ok = sqlite3_open_v2(file.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK
        && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

// What opening and unlocking gives: the first error, or none.
std::optional<Error> openAndUnlock(const QString& dir)
{
    auto vault = Vault::open(test::toPath(dir), test::fastOptions());
    if (!vault)
        return vault.error();
    if (auto ok = (*vault)->unlock(SecureString(kPassword)); !ok)
        return ok.error();
    return std::nullopt;
}

} // namespace

class TestVaultCorruption : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_root;
    int m_count = 0;

    QString file(const QString& dir) { return QString::fromStdString(Vault::filePath(test::toPath(dir)).string()); }

    // A vault with a seed, two imported keys and a watch-only address.
    QString makeVault()
    {
        const QString dir = m_root.filePath(QStringLiteral("v%1").arg(++m_count));
        const QJsonObject v = test::readVectors(QStringLiteral("ethers-vectors.json"))
                                  .value(QStringLiteral("hd")).toArray().at(2).toObject();
        auto vault = Vault::create(test::toPath(dir), SecureString(kPassword),
                                   SecureString(v.value(QStringLiteral("mnemonic")).toString().toStdString()),
                                   SecureString(), test::fastOptions());
        if (!vault)
            return {};
        for (const char* hex : {"4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318",
                                "21368bf52cafe3263ef91dbd4944742bcc36a2a395fd913c0f57d693fb43e9a0"}) {
            auto bytes = fromHex(hex);
            if (!bytes || !(*vault)->importPrivateKey(SecureBytes(*bytes)))
                return {};
        }
        auto watched = parseAddress("0x317D19d2fB9942196BcB5F27Ba77f247c4E01dC9");
        if (!watched || !(*vault)->addWatchOnly(*watched))
            return {};
        return dir;
    }

    // Damages the file with `damage`, then checks that opening+unlocking fails with `code` and a message
    // containing `words`, and that the file is unchanged by the attempt.
    void expectRefused(const QString& dir, ErrorCode code, const QString& words)
    {
        const QByteArray before = test::readFileBytes(file(dir));
        const auto error = openAndUnlock(dir);
        QVERIFY2(error.has_value(), "a damaged vault opened");
        qInfo("%s", error->message.c_str());
        QCOMPARE(int(error->code), int(code));
        QVERIFY2(QString::fromStdString(error->message).contains(words), error->message.c_str());
        QCOMPARE(test::readFileBytes(file(dir)), before);
        QVERIFY(!QFile::exists(file(dir) + QStringLiteral("-journal")));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_root.isValid()); }

    void intactVaultOpens()
    {
        const QString dir = makeVault();
        QVERIFY(!dir.isEmpty());
        QVERIFY(!openAndUnlock(dir).has_value());
    }

    void notAnSqliteFile()
    {
        const QString dir = makeVault();
        QByteArray garbage(8192, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 7919) & 0xff);
        QVERIFY(test::writeFileBytes(file(dir), garbage));
        expectRefused(dir, ErrorCode::Corrupt, QStringLiteral("not an SQLite database"));
    }

    void emptyFile()
    {
        const QString dir = makeVault();
        QVERIFY(test::writeFileBytes(file(dir), QByteArray()));
        expectRefused(dir, ErrorCode::Corrupt, QStringLiteral("truncated"));
    }

    void truncatedHeader()
    {
        const QString dir = makeVault();
        QVERIFY(test::writeFileBytes(file(dir), test::readFileBytes(file(dir)).left(60)));
        expectRefused(dir, ErrorCode::Corrupt, QStringLiteral("truncated"));
    }

    void truncatedFile()
    {
        const QString dir = makeVault();
        const QByteArray whole = test::readFileBytes(file(dir));
        QVERIFY(whole.size() >= 4 * 4096);
        QVERIFY(test::writeFileBytes(file(dir), whole.left(whole.size() - 4096)));
        expectRefused(dir, ErrorCode::Corrupt, QStringLiteral("truncated"));
    }

    void truncatedMidPage()
    {
        const QString dir = makeVault();
        const QByteArray whole = test::readFileBytes(file(dir));
        QVERIFY(test::writeFileBytes(file(dir), whole.left(whole.size() - 1000)));
        expectRefused(dir, ErrorCode::Corrupt, QStringLiteral("truncated"));
    }

    void foreignSqliteDatabase()
    {
        const QString dir = makeVault();
        QVERIFY(runSql(file(dir), "PRAGMA application_id=1234"));
        expectRefused(dir, ErrorCode::Corrupt, QStringLiteral("not a Plinth vault"));
    }

    void damagedBTreePage()
    {
        const QString dir = makeVault();
        QByteArray bytes = test::readFileBytes(file(dir));
        // Page 2's b-tree header: a page type SQLite does not know.
        bytes[4096] = char(0x77);
        bytes[4097] = char(0x77);
        QVERIFY(test::writeFileBytes(file(dir), bytes));
        expectRefused(dir, ErrorCode::Corrupt, QStringLiteral("damaged"));
    }

    void flippedCiphertextBit()
    {
        const QString dir = makeVault();
        QVERIFY(runSql(file(dir), "UPDATE secrets SET sealed = CAST(substr(sealed, 1, 20) || CASE WHEN "
                                  "substr(sealed, 21, 1) = x'ff' THEN x'fe' ELSE x'ff' END || substr(sealed, 22) AS BLOB) "
                                  "WHERE id = 2"));
        expectRefused(dir, ErrorCode::Corrupt, QStringLiteral("authentication"));
    }

    void swappedSecrets()
    {
        // Two imported keys' ciphertexts exchanged: each is valid under the key, but bound to its row.
        const QString dir = makeVault();
        QVERIFY(runSql(file(dir), "UPDATE secrets SET sealed = CASE id WHEN 2 THEN (SELECT sealed FROM secrets WHERE id = 3) "
                                  "ELSE (SELECT sealed FROM secrets WHERE id = 2) END WHERE id IN (2, 3)"));
        expectRefused(dir, ErrorCode::Corrupt, QStringLiteral("authentication"));
    }

    void redirectedAccountAddress()
    {
        // Someone rewrites a receiving address in the file: the account's MAC no longer matches.
        const QString dir = makeVault();
        QVERIFY(runSql(file(dir), "UPDATE accounts SET address = x'1111111111111111111111111111111111111111' WHERE id = 1"));
        expectRefused(dir, ErrorCode::Corrupt, QStringLiteral("authentication"));
    }

    void watchOnlyTurnedIntoKey()
    {
        const QString dir = makeVault();
        QVERIFY(runSql(file(dir), "UPDATE accounts SET path = 'm/0' WHERE kind = 'watch-only'"));
        expectRefused(dir, ErrorCode::Corrupt, QStringLiteral("authentication"));
    }

    void damagedPasswordRecord()
    {
        const QString dir = makeVault();
        QVERIFY(runSql(file(dir), "UPDATE password SET check_sealed = CAST(substr(check_sealed, 1, 14) || CASE WHEN "
                                  "substr(check_sealed, 15, 1) = x'00' THEN x'01' ELSE x'00' END || "
                                  "substr(check_sealed, 16) AS BLOB)"));
        // Not "wrong password": the record's checksum shows it is damaged.
        expectRefused(dir, ErrorCode::Corrupt, QStringLiteral("password record"));
    }

    void loweredKdfCost()
    {
        const QString dir = makeVault();
        QVERIFY(runSql(file(dir), "UPDATE password SET n = 2"));
        expectRefused(dir, ErrorCode::Corrupt, QStringLiteral("password record"));
    }

    void missingTable()
    {
        const QString dir = makeVault();
        QVERIFY(runSql(file(dir), "DROP TABLE accounts"));
        expectRefused(dir, ErrorCode::Corrupt, QStringLiteral("damaged"));
    }

    void orphanKey()
    {
        const QString dir = makeVault();
        QVERIFY(runSql(file(dir), "DELETE FROM accounts WHERE kind = 'imported' AND id = (SELECT max(id) FROM accounts "
                                  "WHERE kind = 'imported')"));
        expectRefused(dir, ErrorCode::Corrupt, QStringLiteral("damaged"));
    }
};

QTEST_GUILESS_MAIN(TestVaultCorruption)
#include "tst_vault_corruption.moc"
