// plinth-cli's wallet commands given bad input: each case fails with a clear error, with --json and
// without, and leaves every file in the data dir exactly as it was. Nothing printed holds a secret.
#include "tst_cli_wallet_support.h"
#include "tst_vault_support.h"
#include "wallet/codec/Hex.h"
#include "wallet/vault/Vault.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace plinth;

namespace {

const QByteArray kVaultPassword = "errors vault password";
const QString kKey = QStringLiteral("0x21368bf52cafe3263ef91dbd4944742bcc36a2a395fd913c0f57d693fb43e9a0");
const QString kKeyAddress = QStringLiteral("0xA2d6D2D56322a9C9Fb8227d6E57466850f15FD5d");
const QString kWatched = QStringLiteral("0x317D19d2fB9942196BcB5F27Ba77f247c4E01dC9");

enum class Setup { Empty, KeyVault, SeedVault };

struct Case {
    const char* name;
    Setup setup;
    QStringList args;         // after the command words; the data dir and password file are appended
    QByteArray stdinData;
    QString expected;         // part of the error message
    bool withPassword = true; // append --password-file
};

QJsonObject hdVector() { return test::readVectors(QStringLiteral("ethers-vectors.json")).value(QStringLiteral("hd")).toArray().at(1).toObject(); }

} // namespace

