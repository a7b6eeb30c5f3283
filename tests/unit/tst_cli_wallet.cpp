// plinth-cli's wallet, accounts and signing commands as a user runs them: the real binary, its output,
// its exit codes and the vault on disk. Bad input is in tst_cli_wallet_errors.cpp. Every output of this
// test is checked for leaked secrets at the end.
#include "tst_cli_wallet_support.h"
#include "tst_vault_support.h"
#include "wallet/codec/Hex.h"
#include "wallet/vault/Keystore.h"
#include "wallet/vault/Vault.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace plinth;

namespace {

const QByteArray kVaultPassword = "vault password 1";

QJsonObject ethers() { return test::readVectors(QStringLiteral("ethers-vectors.json")); }

QJsonObject parse(const QString& text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }

// A transaction vector in the JSON that sign-tx reads: eth_sendTransaction fields with hex quantities.
QByteArray transactionJson(const QJsonObject& v)
{
    QJsonObject o;
    const auto quantity = [&](const char* key) { return test::decimalToHexQuantity(v.value(QLatin1String(key)).toVariant().toString()); };
    o.insert(QStringLiteral("type"), quantity("type"));
    o.insert(QStringLiteral("chainId"), quantity("chainId"));
    o.insert(QStringLiteral("nonce"), quantity("nonce"));
    o.insert(QStringLiteral("from"), v.value(QStringLiteral("from")));
    if (!v.value(QStringLiteral("to")).isNull())
        o.insert(QStringLiteral("to"), v.value(QStringLiteral("to")));
    o.insert(QStringLiteral("value"), quantity("value"));
    o.insert(QStringLiteral("data"), v.value(QStringLiteral("data")));
    o.insert(QStringLiteral("gas"), quantity("gasLimit"));
    for (const char* fee : {"gasPrice", "maxFeePerGas", "maxPriorityFeePerGas"})
        if (v.contains(QLatin1String(fee)))
            o.insert(QLatin1String(fee), quantity(fee));
    if (v.contains(QStringLiteral("accessList")))
        o.insert(QStringLiteral("accessList"), v.value(QStringLiteral("accessList")));
    return QJsonDocument(o).toJson();
}

// Runs plinth-cli on a new pseudo-terminal (its controlling terminal), answering each prompt in turn
// with the next line of `answers`. Returns everything the terminal showed and the exit code.
struct TerminalRun {
    int exitCode = -1;
    QByteArray screen;
};

TerminalRun runOnTerminal(const QStringList& args, const QList<QByteArray>& answers)
{
    TerminalRun result;
    int master = -1;
    const pid_t pid = ::forkpty(&master, nullptr, nullptr, nullptr);
    if (pid < 0)
        return result;
    if (pid == 0) {
        ::unsetenv("PLINTH_PASSWORD");
        ::setenv("LANGUAGE", "en", 1);
        std::vector<QByteArray> storage{QByteArray(PLINTH_CLI_PATH)};
        for (const QString& a : args)
            storage.push_back(a.toUtf8());
        std::vector<char*> argv;
        for (QByteArray& a : storage)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        ::execv(PLINTH_CLI_PATH, argv.data());
        ::_exit(127);
    }
    qsizetype answered = 0;
    for (;;) {
        pollfd p{master, POLLIN, 0};
        if (::poll(&p, 1, 30000) <= 0)
            break;
        char buffer[4096];
        const ssize_t n = ::read(master, buffer, sizeof buffer);
        if (n <= 0)
            break; // EIO once the child has exited and closed the terminal
        result.screen.append(buffer, n);
        // A prompt ends with ": " and waits; answer it.
        if (answered < answers.size() && result.screen.endsWith(": ")) {
            const QByteArray line = answers.at(answered++) + "\n";
            (void)!::write(master, line.constData(), static_cast<std::size_t>(line.size()));
        }
    }
    ::close(master);
    int status = 0;
    ::waitpid(pid, &status, 0);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

} // namespace

class TestCliWallet : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_root;
    test::CliRecorder m_cli;
    int m_count = 0;
    QString m_passwordFile;

