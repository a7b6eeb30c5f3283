// Crash safety of the vault (wallet/vault/Vault.h): a child process changes the vault and is killed
// (_exit) just before its k-th file write, delete or truncate, for every k until the change completes.
// After each crash the vault must open and hold either the whole old state or the whole new one.
//
// The crash is injected by an SQLite VFS that wraps the default one and counts file operations; it is
// registered as the default VFS, so the vault's own SQLite calls go through it unchanged.
#include "tst_vault_support.h"
#include "wallet/codec/Hex.h"
#include "wallet/vault/Vault.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>

using namespace plinth;

namespace {

constexpr int kCrashExit = 77;
const char* const kOld = "old password";
const char* const kNew = "new password";

// Operations left before the crash; negative: never crash (the parent process).
int g_operationsLeft = -1;

void maybeCrash()
{
    if (g_operationsLeft < 0)
        return;
    if (g_operationsLeft-- == 0)
        ::_exit(kCrashExit);
}

sqlite3_vfs* g_real = nullptr;
sqlite3_vfs g_crashVfs;

struct CrashFile {
    sqlite3_file base;
    sqlite3_file* real;
};

sqlite3_file* realOf(sqlite3_file* f) { return reinterpret_cast<CrashFile*>(f)->real; }

int xClose(sqlite3_file* f) { return realOf(f)->pMethods->xClose(realOf(f)); }
int xRead(sqlite3_file* f, void* p, int n, sqlite3_int64 o) { return realOf(f)->pMethods->xRead(realOf(f), p, n, o); }
int xWrite(sqlite3_file* f, const void* p, int n, sqlite3_int64 o)
{
    maybeCrash();
    return realOf(f)->pMethods->xWrite(realOf(f), p, n, o);
}
int xTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    maybeCrash();
    return realOf(f)->pMethods->xTruncate(realOf(f), size);
}
int xSync(sqlite3_file* f, int flags) { return realOf(f)->pMethods->xSync(realOf(f), flags); }
int xFileSize(sqlite3_file* f, sqlite3_int64* size) { return realOf(f)->pMethods->xFileSize(realOf(f), size); }
int xLock(sqlite3_file* f, int l) { return realOf(f)->pMethods->xLock(realOf(f), l); }
int xUnlock(sqlite3_file* f, int l) { return realOf(f)->pMethods->xUnlock(realOf(f), l); }
int xCheckReservedLock(sqlite3_file* f, int* out) { return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out); }
int xFileControl(sqlite3_file* f, int op, void* arg) { return realOf(f)->pMethods->xFileControl(realOf(f), op, arg); }
int xSectorSize(sqlite3_file* f) { return realOf(f)->pMethods->xSectorSize(realOf(f)); }
int xDeviceCharacteristics(sqlite3_file* f) { return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f)); }

// Version 1 methods: no shared memory (the vault uses a rollback journal, never WAL) and no mmap.
const sqlite3_io_methods kMethods = {1,     xClose,   xRead,       xWrite,        xTruncate, xSync,
                                     xFileSize, xLock, xUnlock, xCheckReservedLock, xFileControl, xSectorSize,
                                     xDeviceCharacteristics, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr};

int xOpen(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* crash = reinterpret_cast<CrashFile*>(file);
    crash->base.pMethods = nullptr;
    crash->real = reinterpret_cast<sqlite3_file*>(crash + 1);
    const int rc = g_real->xOpen(g_real, name, crash->real, flags, outFlags);
    if (crash->real->pMethods)
        crash->base.pMethods = &kMethods;
    return rc;
}

int xDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    maybeCrash(); // deleting the journal is the moment a transaction commits
    return g_real->xDelete(g_real, name, syncDir);
}

void installCrashVfs()
{
    g_real = sqlite3_vfs_find(nullptr);
    std::memcpy(&g_crashVfs, g_real, sizeof g_crashVfs);
    g_crashVfs.iVersion = g_real->iVersion;
    g_crashVfs.szOsFile = static_cast<int>(sizeof(CrashFile)) + g_real->szOsFile;
    g_crashVfs.zName = "plinth-crash";
    g_crashVfs.pNext = nullptr;
    g_crashVfs.xOpen = xOpen;
    g_crashVfs.xDelete = xDelete;
    sqlite3_vfs_register(&g_crashVfs, 1);
}

// Runs `change` in a child that crashes before its k-th operation. Returns true if the child crashed,
// false if the change completed; fails the test on any other outcome.
template <class Change>
bool runChild(int k, Change change)
{
    const pid_t pid = ::fork();
    if (pid == 0) {
        g_operationsLeft = k;
        const bool ok = change();
        ::_exit(ok ? 0 : 1);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (!WIFEXITED(status))
        qFatal("child died by a signal");
    if (WEXITSTATUS(status) == 1)
        qFatal("the change failed in the child at k=%d", k);
    return WEXITSTATUS(status) == kCrashExit;
}

bool copyFile(const QString& from, const QString& to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}

} // namespace

