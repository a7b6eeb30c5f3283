// plinth-cli send / tx status / tx speed-up / tx cancel against a real seeded anvil devnet
// (DevnetFixture), with every result cross-checked by Foundry's cast: balances, token balances, the
// mined transaction's nonce, fees, recipient and value. The vault holds anvil's well-known mnemonic
// (account 0 is the devnet's funded "user"). No mocks; anvil is started by the test.
#include "DevnetFixture.h"
#include "tst_cli_wallet_support.h"
#include "tst_vault_support.h"
#include "wallet/codec/UInt256.h"
#include "wallet/vault/Vault.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace plinth;

namespace {

const QByteArray kPassword = "tx test vault password";
const QString kMnemonic = QStringLiteral("test test test test test test test test test test test junk");
const QString kUserKey = QStringLiteral("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
const QString kUser = QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");

QJsonObject parse(const QString& text) { return QJsonDocument::fromJson(text.trimmed().toUtf8()).object(); }
// A fresh address nobody has used: its balances start at zero.
QString freshAddress(int i) { return QStringLiteral("0x%1").arg(0xbeef0000 + i, 40, 16, QLatin1Char('0')); }
quint64 hexNumber(const QJsonValue& v) { return v.toString().toULongLong(nullptr, 16); }

} // namespace

class TestTxCli : public QObject {
    Q_OBJECT
private:
    test::DevnetFixture m_devnet;
    QTemporaryDir m_root;
    test::CliRecorder m_cli;
    QString m_dataDir;
    QString m_passwordFile;
    QString m_token;
    int m_fresh = 0;

    QStringList common(const QString& profile = {}) const
    {
        return {QStringLiteral("--datadir"), m_dataDir, QStringLiteral("--network"), profile.isEmpty() ? m_devnet.profilePath() : profile,
                QStringLiteral("--json")};
    }
    QStringList withPassword(const QString& profile = {}) const
    {
        return common(profile) << QStringLiteral("--password-file") << m_passwordFile;
    }
    test::CliRun send(const QString& to, const QString& amount, const QStringList& extra = {}, const QString& from = kUser)
    {
        return m_cli.run(QStringList{QStringLiteral("send"), QStringLiteral("--from"), from, QStringLiteral("--to"), to,
                                     QStringLiteral("--amount"), amount}
                         + withPassword() + extra);
    }
    test::CliRun tx(const QString& verb, const QString& hash, const QStringList& extra = {})
    {
        return m_cli.run(QStringList{QStringLiteral("tx"), verb, hash} + (verb == QLatin1String("status") ? common() : withPassword()) + extra);
    }
    QString cast(const QStringList& args)
    {
        QString error;
        const QString out = m_devnet.cast(args, &error);
        if (out.isNull())
            qWarning("cast %s failed: %s", qPrintable(args.join(QLatin1Char(' '))), qPrintable(error));
        return out;
    }
    QString balance(const QString& who) { return cast({QStringLiteral("balance"), who}); }
    QString tokenBalance(const QString& who)
    {
        return test::DevnetFixture::exactNumber(cast({QStringLiteral("call"), m_token, QStringLiteral("balanceOf(address)(uint256)"), who}));
    }
    QJsonObject castTx(const QString& hash) { return parse(cast({QStringLiteral("tx"), hash, QStringLiteral("--json")})); }
    // The tip FeeOracle.h's rule gives for the node's current fee history, worked out here from the
    // node's own eth_feeHistory answer: the median reward at percentile `column` (0: 10th, 1: 50th,
    // 2: 90th) of the blocks that carried transactions, or the fallback when none paid a tip. (Ignores
    // the rule's slow <= normal <= fast ordering, which real histories already satisfy.)
    quint64 expectedTip(int column, quint64 fallback)
    {
        const QJsonObject h = parse(m_devnet.rpc(QStringLiteral("eth_feeHistory"),
                                                 {QStringLiteral("0x14"), QStringLiteral("latest"), QStringLiteral("[10,50,90]")}));
        const QJsonArray ratios = h.value(QStringLiteral("gasUsedRatio")).toArray();
        const QJsonArray rewards = h.value(QStringLiteral("reward")).toArray();
        QList<quint64> tips;
        for (qsizetype i = 0; i < rewards.size() && i < ratios.size(); ++i)
            if (ratios.at(i).toDouble() > 0)
                tips.append(hexNumber(rewards.at(i).toArray().at(column)));
        std::sort(tips.begin(), tips.end());
        if (tips.isEmpty() || tips.last() == 0)
            return fallback;
        const qsizetype n = tips.size();
        return n % 2 ? tips.at(n / 2) : (tips.at(n / 2 - 1) + tips.at(n / 2)) / 2;
    }
    bool setAutomine(bool on)
    {
        return !m_devnet.rpc(QStringLiteral("evm_setAutomine"), {on ? QStringLiteral("true") : QStringLiteral("false")}).isNull();
    }
    QString writeProfile(const QString& name, const std::function<void(QJsonObject&)>& edit)
    {
        QJsonObject p = m_devnet.profile();
        edit(p);
        const QString path = m_root.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QJsonDocument(p).toJson());
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        QVERIFY2(m_devnet.start(), qPrintable(m_devnet.error()));
        m_token = m_devnet.profile().value(QStringLiteral("contracts")).toObject().value(QStringLiteral("token")).toString();
        QVERIFY(!m_token.isEmpty());
        m_dataDir = m_root.filePath(QStringLiteral("data"));
        m_passwordFile = m_root.filePath(QStringLiteral("password"));
        QVERIFY(test::writeFileBytes(m_passwordFile, kPassword + "\n"));
        // The vault as `wallet restore` makes it, at a test-only KDF cost.
        auto vault = Vault::create(test::toPath(m_dataDir), SecureString(kPassword.toStdString()),
                                   SecureString(kMnemonic.toStdString()), SecureString(std::string()), test::fastOptions());
        QVERIFY2(vault, vault ? "" : vault.error().message.c_str());
        QCOMPARE(QString::fromStdString(toChecksumAddress((*vault)->accounts()->front().address)), kUser);
        m_cli.addMnemonic(kMnemonic);
        m_cli.addKey(kUserKey);
    }