    QString newDir() { return m_root.filePath(QStringLiteral("d%1").arg(++m_count)); }
    QString writeTemp(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_root.filePath(name);
        return test::writeFileBytes(path, bytes) ? path : QString();
    }
    QStringList common(const QString& dir, bool json)
    {
        QStringList a{QStringLiteral("--datadir"), dir, QStringLiteral("--password-file"), m_passwordFile};
        if (json)
            a << QStringLiteral("--json");
        return a;
    }
    // A fast-KDF vault made through the core API (creating at the real cost every time would be slow).
    QString seedVault(const QString& mnemonic = {})
    {
        const QString dir = newDir();
        const SecureString password(kVaultPassword.toStdString());
        auto vault = mnemonic.isEmpty()
            ? Vault::createWithoutSeed(test::toPath(dir), password, test::fastOptions())
            : Vault::create(test::toPath(dir), password, SecureString(mnemonic.toStdString()), SecureString(),
                            test::fastOptions());
        return vault ? dir : QString();
    }
    QString vaultKey(const QString& dir, const QString& address)
    {
        auto vault = Vault::open(test::toPath(dir), test::fastOptions());
        if (!vault || !(*vault)->unlock(SecureString(kVaultPassword.toStdString())))
            return QStringLiteral("cannot open");
        QString out;
        auto ok = (*vault)->withPrivateKey(*parseAddress(address.toStdString()), [&](const SecureBytes& k) -> Result<void> {
            out = QString::fromStdString(toHex(k.view(), false));
            return {};
        });
        return ok ? out : QString::fromStdString(ok.error().message);
    }
    QString importKey(const QString& dir, const QString& key)
    {
        m_cli.addKey(key);
        const auto r = m_cli.run(QStringList{QStringLiteral("wallet"), QStringLiteral("import-key")} + common(dir, true),
                                 key.toUtf8() + "\n");
        return parse(r.out).value(QStringLiteral("address")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        QVERIFY(QFileInfo::exists(QStringLiteral(PLINTH_CLI_PATH)));
        m_passwordFile = writeTemp(QStringLiteral("vault-password"), kVaultPassword + "\n");
        for (const QJsonValue h : ethers().value(QStringLiteral("hd")).toArray()) {
            m_cli.addMnemonic(h.toObject().value(QStringLiteral("mnemonic")).toString());
            for (const QJsonValue d : h.toObject().value(QStringLiteral("derived")).toArray())
                m_cli.addKey(d.toObject().value(QStringLiteral("privateKey")).toString());
        }
    }

    void importKeystoreVectors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("jsonOutput");
        int row = 0;
        for (const QJsonValue v : test::readVectors(QStringLiteral("keystore-vectors.json")).value(QStringLiteral("keystores")).toArray()) {
            const QJsonObject o = v.toObject();
            QTest::newRow(qPrintable(QStringLiteral("ethers %1").arg(row))) << QJsonDocument(o.value(QStringLiteral("json")).toObject()).toJson()
                << o.value(QStringLiteral("password")).toString().toUtf8() << test::bareHex(o.value(QStringLiteral("privateKey")).toString())
                << (row % 2 == 0);
            ++row;
        }
        const QJsonObject geth = test::readVectors(QStringLiteral("geth-keystore-v3.json"));
        for (auto it = geth.begin(); it != geth.end(); ++it) {
            if (!it.value().isObject())
                continue;
            const QJsonObject o = it.value().toObject();
            QTest::newRow(qPrintable(it.key())) << QJsonDocument(o.value(QStringLiteral("json")).toObject()).toJson()
                << o.value(QStringLiteral("password")).toString().toUtf8() << test::bareHex(o.value(QStringLiteral("priv")).toString())
                << (row % 2 == 0);
            ++row;
        }
        QVERIFY(row >= 7);
    }

