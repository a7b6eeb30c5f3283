// plinth-cli's governance writes (vote, delegate, propose, queue, execute, simulate) as a user runs them
// against a fresh seeded devnet: a whole proposal lifecycle moved through time with anvil, every result
// read back with cast, and every refusal shown to send nothing (the account's nonce unchanged).
#include "DevnetFixture.h"
#include "tst_cli_wallet_support.h"
#include "tst_vault_support.h"
#include "wallet/codec/UInt256.h"
#include "wallet/vault/Vault.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace plinth;
using plinth::test::CliRecorder;
using plinth::test::CliRun;
using plinth::test::DevnetFixture;
using plinth::test::jsonOf;

namespace {

const QString kMnemonic = QStringLiteral("test test test test test test test test test test test junk");
const QByteArray kPassword = "governance writes test password";
constexpr qint64 kDay = 86400;

} // namespace

class TestCliGovernanceWrites : public QObject {
    Q_OBJECT

    QString account(const QString& name) const { return m_fx.facts().value(QStringLiteral("accounts")).toObject().value(name).toString(); }
    QString contract(const QString& name) const { return m_fx.profile().value(QStringLiteral("contracts")).toObject().value(name).toString(); }
    QString factId(const QString& label) const
    {
        return m_fx.facts().value(QStringLiteral("proposals")).toObject().value(label).toObject().value(QStringLiteral("id")).toString();
    }
    QString castCall(const QString& to, const QString& signature, const QStringList& args = {}) const
    {
        return DevnetFixture::exactNumber(m_fx.cast(QStringList{QStringLiteral("call"), to, signature} + args));
    }
    QString nonce(const QString& who) const { return m_fx.cast({QStringLiteral("nonce"), who}); }
    int state(const QString& id) const { return castCall(contract(QStringLiteral("governor")), QStringLiteral("state(uint256)(uint8)"), {id}).toInt(); }
    QString votes(const QString& who) const
    {
        return castCall(contract(QStringLiteral("token")), QStringLiteral("getVotes(address)(uint256)"), {who});
    }
    // Moves the chain's clock forward and mines two blocks, so that the next command verifies one at the
    // new time (the newest block is verified once its child links to it).
    bool advance(qint64 seconds) const
    {
        return !m_fx.rpc(QStringLiteral("evm_increaseTime"), {QString::number(seconds)}).isNull() &&
               !m_fx.rpc(QStringLiteral("anvil_mine"), {QStringLiteral("2")}).isNull();
    }
    // A write command, confirmed with --yes, its password from a file. Then one more block, a second
    // later: the light client verifies a block once a child links to it, so the next command sees this
    // one's effects; and the next transaction's block gets a timestamp of its own (anvil gives blocks
    // mined within one second the same one), as on a real chain, so that its gas estimate and its
    // execution agree on whether ERC20Votes writes a new checkpoint (a same-timestamp estimate is cheaper
    // and the transaction then runs out of gas).
    CliRun write(const QStringList& args, const QString& from)
    {
        CliRun run = m_cli.run(args + QStringList{QStringLiteral("--from"), from, QStringLiteral("--yes"), QStringLiteral("--password-file"),
                                                  m_passwordFile, QStringLiteral("--json")} + m_common);
        advance(1);
        return run;
    }
    // The first JSON line a command printed (the write flow prints the preview first, then each step).
    static QJsonObject firstJson(const CliRun& run)
    {
        return QJsonDocument::fromJson(run.out.section(QLatin1Char('\n'), 0, 0).toUtf8()).object();
    }
    // A command that must be refused before anything is sent: exit 1, the message names `expected`.
    void expectRefused(const QStringList& args, const QString& from, const QString& expected)
    {
        const QString before = nonce(from);
        const CliRun run = write(args, from);
        QVERIFY2(run.exitCode == 1, qPrintable(run.err + run.out));
        QVERIFY2(run.err.contains(expected, Qt::CaseInsensitive), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("nothing was sent")), qPrintable(run.err));
        QCOMPARE(nonce(from), before);
    }
    QJsonObject show(const QString& id)
    {
        const CliRun run = m_cli.run(QStringList{QStringLiteral("proposal"), QStringLiteral("show"), id, QStringLiteral("--json")} + m_common);
        return run.exitCode == 0 ? jsonOf(run) : QJsonObject{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fx.start(), qPrintable(m_fx.error()));
        QVERIFY(m_dir.isValid());
        const QString data = m_dir.filePath(QStringLiteral("data"));
        m_passwordFile = m_dir.filePath(QStringLiteral("password"));
        QVERIFY(test::writeFileBytes(m_passwordFile, kPassword + "\n"));
        // anvil's accounts 0..6 (user, alice, bob, carol, dave, grants, cold), as `wallet restore` and
        // `accounts add` make them, at a test-only KDF cost.
        auto vault = Vault::create(test::toPath(data), SecureString(kPassword.toStdString()), SecureString(kMnemonic.toStdString()),
                                   SecureString(std::string()), test::fastOptions());
        QVERIFY2(vault, vault ? "" : vault.error().message.c_str());
        for (int i = 1; i <= 6; ++i)
            QVERIFY((*vault)->addDerivedAccount(std::nullopt));
        const auto accounts = (*vault)->accounts();
        QCOMPARE(QString::fromStdString(toChecksumAddress(accounts->at(6).address)), account(QStringLiteral("cold")));
        m_cli.addMnemonic(kMnemonic);
        m_common = {QStringLiteral("--datadir"), data, QStringLiteral("--network"), m_fx.profilePath()};
    }

    void cleanupTestCase() { QCOMPARE(m_cli.findLeak(), QString()); }

    void wholeLifecycleChangesTheOnboardingFee()
    {
        const QString user = account(QStringLiteral("user")), alice = account(QStringLiteral("alice"));
        const QString bob = account(QStringLiteral("bob")), carol = account(QStringLiteral("carol"));
        const QString devices = contract(QStringLiteral("devices"));
        const QString description = QStringLiteral("# PIP-9: Double the onboarding fee to 20 PLNTH\n\nSpam registrations are up.\n");

        // propose: the id is the governor's hashProposal, the action the setter's calldata, the preview
        // shows it old -> new.
        const QString descriptionFile = m_dir.filePath(QStringLiteral("pip9.md"));
        QVERIFY(test::writeFileBytes(descriptionFile, description.toUtf8()));
        const CliRun proposed = write({QStringLiteral("propose"), QStringLiteral("--set"), QStringLiteral("registry.onboardingFee=20"),
                                       QStringLiteral("--description-file"), descriptionFile}, user);
        QVERIFY2(proposed.exitCode == 0, qPrintable(proposed.err + proposed.out));
        const QJsonObject facts = firstJson(proposed).value(QStringLiteral("preview")).toObject().value(QStringLiteral("facts")).toObject();
        const QJsonObject previewed = facts.value(QStringLiteral("actions")).toArray().at(0).toObject();
        QCOMPARE(previewed.value(QStringLiteral("calldata")).toString(),
                 m_fx.castOffline({QStringLiteral("calldata"), QStringLiteral("setOnboardingFee(uint256)"), QStringLiteral("20000000000000000000")}));
        QCOMPARE(previewed.value(QStringLiteral("change")).toObject().value(QStringLiteral("old")).toString(),
                 castCall(devices, QStringLiteral("onboardingFee()(uint256)")));
        QCOMPARE(previewed.value(QStringLiteral("change")).toObject().value(QStringLiteral("newDisplay")).toString(), QStringLiteral("20 PLNTH"));
        QCOMPARE(facts.value(QStringLiteral("threshold")).toObject().value(QStringLiteral("raw")).toString(),
                 castCall(contract(QStringLiteral("governor")), QStringLiteral("proposalThreshold()(uint256)")));
        const QString calldata = m_fx.castOffline({QStringLiteral("calldata"), QStringLiteral("setOnboardingFee(uint256)"), QStringLiteral("20000000000000000000")});
        const QString descriptionHash = m_fx.castOffline({QStringLiteral("keccak"), description});
        const QString id = castCall(contract(QStringLiteral("governor")), QStringLiteral("hashProposal(address[],uint256[],bytes[],bytes32)(uint256)"),
                                    {QStringLiteral("[%1]").arg(devices), QStringLiteral("[0]"), QStringLiteral("[%1]").arg(calldata), descriptionHash});
        QCOMPARE(facts.value(QStringLiteral("proposalId")).toString(), id);
        QCOMPARE(state(id), 0); // Pending
        QJsonObject shown = show(id);
        QCOMPARE(shown.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        const QJsonObject change = shown.value(QStringLiteral("actions")).toArray().at(0).toObject().value(QStringLiteral("change")).toObject();
        QCOMPARE(change.value(QStringLiteral("oldDisplay")).toString(), QStringLiteral("10 PLNTH"));
        QCOMPARE(change.value(QStringLiteral("newDisplay")).toString(), QStringLiteral("20 PLNTH"));
        qInfo("proposed %s", qPrintable(id));

        // Before the voting delay: refused with when voting opens.
        expectRefused({QStringLiteral("vote"), id, QStringLiteral("for")}, alice, QStringLiteral("voting opens"));
        // The same proposal again: refused.
        expectRefused({QStringLiteral("propose"), QStringLiteral("--set"), QStringLiteral("registry.onboardingFee=20"),
                       QStringLiteral("--description"), description}, alice, QStringLiteral("exists already"));

        QVERIFY(advance(kDay + 1));
        QCOMPARE(state(id), 1); // Active
        const QString snapshot = QString::number(shown.value(QStringLiteral("start")).toInteger());
        // Without --yes the preview is shown and a "no" sends nothing.
        const QString userNonce = nonce(user);
        const CliRun declined = m_cli.run(QStringList{QStringLiteral("vote"), id, QStringLiteral("for"), QStringLiteral("--from"), user,
                                                      QStringLiteral("--password-file"), m_passwordFile} + m_common, "no\n");
        QCOMPARE(declined.exitCode, 1);
        QVERIFY2(declined.out.contains(QStringLiteral("Your voting power at the snapshot")), qPrintable(declined.out));
        QVERIFY2(declined.out.contains(QStringLiteral("This vote")), qPrintable(declined.out));
        QCOMPARE(nonce(user), userNonce);
        const CliRun userVote = write({QStringLiteral("vote"), id, QStringLiteral("for")}, user);
        QVERIFY2(userVote.exitCode == 0, qPrintable(userVote.err + userVote.out));
        QCOMPARE(firstJson(userVote).value(QStringLiteral("preview")).toObject().value(QStringLiteral("facts")).toObject()
                     .value(QStringLiteral("votingPower")).toObject().value(QStringLiteral("raw")).toString(),
                 castCall(contract(QStringLiteral("token")), QStringLiteral("getPastVotes(address,uint256)(uint256)"), {user, snapshot}));
        QVERIFY2(write({QStringLiteral("vote"), id, QStringLiteral("for")}, alice).exitCode == 0, "alice for");
        QVERIFY2(write({QStringLiteral("vote"), id, QStringLiteral("against")}, bob).exitCode == 0, "bob against");
        const CliRun abstained = write({QStringLiteral("vote"), id, QStringLiteral("abstain"), QStringLiteral("--reason"),
                                        QStringLiteral("Fees should follow the token price")}, carol);
        QVERIFY2(abstained.exitCode == 0, qPrintable(abstained.err));
        for (const QString& voter : {user, alice, bob, carol})
            QCOMPARE(m_fx.cast({QStringLiteral("call"), contract(QStringLiteral("governor")), QStringLiteral("hasVoted(uint256,address)(bool)"), id, voter}),
                     QStringLiteral("true"));
        // The tallies are the voters' votes at the snapshot.
        const auto past = [&](const QString& who) {
            return *parseDecimalUInt256(castCall(contract(QStringLiteral("token")), QStringLiteral("getPastVotes(address,uint256)(uint256)"), {who, snapshot}).toStdString());
        };
        const QStringList tally = m_fx.cast({QStringLiteral("call"), contract(QStringLiteral("governor")), QStringLiteral("proposalVotes(uint256)(uint256,uint256,uint256)"), id})
                                      .split(QLatin1Char('\n'));
        QCOMPARE(DevnetFixture::exactNumber(tally.value(0)), QString::fromStdString(toDecimalString(past(bob))));
        QCOMPARE(DevnetFixture::exactNumber(tally.value(1)), QString::fromStdString(toDecimalString(past(user) + past(alice))));
        QCOMPARE(DevnetFixture::exactNumber(tally.value(2)), QString::fromStdString(toDecimalString(past(carol))));
        shown = show(id);
        bool sawReason = false;
        for (const QJsonValue& v : shown.value(QStringLiteral("votes")).toArray())
            sawReason |= v.toObject().value(QStringLiteral("reason")).toString() == QStringLiteral("Fees should follow the token price");
        QVERIFY(sawReason);

        // Refusals, each before anything is sent.
        expectRefused({QStringLiteral("vote"), id, QStringLiteral("against")}, alice, QStringLiteral("already voted for"));
        expectRefused({QStringLiteral("vote"), id, QStringLiteral("for")}, account(QStringLiteral("cold")), QStringLiteral("not delegated"));
        expectRefused({QStringLiteral("vote"), factId(QStringLiteral("rewardRate")), QStringLiteral("for")}, user, QStringLiteral("executed, not active"));
        expectRefused({QStringLiteral("queue"), id}, user, QStringLiteral("once voting ends"));

        QVERIFY(advance(5 * kDay + 1));
        QCOMPARE(state(id), 4); // Succeeded
        expectRefused({QStringLiteral("execute"), id}, user, QStringLiteral("not queued"));
        const CliRun queued = write({QStringLiteral("queue"), id}, bob); // anyone may queue
        QVERIFY2(queued.exitCode == 0, qPrintable(queued.err + queued.out));
        QCOMPARE(firstJson(queued).value(QStringLiteral("preview")).toObject().value(QStringLiteral("facts")).toObject()
                     .value(QStringLiteral("timelockDelay")).toString(),
                 castCall(contract(QStringLiteral("timelock")), QStringLiteral("getMinDelay()(uint256)")));
        QCOMPARE(state(id), 5); // Queued
        // Before the timelock's delay (2 days): refused with when it will be ready.
        const qint64 eta = castCall(contract(QStringLiteral("governor")), QStringLiteral("proposalEta(uint256)(uint256)"), {id}).toLongLong();
        const QString etaText = QDateTime::fromSecsSinceEpoch(eta, Qt::UTC).toString(Qt::ISODate);
        expectRefused({QStringLiteral("execute"), id}, user, QStringLiteral("not ready: the timelock lets it run from %1, in ").arg(etaText));

        QVERIFY(advance(2 * kDay + 1));
        QCOMPARE(castCall(devices, QStringLiteral("onboardingFee()(uint256)")), QStringLiteral("10000000000000000000"));
        const CliRun executed = write({QStringLiteral("execute"), id}, carol);
        QVERIFY2(executed.exitCode == 0, qPrintable(executed.err + executed.out));
        QCOMPARE(castCall(devices, QStringLiteral("onboardingFee()(uint256)")), QStringLiteral("20000000000000000000"));
        QCOMPARE(state(id), 7);
        QCOMPARE(show(id).value(QStringLiteral("state")).toString(), QStringLiteral("executed"));
    }

    void delegationMovesVotingPower()
    {
        const QString grants = account(QStringLiteral("grants")), dave = account(QStringLiteral("dave"));
        const QString balance = castCall(contract(QStringLiteral("token")), QStringLiteral("balanceOf(address)(uint256)"), {grants});
        QVERIFY(balance != QStringLiteral("0"));
        QCOMPARE(votes(grants), QStringLiteral("0"));
        const CliRun self = write({QStringLiteral("delegate"), QStringLiteral("self")}, grants);
        QVERIFY2(self.exitCode == 0, qPrintable(self.err + self.out));
        const QJsonObject facts = firstJson(self).value(QStringLiteral("preview")).toObject().value(QStringLiteral("facts")).toObject();
        QVERIFY(facts.value(QStringLiteral("currentDelegate")).isNull());
        QCOMPARE(facts.value(QStringLiteral("votesMoving")).toObject().value(QStringLiteral("raw")).toString(), balance);
        QCOMPARE(votes(grants), balance);
        expectRefused({QStringLiteral("delegate"), QStringLiteral("self")}, grants, QStringLiteral("already delegates"));

        const auto daveBefore = *parseDecimalUInt256(votes(dave).toStdString());
        const CliRun toDave = write({QStringLiteral("delegate"), dave}, grants);
        QVERIFY2(toDave.exitCode == 0, qPrintable(toDave.err));
        QCOMPARE(votes(grants), QStringLiteral("0"));
        QCOMPARE(votes(dave), QString::fromStdString(toDecimalString(daveBefore + *parseDecimalUInt256(balance.toStdString()))));
        QCOMPARE(m_fx.cast({QStringLiteral("call"), contract(QStringLiteral("token")), QStringLiteral("delegates(address)(address)"), grants}), dave);
    }

    void proposingBelowTheThresholdIsRefused()
    {
        // cold holds tokens (a claim paid to it) but never delegated them: 0 votes.
        expectRefused({QStringLiteral("propose"), QStringLiteral("--set"), QStringLiteral("rewards.rewardRate=0.6"),
                       QStringLiteral("--description"), QStringLiteral("# Cold's idea")},
                      account(QStringLiteral("cold")), QStringLiteral("100000 PLNTH missing"));
    }

    void simulateShowsSuccessAndTheRevertReason()
    {
        // PIP-7 (active): a treasury transfer and setRewardRate, both allowed to the timelock.
        const CliRun good = m_cli.run(QStringList{QStringLiteral("simulate"), factId(QStringLiteral("lisbon")), QStringLiteral("--json")} + m_common);
        QVERIFY2(good.exitCode == 0, qPrintable(good.err + good.out));
        QJsonObject o = firstJson(good);
        QCOMPARE(o.value(QStringLiteral("verified")).toBool(true), false);
        QJsonArray actions = o.value(QStringLiteral("actions")).toArray();
        QCOMPARE(actions.size(), 2);
        for (const QJsonValue& a : actions)
            QVERIFY2(a.toObject().value(QStringLiteral("success")).toBool(), QJsonDocument(a.toObject()).toJson().constData());
        QVERIFY(o.value(QStringLiteral("sequence")).toObject().value(QStringLiteral("success")).toBool());

        // A proposal whose second action needs a role the timelock does not have (Staking's SLASHER_ROLE).
        const QString user = account(QStringLiteral("user"));
        const QString slash = QStringLiteral("staking slash(address,address,uint256,string) [\"%1\",\"%2\",\"1\",\"test\"]")
                                  .arg(m_fx.facts().value(QStringLiteral("devices")).toArray().at(5).toObject().value(QStringLiteral("address")).toString(),
                                       account(QStringLiteral("dave")));
        const CliRun proposed = write({QStringLiteral("propose"), QStringLiteral("--set"), QStringLiteral("staking.unbondingPeriod=10d"),
                                       QStringLiteral("--call"), slash, QStringLiteral("--description"),
                                       QStringLiteral("# PIP-10: Slash from the treasury\n")}, user);
        QVERIFY2(proposed.exitCode == 0, qPrintable(proposed.err + proposed.out));
        const QString id = firstJson(proposed).value(QStringLiteral("preview")).toObject().value(QStringLiteral("facts")).toObject()
                               .value(QStringLiteral("proposalId")).toString();
        QVERIFY(!id.isEmpty());
        const CliRun bad = m_cli.run(QStringList{QStringLiteral("simulate"), id, QStringLiteral("--json")} + m_common);
        QCOMPARE(bad.exitCode, 1); // a failing simulation fails the command, for scripts
        o = firstJson(bad);
        actions = o.value(QStringLiteral("actions")).toArray();
        QCOMPARE(actions.size(), 2);
        QVERIFY(actions.at(0).toObject().value(QStringLiteral("success")).toBool());
        const QJsonObject failed = actions.at(1).toObject();
        QVERIFY(!failed.value(QStringLiteral("success")).toBool());
        const QString role = m_fx.castOffline({QStringLiteral("keccak"), QStringLiteral("SLASHER_ROLE")});
        const QString reason = failed.value(QStringLiteral("revert")).toString();
        QVERIFY2(reason.contains(QStringLiteral("AccessControlUnauthorizedAccount")), qPrintable(reason));
        QVERIFY2(reason.contains(contract(QStringLiteral("timelock")), Qt::CaseInsensitive), qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("SLASHER_ROLE")), qPrintable(reason));
        const QJsonObject sequence = o.value(QStringLiteral("sequence")).toObject();
        QVERIFY(!sequence.value(QStringLiteral("success")).toBool());
        QCOMPARE(sequence.value(QStringLiteral("failedAction")).toInt(), 1);
        // The same as cast says, calling from the timelock.
        QString castError;
        m_fx.cast({QStringLiteral("call"), QStringLiteral("--from"), contract(QStringLiteral("timelock")), contract(QStringLiteral("staking")),
                   QStringLiteral("slash(address,address,uint256,string)"), m_fx.facts().value(QStringLiteral("devices")).toArray().at(5).toObject().value(QStringLiteral("address")).toString(),
                   account(QStringLiteral("dave")), QStringLiteral("1"), QStringLiteral("test")}, &castError);
        // AccessControlUnauthorizedAccount(timelock, SLASHER_ROLE): its selector and the role's hash.
        QVERIFY2(castError.contains(QStringLiteral("e2517d3f")), qPrintable(castError));
        QVERIFY2(castError.contains(role.mid(2), Qt::CaseInsensitive), qPrintable(castError));
        const CliRun text = m_cli.run(QStringList{QStringLiteral("simulate"), id, QStringLiteral("--no-sync")} + m_common);
        QVERIFY2(text.out.contains(QStringLiteral("unverified"), Qt::CaseInsensitive), qPrintable(text.out));

        // The timelock's own delay and a governor setting: each simulated alone; not in sequence (the
        // replacement would answer the timelock's own call), and the governor's caveat is said.
        const CliRun slower = write({QStringLiteral("propose"), QStringLiteral("--set"), QStringLiteral("timelock.minDelay=3d"), QStringLiteral("--set"),
                                     QStringLiteral("governor.votingDelay=2d"), QStringLiteral("--description"), QStringLiteral("# PIP-11: Slower")},
                                    account(QStringLiteral("alice")));
        QVERIFY2(slower.exitCode == 0, qPrintable(slower.err + slower.out));
        const QString slowerId = firstJson(slower).value(QStringLiteral("preview")).toObject().value(QStringLiteral("facts")).toObject()
                                     .value(QStringLiteral("proposalId")).toString();
        const CliRun both = m_cli.run(QStringList{QStringLiteral("simulate"), slowerId, QStringLiteral("--json")} + m_common);
        o = firstJson(both);
        QVERIFY(o.value(QStringLiteral("actions")).toArray().at(0).toObject().value(QStringLiteral("success")).toBool());
        QVERIFY(o.value(QStringLiteral("sequence")).toObject().value(QStringLiteral("skipped")).toString().contains(QStringLiteral("timelock itself")));
        QVERIFY(o.value(QStringLiteral("governorSetterCaveat")).toBool());
        // Outside the governor's execute its call queue is empty (OpenZeppelin's onlyGovernance): the known limit.
        QVERIFY(!o.value(QStringLiteral("actions")).toArray().at(1).toObject().value(QStringLiteral("success")).toBool());
        QCOMPARE(both.exitCode, 1);
    }

    void usageErrors()
    {
        const QString user = account(QStringLiteral("user"));
        QCOMPARE(write({QStringLiteral("vote"), factId(QStringLiteral("lisbon")), QStringLiteral("maybe")}, user).exitCode, 2);
        QCOMPARE(write({QStringLiteral("propose"), QStringLiteral("--set"), QStringLiteral("rewards.bogus=1"), QStringLiteral("--description"),
                        QStringLiteral("x")}, user).exitCode, 2);
        QCOMPARE(write({QStringLiteral("propose"), QStringLiteral("--set"), QStringLiteral("rewards.rewardRate=1")}, user).exitCode, 2);
        QCOMPARE(write({QStringLiteral("delegate"), QStringLiteral("0x12")}, user).exitCode, 2);
    }

private:
    DevnetFixture m_fx;
    QTemporaryDir m_dir;
    QString m_passwordFile;
    QStringList m_common;
    CliRecorder m_cli;
};

QTEST_GUILESS_MAIN(TestCliGovernanceWrites)
#include "tst_cli_governance_writes.moc"