    void cleanup() { QVERIFY(setAutomine(true)); }

    void cleanupTestCase()
    {
        QCOMPARE(m_cli.findLeak(), QString());
        // The journal holds no key either (raw signed transactions are public; keys are not).
        QFile journal(m_dataDir + QStringLiteral("/transactions/31337.db"));
        QVERIFY(journal.open(QIODevice::ReadOnly));
        const QByteArray bytes = journal.readAll().toHex();
        QVERIFY(!bytes.contains(kUserKey.mid(2).toLatin1()));
    }

    void sendsNativeCurrency()
    {
        const QString to = freshAddress(++m_fresh);
        QCOMPARE(balance(to), QStringLiteral("0"));
        const quint64 nonceBefore = cast({QStringLiteral("nonce"), kUser}).toULongLong();
        const QString senderBefore = balance(kUser);
        const QJsonArray baseFees = parse(m_devnet.rpc(QStringLiteral("eth_feeHistory"), {QStringLiteral("0x14"), QStringLiteral("latest"),
                                                                                         QStringLiteral("[10,50,90]")}))
                                        .value(QStringLiteral("baseFeePerGas")).toArray();
        const quint64 nextBaseFee = hexNumber(baseFees.last());
        const quint64 normalTip = expectedTip(1, 1'500'000'000);
        const auto r = send(to, QStringLiteral("1.5"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = parse(r.out);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("included"));
        QCOMPARE(o.value(QStringLiteral("success")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("confirmations")).toInteger(), 1);
        QCOMPARE(balance(to), QStringLiteral("1500000000000000000"));

        const QString hash = o.value(QStringLiteral("hash")).toString();
        const QJsonObject chainTx = castTx(hash);
        QCOMPARE(hexNumber(chainTx.value(QStringLiteral("nonce"))), nonceBefore);
        QCOMPARE(o.value(QStringLiteral("nonce")).toInteger(), static_cast<qint64>(nonceBefore));
        QCOMPARE(hexNumber(chainTx.value(QStringLiteral("type"))), 2u);
        QCOMPARE(hexNumber(chainTx.value(QStringLiteral("gas"))), 21000u);
        QCOMPARE(QString::number(hexNumber(chainTx.value(QStringLiteral("maxFeePerGas")))),
                 o.value(QStringLiteral("maxFeePerGas")).toString());
        QCOMPARE(QString::number(hexNumber(chainTx.value(QStringLiteral("maxPriorityFeePerGas")))),
                 o.value(QStringLiteral("maxPriorityFeePerGas")).toString());
        QCOMPARE(chainTx.value(QStringLiteral("to")).toString().toLower(), to.toLower());
        // The "normal" tip (on the seeded devnet, whose last blocks pay no tips: the 1.5 gwei fallback),
        // and maxFee = 2 * next base fee + tip.
        QCOMPARE(o.value(QStringLiteral("maxPriorityFeePerGas")).toString(), QString::number(normalTip));
        QCOMPARE(QString::number(hexNumber(chainTx.value(QStringLiteral("maxFeePerGas")))), QString::number(2 * nextBaseFee + normalTip));
        const QJsonObject block = parse(cast({QStringLiteral("block"), QString::number(o.value(QStringLiteral("blockNumber")).toInteger()),
                                              QStringLiteral("--json")}));
        QVERIFY(block.value(QStringLiteral("transactions")).toArray().contains(hash));
        // The sender paid exactly value + gasUsed * effectiveGasPrice.
        const auto senderAfter = *parseDecimalUInt256(balance(kUser).toStdString());
        const auto before = *parseDecimalUInt256(senderBefore.toStdString());
        const UInt256 gasCost = UInt256(o.value(QStringLiteral("gasUsed")).toInteger())
            * *parseDecimalUInt256(o.value(QStringLiteral("effectiveGasPrice")).toString().toStdString());
        QCOMPARE(QString::fromStdString(toDecimalString(before - senderAfter)),
                 QString::fromStdString(toDecimalString(*parseDecimalUInt256("1500000000000000000") + gasCost)));

        qInfo("native: nonce %llu, gas 21000, maxFee %s, tip %s, next base fee %llu, recipient %s wei, sender paid %s wei",
              nonceBefore, qPrintable(o.value(QStringLiteral("maxFeePerGas")).toString()),
              qPrintable(o.value(QStringLiteral("maxPriorityFeePerGas")).toString()), nextBaseFee, qPrintable(balance(to)),
              toDecimalString(before - senderAfter).c_str());
        const auto status = tx(QStringLiteral("status"), hash);
        QCOMPARE(status.exitCode, 0);
        QCOMPARE(parse(status.out).value(QStringLiteral("status")).toString(), QStringLiteral("included"));
        QCOMPARE(parse(status.out).value(QStringLiteral("blockNumber")), o.value(QStringLiteral("blockNumber")));
    }

    void sendsTokens()
    {
        const QString to = freshAddress(++m_fresh);
        QCOMPARE(tokenBalance(to), QStringLiteral("0"));
        const auto senderBefore = *parseDecimalUInt256(tokenBalance(kUser).toStdString());
        const quint64 nonceBefore = cast({QStringLiteral("nonce"), kUser}).toULongLong();
        const quint64 fastTip = expectedTip(2, 2'000'000'000);
        const auto r = send(to, QStringLiteral("12.5"), {QStringLiteral("--token"), QStringLiteral("--fee"), QStringLiteral("fast")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = parse(r.out);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("included"));
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("token-transfer"));
        QCOMPARE(tokenBalance(to), QStringLiteral("12500000000000000000"));
        const auto senderAfter = *parseDecimalUInt256(tokenBalance(kUser).toStdString());
        QCOMPARE(QString::fromStdString(toDecimalString(senderBefore - senderAfter)), QStringLiteral("12500000000000000000"));
        const QJsonObject chainTx = castTx(o.value(QStringLiteral("hash")).toString());
        QCOMPARE(chainTx.value(QStringLiteral("to")).toString().toLower(), m_token.toLower());
        QCOMPARE(hexNumber(chainTx.value(QStringLiteral("value"))), 0u);
        QCOMPARE(hexNumber(chainTx.value(QStringLiteral("nonce"))), nonceBefore);
        // "fast" as the rule gives it for this history; the gas limit is the estimate plus 20%.
        QCOMPARE(hexNumber(chainTx.value(QStringLiteral("maxPriorityFeePerGas"))), fastTip);
        QCOMPARE(QString::number(hexNumber(chainTx.value(QStringLiteral("maxFeePerGas")))), o.value(QStringLiteral("maxFeePerGas")).toString());
        const qint64 gasUsed = o.value(QStringLiteral("gasUsed")).toInteger();
        const qint64 limit = static_cast<qint64>(hexNumber(chainTx.value(QStringLiteral("gas"))));
        qInfo("token: nonce %llu, recipient %s, tip %llu, gas limit %lld, gas used %lld", nonceBefore, qPrintable(tokenBalance(to)),
              fastTip, limit, gasUsed);
        QVERIFY2(limit > gasUsed && limit <= gasUsed * 13 / 10, qPrintable(QStringLiteral("limit %1, used %2").arg(limit).arg(gasUsed)));
    }

    void speedsUpAPendingTransaction()
    {
        const QString to = freshAddress(++m_fresh);
        QVERIFY(setAutomine(false));
        const auto first = send(to, QStringLiteral("0.25"), {QStringLiteral("--no-wait"), QStringLiteral("--fee"), QStringLiteral("slow")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QJsonObject old = parse(first.out);
        const QString oldHash = old.value(QStringLiteral("hash")).toString();
        QCOMPARE(old.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(parse(tx(QStringLiteral("status"), oldHash).out).value(QStringLiteral("status")).toString(), QStringLiteral("pending"));

        const auto up = tx(QStringLiteral("speed-up"), oldHash);
        QVERIFY2(up.exitCode == 0, qPrintable(up.err));
        const QJsonObject fresh = parse(up.out);
        const QString newHash = fresh.value(QStringLiteral("hash")).toString();
        QVERIFY(newHash != oldHash);
        QCOMPARE(fresh.value(QStringLiteral("replaces")).toString(), oldHash);
        QCOMPARE(fresh.value(QStringLiteral("nonce")), old.value(QStringLiteral("nonce")));
        const auto oldTip = *parseDecimalUInt256(old.value(QStringLiteral("maxPriorityFeePerGas")).toString().toStdString());
        const auto newTip = *parseDecimalUInt256(fresh.value(QStringLiteral("maxPriorityFeePerGas")).toString().toStdString());
        const auto oldMax = *parseDecimalUInt256(old.value(QStringLiteral("maxFeePerGas")).toString().toStdString());
        const auto newMax = *parseDecimalUInt256(fresh.value(QStringLiteral("maxFeePerGas")).toString().toStdString());
        QVERIFY(newTip * 8 >= oldTip * 9);
        QVERIFY(newMax * 8 >= oldMax * 9);
        // Pending replacement: the old one is replaced, not dropped.
        const QJsonObject oldStatus = parse(tx(QStringLiteral("status"), oldHash).out);
        QCOMPARE(oldStatus.value(QStringLiteral("status")).toString(), QStringLiteral("replaced"));
        QCOMPARE(oldStatus.value(QStringLiteral("replacedBy")).toString(), newHash);

        QVERIFY(!m_devnet.rpc(QStringLiteral("evm_mine")).isNull());
        const QJsonObject mined = parse(cast({QStringLiteral("block"), QStringLiteral("latest"), QStringLiteral("--json")}));
        const QJsonArray txs = mined.value(QStringLiteral("transactions")).toArray();
        QCOMPARE(txs.size(), 1);
        QCOMPARE(txs.first().toString(), newHash);
        const QJsonObject chainTx = castTx(newHash);
        QCOMPARE(static_cast<qint64>(hexNumber(chainTx.value(QStringLiteral("nonce")))), old.value(QStringLiteral("nonce")).toInteger());
        QCOMPARE(QString::number(hexNumber(chainTx.value(QStringLiteral("maxPriorityFeePerGas")))),
                 QString::fromStdString(toDecimalString(newTip)));
        QCOMPARE(balance(to), QStringLiteral("250000000000000000"));
        qInfo("speed-up: nonce %lld, tip %s -> %s, maxFee %s -> %s", old.value(QStringLiteral("nonce")).toInteger(),
              toDecimalString(oldTip).c_str(), toDecimalString(newTip).c_str(), toDecimalString(oldMax).c_str(),
              toDecimalString(newMax).c_str());
        const QJsonObject after = parse(tx(QStringLiteral("status"), oldHash).out);
        QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("replaced"));
        QCOMPARE(after.value(QStringLiteral("replacedBy")).toString(), newHash);
        QCOMPARE(after.value(QStringLiteral("replacementIncluded")).toBool(), true);
        // The replaced one cannot be replaced again.
        const auto again = tx(QStringLiteral("speed-up"), oldHash);
        QCOMPARE(again.exitCode, 1);
    }

    void cancelsAPendingTransaction()
    {
        const QString to = freshAddress(++m_fresh);
        QVERIFY(setAutomine(false));
        const auto first = send(to, QStringLiteral("0.3"), {QStringLiteral("--no-wait")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QJsonObject old = parse(first.out);
        const QString oldHash = old.value(QStringLiteral("hash")).toString();
        const auto cancel = tx(QStringLiteral("cancel"), oldHash, {QStringLiteral("--fee"), QStringLiteral("fast")});
        QVERIFY2(cancel.exitCode == 0, qPrintable(cancel.err));
        const QJsonObject fresh = parse(cancel.out);
        const QString newHash = fresh.value(QStringLiteral("hash")).toString();
        QCOMPARE(fresh.value(QStringLiteral("kind")).toString(), QStringLiteral("cancel"));
        QVERIFY(!m_devnet.rpc(QStringLiteral("evm_mine")).isNull());
        const QJsonArray txs = parse(cast({QStringLiteral("block"), QStringLiteral("latest"), QStringLiteral("--json")}))
                                   .value(QStringLiteral("transactions")).toArray();
        QCOMPARE(txs.size(), 1);
        QCOMPARE(txs.first().toString(), newHash);
        const QJsonObject chainTx = castTx(newHash);
        QCOMPARE(chainTx.value(QStringLiteral("to")).toString().toLower(), kUser.toLower());
        QCOMPARE(chainTx.value(QStringLiteral("from")).toString().toLower(), kUser.toLower());
        QCOMPARE(hexNumber(chainTx.value(QStringLiteral("value"))), 0u);
        QCOMPARE(hexNumber(chainTx.value(QStringLiteral("gas"))), 21000u);
        QCOMPARE(static_cast<qint64>(hexNumber(chainTx.value(QStringLiteral("nonce")))), old.value(QStringLiteral("nonce")).toInteger());
        QCOMPARE(balance(to), QStringLiteral("0"));
        const QJsonObject after = parse(tx(QStringLiteral("status"), oldHash).out);
        QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("replaced"));
        QCOMPARE(after.value(QStringLiteral("replacedBy")).toString(), newHash);
    }

    void refusesToReplaceAnIncludedTransaction()
    {
        const auto r = send(freshAddress(++m_fresh), QStringLiteral("0.01"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = parse(r.out);
        const QString hash = o.value(QStringLiteral("hash")).toString();
        const QString block = QString::number(o.value(QStringLiteral("blockNumber")).toInteger());
        for (const QString& verb : {QStringLiteral("speed-up"), QStringLiteral("cancel")}) {
            const auto refused = tx(verb, hash);
            QCOMPARE(refused.exitCode, 1);
            const QString message = parse(refused.err).value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
            QVERIFY2(message.contains(QStringLiteral("already included in block ") + block), qPrintable(message));
        }
    }

    void refusesUnknownHashes()
    {
        const QString unknown = QStringLiteral("0x") + QString(64, QLatin1Char('5'));
        for (const QString& verb : {QStringLiteral("speed-up"), QStringLiteral("cancel")}) {
            const auto r = tx(verb, unknown);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QStringLiteral("is not in Plinth's journal")), qPrintable(r.err));
        }
        const auto status = tx(QStringLiteral("status"), unknown);
        QCOMPARE(status.exitCode, 1);
        QVERIFY2(status.err.contains(QStringLiteral("the node does not know transaction")), qPrintable(status.err));
        QCOMPARE(tx(QStringLiteral("status"), QStringLiteral("0x1234")).exitCode, 2);
    }

    void refusesTooLittleForGas()
    {
        const QString poor = freshAddress(++m_fresh);
        // 0.00001 ETH: enough for the value, not for 21000 gas at ~1.5 gwei.
        QVERIFY(!m_devnet.rpc(QStringLiteral("anvil_setBalance"), {poor, QStringLiteral("0x9184e72a000")}).isNull());
        const auto r = send(freshAddress(++m_fresh), QStringLiteral("0.000001"), {}, poor);
        QCOMPARE(r.exitCode, 1);
        const QString message = parse(r.err).value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
        QVERIFY2(message.startsWith(poor.toLower().mid(0, 2)) && message.contains(QStringLiteral(": 0.00001 ETH is too little for this transfer: it needs up to 0.0000")),
                 qPrintable(message));
        QVERIFY2(message.endsWith(QStringLiteral("ETH for value and gas")), qPrintable(message));
        QCOMPARE(cast({QStringLiteral("nonce"), poor}), QStringLiteral("0"));
        QCOMPARE(balance(poor), QStringLiteral("10000000000000"));

        const auto tokens = send(freshAddress(++m_fresh), QStringLiteral("1"), {QStringLiteral("--token")}, poor);
        QCOMPARE(tokens.exitCode, 1);
        QVERIFY2(tokens.err.contains(QStringLiteral(": 0 PLNTH is too little for this transfer of 1 PLNTH")), qPrintable(tokens.err));
    }

    void refusesAnotherChain()
    {
        const QString profile = writeProfile(QStringLiteral("wrong-chain.json"), [](QJsonObject& p) { p.insert(QStringLiteral("chainId"), 1); });
        const quint64 nonceBefore = cast({QStringLiteral("nonce"), kUser}).toULongLong();
        const auto r = m_cli.run(QStringList{QStringLiteral("send"), QStringLiteral("--from"), kUser, QStringLiteral("--to"),
                                             freshAddress(++m_fresh), QStringLiteral("--amount"), QStringLiteral("1")}
                                 + withPassword(profile));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("the node is on chain 31337")) && r.err.contains(QStringLiteral("is for chain 1"))
                     && r.err.contains(QStringLiteral("refusing to sign")),
                 qPrintable(r.err));
        QCOMPARE(cast({QStringLiteral("nonce"), kUser}).toULongLong(), nonceBefore);
    }

    void reportsANodeThatIsDown()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const QString profile = writeProfile(QStringLiteral("down.json"), [port](QJsonObject& p) {
            p.insert(QStringLiteral("rpc"), QJsonArray{QStringLiteral("http://127.0.0.1:%1").arg(port)});
        });
        QElapsedTimer t;
        t.start();
        const auto r = m_cli.run(QStringList{QStringLiteral("send"), QStringLiteral("--from"), kUser, QStringLiteral("--to"),
                                             freshAddress(++m_fresh), QStringLiteral("--amount"), QStringLiteral("1")}
                                 + withPassword(profile));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("the node cannot be reached")) && r.err.contains(QString::number(port)), qPrintable(r.err));
        QVERIFY2(t.elapsed() < 30000, qPrintable(QString::number(t.elapsed())));
        const auto status = m_cli.run(QStringList{QStringLiteral("tx"), QStringLiteral("status"), QStringLiteral("0x") + QString(64, QLatin1Char('1'))}
                                      + common(profile));
        QCOMPARE(status.exitCode, 1);
        QVERIFY2(status.err.contains(QStringLiteral("the node cannot be reached")), qPrintable(status.err));
    }

    void refusesBadAmounts_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("why");
        QTest::newRow("exponent") << "1e18" << "exponents are not accepted";
        QTest::newRow("negative") << "-1" << "cannot be negative";
        QTest::newRow("too many decimals") << "0.0000000000000000001" << "ETH has 18 decimal places";
        QTest::newRow("garbage") << "lots" << "is not a valid amount";
        QTest::newRow("zero") << "0" << "more than 0";
    }
    void refusesBadAmounts()
    {
        QFETCH(QString, amount);
        QFETCH(QString, why);
        const auto r = send(freshAddress(++m_fresh), amount);
        QVERIFY2(r.exitCode == (amount == QLatin1String("0") ? 1 : 2), qPrintable(r.err));
        QVERIFY2(r.err.contains(why), qPrintable(r.err));
    }

    void textOutput()
    {
        const QString to = freshAddress(++m_fresh);
        QStringList args{QStringLiteral("send"), QStringLiteral("--from"), kUser, QStringLiteral("--to"), to, QStringLiteral("--amount"),
                         QStringLiteral("0.5"), QStringLiteral("--datadir"), m_dataDir, QStringLiteral("--network"), m_devnet.profilePath(),
                         QStringLiteral("--password-file"), m_passwordFile};
        const auto r = m_cli.run(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith(QStringLiteral("Sent 0x")));
        QVERIFY2(lines[2].startsWith(QStringLiteral("Included in block ")) && lines[2].contains(QStringLiteral("success")), qPrintable(lines[2]));
        QCOMPARE(balance(to), QStringLiteral("500000000000000000"));
    }
};

QTEST_GUILESS_MAIN(TestTxCli)
#include "tst_tx_cli.moc"