    void importKeystoreVectors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, password);
        QFETCH(QString, key);
        QFETCH(bool, jsonOutput);
        const QString padded = key.rightJustified(64, QLatin1Char('0'));
        m_cli.addKey(padded);
        const QString dir = seedVault();
        QVERIFY(!dir.isEmpty());
        const QString file = writeTemp(QStringLiteral("keystore-%1.json").arg(++m_count), json);
        const QString passwordFile = writeTemp(QStringLiteral("keystore-pw-%1").arg(m_count), password + "\n");
        const auto r = m_cli.run(QStringList{QStringLiteral("wallet"), QStringLiteral("import-keystore"), file,
                                             QStringLiteral("--keystore-password-file"), passwordFile}
                                 + common(dir, jsonOutput));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        auto expected = addressFromPrivateKey(SecureBytes(*fromHex(padded.toStdString())));
        QVERIFY(expected);
        const QString address = QString::fromStdString(toChecksumAddress(*expected));
        if (jsonOutput)
            QCOMPARE(parse(r.out).value(QStringLiteral("address")).toString(), address);
        else
            QVERIFY2(r.out.contains(address), qPrintable(r.out));
        QCOMPARE(vaultKey(dir, address), padded);
    }

    void importKeystoreIntoNewVault()
    {
        const QJsonObject o = test::readVectors(QStringLiteral("keystore-vectors.json"))
                                  .value(QStringLiteral("keystores")).toArray().at(1).toObject();
        const QString dir = newDir();
        const QString file = writeTemp(QStringLiteral("new-vault-keystore.json"),
                                       QJsonDocument(o.value(QStringLiteral("json")).toObject()).toJson());
        const QString empty = writeTemp(QStringLiteral("empty-password"), "\n");
        const auto r = m_cli.run(QStringList{QStringLiteral("wallet"), QStringLiteral("import-keystore"), file,
                                             QStringLiteral("--keystore-password-file"), empty}
                                 + common(dir, true));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(parse(r.out).value(QStringLiteral("address")).toString(), o.value(QStringLiteral("address")).toString());
        const auto list = m_cli.run({QStringLiteral("accounts"), QStringLiteral("--datadir"), dir, QStringLiteral("--json")});
        const QJsonArray accounts = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("imported"));
    }

    void createAndShowMnemonic()
    {
        const QString dir = newDir();
        const auto r = m_cli.run(QStringList{QStringLiteral("wallet"), QStringLiteral("create")} + common(dir, true), {}, true);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = parse(r.out);
        const QString mnemonic = o.value(QStringLiteral("mnemonic")).toString();
        m_cli.addMnemonic(mnemonic);
        QCOMPARE(mnemonic.split(QLatin1Char(' ')).size(), 12);
        QCOMPARE(o.value(QStringLiteral("path")).toString(), QStringLiteral("m/44'/60'/0'/0/0"));
        QVERIFY(r.err.contains(QStringLiteral("not a terminal")));

        const QByteArray before = test::readFileBytes(dir + QStringLiteral("/vault.db"));
        const auto again = m_cli.run(QStringList{QStringLiteral("wallet"), QStringLiteral("create")} + common(dir, false));
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QStringLiteral("already exists")));
        QCOMPARE(test::readFileBytes(dir + QStringLiteral("/vault.db")), before);

        const auto shown = m_cli.run(QStringList{QStringLiteral("wallet"), QStringLiteral("show-mnemonic")} + common(dir, true),
                                     {}, true);
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        QCOMPARE(parse(shown.out).value(QStringLiteral("mnemonic")).toString(), mnemonic);
        const auto text = m_cli.run(QStringList{QStringLiteral("wallet"), QStringLiteral("show-mnemonic")} + common(dir, false),
                                    {}, true);
        QVERIFY(text.out.contains(mnemonic));
        // Everything else about this vault stays quiet about the phrase.
        QCOMPARE(m_cli.run({QStringLiteral("accounts"), QStringLiteral("--datadir"), dir}).exitCode, 0);
        QCOMPARE(m_cli.run({QStringLiteral("accounts"), QStringLiteral("--datadir"), dir, QStringLiteral("--json")}).exitCode, 0);
    }

    void createWith24WordsInText()
    {
        const QString dir = newDir();
        const auto r = m_cli.run(QStringList{QStringLiteral("wallet"), QStringLiteral("create"), QStringLiteral("--words"),
                                             QStringLiteral("24")} + common(dir, false), {}, true);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QString phrase;
        for (const QString& line : r.out.split(QLatin1Char('\n')))
            if (line.startsWith(QStringLiteral("    ")))
                phrase = line.trimmed();
        QCOMPARE(phrase.split(QLatin1Char(' ')).size(), 24);
        m_cli.addMnemonic(phrase);
        QVERIFY(r.out.contains(QStringLiteral("Recovery phrase")));
        const auto bad = m_cli.run(QStringList{QStringLiteral("wallet"), QStringLiteral("create"), QStringLiteral("--words"),
                                               QStringLiteral("13")} + common(newDir(), false));
        QCOMPARE(bad.exitCode, 2);
    }

    void restoreWithPassphrase()
    {
        const QJsonObject v = ethers().value(QStringLiteral("hd")).toArray().at(0).toObject();
        QCOMPARE(v.value(QStringLiteral("passphrase")).toString(), QStringLiteral("TREZOR"));
        const QString dir = newDir();
        const QString passphrase = writeTemp(QStringLiteral("passphrase"), "TREZOR\n");
        const auto r = m_cli.run(QStringList{QStringLiteral("wallet"), QStringLiteral("restore"), QStringLiteral("--passphrase-file"),
                                             passphrase} + common(dir, true),
                                 "  " + v.value(QStringLiteral("mnemonic")).toString().toUtf8() + "\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(parse(r.out).value(QStringLiteral("address")).toString(),
                 v.value(QStringLiteral("derived")).toArray().at(0).toObject().value(QStringLiteral("address")).toString());
    }

    void accountsFlow()
    {
        const QJsonObject v = ethers().value(QStringLiteral("hd")).toArray().at(2).toObject();
        const QJsonArray derived = v.value(QStringLiteral("derived")).toArray();
        const QString dir = seedVault(v.value(QStringLiteral("mnemonic")).toString());
        QVERIFY(!dir.isEmpty());
        const QString savings = derived.at(2).toObject().value(QStringLiteral("address")).toString();
        auto r = m_cli.run(QStringList{QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--path"),
                                       QStringLiteral("m/44'/60'/1'/0/7"), QStringLiteral("--label"), QStringLiteral("Savings")}
                           + common(dir, true));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(parse(r.out).value(QStringLiteral("address")).toString(), savings);
        QCOMPARE(parse(r.out).value(QStringLiteral("label")).toString(), QStringLiteral("Savings"));
        r = m_cli.run(QStringList{QStringLiteral("accounts"), QStringLiteral("add")} + common(dir, false));
        QVERIFY2(r.out.contains(derived.at(1).toObject().value(QStringLiteral("address")).toString()), qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("m/44'/60'/0'/0/1")));

        const QString first = derived.at(0).toObject().value(QStringLiteral("address")).toString();
        QCOMPARE(m_cli.run({QStringLiteral("accounts"), QStringLiteral("label"), first, QStringLiteral("Daily"), QStringLiteral("--datadir"), dir}).exitCode, 0);
        QCOMPARE(m_cli.run({QStringLiteral("accounts"), QStringLiteral("hide"), savings.toLower(), QStringLiteral("--datadir"), dir, QStringLiteral("--json")}).exitCode, 0);
        QJsonArray list = QJsonDocument::fromJson(m_cli.run({QStringLiteral("accounts"), QStringLiteral("--datadir"), dir, QStringLiteral("--json")}).out.toUtf8()).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("label")).toString(), QStringLiteral("Daily"));
        list = QJsonDocument::fromJson(m_cli.run({QStringLiteral("accounts"), QStringLiteral("--all"), QStringLiteral("--datadir"), dir, QStringLiteral("--json")}).out.toUtf8()).array();
        QCOMPARE(list.size(), 3);
        QVERIFY(list.at(1).toObject().value(QStringLiteral("hidden")).toBool());
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("path")).toString(), QStringLiteral("m/44'/60'/1'/0/7"));
        QCOMPARE(m_cli.run({QStringLiteral("accounts"), QStringLiteral("show"), savings, QStringLiteral("--datadir"), dir}).exitCode, 0);
        const auto text = m_cli.run({QStringLiteral("accounts"), QStringLiteral("--datadir"), dir});
        QCOMPARE(text.out.count(QLatin1Char('\n')), 3);
        QVERIFY(text.out.contains(QStringLiteral("m/44'/60'/1'/0/7")));
        QVERIFY(text.out.contains(QStringLiteral("Daily")));
    }

    void watchAndImportKey()
    {
        const QString dir = seedVault();
        const QJsonObject m = ethers().value(QStringLiteral("messages")).toArray().at(0).toObject();
        QCOMPARE(importKey(dir, m.value(QStringLiteral("privateKey")).toString()), m.value(QStringLiteral("address")).toString());
        const auto w = m_cli.run(QStringList{QStringLiteral("wallet"), QStringLiteral("watch"),
                                             QStringLiteral("0x317D19d2fB9942196BcB5F27Ba77f247c4E01dC9"), QStringLiteral("--label"),
                                             QStringLiteral("cold")} + common(dir, false));
        QVERIFY2(w.exitCode == 0, qPrintable(w.err));
        const auto text = m_cli.run({QStringLiteral("accounts"), QStringLiteral("--datadir"), dir});
        QVERIFY(text.out.contains(QStringLiteral("imported")));
        QVERIFY(text.out.contains(QStringLiteral("watch-only")));
        QVERIFY(text.out.contains(QStringLiteral("cold")));
    }

    void exportKeystore()
    {
        const QString dir = seedVault();
        const QString key = QStringLiteral("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318");
        const QString address = importKey(dir, key);
        QVERIFY(!address.isEmpty());
        const QString out = m_root.filePath(QStringLiteral("exported.json"));
        const QString pw = writeTemp(QStringLiteral("export-pw"), "export password\n");
        const QStringList args = QStringList{QStringLiteral("wallet"), QStringLiteral("export-keystore"), address, out,
                                             QStringLiteral("--keystore-password-file"), pw, QStringLiteral("--scrypt-n"),
                                             QStringLiteral("1024")} + common(dir, true);
        const auto r = m_cli.run(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QFileInfo(out).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFileDevice::Permissions());
        const QByteArray json = test::readFileBytes(out);
        auto decrypted = decryptKeystore(json.toStdString(), SecureString("export password"));
        QVERIFY(decrypted);
        QCOMPARE(QString::fromStdString(toHex(decrypted->privateKey.view(), false)), key);
        QCOMPARE(QJsonDocument::fromJson(json).object().value(QStringLiteral("address")).toString(), address.mid(2).toLower());
        const auto again = m_cli.run(args);
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QStringLiteral("already exists")));
        QCOMPARE(test::readFileBytes(out), json);
    }

    void changePassword()
    {
        const QString dir = seedVault();
        const QString address = importKey(dir, QStringLiteral("0x21368bf52cafe3263ef91dbd4944742bcc36a2a395fd913c0f57d693fb43e9a0"));
        const QString next = writeTemp(QStringLiteral("next-password"), "the next password\n");
        const auto r = m_cli.run(QStringList{QStringLiteral("wallet"), QStringLiteral("change-password"),
                                             QStringLiteral("--new-password-file"), next} + common(dir, false));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList sign{QStringLiteral("sign-message"), QStringLiteral("--from"), address, QStringLiteral("hi"),
                               QStringLiteral("--datadir"), dir, QStringLiteral("--password-file")};
        const auto old = m_cli.run(sign + QStringList{m_passwordFile});
        QCOMPARE(old.exitCode, 1);
        QVERIFY(old.err.contains(QStringLiteral("wrong password")));
        QCOMPARE(m_cli.run(sign + QStringList{next}).exitCode, 0);
        // PLINTH_PASSWORD serves scripts the same way.
        QCOMPARE(m_cli.run(sign.mid(0, 6), {}, false, {{QStringLiteral("PLINTH_PASSWORD"), QStringLiteral("the next password")}}).exitCode, 0);
    }

    void signingMatchesEthers()
    {
        const QJsonObject v = ethers();
        QMap<QString, QString> dirs; // one vault per key
        const auto vaultFor = [&](const QString& key) {
            if (!dirs.contains(key)) {
                const QString dir = seedVault();
                importKey(dir, key);
                dirs.insert(key, dir);
            }
            return dirs.value(key);
        };
        bool json = false;
        for (const QJsonValue m : v.value(QStringLiteral("messages")).toArray()) {
            const QJsonObject o = m.toObject();
            const QString dir = vaultFor(o.value(QStringLiteral("privateKey")).toString());
            const QString from = o.value(QStringLiteral("address")).toString();
            const auto r = m_cli.run(QStringList{QStringLiteral("sign-message"), QStringLiteral("--from"), from,
                                                 o.value(QStringLiteral("message")).toString()} + common(dir, json = !json));
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const QString signature = json ? parse(r.out).value(QStringLiteral("signature")).toString() : r.out.trimmed();
            QCOMPARE(signature, o.value(QStringLiteral("signature")).toString());
            const auto verified = m_cli.run({QStringLiteral("verify-message"), from.toLower(), o.value(QStringLiteral("message")).toString(), signature});
            QCOMPARE(verified.exitCode, 0);
            const auto wrong = m_cli.run({QStringLiteral("verify-message"), from, o.value(QStringLiteral("message")).toString() + QStringLiteral("!"), signature, QStringLiteral("--json")});
            QCOMPARE(wrong.exitCode, 1);
            QCOMPARE(parse(wrong.out).value(QStringLiteral("valid")).toBool(true), false);
        }
        for (const QJsonValue t : v.value(QStringLiteral("typed")).toArray()) {
            const QJsonObject o = t.toObject();
            const QString dir = vaultFor(o.value(QStringLiteral("privateKey")).toString());
            auto from = addressFromPrivateKey(SecureBytes(*fromHex(o.value(QStringLiteral("privateKey")).toString().toStdString())));
            QJsonObject data{{QStringLiteral("types"), o.value(QStringLiteral("types"))}, {QStringLiteral("primaryType"), o.value(QStringLiteral("primaryType"))},
                             {QStringLiteral("domain"), o.value(QStringLiteral("domain"))}, {QStringLiteral("message"), o.value(QStringLiteral("message"))}};
            const QString file = writeTemp(QStringLiteral("typed-%1.json").arg(++m_count), QJsonDocument(data).toJson());
            const auto r = m_cli.run(QStringList{QStringLiteral("sign-typed-data"), QStringLiteral("--from"),
                                                 QString::fromStdString(toChecksumAddress(*from)), file} + common(dir, json = !json));
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const QString signature = json ? parse(r.out).value(QStringLiteral("signature")).toString() : r.out.trimmed();
            QCOMPARE(signature, o.value(QStringLiteral("signature")).toString());
        }
        for (const QJsonValue t : v.value(QStringLiteral("txs")).toArray()) {
            const QJsonObject o = t.toObject();
            const QString dir = vaultFor(o.value(QStringLiteral("privateKey")).toString());
            const QString file = writeTemp(QStringLiteral("tx-%1.json").arg(++m_count), transactionJson(o));
            const auto r = m_cli.run(QStringList{QStringLiteral("sign-tx"), QStringLiteral("--from"),
                                                 o.value(QStringLiteral("from")).toString(), file} + common(dir, json = !json));
            QVERIFY2(r.exitCode == 0, qPrintable(r.err + QString::fromUtf8(transactionJson(o))));
            if (json) {
                QCOMPARE(parse(r.out).value(QStringLiteral("raw")).toString(), o.value(QStringLiteral("signedSerialized")).toString());
                QCOMPARE(parse(r.out).value(QStringLiteral("hash")).toString(), o.value(QStringLiteral("hash")).toString());
            } else {
                QCOMPARE(r.out.trimmed(), o.value(QStringLiteral("signedSerialized")).toString());
            }
        }
    }

    // The password prompt on a real terminal: echo is off (the password never appears on the screen)
    // and new passwords are asked twice.
    void passwordPromptOnTerminal()
    {
        const QString dir = seedVault();
        const QString key = QStringLiteral("0x21368bf52cafe3263ef91dbd4944742bcc36a2a395fd913c0f57d693fb43e9a0");
        const QString address = importKey(dir, key);
        const TerminalRun sign = runOnTerminal({QStringLiteral("sign-message"), QStringLiteral("--from"), address,
                                                QStringLiteral("hello"), QStringLiteral("--datadir"), dir},
                                               {kVaultPassword});
        QVERIFY2(sign.exitCode == 0, sign.screen.constData());
        QVERIFY(sign.screen.contains("Vault password: "));
        QVERIFY(sign.screen.contains("0xad21841ada999a1f94b0508a52a24c2f394aacb5e2df67cb16ba3963c02e88b87c2c2006f7f1d5b636ef0b4adec57f24884000ef53e394fb8ad189955b9ad0451c"));
        QVERIFY2(!sign.screen.contains(kVaultPassword), "the password was echoed");
        test::CliRun recorded;
        recorded.out = QString::fromUtf8(sign.screen);
        recorded.args = QStringList{QStringLiteral("sign-message (terminal)")};
        m_cli.addRun(recorded);

        const QByteArray before = test::readFileBytes(dir + QStringLiteral("/vault.db"));
        const TerminalRun change = runOnTerminal({QStringLiteral("wallet"), QStringLiteral("change-password"),
                                                  QStringLiteral("--datadir"), dir},
                                                 {kVaultPassword, "first choice", "second choice"});
        QCOMPARE(change.exitCode, 1);
        QVERIFY(change.screen.contains("New vault password: "));
        QVERIFY(change.screen.contains("Repeat the password: "));
        QVERIFY2(change.screen.contains("do not match"), change.screen.constData());
        QVERIFY(!change.screen.contains("first choice") && !change.screen.contains("second choice"));
        QCOMPARE(test::readFileBytes(dir + QStringLiteral("/vault.db")), before);
    }

    // Last: everything printed above, with --json and without, holds no recovery phrase (outside the
    // outputs meant to show one) and no private key.
    void noSecretsPrinted()
    {
        QVERIFY(m_cli.runs() > 40);
        const QString leak = m_cli.findLeak();
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
    }
};

QTEST_GUILESS_MAIN(TestCliWallet)
#include "tst_cli_wallet.moc"