class TestCliWalletErrors : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_root;
    test::CliRecorder m_cli;
    int m_count = 0;
    QString m_password;
    QString m_wrongPassword;
    QMap<QString, QString> m_files; // name -> path of the prepared input files

    QString file(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_root.filePath(name);
        test::writeFileBytes(path, bytes);
        m_files.insert(name, path);
        return path;
    }

    QString prepare(Setup setup)
    {
        const QString dir = m_root.filePath(QStringLiteral("case%1").arg(++m_count));
        QDir().mkpath(dir);
        const SecureString password(kVaultPassword.toStdString());
        if (setup == Setup::KeyVault) {
            auto vault = Vault::createWithoutSeed(test::toPath(dir), password, test::fastOptions());
            if (!vault || !(*vault)->importPrivateKey(SecureBytes(*fromHex(kKey.toStdString())))
                || !(*vault)->addWatchOnly(*parseAddress(kWatched.toStdString())))
                return {};
        } else if (setup == Setup::SeedVault) {
            auto vault = Vault::create(test::toPath(dir), password,
                                       SecureString(hdVector().value(QStringLiteral("mnemonic")).toString().toStdString()),
                                       SecureString(), test::fastOptions());
            if (!vault)
                return {};
        }
        return dir;
    }

    static bool runSql(const QString& path, const char* sql)
    {
        sqlite3* db = nullptr;
        const bool ok = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK
            && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
        sqlite3_close(db);
        return ok;
    }

    QList<Case> cases()
    {
        const QString mnemonic = hdVector().value(QStringLiteral("mnemonic")).toString();
        QStringList words = mnemonic.split(QLatin1Char(' '));
        QStringList unknown = words;
        unknown[5] = QStringLiteral("plinthx");
        QStringList swapped = words;
        std::swap(swapped[0], swapped[1]);

        const QJsonObject typed = test::readVectors(QStringLiteral("ethers-vectors.json")).value(QStringLiteral("typed")).toArray().at(0).toObject();
        QJsonObject message = typed.value(QStringLiteral("message")).toObject();
        message.insert(QStringLiteral("kind"), QStringLiteral("hello"));
        QJsonObject data{{QStringLiteral("types"), typed.value(QStringLiteral("types"))}, {QStringLiteral("primaryType"), typed.value(QStringLiteral("primaryType"))},
                         {QStringLiteral("domain"), typed.value(QStringLiteral("domain"))}, {QStringLiteral("message"), message}};
        const QString badTyped = file(QStringLiteral("bad-typed.json"), QJsonDocument(data).toJson());

        const QByteArray tx = "{\"type\":\"0x2\",\"chainId\":\"0x7a69\",\"nonce\":\"0x0\",\"to\":\"" + kWatched.toUtf8()
            + "\",\"value\":\"0x1\",\"gas\":\"0x5208\",\"maxFeePerGas\":\"0x3b9aca00\",\"maxPriorityFeePerGas\":\"0x1\"}";
        const QString noNonce = file(QStringLiteral("tx-no-nonce.json"), QByteArray(tx).replace("\"nonce\":\"0x0\",", ""));
        const QString noGas = file(QStringLiteral("tx-no-gas.json"), QByteArray(tx).replace("\"gas\":\"0x5208\",", ""));
        const QString badValue = file(QStringLiteral("tx-bad-value.json"), QByteArray(tx).replace("\"0x1\",\"gas\"", "\"12abc\",\"gas\""));
        const QString otherFrom = file(QStringLiteral("tx-other-from.json"), QByteArray(tx).replace("{", "{\"from\":\"" + kWatched.toUtf8() + "\","));

        const QJsonObject ks = test::readVectors(QStringLiteral("keystore-vectors.json")).value(QStringLiteral("keystores")).toArray().at(1).toObject();
        QByteArray keystore = QJsonDocument(ks.value(QStringLiteral("json")).toObject()).toJson(QJsonDocument::Compact);
        const QByteArray mac = ks.value(QStringLiteral("json")).toObject().value(QStringLiteral("Crypto")).toObject().value(QStringLiteral("mac")).toString().toUtf8();
        QByteArray flipped = mac;
        flipped[0] = flipped[0] == 'a' ? 'b' : 'a';
        const QString badMac = file(QStringLiteral("bad-mac.json"), QByteArray(keystore).replace(mac, flipped));
        const QString badKdf = file(QStringLiteral("bad-kdf.json"), QByteArray(keystore).replace("\"scrypt\"", "\"bcrypt\""));
        const QString emptyPassword = file(QStringLiteral("empty-password"), "\n");
        QString badChecksum = kWatched;
        for (qsizetype i = badChecksum.size() - 1; i > 1; --i) {
            if (badChecksum[i].isLetter()) { // one letter's case flipped: still mixed case, checksum now wrong
                badChecksum[i] = badChecksum[i].isUpper() ? badChecksum[i].toLower() : badChecksum[i].toUpper();
                break;
            }
        }

        const QStringList ksOpt{QStringLiteral("--keystore-password-file"), emptyPassword};
        return {
            {"wrong password", Setup::KeyVault, {QStringLiteral("sign-message"), QStringLiteral("--from"), kKeyAddress, QStringLiteral("hi"), QStringLiteral("--password-file"), m_wrongPassword}, {}, QStringLiteral("wrong password"), false},
            {"unknown word", Setup::Empty, {QStringLiteral("wallet"), QStringLiteral("restore")}, unknown.join(QLatin1Char(' ')).toUtf8(), QStringLiteral("word")},
            {"bad checksum", Setup::Empty, {QStringLiteral("wallet"), QStringLiteral("restore")}, swapped.join(QLatin1Char(' ')).toUtf8(), QStringLiteral("checksum")},
            {"restore over a vault", Setup::SeedVault, {QStringLiteral("wallet"), QStringLiteral("restore")}, mnemonic.toUtf8(), QStringLiteral("already exists")},
            {"keystore bad MAC", Setup::KeyVault, QStringList{QStringLiteral("wallet"), QStringLiteral("import-keystore"), badMac} + ksOpt, {}, QStringLiteral("MAC")},
            {"keystore bad MAC, no vault", Setup::Empty, QStringList{QStringLiteral("wallet"), QStringLiteral("import-keystore"), badMac} + ksOpt, {}, QStringLiteral("MAC")},
            {"keystore unknown KDF", Setup::KeyVault, QStringList{QStringLiteral("wallet"), QStringLiteral("import-keystore"), badKdf} + ksOpt, {}, QStringLiteral("unknown KDF")},
            {"truncated vault", Setup::KeyVault, {QStringLiteral("accounts")}, {}, QStringLiteral("it was left as it is"), false},
            {"corrupted vault", Setup::KeyVault, {QStringLiteral("sign-message"), QStringLiteral("--from"), kKeyAddress, QStringLiteral("hi")}, {}, QStringLiteral("not an SQLite database")},
            {"tampered secret", Setup::KeyVault, {QStringLiteral("sign-message"), QStringLiteral("--from"), kKeyAddress, QStringLiteral("hi")}, {}, QStringLiteral("authentication")},
            {"invalid path", Setup::SeedVault, {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--path"), QStringLiteral("m/44'/60'/x")}, {}, QStringLiteral("invalid derivation path")},
            {"bad checksum watch", Setup::KeyVault, {QStringLiteral("wallet"), QStringLiteral("watch"), badChecksum}, {}, QStringLiteral("bad checksum")},
            {"bad checksum from", Setup::KeyVault, {QStringLiteral("sign-message"), QStringLiteral("--from"), badChecksum, QStringLiteral("hi")}, {}, QStringLiteral("bad checksum")},
            {"typed data mismatch", Setup::KeyVault, {QStringLiteral("sign-typed-data"), QStringLiteral("--from"), kKeyAddress, badTyped}, {}, QStringLiteral("invalid typed data")},
            {"tx missing nonce", Setup::KeyVault, {QStringLiteral("sign-tx"), QStringLiteral("--from"), kKeyAddress, noNonce}, {}, QStringLiteral("\"nonce\" is missing")},
            {"tx missing gas", Setup::KeyVault, {QStringLiteral("sign-tx"), QStringLiteral("--from"), kKeyAddress, noGas}, {}, QStringLiteral("\"gas\" is missing")},
            {"tx malformed value", Setup::KeyVault, {QStringLiteral("sign-tx"), QStringLiteral("--from"), kKeyAddress, badValue}, {}, QStringLiteral("\"value\"")},
            {"tx other from", Setup::KeyVault, {QStringLiteral("sign-tx"), QStringLiteral("--from"), kKeyAddress, otherFrom}, {}, QStringLiteral("\"from\"")},
            {"sign with watch-only", Setup::KeyVault, {QStringLiteral("sign-message"), QStringLiteral("--from"), kWatched, QStringLiteral("hi")}, {}, QStringLiteral("watch-only")},
            {"export over a file", Setup::KeyVault, {QStringLiteral("wallet"), QStringLiteral("export-keystore"), kKeyAddress, QStringLiteral("OUT")}, {}, QStringLiteral("already exists")},
            {"change password, wrong current", Setup::KeyVault, {QStringLiteral("wallet"), QStringLiteral("change-password"), QStringLiteral("--password-file"), m_wrongPassword, QStringLiteral("--new-password-file"), m_password}, {}, QStringLiteral("wrong password"), false},
            {"no terminal for the password", Setup::KeyVault, {QStringLiteral("sign-message"), QStringLiteral("--from"), kKeyAddress, QStringLiteral("hi")}, {}, QStringLiteral("no terminal"), false},
            {"import key, bad hex", Setup::KeyVault, {QStringLiteral("wallet"), QStringLiteral("import-key")}, kKey.toUtf8() + "zz", QStringLiteral("not valid hex")},
            {"import key, not a key", Setup::KeyVault, {QStringLiteral("wallet"), QStringLiteral("import-key")}, QByteArray(64, '0'), QStringLiteral("not a valid private key")},
            {"import key twice", Setup::KeyVault, {QStringLiteral("wallet"), QStringLiteral("import-key")}, kKey.toUtf8(), QStringLiteral("already in the vault")},
            {"no vault", Setup::Empty, {QStringLiteral("accounts")}, {}, QStringLiteral("there is no vault"), false},
            {"derive without a seed", Setup::KeyVault, {QStringLiteral("accounts"), QStringLiteral("add")}, {}, QStringLiteral("no recovery phrase")},
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        m_password = file(QStringLiteral("password"), kVaultPassword + "\n");
        m_wrongPassword = file(QStringLiteral("wrong-password"), "Errors vault password\n");
        m_cli.addKey(kKey);
        m_cli.addMnemonic(hdVector().value(QStringLiteral("mnemonic")).toString());
        for (const QJsonValue d : hdVector().value(QStringLiteral("derived")).toArray())
            m_cli.addKey(d.toObject().value(QStringLiteral("privateKey")).toString());
    }

    // The check below must be able to fail: it finds a key in any case and prefix, and three words of a
    // phrase even across a line break, but allows the phrase where the user asked to see it.
    void leakDetectorCatchesLeaks()
    {
        const QString key = kKey.mid(2);
        const QString phrase = hdVector().value(QStringLiteral("mnemonic")).toString();
        const QStringList words = phrase.split(QLatin1Char(' '));
        const auto leaks = [&](const QString& out, bool mayShowMnemonic) {
            test::CliRecorder r;
            r.addKey(kKey);
            r.addMnemonic(phrase);
            test::CliRun run;
            run.out = out;
            run.mayShowMnemonic = mayShowMnemonic;
            r.addRun(run);
            return !r.findLeak().isEmpty();
        };
        QVERIFY(leaks(QStringLiteral("key: ") + key.toUpper(), false));
        QVERIFY(leaks(QStringLiteral("0X") + key, true));
        QVERIFY(leaks(words.mid(4, 2).join(QLatin1Char(' ')) + QStringLiteral("\n  ") + words.at(6), false));
        QVERIFY(!leaks(phrase, true));
        QVERIFY(!leaks(words.mid(4, 2).join(QLatin1Char(' ')), false));
        QVERIFY(!leaks(QStringLiteral("nothing secret here"), false));
    }

    void badInput_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<bool>("json");
        const QList<Case> all = cases();
        for (int i = 0; i < all.size(); ++i)
            for (bool json : {false, true})
                QTest::newRow(qPrintable(QStringLiteral("%1%2").arg(QLatin1String(all[i].name), json ? QStringLiteral(" --json") : QString())))
                    << i << json;
    }

    void badInput()
    {
        QFETCH(int, index);
        QFETCH(bool, json);
        const Case c = cases().at(index);
        const QString dir = prepare(c.setup);
        QVERIFY(!dir.isEmpty());
        const QString vaultFile = dir + QStringLiteral("/vault.db");
        const QString name = QLatin1String(c.name);
        if (name == QLatin1String("truncated vault")) {
            const QByteArray whole = test::readFileBytes(vaultFile);
            QVERIFY(test::writeFileBytes(vaultFile, whole.left(whole.size() - 4096)));
        } else if (name == QLatin1String("corrupted vault")) {
            QByteArray bytes = test::readFileBytes(vaultFile);
            bytes.replace(0, 16, "SQLite format 2");
            QVERIFY(test::writeFileBytes(vaultFile, bytes));
        } else if (name == QLatin1String("tampered secret")) {
            QVERIFY(runSql(vaultFile, "UPDATE secrets SET sealed = CAST(substr(sealed, 1, 30) || CASE WHEN substr(sealed, 31, 1) = "
                                      "x'00' THEN x'01' ELSE x'00' END || substr(sealed, 32) AS BLOB)"));
        }
        QStringList args = c.args;
        if (name == QLatin1String("export over a file")) {
            args.replace(args.indexOf(QStringLiteral("OUT")), dir + QStringLiteral("/existing.json"));
            QVERIFY(test::writeFileBytes(dir + QStringLiteral("/existing.json"), "keep me"));
        }
        args << QStringLiteral("--datadir") << dir;
        if (c.withPassword)
            args << QStringLiteral("--password-file") << m_password;
        if (json)
            args << QStringLiteral("--json");

        const auto before = test::snapshot(dir);
        const test::CliRun r = m_cli.run(args, c.stdinData);
        QVERIFY2(r.exitCode == 1 || r.exitCode == 2, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.out)));
        QString message = r.err;
        if (json) {
            const QJsonObject error = QJsonDocument::fromJson(r.err.toUtf8()).object().value(QStringLiteral("error")).toObject();
            QVERIFY2(!error.isEmpty(), qPrintable(r.err));
            message = error.value(QStringLiteral("message")).toString();
        } else {
            QVERIFY2(r.err.startsWith(QStringLiteral("plinth-cli: ")), qPrintable(r.err));
        }
        QVERIFY2(message.contains(c.expected), qPrintable(message));
        QVERIFY2(test::snapshot(dir) == before, "the data dir changed");
    }

    void noSecretsPrinted()
    {
        QVERIFY(m_cli.runs() >= 2 * cases().size());
        const QString leak = m_cli.findLeak();
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
    }
};

QTEST_GUILESS_MAIN(TestCliWalletErrors)
#include "tst_cli_wallet_errors.moc"
