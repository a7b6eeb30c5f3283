// The key vault (wallet/vault/Vault.h): creation, restore, accounts, signing, passwords, lock and
// auto-lock. Damaged files are in tst_vault_corruption.cpp, crashes in tst_vault_crash.cpp.
#include "tst_vault_support.h"
#include "wallet/codec/Hex.h"
#include "wallet/crypto/Bip39.h"
#include "wallet/eth/Eip191.h"
#include "wallet/vault/Keystore.h"
#include "wallet/vault/Vault.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <thread>

using namespace plinth;
using namespace std::chrono_literals;

namespace {

const char* const kPassword = "correct horse battery staple";

QJsonArray hdVectors() { return test::readVectors(QStringLiteral("ethers-vectors.json")).value(QStringLiteral("hd")).toArray(); }

SecureString mnemonicOf(const QJsonObject& v) { return SecureString(v.value(QStringLiteral("mnemonic")).toString().toStdString()); }

SecureString passphraseOf(const QJsonObject& v)
{
    return SecureString(v.value(QStringLiteral("passphrase")).toString().toStdString());
}

Address addressOf(const QString& text)
{
    auto a = parseAddress(text.toStdString());
    return a ? *a : Address{};
}

SecureBytes keyOf(const QString& hex)
{
    auto b = fromHex(hex.toStdString());
    return b ? SecureBytes(*b) : SecureBytes();
}

QString keyHex(Vault& vault, const Address& address)
{
    QString out;
    auto ok = vault.withPrivateKey(address, [&](const SecureBytes& key) -> Result<void> {
        out = QString::fromStdString(toHex(key.view()));
        return {};
    });
    return ok ? out : QString::fromStdString("error: " + ok.error().message);
}

std::int64_t sqlInteger(const QString& file, const char* sql)
{
    sqlite3* db = nullptr;
    std::int64_t value = -1;
    if (sqlite3_open_v2(file.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* s = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
            value = sqlite3_column_int64(s, 0);
        sqlite3_finalize(s);
    }
    sqlite3_close(db);
    return value;
}

QList<QByteArray> sqlBlobs(const QString& file, const char* sql)
{
    QList<QByteArray> out;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(file.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* s = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) == SQLITE_OK)
            while (sqlite3_step(s) == SQLITE_ROW)
                out.append(QByteArray(static_cast<const char*>(sqlite3_column_blob(s, 0)), sqlite3_column_bytes(s, 0)));
        sqlite3_finalize(s);
    }
    sqlite3_close(db);
    return out;
}

} // namespace