class TestVaultCrash : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_root;
    QString m_template; // a vault with the old password, a seed, an imported key and a watch-only address
    QString m_importedKey;
    Address m_imported;
    Address m_derived;

    QString file(const QString& dir) { return QString::fromStdString(Vault::filePath(test::toPath(dir)).string()); }

    QString freshCopy(int k)
    {
        const QString dir = m_root.filePath(QStringLiteral("crash%1").arg(k));
        QDir().mkpath(dir);
        QFile::remove(file(dir) + QStringLiteral("-journal"));
        return copyFile(file(m_template), file(dir)) ? dir : QString();
    }

    QString keyHex(Vault& vault, const Address& a)
    {
        QString out;
        auto ok = vault.withPrivateKey(a, [&](const SecureBytes& key) -> Result<void> {
            out = QString::fromStdString(toHex(key.view()));
            return {};
        });
        return ok ? out : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        installCrashVfs();
        m_template = m_root.filePath(QStringLiteral("template"));
        const QJsonObject v = test::readVectors(QStringLiteral("ethers-vectors.json"))
                                  .value(QStringLiteral("hd")).toArray().at(1).toObject();
        auto vault = Vault::create(test::toPath(m_template), SecureString(kOld),
                                   SecureString(v.value(QStringLiteral("mnemonic")).toString().toStdString()),
                                   SecureString(), test::fastOptions());
        QVERIFY(vault);
        m_importedKey = QStringLiteral("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318");
        auto imported = (*vault)->importPrivateKey(SecureBytes(*fromHex(m_importedKey.toStdString())));
        QVERIFY(imported);
        m_imported = imported->address;
        m_derived = (*vault)->accounts()->front().address;
        QVERIFY((*vault)->addWatchOnly(*parseAddress("0x317D19d2fB9942196BcB5F27Ba77f247c4E01dC9")));
    }

    void crashDuringPasswordChange()
    {
        int crashes = 0;
        bool completed = false;
        for (int k = 0; k < 500 && !completed; ++k) {
            const QString dir = freshCopy(k);
            QVERIFY(!dir.isEmpty());
            completed = !runChild(k, [&] {
                auto vault = Vault::open(test::toPath(dir), test::fastOptions());
                return vault && (*vault)->changePassword(SecureString(kOld), SecureString(kNew));
            });
            crashes += completed ? 0 : 1;

            auto vault = Vault::open(test::toPath(dir), test::fastOptions());
            QVERIFY2(vault.has_value(), vault ? "" : vault.error().message.c_str());
            const bool oldWorks = bool((*vault)->unlock(SecureString(kOld)));
            const bool newWorks = !oldWorks && bool((*vault)->unlock(SecureString(kNew)));
            QVERIFY2(oldWorks != newWorks, qPrintable(QStringLiteral("k=%1: neither or both passwords work").arg(k)));
            QVERIFY2(newWorks || !completed, "the completed change did not take");
            QCOMPARE(keyHex(**vault, m_imported), m_importedKey);
            QVERIFY(!keyHex(**vault, m_derived).isEmpty());
            QCOMPARE((*vault)->accounts()->size(), std::size_t{3});
        }
        QVERIFY(completed);
        qInfo("password change: %d crash points, every one left a vault that opens", crashes);
        QVERIFY(crashes > 3);
    }

    void crashDuringImport()
    {
        int crashes = 0;
        bool completed = false;
        auto key = fromHex("21368bf52cafe3263ef91dbd4944742bcc36a2a395fd913c0f57d693fb43e9a0");
        QVERIFY(key);
        for (int k = 0; k < 500 && !completed; ++k) {
            const QString dir = freshCopy(1000 + k);
            completed = !runChild(k, [&] {
                auto vault = Vault::open(test::toPath(dir), test::fastOptions());
                return vault && (*vault)->unlock(SecureString(kOld)) && (*vault)->importPrivateKey(SecureBytes(*key));
            });
            crashes += completed ? 0 : 1;
            auto vault = Vault::open(test::toPath(dir), test::fastOptions());
            QVERIFY(vault);
            QVERIFY((*vault)->unlock(SecureString(kOld)));
            const std::size_t count = (*vault)->accounts()->size();
            QVERIFY(count == 3 || count == 4);
            QVERIFY(count == 4 || !completed);
        }
        QVERIFY(completed);
        QVERIFY(crashes > 2);
    }

    void crashDuringCreate()
    {
        bool completed = false;
        for (int k = 0; k < 500 && !completed; ++k) {
            const QString dir = m_root.filePath(QStringLiteral("create%1").arg(k));
            completed = !runChild(k, [&] {
                return bool(Vault::createWithoutSeed(test::toPath(dir), SecureString(kOld), test::fastOptions()));
            });
            // Either no vault at all, or a whole one.
            if (Vault::exists(test::toPath(dir))) {
                auto vault = Vault::open(test::toPath(dir), test::fastOptions());
                QVERIFY2(vault.has_value(), vault ? "" : vault.error().message.c_str());
                QVERIFY((*vault)->unlock(SecureString(kOld)));
            } else {
                QVERIFY(!completed);
                // A new attempt succeeds even though a temporary file may be left over.
                QVERIFY(Vault::createWithoutSeed(test::toPath(dir), SecureString(kOld), test::fastOptions()));
            }
        }
        QVERIFY(completed);
    }
};

QTEST_GUILESS_MAIN(TestVaultCrash)
#include "tst_vault_crash.moc"
