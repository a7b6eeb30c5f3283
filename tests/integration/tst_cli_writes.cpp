// The write commands (claim, stake, delegate-stake, unstake, withdraw, device update/transfer/retire) run
// as a user runs them: the real plinth-cli against a fresh seeded anvil (DevnetFixture), every result
// cross-checked with cast (balances, the contracts' records, events, nonces). Failures must leave the
// sender's nonce unchanged: nothing was sent. No mocks.
#include "DevnetFixture.h"
#include "tst_cli_wallet_support.h"
#include "tst_vault_support.h"
#include "wallet/codec/UInt256.h"
#include "wallet/vault/Vault.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

#include <unistd.h>

using namespace plinth;

namespace {

const QByteArray kPassword = "writes test vault password";
const QString kMnemonic = QStringLiteral("test test test test test test test test test test test junk");
const QString kUserKey = QStringLiteral("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
const QString kUser = QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
const QString kAlice = QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
const QString kCold = QStringLiteral("0x976EA74026E726554dB657fA54763abd0C3a0aa9");
const QString kZero = QStringLiteral("0x0000000000000000000000000000000000000000");
// Seeded devices (contracts/README.md): 0-8 and 10 are the user's, 9 is alice's, 13 is retired.
const QString kDevice0 = QStringLiteral("0x4D38B714CA1A46a9EbB658613D1BadC2Cf36Db63");
const QString kDevice1 = QStringLiteral("0x29E7691118021fccfE0bF8A6052B54b43C02FDB4");
const QString kDevice2 = QStringLiteral("0x4314C17F585d3B14ac7A853b21FE682c31D06968");
const QString kDevice3 = QStringLiteral("0xF3092A5835519cD940Ff2A8572391e925b13FBc3");
const QString kDevice9 = QStringLiteral("0x368C0c59E019Ca849262a5fD18779955d9DBeCAB");
// keccak256("Claimed(address,address,uint256)") (contracts/README.md).
// anvil's account 7, the seeded SLASHER_ROLE.
const QString kSlasherKey = QStringLiteral("0x4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356");
const QString kDevice4 = QStringLiteral("0x0D0be99F468d4DC14a0858D176B88cf81195B7C2");
const QString kDevice6 = QStringLiteral("0x867B6b8988261C34982cF9E938f389b073B0D197");
const QString kClaimedTopic = QStringLiteral("0xf7a40077ff7a04c7e61f6f26fb13774259ddf1b6bce9ecf26a8276cdd3992683");

UInt256 number(const QString& decimal)
{
    auto n = parseDecimalUInt256(decimal.trimmed().toStdString());
    return n ? *n : UInt256(0);
}
QString dec(const UInt256& v) { return QString::fromStdString(toDecimalString(v)); }
UInt256 tokens(unsigned n) { return UInt256(n) * UInt256(1'000'000'000'000'000'000ULL); }
QString word(const QString& address) { return QStringLiteral("0x000000000000000000000000") + address.mid(2).toLower(); }

// The JSON lines a write command prints: {"preview": …}, then one object per transaction sent.
QList<QJsonObject> jsonLines(const QString& out)
{
    QList<QJsonObject> lines;
    for (const QString& line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        lines.append(QJsonDocument::fromJson(line.toUtf8()).object());
    return lines;
}

QString errorMessage(const test::CliRun& r)
{
    return QJsonDocument::fromJson(r.err.trimmed().section(QLatin1Char('\n'), -1).toUtf8())
        .object().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
}

} // namespace

class TestCliWrites : public QObject {
    Q_OBJECT
private:
    test::DevnetFixture m_devnet;
    QTemporaryDir m_root;
    test::CliRecorder m_cli;
    QString m_dataDir;
    QString m_passwordFile;
    QString m_token, m_staking, m_rewards, m_devices;

    test::CliRun write(const QStringList& args, const QByteArray& stdinData = {})
    {
        return m_cli.run(args + QStringList{QStringLiteral("--datadir"), m_dataDir, QStringLiteral("--network"), m_devnet.profilePath(),
                                            QStringLiteral("--json"), QStringLiteral("--password-file"), m_passwordFile},
                         stdinData);
    }
    test::CliRun writeYes(const QStringList& args) { return write(args + QStringList{QStringLiteral("--yes")}); }
    QStringList common() const
    {
        return {QStringLiteral("--datadir"), m_dataDir, QStringLiteral("--network"), m_devnet.profilePath(), QStringLiteral("--json"),
                QStringLiteral("--password-file"), m_passwordFile, QStringLiteral("--yes")};
    }
    // Starts a write command and returns at once (no terminal, as CliRecorder runs it); finish() waits.
    std::unique_ptr<QProcess> start(const QStringList& args)
    {
        auto p = std::make_unique<QProcess>();
        p->setChildProcessModifier([] { ::setsid(); });
        p->start(QStringLiteral(PLINTH_CLI_PATH), args + common());
        p->closeWriteChannel();
        return p;
    }
    test::CliRun finish(QProcess& p, const QStringList& args)
    {
        test::CliRun r;
        r.args = args;
        if (!p.waitForFinished(90000))
            p.kill();
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        m_cli.addRun(r); // for the leak check
        return r;
    }
    // Until the sender's pending nonce passes `n` (its transaction reached the mempool).
    bool waitForPending(quint64 n)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 30000) {
            if (cast({QStringLiteral("nonce"), kUser, QStringLiteral("--block"), QStringLiteral("pending")}).toULongLong() > n)
                return true;
            QTest::qWait(100);
        }
        return false;
    }
    bool setAutomine(bool on)
    {
        return !m_devnet.rpc(QStringLiteral("evm_setAutomine"), {on ? QStringLiteral("true") : QStringLiteral("false")}).isNull();
    }
    QString cast(const QStringList& args)
    {
        QString error;
        const QString out = m_devnet.cast(args, &error);
        if (out.isNull())
            qWarning("cast %s failed: %s", qPrintable(args.join(QLatin1Char(' '))), qPrintable(error));
        return out.trimmed();
    }
    UInt256 call(const QString& contract, const QString& signature, const QStringList& args = {})
    {
        return number(test::DevnetFixture::exactNumber(cast(QStringList{QStringLiteral("call"), contract, signature} + args)));
    }
    UInt256 tokenBalance(const QString& who) { return call(m_token, QStringLiteral("balanceOf(address)(uint256)"), {who}); }
    UInt256 staked(const QString& device, const QString& who = kUser)
    {
        return call(m_staking, QStringLiteral("stakes(address,address)(uint256)"), {device, who});
    }
    quint64 nonce(const QString& who = kUser) { return cast({QStringLiteral("nonce"), who}).toULongLong(); }
    bool sendAs(const QString& key, const QStringList& args)
    {
        return !cast(QStringList{QStringLiteral("send"), QStringLiteral("--private-key"), key} + args).isEmpty();
    }
    // Every transaction line of a run is included and succeeded; returns their hashes.
    QStringList confirmedHashes(const test::CliRun& r, int expected)
    {
        QStringList hashes;
        const QList<QJsonObject> lines = jsonLines(r.out);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QJsonObject& o = lines.at(i);
            if (o.value(QStringLiteral("status")).toString() == QLatin1String("included") && o.value(QStringLiteral("success")).toBool())
                hashes << o.value(QStringLiteral("hash")).toString();
        }
        if (hashes.size() != expected)
            qWarning("expected %d confirmed transactions, got %lld: %s", expected, qlonglong(hashes.size()), qPrintable(r.out));
        return hashes;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        QVERIFY2(m_devnet.start(), qPrintable(m_devnet.error()));
        const QJsonObject contracts = m_devnet.profile().value(QStringLiteral("contracts")).toObject();
        m_token = contracts.value(QStringLiteral("token")).toString();
        m_staking = contracts.value(QStringLiteral("staking")).toString();
        m_rewards = contracts.value(QStringLiteral("rewards")).toString();
        m_devices = contracts.value(QStringLiteral("devices")).toString();
        m_dataDir = m_root.filePath(QStringLiteral("data"));
        m_passwordFile = m_root.filePath(QStringLiteral("password"));
        QVERIFY(test::writeFileBytes(m_passwordFile, kPassword + "\n"));
        auto vault = Vault::create(test::toPath(m_dataDir), SecureString(kPassword.toStdString()),
                                   SecureString(kMnemonic.toStdString()), SecureString(std::string()), test::fastOptions());
        QVERIFY2(vault, vault ? "" : vault.error().message.c_str());
        auto alice = (*vault)->addDerivedAccount(std::nullopt); // m/44'/60'/0'/0/1
        QVERIFY(alice);
        QCOMPARE(QString::fromStdString(toChecksumAddress(alice->address)), kAlice);
        m_cli.addMnemonic(kMnemonic);
        m_cli.addKey(kUserKey);
    }

    void cleanup() { QVERIFY(setAutomine(true)); }
    void cleanupTestCase() { QCOMPARE(m_cli.findLeak(), QString()); }

    void claimMovesExactlyTheClaimable()
    {
        const UInt256 claimable = call(m_rewards, QStringLiteral("accrued(address)(uint256)"), {kUser});
        QVERIFY(claimable > 0);
        const UInt256 before = tokenBalance(kCold);
        const auto r = writeYes({QStringLiteral("claim"), QStringLiteral("--to"), kCold});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QList<QJsonObject> lines = jsonLines(r.out);
        QCOMPARE(lines.size(), 2);
        const QJsonObject preview = lines.at(0).value(QStringLiteral("preview")).toObject();
        QCOMPARE(preview.value(QStringLiteral("facts")).toObject().value(QStringLiteral("claimable")).toString(), dec(claimable));
        const QJsonObject step = preview.value(QStringLiteral("steps")).toArray().at(0).toObject();
        QCOMPARE(step.value(QStringLiteral("function")).toString(), QStringLiteral("claim(address)"));
        QCOMPARE(step.value(QStringLiteral("simulation")).toObject().value(QStringLiteral("success")).toBool(), true);
        QCOMPARE(step.value(QStringLiteral("simulation")).toObject().value(QStringLiteral("verified")).toBool(true), false);
        const QStringList hashes = confirmedHashes(r, 1);
        QCOMPARE(hashes.size(), 1);

        QCOMPARE(dec(tokenBalance(kCold) - before), dec(claimable));
        QCOMPARE(dec(call(m_rewards, QStringLiteral("accrued(address)(uint256)"), {kUser})), QStringLiteral("0"));
        // The Claimed(owner, to, amount) event of that transaction.
        const QJsonObject receipt = QJsonDocument::fromJson(cast({QStringLiteral("receipt"), hashes.first(), QStringLiteral("--json")}).toUtf8()).object();
        bool found = false;
        for (const QJsonValue& v : receipt.value(QStringLiteral("logs")).toArray()) {
            const QJsonObject log = v.toObject();
            const QJsonArray topics = log.value(QStringLiteral("topics")).toArray();
            if (topics.at(0).toString() != kClaimedTopic)
                continue;
            found = true;
            QCOMPARE(log.value(QStringLiteral("address")).toString().toLower(), m_rewards.toLower());
            QCOMPARE(topics.at(1).toString(), word(kUser));
            QCOMPARE(topics.at(2).toString(), word(kCold));
            QCOMPARE(dec(number(m_devnet.castOffline({QStringLiteral("to-dec"), log.value(QStringLiteral("data")).toString()}))), dec(claimable));
        }
        QVERIFY(found);
        qInfo("claimed %s base units to cold in %s", qPrintable(dec(claimable)), qPrintable(hashes.first()));

        // Nothing left: refused before any transaction (once the claim's block is verified).
        QVERIFY(!m_devnet.rpc(QStringLiteral("evm_mine")).isNull());
        const quint64 n = nonce();
        const auto again = writeYes({QStringLiteral("claim")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(errorMessage(again).contains(QStringLiteral("has nothing to claim: its accrued rewards are 0")), qPrintable(again.err));
        QCOMPARE(nonce(), n);
    }

    void stakeUnstakeAndWithdrawAfterUnbonding()
    {
        const UInt256 stake0 = staked(kDevice0);
        const UInt256 deviceStake0 = call(m_staking, QStringLiteral("deviceStake(address)(uint256)"), {kDevice0});
        const UInt256 wallet0 = tokenBalance(kUser);
        const UInt256 held0 = tokenBalance(m_staking);

        const auto stake = writeYes({QStringLiteral("stake"), kDevice0, QStringLiteral("100")});
        QVERIFY2(stake.exitCode == 0, qPrintable(stake.err));
        QCOMPARE(confirmedHashes(stake, 1).size(), 1); // the seeded allowance covers it: no approval step
        QCOMPARE(dec(staked(kDevice0) - stake0), dec(tokens(100)));
        QCOMPARE(dec(call(m_staking, QStringLiteral("deviceStake(address)(uint256)"), {kDevice0}) - deviceStake0), dec(tokens(100)));
        QCOMPARE(dec(wallet0 - tokenBalance(kUser)), dec(tokens(100)));
        QCOMPARE(dec(tokenBalance(m_staking) - held0), dec(tokens(100)));

        const auto unstake = writeYes({QStringLiteral("unstake"), kDevice0, QStringLiteral("40")});
        QVERIFY2(unstake.exitCode == 0, qPrintable(unstake.err));
        QCOMPARE(confirmedHashes(unstake, 1).size(), 1);
        QCOMPARE(dec(staked(kDevice0) - stake0), dec(tokens(60)));
        const UInt256 id = call(m_staking, QStringLiteral("unbondingCount()(uint256)"));
        const QString record = cast({QStringLiteral("call"), m_staking, QStringLiteral("unbondings(uint256)(address,address,uint128,uint64,bool)"), dec(id)});
        QVERIFY2(record.contains(kUser) && record.contains(kDevice0) && record.contains(dec(tokens(40))) && record.endsWith(QStringLiteral("false")),
                 qPrintable(record));

        // Too early: the simulation's reason, with the release time, and nothing sent.
        const quint64 n = nonce();
        const auto early = writeYes({QStringLiteral("withdraw"), dec(id)});
        QCOMPARE(early.exitCode, 1);
        const QString message = errorMessage(early);
        QVERIFY2(message.contains(QStringLiteral("Staking: unbonding %1 is released only at ").arg(dec(id)))
                     && message.contains(QStringLiteral(" UTC (StillUnbonding)")) && message.contains(QStringLiteral("nothing was signed or sent")),
                 qPrintable(message));
        QCOMPARE(nonce(), n);
        QCOMPARE(dec(tokenBalance(kUser)), dec(wallet0 - tokens(100)));

        // After the unbonding period (14 days), it pays out.
        const UInt256 period = call(m_staking, QStringLiteral("unbondingPeriod()(uint64)"));
        QVERIFY(!m_devnet.rpc(QStringLiteral("evm_increaseTime"), {dec(period + 1)}).isNull());
        QVERIFY(!m_devnet.rpc(QStringLiteral("evm_mine")).isNull());
        const auto withdraw = writeYes({QStringLiteral("withdraw"), dec(id)});
        QVERIFY2(withdraw.exitCode == 0, qPrintable(withdraw.err));
        QCOMPARE(confirmedHashes(withdraw, 1).size(), 1);
        QCOMPARE(dec(wallet0 - tokenBalance(kUser)), dec(tokens(60)));
        QCOMPARE(dec(tokenBalance(m_staking) - held0), dec(tokens(60)));
        QVERIFY(cast({QStringLiteral("call"), m_staking, QStringLiteral("unbondings(uint256)(address,address,uint128,uint64,bool)"), dec(id)})
                    .endsWith(QStringLiteral("true")));
        // Twice is refused by the contract's own error.
        const quint64 n2 = nonce();
        const auto twice = writeYes({QStringLiteral("withdraw"), dec(id)});
        QCOMPARE(twice.exitCode, 1);
        QVERIFY2(errorMessage(twice).contains(QStringLiteral("was already withdrawn (AlreadyWithdrawn)")), qPrintable(twice.err));
        QCOMPARE(nonce(), n2);
    }

    void approvalPlanWhenThereIsNoAllowance()
    {
        QVERIFY(sendAs(kUserKey, {m_token, QStringLiteral("approve(address,uint256)"), m_staking, QStringLiteral("0")}));
        QCOMPARE(dec(call(m_token, QStringLiteral("allowance(address,address)(uint256)"), {kUser, m_staking})), QStringLiteral("0"));
        const UInt256 before = staked(kDevice9);
        const quint64 n = nonce();
        // Confirmed at the prompt this time.
        const auto r = write({QStringLiteral("delegate-stake"), kDevice9, QStringLiteral("25")}, "y\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Send these 2 transactions? [y/N]")), qPrintable(r.err));
        const QList<QJsonObject> lines = jsonLines(r.out);
        QCOMPARE(lines.size(), 3);
        const QJsonArray steps = lines.at(0).value(QStringLiteral("preview")).toObject().value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.at(0).toObject().value(QStringLiteral("function")).toString(), QStringLiteral("approve(address,uint256)"));
        const QJsonObject main = steps.at(1).toObject();
        QCOMPARE(main.value(QStringLiteral("function")).toString(), QStringLiteral("delegate(address,uint256)"));
        // Simulated and estimated as if approved, with the nonce after the approval's; built again later.
        QVERIFY(main.contains(QStringLiteral("fees")));
        QVERIFY(main.value(QStringLiteral("deferred")).toString().contains(QStringLiteral("assuming the approval")));
        QCOMPARE(main.value(QStringLiteral("nonce")).toInteger(), steps.at(0).toObject().value(QStringLiteral("nonce")).toInteger() + 1);
        QCOMPARE(main.value(QStringLiteral("simulation")).toObject().value(QStringLiteral("success")).toBool(), true);
        QVERIFY(!main.value(QStringLiteral("simulation")).toObject().value(QStringLiteral("assumption")).toString().isEmpty());
        QCOMPARE(lines.at(1).value(QStringLiteral("kind")).toString(), QStringLiteral("approve"));
        QCOMPARE(lines.at(2).value(QStringLiteral("kind")).toString(), QStringLiteral("delegate-stake"));
        QCOMPARE(confirmedHashes(r, 2).size(), 2);
        QCOMPARE(nonce(), n + 2);
        QCOMPARE(dec(staked(kDevice9) - before), dec(tokens(25)));
        // Exactly the amount was approved, and transferFrom used it all.
        QCOMPARE(dec(call(m_token, QStringLiteral("allowance(address,address)(uint256)"), {kUser, m_staking})), QStringLiteral("0"));

        // A plan whose main call would fail stops before the approval is sent.
        const auto dead = writeYes({QStringLiteral("delegate-stake"), QStringLiteral("0xcAACAb28535124A8639cBD5eFb485b37F2EFe088"), QStringLiteral("5")});
        QCOMPARE(dead.exitCode, 1);
        QVERIFY2(errorMessage(dead).contains(QStringLiteral("is not active (not registered, or retired) (DeviceNotActive)")), qPrintable(dead.err));
        QCOMPARE(nonce(), n + 2);
    }

    void aPlanMustBeAffordableAsAWhole()
    {
        // Alice, without allowance, with enough for the approval's gas but not for both transactions.
        const QString aliceKey = QStringLiteral("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
        QVERIFY(sendAs(aliceKey, {m_token, QStringLiteral("approve(address,uint256)"), m_staking, QStringLiteral("0")}));
        const QStringList args{QStringLiteral("delegate-stake"), kDevice9, QStringLiteral("3"), QStringLiteral("--from"), kAlice};
        const auto look = write(args, "n\n");
        QCOMPARE(look.exitCode, 1);
        const QJsonArray steps = jsonLines(look.out).value(0).value(QStringLiteral("preview")).toObject().value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 2);
        const UInt256 approval = number(steps.at(0).toObject().value(QStringLiteral("fees")).toObject().value(QStringLiteral("maximum")).toString());
        const UInt256 main = number(steps.at(1).toObject().value(QStringLiteral("fees")).toObject().value(QStringLiteral("maximum")).toString());
        QVERIFY(approval > 0 && main > 0);
        // Each transaction alone is covered, not both.
        const UInt256 funds = std::max(approval, main) + std::min(approval, main) / 2;
        QVERIFY(!m_devnet.rpc(QStringLiteral("anvil_setBalance"), {kAlice, QString::fromStdString(toHexQuantity(funds))}).isNull());
        const quint64 n = nonce(kAlice);
        const auto r = writeYes(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(errorMessage(r).contains(QStringLiteral("is too little for these 2 transactions: together they need up to")), qPrintable(r.err));
        QCOMPARE(nonce(kAlice), n);
        QVERIFY(!m_devnet.rpc(QStringLiteral("anvil_setBalance"), {kAlice, QStringLiteral("0x56bc75e2d63100000")}).isNull()); // 100 ETH
    }

    void deviceUpdateTransferAndRetire()
    {
        const quint64 n = nonce();
        const auto update = writeYes({QStringLiteral("device"), QStringLiteral("update"), kDevice1, QStringLiteral("--capacity"), QStringLiteral("9"),
                                      QStringLiteral("--unit"), QStringLiteral("TB"), QStringLiteral("--region"), QStringLiteral("Berlin, DE (Mitte)"),
                                      QStringLiteral("--metadata"), QStringLiteral("ipfs://plinth-test")});
        QVERIFY2(update.exitCode == 0, qPrintable(update.err));
        QCOMPARE(confirmedHashes(update, 3).size(), 3); // one transaction per field
        QCOMPARE(nonce(), n + 3);
        const QString info = cast({QStringLiteral("call"), m_devices,
                                   QStringLiteral("deviceInfo(address)((uint8,bool,uint64,uint64,uint256,string,string,string))"), kDevice1});
        QVERIFY2(info.contains(QStringLiteral(", 9, \"TB\", \"Berlin, DE (Mitte)\", \"ipfs://plinth-test\")")), qPrintable(info));

        const QString tokenId = m_devnet.castOffline({QStringLiteral("to-dec"), kDevice1}).trimmed();
        const auto transfer = writeYes({QStringLiteral("device"), QStringLiteral("transfer"), kDevice1, kCold});
        QVERIFY2(transfer.exitCode == 0, qPrintable(transfer.err));
        QCOMPARE(confirmedHashes(transfer, 1).size(), 1);
        QCOMPARE(cast({QStringLiteral("call"), m_devices, QStringLiteral("ownerOf(uint256)(address)"), tokenId}), kCold);
        QCOMPARE(cast({QStringLiteral("call"), m_devices, QStringLiteral("ownerOfDevice(address)(address)"), kDevice1}), kCold);

        // Refused before anything is built: to the zero address, to its owner; and not ours any more.
        const quint64 n2 = nonce();
        const auto zero = writeYes({QStringLiteral("device"), QStringLiteral("transfer"), kDevice0, kZero});
        QCOMPARE(zero.exitCode, 2);
        QVERIFY2(errorMessage(zero).contains(QStringLiteral("zero address")), qPrintable(zero.err));
        const auto owner = writeYes({QStringLiteral("device"), QStringLiteral("transfer"), kDevice0, kUser});
        QCOMPARE(owner.exitCode, 2);
        QVERIFY2(errorMessage(owner).contains(QStringLiteral("already belongs to %1").arg(kUser)), qPrintable(owner.err));
        const auto gone = writeYes({QStringLiteral("device"), QStringLiteral("transfer"), kDevice1, kUser});
        QCOMPARE(gone.exitCode, 1);
        QVERIFY2(errorMessage(gone).contains(QStringLiteral("ERC721")), qPrintable(gone.err));
        QCOMPARE(nonce(), n2);

        const auto retire = writeYes({QStringLiteral("device"), QStringLiteral("retire"), kDevice2});
        QVERIFY2(retire.exitCode == 0, qPrintable(retire.err));
        QCOMPARE(confirmedHashes(retire, 1).size(), 1);
        QCOMPARE(cast({QStringLiteral("call"), m_devices, QStringLiteral("isRetired(address)(bool)"), kDevice2}), QStringLiteral("true"));
        QCOMPARE(cast({QStringLiteral("call"), m_devices, QStringLiteral("ownerOfDevice(address)(address)"), kDevice2}), kZero);
    }

    void failuresSendNothing()
    {
        const quint64 n = nonce();
        // Someone else's device.
        const auto notOurs = writeYes({QStringLiteral("device"), QStringLiteral("retire"), kDevice9});
        QCOMPARE(notOurs.exitCode, 1);
        QVERIFY2(errorMessage(notOurs).contains(QStringLiteral("DeviceRegistry: device %1 does not belong to %2 (NotDeviceOwner)").arg(kDevice9, kUser)),
                 qPrintable(notOurs.err));
        // More than staked.
        const auto tooMuch = writeYes({QStringLiteral("unstake"), kDevice3, QStringLiteral("1000000")});
        QCOMPARE(tooMuch.exitCode, 1);
        QVERIFY2(errorMessage(tooMuch).contains(QStringLiteral("less than the 1000000 PLNTH asked for (InsufficientStake)")), qPrintable(tooMuch.err));
        // "n", an empty answer and no answer at all refuse.
        const QString region = cast({QStringLiteral("call"), m_devices,
                                     QStringLiteral("deviceInfo(address)((uint8,bool,uint64,uint64,uint256,string,string,string))"), kDevice3});
        for (const QByteArray& answer : {QByteArray("n\n"), QByteArray("\n"), QByteArray("yes please\n"), QByteArray()}) {
            const auto r = write({QStringLiteral("device"), QStringLiteral("update"), kDevice3, QStringLiteral("--region"), QStringLiteral("Porto")}, answer);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QStringLiteral("Send this transaction? [y/N]")), qPrintable(r.err));
            QVERIFY2(errorMessage(r).contains(QStringLiteral("not confirmed: nothing was signed or sent")), qPrintable(r.err));
        }
        QCOMPARE(cast({QStringLiteral("call"), m_devices,
                       QStringLiteral("deviceInfo(address)((uint8,bool,uint64,uint64,uint256,string,string,string))"), kDevice3}),
                 region);
        QCOMPARE(nonce(), n);
    }

    void tooLittleForGas()
    {
        // Alice (the vault's second account) keeps her tokens but only 0.00001 ETH: the gas costs more.
        QVERIFY(!m_devnet.rpc(QStringLiteral("anvil_setBalance"), {kAlice, QStringLiteral("0x9184e72a000")}).isNull());
        const quint64 n = nonce(kAlice);
        const auto r = writeYes({QStringLiteral("delegate-stake"), kDevice9, QStringLiteral("5"), QStringLiteral("--from"), kAlice});
        QCOMPARE(r.exitCode, 1);
        const QString message = errorMessage(r);
        QVERIFY2(message.startsWith(kAlice + QStringLiteral(": 0.00001 ETH is too little for this transaction: it needs up to 0.0000"))
                     && message.contains(QStringLiteral("ETH for gas; nothing was signed or sent")),
                 qPrintable(message));
        QCOMPARE(nonce(kAlice), n);
        QCOMPARE(cast({QStringLiteral("balance"), kAlice}), QStringLiteral("10000000000000"));

        // An account the vault does not hold is refused before anything else.
        const QString stranger = QStringLiteral("0x00000000000000000000000000000000beef0001");
        const auto s = writeYes({QStringLiteral("claim"), QStringLiteral("--from"), stranger});
        QCOMPARE(s.exitCode, 1);
        QVERIFY2(errorMessage(s).contains(QStringLiteral("is not an account of this vault")), qPrintable(s.err));
    }

    void timeoutGivesTheStatusHint()
    {
        QVERIFY(setAutomine(false));
        const auto r = writeYes({QStringLiteral("device"), QStringLiteral("update"), kDevice6, QStringLiteral("--region"), QStringLiteral("Munich, DE"),
                                 QStringLiteral("--timeout"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 1);
        const QString message = errorMessage(r);
        QVERIFY2(message.contains(QStringLiteral("is still pending after 2 s")) && message.contains(QStringLiteral("check it later with `plinth-cli tx status 0x")),
                 qPrintable(message));
        // It was sent: mined now, it lands.
        QVERIFY(!m_devnet.rpc(QStringLiteral("evm_mine")).isNull());
        QVERIFY(cast({QStringLiteral("call"), m_devices,
                      QStringLiteral("deviceInfo(address)((uint8,bool,uint64,uint64,uint256,string,string,string))"), kDevice6})
                    .contains(QStringLiteral("\"Munich, DE\"")));
    }

    void revertInTheBlockIsExplained()
    {
        // The whole stake of device 4 passes the simulation, but a slash mined first in the same block
        // (a higher tip) leaves less than that: the unstake reverts on chain.
        const UInt256 stake = staked(kDevice4);
        QVERIFY(stake > 0);
        const QString amount = QString::fromStdString(formatUnits(stake, 18));
        QVERIFY(setAutomine(false));
        const quint64 n = nonce();
        const QStringList args{QStringLiteral("unstake"), kDevice4, amount};
        auto running = start(args);
        QVERIFY(waitForPending(n));
        QVERIFY(sendAs(kSlasherKey, {QStringLiteral("--async"), QStringLiteral("--priority-gas-price"), QStringLiteral("50000000000"),
                                     QStringLiteral("--gas-price"), QStringLiteral("100000000000"),
                                     // No estimate: the node would estimate on top of the pending unstake.
                                     QStringLiteral("--gas-limit"), QStringLiteral("200000"), m_staking,
                                     QStringLiteral("slash(address,address,uint256,string)"), kDevice4, kUser, QStringLiteral("1"),
                                     QStringLiteral("test: front-run")}));
        QVERIFY(!m_devnet.rpc(QStringLiteral("evm_mine")).isNull());
        const auto r = finish(*running, args);
        QCOMPARE(r.exitCode, 1);
        const QString message = errorMessage(r);
        QVERIFY2(message.contains(QStringLiteral("was included in block ")) && message.contains(QStringLiteral("but reverted: Staking: only "))
                     && message.contains(QStringLiteral("(InsufficientStake) (found by re-running it at block ")),
                 qPrintable(message));
        qInfo("%s", qPrintable(message));
        QCOMPARE(nonce(), n + 1); // mined, reverted
        QCOMPARE(dec(staked(kDevice4)), dec(stake - 1));
    }

    void droppedIsSaid()
    {
        QVERIFY(setAutomine(false));
        const quint64 n = nonce();
        const QStringList args{QStringLiteral("device"), QStringLiteral("update"), kDevice6, QStringLiteral("--metadata"), QStringLiteral("ipfs://dropped")};
        auto running = start(args);
        QVERIFY(waitForPending(n));
        QVERIFY(!m_devnet.rpc(QStringLiteral("anvil_dropAllTransactions")).isNull());
        const auto r = finish(*running, args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(errorMessage(r).contains(QStringLiteral("was dropped: the node no longer has it and its nonce was not used, so nothing was spent")),
                 qPrintable(r.err));
        QVERIFY(!m_devnet.rpc(QStringLiteral("evm_mine")).isNull());
        QCOMPARE(nonce(), n);
    }
};

QTEST_GUILESS_MAIN(TestCliWrites)
#include "tst_cli_writes.moc"