class TestVault : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_root;
    int m_count = 0;

    QString newDir() { return m_root.filePath(QStringLiteral("dir%1").arg(++m_count)); }
    QString vaultFile(const QString& dir) { return QString::fromStdString(Vault::filePath(test::toPath(dir)).string()); }

    std::unique_ptr<Vault> makeVault(const QString& dir, VaultOptions options = test::fastOptions())
    {
        const QJsonObject v = hdVectors().at(1).toObject();
        auto vault = Vault::create(test::toPath(dir), SecureString(kPassword), mnemonicOf(v), passphraseOf(v), std::move(options));
        if (!vault)
            qWarning("create failed: %s", vault.error().message.c_str());
        return vault ? std::move(*vault) : nullptr;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_root.isValid()); }

    // The one test at the real KDF cost: keystore v3's default, n=2^18, r=8, p=1.
    void defaultCostCreateAndUnlock()
    {
        const QString dir = newDir();
        QElapsedTimer timer;
        timer.start();
        auto vault = makeVault(dir, VaultOptions{});
        QVERIFY(vault);
        const qint64 createMs = timer.restart();
        vault->lock();
        QVERIFY(!vault->isUnlocked());
        QVERIFY(vault->unlock(SecureString(kPassword)));
        const qint64 unlockMs = timer.elapsed();
        QVERIFY(vault->isUnlocked());
        qInfo("default cost: create %lld ms, unlock %lld ms", createMs, unlockMs);
        QCOMPARE(sqlInteger(vaultFile(dir), "SELECT n FROM password"), 262144);
        QCOMPARE(sqlInteger(vaultFile(dir), "SELECT r FROM password"), 8);
        QCOMPARE(sqlInteger(vaultFile(dir), "SELECT p FROM password"), 1);
    }

    void restoreMatchesVectors_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        const QJsonArray all = hdVectors();
        QVERIFY(all.size() >= 10);
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(qPrintable(QString::number(i))) << all.at(i).toObject();
    }

    void restoreMatchesVectors()
    {
        QFETCH(QJsonObject, vector);
        const QString dir = newDir();
        auto vault = Vault::create(test::toPath(dir), SecureString(kPassword), mnemonicOf(vector), passphraseOf(vector),
                                   test::fastOptions());
        QVERIFY2(vault.has_value(), vault ? "" : vault.error().message.c_str());
        const QJsonArray derived = vector.value(QStringLiteral("derived")).toArray();
        auto accounts = (*vault)->accounts();
        QVERIFY(accounts && accounts->size() == 1);
        QCOMPARE(accounts->front().path, std::string("m/44'/60'/0'/0/0"));
        for (const QJsonValue d : derived) {
            const QJsonObject o = d.toObject();
            const Address expected = addressOf(o.value(QStringLiteral("address")).toString());
            const std::string pathText = o.value(QStringLiteral("path")).toString().toStdString();
            if (pathText != "m/44'/60'/0'/0/0") {
                auto path = parseDerivationPath(pathText);
                QVERIFY(path);
                auto added = (*vault)->addDerivedAccount(*path);
                QVERIFY2(added.has_value(), added ? "" : added.error().message.c_str());
                QVERIFY(added->address == expected);
            }
            QCOMPARE(keyHex(**vault, expected), o.value(QStringLiteral("privateKey")).toString());
        }
    }

    void createRejectsBadMnemonics_data()
    {
        QTest::addColumn<QString>("mnemonic");
        QTest::addColumn<QString>("message");
        const QString good = hdVectors().at(1).toObject().value(QStringLiteral("mnemonic")).toString();
        QStringList words = good.split(QLatin1Char(' '));
        QStringList unknown = words;
        unknown[3] = QStringLiteral("plinthx");
        QTest::newRow("unknown word") << unknown.join(QLatin1Char(' ')) << QStringLiteral("word");
        QStringList swapped = words;
        std::swap(swapped[0], swapped[1]);
        if (swapped == words)
            swapped[0] = QStringLiteral("zoo");
        QTest::newRow("bad checksum") << swapped.join(QLatin1Char(' ')) << QStringLiteral("checksum");
    }

    void createRejectsBadMnemonics()
    {
        QFETCH(QString, mnemonic);
        QFETCH(QString, message);
        const QString dir = newDir();
        auto vault = Vault::create(test::toPath(dir), SecureString(kPassword), SecureString(mnemonic.toStdString()),
                                   SecureString(), test::fastOptions());
        QVERIFY(!vault);
        QCOMPARE(vault.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(QString::fromStdString(vault.error().message).contains(message), vault.error().message.c_str());
        QVERIFY(!Vault::exists(test::toPath(dir)));
        QVERIFY(!QDir(dir).exists() || QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
    }

    void createRefusesExistingVaultAndEmptyPassword()
    {
        const QString dir = newDir();
        QVERIFY(makeVault(dir));
        const QByteArray before = test::readFileBytes(vaultFile(dir));
        QVERIFY(!makeVault(dir));
        QCOMPARE(test::readFileBytes(vaultFile(dir)), before);
        auto empty = Vault::createWithoutSeed(test::toPath(newDir()), SecureString(""), test::fastOptions());
        QVERIFY(!empty);
        QCOMPARE(empty.error().code, ErrorCode::InvalidArgument);
    }

    void wrongPasswordChangesNothing()
    {
        const QString dir = newDir();
        QVERIFY(makeVault(dir));
        const QByteArray before = test::readFileBytes(vaultFile(dir));
        auto vault = Vault::open(test::toPath(dir), test::fastOptions());
        QVERIFY(vault);
        QVERIFY(!(*vault)->isUnlocked());
        auto bad = (*vault)->unlock(SecureString("Correct horse battery staple"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::WrongPassword);
        QVERIFY(!(*vault)->isUnlocked());
        QCOMPARE(test::readFileBytes(vaultFile(dir)), before);
        QVERIFY((*vault)->unlock(SecureString(kPassword)));
        QVERIFY((*vault)->isUnlocked());
    }

    void passwordsAreNormalised()
    {
        const QString dir = newDir();
        auto vault = Vault::createWithoutSeed(test::toPath(dir), SecureString("p\xc3\xa4ss"), test::fastOptions());
        QVERIFY(vault);
        (*vault)->lock();
        // "ä" as "a" + U+0308 COMBINING DIAERESIS unlocks what "ä" (U+00E4) locked.
        QVERIFY((*vault)->unlock(SecureString("pa\xcc\x88ss")));
    }

    void autoLockWithInjectedClock()
    {
        auto clock = std::make_shared<test::ManualClock>();
        VaultOptions options = test::fastOptions(clock);
        options.idleTimeout = 5min;
        const QString dir = newDir();
        auto vault = makeVault(dir, options);
        QVERIFY(vault && vault->isUnlocked());
        const Address first = vault->accounts()->front().address;
        const Hash32 hash = personalMessageHash(asBytes("hello"));

        clock->advance(4min + 59s);
        QVERIFY(vault->isUnlocked());
        QVERIFY(vault->signHash(first, hash)); // use restarts the idle timer
        clock->advance(4min + 59s);
        QVERIFY(vault->isUnlocked());
        vault->noteActivity();
        clock->advance(4min + 59s);
        QVERIFY(vault->isUnlocked());
        QVERIFY(!vault->lockIfIdle());
        clock->advance(1s);
        QVERIFY(!vault->isUnlocked());
        QVERIFY(vault->lockIfIdle());
        QVERIFY(!vault->lockIfIdle());
        auto locked = vault->signHash(first, hash);
        QVERIFY(!locked);
        QCOMPARE(locked.error().code, ErrorCode::Locked);

        // An expired timer also locks on the next call, without lockIfIdle.
        QVERIFY(vault->unlock(SecureString(kPassword)));
        clock->advance(6min);
        auto expired = vault->signHash(first, hash);
        QVERIFY(!expired);
        QCOMPARE(expired.error().code, ErrorCode::Locked);
        QVERIFY(!vault->isUnlocked());

        // Zero never locks by itself.
        vault->setIdleTimeout(0ms);
        QVERIFY(vault->unlock(SecureString(kPassword)));
        clock->advance(24h * 30);
        QVERIFY(vault->isUnlocked());
        QVERIFY(vault->signHash(first, hash));
    }

    void lockedVaultReadsButDoesNotSign()
    {
        const QString dir = newDir();
        QVERIFY(makeVault(dir));
        auto vault = Vault::open(test::toPath(dir), test::fastOptions());
        QVERIFY(vault);
        auto accounts = (*vault)->accounts();
        QVERIFY(accounts && accounts->size() == 1);
        const Address a = accounts->front().address;
        QVERIFY((*vault)->setLabel(a, "main"));
        QVERIFY((*vault)->setHidden(a, true));
        QCOMPARE((*vault)->account(a)->label, std::string("main"));
        QVERIFY((*vault)->account(a)->hidden);
        QCOMPARE((*vault)->signHash(a, Hash32{}).error().code, ErrorCode::Locked);
        QCOMPARE((*vault)->addDerivedAccount(std::nullopt).error().code, ErrorCode::Locked);
        QCOMPARE((*vault)->addWatchOnly(Address{}).error().code, ErrorCode::Locked);
        QCOMPARE((*vault)->importPrivateKey(keyOf(QStringLiteral("1").rightJustified(64, QLatin1Char('0')))).error().code,
                 ErrorCode::Locked);
        QCOMPARE((*vault)->exportKeystore(a, SecureString("x"), test::kFastScrypt).error().code, ErrorCode::Locked);
    }

    void importedKeySignsLikeEthers()
    {
        const QJsonObject m = test::readVectors(QStringLiteral("ethers-vectors.json"))
                                  .value(QStringLiteral("messages")).toArray().at(0).toObject();
        const QString dir = newDir();
        auto vault = Vault::createWithoutSeed(test::toPath(dir), SecureString(kPassword), test::fastOptions());
        QVERIFY(vault);
        QCOMPARE((*vault)->hasSeed().value(), false);
        auto account = (*vault)->importPrivateKey(keyOf(m.value(QStringLiteral("privateKey")).toString()), "imported");
        QVERIFY(account);
        QVERIFY(account->address == addressOf(m.value(QStringLiteral("address")).toString()));
        QCOMPARE(account->kind, AccountKind::Imported);
        const QByteArray message = m.value(QStringLiteral("message")).toString().toUtf8();
        auto signature = (*vault)->signHash(account->address,
                                            personalMessageHash(asBytes(std::string_view(message.constData(), message.size()))));
        QVERIFY(signature);
        QCOMPARE(QString::fromStdString(signatureToHex(*signature)), m.value(QStringLiteral("signature")).toString());
        // Reopened and unlocked, it still signs the same.
        vault->reset();
        auto again = Vault::open(test::toPath(dir), test::fastOptions());
        QVERIFY(again && (*again)->unlock(SecureString(kPassword)));
        QCOMPARE(keyHex(**again, account->address), m.value(QStringLiteral("privateKey")).toString());
    }

    void importKeystoreIntoVault()
    {
        const QJsonObject v = test::readVectors(QStringLiteral("keystore-vectors.json"))
                                  .value(QStringLiteral("keystores")).toArray().at(2).toObject();
        const QByteArray json = QJsonDocument(v.value(QStringLiteral("json")).toObject()).toJson();
        const QString dir = newDir();
        auto vault = makeVault(dir);
        QVERIFY(vault);
        const QByteArray before = test::readFileBytes(vaultFile(dir));
        auto wrong = vault->importKeystore(json.toStdString(), SecureString("wrong"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::WrongPassword);
        QCOMPARE(test::readFileBytes(vaultFile(dir)), before);
        auto account = vault->importKeystore(json.toStdString(),
                                             SecureString(v.value(QStringLiteral("password")).toString().toStdString()));
        QVERIFY2(account.has_value(), account ? "" : account.error().message.c_str());
        QVERIFY(account->address == addressOf(v.value(QStringLiteral("address")).toString()));
        QCOMPARE(keyHex(*vault, account->address), v.value(QStringLiteral("privateKey")).toString());
    }

    void watchOnlyHasNoKey()
    {
        auto vault = makeVault(newDir());
        QVERIFY(vault);
        const Address watched = addressOf(QStringLiteral("0x317D19d2fB9942196BcB5F27Ba77f247c4E01dC9"));
        auto account = vault->addWatchOnly(watched, "cold");
        QVERIFY(account);
        QCOMPARE(account->kind, AccountKind::WatchOnly);
        QCOMPARE(vault->signHash(watched, Hash32{}).error().code, ErrorCode::InvalidArgument);
        QVERIFY(!vault->exportKeystore(watched, SecureString("x"), test::kFastScrypt));
        QCOMPARE(vault->signHash(addressOf(QStringLiteral("0x0000000000000000000000000000000000000001")), Hash32{})
                     .error().code,
                 ErrorCode::NotFound);
    }

    void duplicatesAreRefused()
    {
        const QJsonObject v = hdVectors().at(1).toObject();
        const QJsonObject first = v.value(QStringLiteral("derived")).toArray().at(0).toObject();
        auto vault = makeVault(newDir());
        QVERIFY(vault);
        auto sameKey = vault->importPrivateKey(keyOf(first.value(QStringLiteral("privateKey")).toString()));
        QVERIFY(!sameKey);
        QVERIFY(QString::fromStdString(sameKey.error().message).contains(QStringLiteral("already in the vault")));
        QVERIFY(!vault->addWatchOnly(addressOf(first.value(QStringLiteral("address")).toString())));
        auto samePath = vault->addDerivedAccount(defaultEthereumPath(0));
        QVERIFY(!samePath);
        QCOMPARE(samePath.error().code, ErrorCode::InvalidArgument);
        QVERIFY(!vault->importPrivateKey(SecureBytes(32))); // zero is not a key
    }

    void nextDerivedIndex()
    {
        auto vault = makeVault(newDir());
        QVERIFY(vault);
        QCOMPARE(vault->addDerivedAccount(std::nullopt)->path, std::string("m/44'/60'/0'/0/1"));
        QCOMPARE(vault->addDerivedAccount(defaultEthereumPath(3))->path, std::string("m/44'/60'/0'/0/3"));
        QCOMPARE(vault->addDerivedAccount(std::nullopt, "two")->path, std::string("m/44'/60'/0'/0/2"));
        QCOMPARE(vault->addDerivedAccount(std::nullopt)->path, std::string("m/44'/60'/0'/0/4"));
        QCOMPARE(vault->accounts()->size(), std::size_t{5});
    }

    void labelsAndHiddenPersist()
    {
        const QString dir = newDir();
        Address a;
        {
            auto vault = makeVault(dir);
            QVERIFY(vault);
            a = vault->accounts()->front().address;
            QVERIFY(vault->setLabel(a, "Spending \xe2\x82\xac"));
            QVERIFY(vault->setHidden(a, true));
            QCOMPARE(vault->setLabel(Address{}, "x").error().code, ErrorCode::NotFound);
            QCOMPARE(vault->setLabel(a, "bad\nlabel").error().code, ErrorCode::InvalidArgument);
        }
        auto vault = Vault::open(test::toPath(dir), test::fastOptions());
        QVERIFY(vault);
        QCOMPARE((*vault)->account(a)->label, std::string("Spending \xe2\x82\xac"));
        QVERIFY((*vault)->account(a)->hidden);
        QVERIFY((*vault)->setHidden(a, false));
        QVERIFY(!(*vault)->account(a)->hidden);
        // Cosmetic fields are not authenticated, so changing them while locked leaves the vault valid.
        QVERIFY((*vault)->unlock(SecureString(kPassword)));
    }

    void vaultWithoutSeed()
    {
        auto vault = Vault::createWithoutSeed(test::toPath(newDir()), SecureString(kPassword), test::fastOptions());
        QVERIFY(vault);
        QCOMPARE((*vault)->addDerivedAccount(std::nullopt).error().code, ErrorCode::Unsupported);
        QCOMPARE((*vault)->revealMnemonic(SecureString(kPassword)).error().code, ErrorCode::Unsupported);
        QVERIFY((*vault)->accounts()->empty());
    }

    void changePassword()
    {
        const QString dir = newDir();
        auto a = makeVault(dir);
        QVERIFY(a);
        const Address derived = a->accounts()->front().address;
        auto imported = a->importPrivateKey(keyOf(QStringLiteral("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")));
        QVERIFY(imported);
        QVERIFY(a->addWatchOnly(addressOf(QStringLiteral("0x317D19d2fB9942196BcB5F27Ba77f247c4E01dC9"))));
        const QString derivedKey = keyHex(*a, derived);
        const QString importedKey = keyHex(*a, imported->address);
        auto b = Vault::open(test::toPath(dir), test::fastOptions());
        QVERIFY(b && (*b)->unlock(SecureString(kPassword)));

        const QByteArray before = test::readFileBytes(vaultFile(dir));
        auto wrong = a->changePassword(SecureString("nope"), SecureString("new password"));
        QCOMPARE(wrong.error().code, ErrorCode::WrongPassword);
        QCOMPARE(a->changePassword(SecureString(kPassword), SecureString("")).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(test::readFileBytes(vaultFile(dir)), before);

        const QList<QByteArray> oldSealed = sqlBlobs(vaultFile(dir), "SELECT sealed FROM secrets");
        QCOMPARE(oldSealed.size(), 2);
        QVERIFY(a->changePassword(SecureString(kPassword), SecureString("new password")));
        QVERIFY(a->isUnlocked());
        QCOMPARE(keyHex(*a, derived), derivedKey);
        QCOMPARE(keyHex(*a, imported->address), importedKey);
        // The other instance holds keys for the old password: it must notice and lock.
        auto stale = (*b)->signHash(derived, Hash32{});
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, ErrorCode::Locked);
        QCOMPARE((*b)->unlock(SecureString(kPassword)).error().code, ErrorCode::WrongPassword);
        QVERIFY((*b)->unlock(SecureString("new password")));
        QCOMPARE(keyHex(**b, imported->address), importedKey);
        // secure_delete: no old ciphertext survives anywhere in the file.
        const QByteArray after = test::readFileBytes(vaultFile(dir));
        for (const QByteArray& sealed : oldSealed)
            QVERIFY(!after.contains(sealed));
    }

    void revealMnemonicNeedsThePassword()
    {
        const QJsonObject v = hdVectors().at(0).toObject(); // with passphrase "TREZOR"
        auto vault = Vault::create(test::toPath(newDir()), SecureString(kPassword), mnemonicOf(v), passphraseOf(v),
                                   test::fastOptions());
        QVERIFY(vault);
        QCOMPARE((*vault)->revealMnemonic(SecureString("guess")).error().code, ErrorCode::WrongPassword);
        auto phrase = (*vault)->revealMnemonic(SecureString(kPassword));
        QVERIFY(phrase);
        QCOMPARE(QString::fromUtf8(phrase->view().data(), qsizetype(phrase->size())),
                 v.value(QStringLiteral("mnemonic")).toString());
    }

    void exportedKeystoreDecrypts()
    {
        auto vault = makeVault(newDir());
        QVERIFY(vault);
        const Address a = vault->accounts()->front().address;
        auto json = vault->exportKeystore(a, SecureString("export pw"), test::kFastScrypt);
        QVERIFY(json);
        auto key = decryptKeystore(*json, SecureString("export pw"));
        QVERIFY(key);
        QVERIFY(key->address == a);
        QCOMPARE(QString::fromStdString(toHex(key->privateKey.view())), keyHex(*vault, a));
    }

    void secretsAreNeverInTheClear()
    {
        const QJsonObject v = hdVectors().at(0).toObject();
        const QString dir = newDir();
        auto vault = Vault::create(test::toPath(dir), SecureString(kPassword), mnemonicOf(v), passphraseOf(v),
                                   test::fastOptions());
        QVERIFY(vault);
        const QString keyText = QStringLiteral("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318");
        QVERIFY((*vault)->importPrivateKey(keyOf(keyText)));
        QVERIFY((*vault)->addDerivedAccount(std::nullopt));
        const QByteArray file = test::readFileBytes(vaultFile(dir));
        QVERIFY(file.size() > 1000);
        QList<QByteArray> secrets;
        secrets << QByteArray::fromHex(v.value(QStringLiteral("entropy")).toString().mid(2).toLatin1())
                << QByteArray::fromHex(keyText.mid(2).toLatin1()) << keyText.mid(2).toLatin1()
                << v.value(QStringLiteral("mnemonic")).toString().toUtf8()
                << v.value(QStringLiteral("mnemonic")).toString().split(QLatin1Char(' ')).mid(0, 3).join(QLatin1Char(' ')).toUtf8()
                << QByteArray("TREZOR") << QByteArray(kPassword);
        for (const QJsonValue d : v.value(QStringLiteral("derived")).toArray())
            secrets << QByteArray::fromHex(d.toObject().value(QStringLiteral("privateKey")).toString().mid(2).toLatin1());
        for (const QByteArray& s : secrets)
            QVERIFY2(!file.contains(s), s.toHex().constData());
    }

    void usableFromWorkerThreads()
    {
        const QString dir = newDir();
        QVERIFY(makeVault(dir));
        auto vault = Vault::open(test::toPath(dir), test::fastOptions());
        QVERIFY(vault);
        Result<void> unlocked = makeError(ErrorCode::Internal, "not run");
        std::thread worker([&] { unlocked = (*vault)->unlock(SecureString(kPassword)); });
        worker.join();
        QVERIFY(unlocked);
        const Address a = (*vault)->accounts()->front().address;
        std::vector<Result<RecoverableSignature>> results;
        results.reserve(4);
        for (int i = 0; i < 4; ++i)
            results.emplace_back(makeError(ErrorCode::Internal, "not run"));
        std::vector<std::thread> signers;
        for (int i = 0; i < 4; ++i)
            signers.emplace_back([&, i] { results[i] = (*vault)->signHash(a, Hash32{static_cast<std::uint8_t>(i + 1)}); });
        for (auto& t : signers)
            t.join();
        for (const auto& r : results)
            QVERIFY(r.has_value());
    }

    void newerFormatIsRefusedUntouched()
    {
        const QString dir = newDir();
        QVERIFY(makeVault(dir));
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(vaultFile(dir).toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "PRAGMA user_version=99", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        const QByteArray before = test::readFileBytes(vaultFile(dir));
        auto vault = Vault::open(test::toPath(dir), test::fastOptions());
        QVERIFY(!vault);
        QCOMPARE(vault.error().code, ErrorCode::Unsupported);
        QCOMPARE(test::readFileBytes(vaultFile(dir)), before);
    }

    void missingVault()
    {
        auto vault = Vault::open(test::toPath(newDir()), test::fastOptions());
        QVERIFY(!vault);
        QCOMPARE(vault.error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
