// plinth-cli against a real, independent client: Foundry's cast and anvil (from contracts/node_modules).
// Keystores go both ways, addresses from a recovery phrase agree on several paths (with and without a
// passphrase), cast accepts Plinth's message and typed-data signatures, and anvil mines a transaction
// that sign-tx made offline. The tools must be installed (`npm ci --prefix contracts`, or
// packaging/setup-debian.sh): without them the test fails, it never skips.
#include "tst_cli_wallet_support.h"
#include "tst_vault_support.h"
#include "wallet/vault/Vault.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace plinth;

namespace {

const QByteArray kVaultPassword = "interop vault password";
// anvil's first funded account (from its well-known test mnemonic); it exists only on local devnets.
const QString kAnvilKey = QStringLiteral("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
const QString kAnvilAddress = QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");

QString tool(const char* name) { return QStringLiteral(PLINTH_SOURCE_DIR "/contracts/node_modules/.bin/") + QLatin1String(name); }

struct ToolRun {
    int exitCode = -1;
    QString out;
    QString err;
};

ToolRun runTool(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    ToolRun r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QJsonObject parse(const QString& text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }

} // namespace

class TestCliInterop : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_root;
    test::CliRecorder m_cli;
    QString m_password;
    int m_count = 0;
    QProcess m_anvil;

    QString newDir() { return m_root.filePath(QStringLiteral("d%1").arg(++m_count)); }
    QStringList common(const QString& dir) { return {QStringLiteral("--datadir"), dir, QStringLiteral("--password-file"), m_password, QStringLiteral("--json")}; }

    QString seedVault(const QString& mnemonic = {}, const QString& passphrase = {})
    {
        const QString dir = newDir();
        const SecureString password(kVaultPassword.toStdString());
        auto vault = mnemonic.isEmpty()
            ? Vault::createWithoutSeed(test::toPath(dir), password, test::fastOptions())
            : Vault::create(test::toPath(dir), password, SecureString(mnemonic.toStdString()),
                            SecureString(passphrase.toStdString()), test::fastOptions());
        return vault ? dir : QString();
    }

    QString importKey(const QString& dir, const QString& key)
    {
        m_cli.addKey(key);
        const auto r = m_cli.run(QStringList{QStringLiteral("wallet"), QStringLiteral("import-key")} + common(dir), key.toUtf8());
        return parse(r.out).value(QStringLiteral("address")).toString();
    }

    // The anvil in node_modules/.bin is a node wrapper that starts the real binary as its child: kill
    // the whole process group, or the child would outlive the test still holding its port.
    void stopAnvil()
    {
        if (m_anvil.state() != QProcess::NotRunning) {
            ::kill(-static_cast<pid_t>(m_anvil.processId()), SIGKILL);
            m_anvil.waitForFinished(10000);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        for (const char* name : {"cast", "anvil"})
            if (!QFileInfo::exists(tool(name)))
                QFAIL(qPrintable(QStringLiteral("%1 is missing: run `npm ci --prefix contracts` (or packaging/setup-debian.sh) "
                                                "to install Foundry's cast and anvil").arg(tool(name))));
        m_password = m_root.filePath(QStringLiteral("password"));
        QVERIFY(test::writeFileBytes(m_password, kVaultPassword + "\n"));
    }

    void cleanupTestCase() { stopAnvil(); }

    void castDecryptsPlinthKeystore()
    {
        const QString dir = seedVault();
        const QString key = QStringLiteral("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318");
        const QString address = importKey(dir, key);
        const QString keystores = m_root.filePath(QStringLiteral("keystores"));
        QVERIFY(QDir().mkpath(keystores));
        const QString pw = m_root.filePath(QStringLiteral("ks-password"));
        QVERIFY(test::writeFileBytes(pw, "keystore password\n"));
        // The default cost, as real files have it.
        const auto r = m_cli.run(QStringList{QStringLiteral("wallet"), QStringLiteral("export-keystore"), address,
                                             keystores + QStringLiteral("/plinth"), QStringLiteral("--keystore-password-file"), pw}
                                 + common(dir));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject file = QJsonDocument::fromJson(test::readFileBytes(keystores + QStringLiteral("/plinth"))).object();
        const QJsonObject params = file.value(QStringLiteral("crypto")).toObject().value(QStringLiteral("kdfparams")).toObject();
        QCOMPARE(params.value(QStringLiteral("n")).toInteger(), 262144);
        QCOMPARE(params.value(QStringLiteral("r")).toInteger(), 8);
        QCOMPARE(params.value(QStringLiteral("p")).toInteger(), 1);
        const ToolRun c = runTool(tool("cast"), {QStringLiteral("wallet"), QStringLiteral("decrypt-keystore"), QStringLiteral("plinth"),
                                                 QStringLiteral("--keystore-dir"), keystores, QStringLiteral("--unsafe-password"),
                                                 QStringLiteral("keystore password")});
        QVERIFY2(c.exitCode == 0, qPrintable(c.err));
        QVERIFY2(c.out.contains(key), qPrintable(QStringLiteral("cast did not print the exported key")));
    }

    void castKeystoreImportsIntoPlinth()
    {
        const QString keystores = m_root.filePath(QStringLiteral("cast-keystores"));
        QVERIFY(QDir().mkpath(keystores));
        const ToolRun c = runTool(tool("cast"), {QStringLiteral("wallet"), QStringLiteral("new"), keystores, QStringLiteral("made-by-cast"),
                                                 QStringLiteral("--unsafe-password"), QStringLiteral("cast password")});
        QVERIFY2(c.exitCode == 0, qPrintable(c.err));
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Address:\\s+(0x[0-9a-fA-F]{40})")).match(c.out);
        QVERIFY2(m.hasMatch(), qPrintable(c.out));
        const QString pw = m_root.filePath(QStringLiteral("cast-password"));
        QVERIFY(test::writeFileBytes(pw, "cast password\n"));
        const QString dir = seedVault();
        const auto r = m_cli.run(QStringList{QStringLiteral("wallet"), QStringLiteral("import-keystore"),
                                             keystores + QStringLiteral("/made-by-cast"), QStringLiteral("--keystore-password-file"), pw}
                                 + common(dir));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(parse(r.out).value(QStringLiteral("address")).toString(), m.captured(1));
    }

    void mnemonicAddressesAgreeWithCast_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::newRow("no passphrase") << QString();
        QTest::newRow("ascii passphrase") << QStringLiteral("plinth passphrase");
        // BIP-39 derives from the NFKD form; cast passes its argument through unchanged, so it is given
        // the NFKD form while Plinth gets the composed one a keyboard produces.
        QTest::newRow("non-ascii passphrase") << QString::fromUtf8("plinth passphrase \xc3\xa9 \xe2\x84\xab");
    }

    void mnemonicAddressesAgreeWithCast()
    {
        QFETCH(QString, passphrase);
        const QString mnemonic = test::readVectors(QStringLiteral("ethers-vectors.json")).value(QStringLiteral("hd")).toArray()
                                     .at(4).toObject().value(QStringLiteral("mnemonic")).toString();
        m_cli.addMnemonic(mnemonic);
        const QString dir = seedVault(mnemonic, passphrase);
        QVERIFY(!dir.isEmpty());
        const QStringList paths{QStringLiteral("m/44'/60'/0'/0/0"), QStringLiteral("m/44'/60'/0'/0/7"), QStringLiteral("m/44'/60'/2'/0/0"),
                                QStringLiteral("m/44'/60'/0'/1/2147483647"), QStringLiteral("m/0'/1/2'")};
        for (const QString& path : paths) {
            QString plinth;
            if (path == paths.first()) {
                const auto list = m_cli.run({QStringLiteral("accounts"), QStringLiteral("--datadir"), dir, QStringLiteral("--json")});
                plinth = QJsonDocument::fromJson(list.out.toUtf8()).array().at(0).toObject().value(QStringLiteral("address")).toString();
            } else {
                const auto r = m_cli.run(QStringList{QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--path"), path} + common(dir));
                QVERIFY2(r.exitCode == 0, qPrintable(r.err));
                plinth = parse(r.out).value(QStringLiteral("address")).toString();
            }
            QStringList args{QStringLiteral("wallet"), QStringLiteral("address"), QStringLiteral("--mnemonic"), mnemonic,
                             QStringLiteral("--mnemonic-derivation-path"), path};
            if (!passphrase.isEmpty())
                args << QStringLiteral("--mnemonic-passphrase") << passphrase.normalized(QString::NormalizationForm_KD);
            const ToolRun c = runTool(tool("cast"), args);
            QVERIFY2(c.exitCode == 0, qPrintable(c.err));
            QCOMPARE(plinth, c.out.trimmed());
        }
    }

    void castVerifiesPlinthSignatures()
    {
        const QString dir = seedVault();
        const QString address = importKey(dir, QStringLiteral("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"));
        const QString message = QString::fromUtf8("Plinth device 42 onboarding \xe2\x9c\x93");
        const auto r = m_cli.run(QStringList{QStringLiteral("sign-message"), QStringLiteral("--from"), address, message} + common(dir));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString signature = parse(r.out).value(QStringLiteral("signature")).toString();
        // cast exits 0 either way; it says which in its output.
        ToolRun c = runTool(tool("cast"), {QStringLiteral("wallet"), QStringLiteral("verify"), QStringLiteral("--address"), address, message, signature});
        QVERIFY2(c.exitCode == 0 && c.out.contains(QStringLiteral("Validation succeeded")), qPrintable(c.out + c.err));
        c = runTool(tool("cast"), {QStringLiteral("wallet"), QStringLiteral("verify"), QStringLiteral("--address"), address, message + QStringLiteral("!"), signature});
        QVERIFY2((c.out + c.err).contains(QStringLiteral("Validation failed")), qPrintable(c.out + c.err));

        const QJsonObject typed = test::readVectors(QStringLiteral("ethers-vectors.json")).value(QStringLiteral("typed")).toArray().at(1).toObject();
        QJsonObject types = typed.value(QStringLiteral("types")).toObject();
        QJsonArray domainType;
        const QJsonObject domain = typed.value(QStringLiteral("domain")).toObject();
        const std::pair<const char*, const char*> domainFields[] = {
            {"name", "string"}, {"version", "string"}, {"chainId", "uint256"}, {"verifyingContract", "address"}, {"salt", "bytes32"}};
        for (const auto& [name, type] : domainFields)
            if (domain.contains(QLatin1String(name)))
                domainType.append(QJsonObject{{QStringLiteral("name"), QLatin1String(name)}, {QStringLiteral("type"), QLatin1String(type)}});
        types.insert(QStringLiteral("EIP712Domain"), domainType);
        const QJsonObject data{{QStringLiteral("types"), types}, {QStringLiteral("primaryType"), typed.value(QStringLiteral("primaryType"))},
                               {QStringLiteral("domain"), domain}, {QStringLiteral("message"), typed.value(QStringLiteral("message"))}};
        const QString file = m_root.filePath(QStringLiteral("typed.json"));
        QVERIFY(test::writeFileBytes(file, QJsonDocument(data).toJson()));
        const auto t = m_cli.run(QStringList{QStringLiteral("sign-typed-data"), QStringLiteral("--from"), address, file} + common(dir));
        QVERIFY2(t.exitCode == 0, qPrintable(t.err));
        c = runTool(tool("cast"), {QStringLiteral("wallet"), QStringLiteral("verify"), QStringLiteral("--address"), address, QStringLiteral("--data"),
                                   QStringLiteral("--from-file"), file, parse(t.out).value(QStringLiteral("signature")).toString()});
        QVERIFY2(c.exitCode == 0 && c.out.contains(QStringLiteral("Validation succeeded")), qPrintable(c.out + c.err));
    }

    void anvilMinesOfflineSignedTransactions()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(port);
        m_anvil.setProcessChannelMode(QProcess::MergedChannels);
        m_anvil.setChildProcessModifier([] { ::setpgid(0, 0); });
        m_anvil.start(tool("anvil"), {QStringLiteral("--port"), QString::number(port), QStringLiteral("--host"), QStringLiteral("127.0.0.1")});
        QVERIFY2(m_anvil.waitForStarted(20000), "anvil did not start");
        auto guard = qScopeGuard([this] { stopAnvil(); }); // killed even when a check below fails
        bool ready = false;
        for (int i = 0; i < 200 && !ready; ++i) {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, port);
            ready = s.waitForConnected(100);
            if (!ready)
                QTest::qWait(100);
        }
        QVERIFY2(ready, qPrintable(QStringLiteral("anvil is not listening: ") + QString::fromUtf8(m_anvil.readAll())));

        const QString dir = seedVault();
        QCOMPARE(importKey(dir, kAnvilKey), kAnvilAddress);
        const QString to = QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        const QList<QByteArray> txs{
            "{\"type\":\"0x2\",\"chainId\":\"0x7a69\",\"nonce\":\"0x0\",\"to\":\"" + to.toUtf8()
                + "\",\"value\":\"0xde0b6b3a7640000\",\"gas\":\"0x5208\",\"maxFeePerGas\":\"0x77359400\",\"maxPriorityFeePerGas\":\"0x3b9aca00\"}",
            "{\"type\":\"0x0\",\"chainId\":\"0x7a69\",\"nonce\":\"0x1\",\"to\":\"" + to.toUtf8()
                + "\",\"value\":\"0x1\",\"gas\":\"0x5208\",\"gasPrice\":\"0x77359400\"}",
            "{\"type\":\"0x1\",\"chainId\":\"0x7a69\",\"nonce\":\"0x2\",\"to\":\"" + to.toUtf8()
                + "\",\"value\":\"0x2\",\"gas\":\"0x7530\",\"gasPrice\":\"0x77359400\",\"accessList\":[]}",
        };
        for (const QByteArray& tx : txs) {
            const QString file = m_root.filePath(QStringLiteral("tx%1.json").arg(++m_count));
            QVERIFY(test::writeFileBytes(file, tx));
            const auto s = m_cli.run(QStringList{QStringLiteral("sign-tx"), QStringLiteral("--from"), kAnvilAddress, file} + common(dir));
            QVERIFY2(s.exitCode == 0, qPrintable(s.err));
            const QString raw = parse(s.out).value(QStringLiteral("raw")).toString();
            const QString hash = parse(s.out).value(QStringLiteral("hash")).toString();
            const ToolRun sent = runTool(tool("cast"), {QStringLiteral("rpc"), QStringLiteral("--rpc-url"), url,
                                                        QStringLiteral("eth_sendRawTransaction"), raw});
            QVERIFY2(sent.exitCode == 0, qPrintable(sent.out + sent.err));
            QCOMPARE(sent.out.trimmed().remove(QLatin1Char('"')), hash);
            const ToolRun receipt = runTool(tool("cast"), {QStringLiteral("rpc"), QStringLiteral("--rpc-url"), url,
                                                           QStringLiteral("eth_getTransactionReceipt"), hash});
            QVERIFY2(receipt.exitCode == 0, qPrintable(receipt.err));
            const QJsonObject r = parse(receipt.out);
            QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("0x1"));
            QVERIFY(!r.value(QStringLiteral("blockNumber")).toString().isEmpty());
            QCOMPARE(r.value(QStringLiteral("from")).toString().toLower(), kAnvilAddress.toLower());
        }
    }

    void noSecretsPrinted()
    {
        const QString leak = m_cli.findLeak();
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
    }
};

QTEST_GUILESS_MAIN(TestCliInterop)
#include "tst_cli_interop.moc"
