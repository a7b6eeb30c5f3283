// plinth-cli's staking and governance commands (stakes, proposals, proposal show) as a user runs them,
// against a seeded devnet, each figure checked with cast at the block the command says it verified.
#include "DevnetFixture.h"
#include "tst_cli_wallet_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using plinth::test::CliRecorder;
using plinth::test::CliRun;
using plinth::test::jsonOf;
using plinth::test::DevnetFixture;

namespace {

const QString kUser = QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
const QString kDave = QStringLiteral("0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65");
const QString kDevice5 = QStringLiteral("0x96f3960D0B1F4cA2cEB37c00073540De26c1A586");


} // namespace

class TestCliGovernance : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fx.start(), qPrintable(m_fx.error()));
        QVERIFY(m_dir.isValid());
        m_common = {QStringLiteral("--datadir"), m_dir.path(), QStringLiteral("--network"), m_fx.profilePath()};
        m_contracts = m_fx.profile().value(QStringLiteral("contracts")).toObject();
    }

    void stakesOfTheUserIncludeDavesDelegation()
    {
        const CliRun run = m_cli.run(QStringList{QStringLiteral("stakes"), QStringLiteral("--owner"), kUser, QStringLiteral("--json")} + m_common);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject o = jsonOf(run);
        const QString block = QString::number(o.value(QStringLiteral("verifiedBlock")).toInteger());
        bool sawDave = false;
        for (const QJsonValue& v : o.value(QStringLiteral("stakes")).toArray()) {
            const QJsonObject s = v.toObject();
            const QString cast = DevnetFixture::exactNumber(m_fx.cast({QStringLiteral("call"), m_contracts.value(QStringLiteral("staking")).toString(),
                                                      QStringLiteral("stakes(address,address)(uint256)"), s.value(QStringLiteral("device")).toString(),
                                                      s.value(QStringLiteral("staker")).toString(), QStringLiteral("--block"), block}));
            QCOMPARE(s.value(QStringLiteral("active")).toObject().value(QStringLiteral("raw")).toString(), cast);
            if (s.value(QStringLiteral("staker")).toString() == kDave) {
                sawDave = true;
                QCOMPARE(s.value(QStringLiteral("device")).toString(), kDevice5);
                QVERIFY(s.value(QStringLiteral("delegation")).toBool());
                QCOMPARE(s.value(QStringLiteral("active")).toObject().value(QStringLiteral("amount")).toString(), QStringLiteral("20000"));
            }
        }
        QVERIFY(sawDave);
        const QJsonArray unbondings = o.value(QStringLiteral("unbondings")).toArray();
        QCOMPARE(unbondings.size(), 1);
        QCOMPARE(unbondings.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("2"));
        QCOMPARE(unbondings.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("unbonding"));
        QVERIFY(o.value(QStringLiteral("slashes")).toArray().isEmpty());

        const CliRun text = m_cli.run(QStringList{QStringLiteral("stakes")} + m_common);
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(QStringLiteral("Proof-of-coverage: beacon replay detected")), qPrintable(text.out));
    }

    void activeProposalsAreExactlyPip7()
    {
        const CliRun run = m_cli.run(QStringList{QStringLiteral("proposals"), QStringLiteral("--state"), QStringLiteral("active"),
                                                 QStringLiteral("--json")} + m_common);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray rows = jsonOf(run).value(QStringLiteral("proposals")).toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("id")).toString(), factId(QStringLiteral("lisbon")));
        QVERIFY(rows.at(0).toObject().value(QStringLiteral("title")).toString().startsWith(QStringLiteral("PIP-7:")));
    }

    void everyProposalsStateEqualsTheGovernors()
    {
        const CliRun run = m_cli.run(QStringList{QStringLiteral("proposals"), QStringLiteral("--json")} + m_common);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject o = jsonOf(run);
        const QString block = QString::number(o.value(QStringLiteral("verifiedBlock")).toInteger());
        const QStringList names{QStringLiteral("pending"),   QStringLiteral("active"), QStringLiteral("canceled"), QStringLiteral("defeated"),
                                QStringLiteral("succeeded"), QStringLiteral("queued"), QStringLiteral("expired"),  QStringLiteral("executed")};
        const QJsonArray rows = o.value(QStringLiteral("proposals")).toArray();
        QCOMPARE(rows.size(), 8);
        for (const QJsonValue& v : rows) {
            const QJsonObject p = v.toObject();
            const int state = m_fx.cast({QStringLiteral("call"), m_contracts.value(QStringLiteral("governor")).toString(),
                                         QStringLiteral("state(uint256)(uint8)"), p.value(QStringLiteral("id")).toString(),
                                         QStringLiteral("--block"), block}).toInt();
            QCOMPARE(p.value(QStringLiteral("state")).toString(), names.value(state));
        }
    }

    void showPip7WithTheUsersVotingPower()
    {
        // Default account: the wallet's first (here a watched address, so no password is needed).
        const QMap<QString, QString> env{{QStringLiteral("PLINTH_PASSWORD"), QStringLiteral("correct horse battery")}};
        const CliRun watch = m_cli.run(QStringList{QStringLiteral("wallet"), QStringLiteral("watch"), kUser} + m_common, {}, false, env);
        QVERIFY2(watch.exitCode == 0, qPrintable(watch.err));
        const CliRun run = m_cli.run(QStringList{QStringLiteral("proposal"), QStringLiteral("show"), factId(QStringLiteral("lisbon")),
                                                 QStringLiteral("--json")} + m_common);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject o = jsonOf(run);
        const QString block = QString::number(o.value(QStringLiteral("verifiedBlock")).toInteger());
        const QJsonObject account = o.value(QStringLiteral("account")).toObject();
        QCOMPARE(account.value(QStringLiteral("address")).toString(), kUser);
        const QString past = DevnetFixture::exactNumber(m_fx.cast({QStringLiteral("call"), m_contracts.value(QStringLiteral("token")).toString(),
                                                  QStringLiteral("getPastVotes(address,uint256)(uint256)"), kUser,
                                                  QString::number(o.value(QStringLiteral("start")).toInteger()), QStringLiteral("--block"), block}));
        QCOMPARE(account.value(QStringLiteral("votingPower")).toObject().value(QStringLiteral("raw")).toString(), past);
        QVERIFY(!account.value(QStringLiteral("hasVoted")).toBool());
        QVERIFY(account.value(QStringLiteral("canVote")).toBool());
        QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
        QVERIFY(o.value(QStringLiteral("description")).toString().startsWith(QStringLiteral("# PIP-7")));
        const QJsonArray actions = o.value(QStringLiteral("actions")).toArray();
        QCOMPARE(actions.size(), 2);
        QCOMPARE(actions.at(1).toObject().value(QStringLiteral("targetName")).toString(), QStringLiteral("rewards"));
        const QJsonObject change = actions.at(1).toObject().value(QStringLiteral("change")).toObject();
        QCOMPARE(change.value(QStringLiteral("oldDisplay")).toString(), QStringLiteral("0.5 PLNTH/s"));
        QCOMPARE(change.value(QStringLiteral("newDisplay")).toString(), QStringLiteral("0.55 PLNTH/s"));
        QVERIFY(change.value(QStringLiteral("oldVerified")).toBool());
        // Tallies as the governor counts them.
        const QStringList votes = m_fx.cast({QStringLiteral("call"), m_contracts.value(QStringLiteral("governor")).toString(),
                                             QStringLiteral("proposalVotes(uint256)(uint256,uint256,uint256)"), factId(QStringLiteral("lisbon")),
                                             QStringLiteral("--block"), block}).split(QLatin1Char('\n'));
        QCOMPARE(o.value(QStringLiteral("against")).toObject().value(QStringLiteral("raw")).toString(), DevnetFixture::exactNumber(votes.value(0)));
        QCOMPARE(o.value(QStringLiteral("for")).toObject().value(QStringLiteral("raw")).toString(), DevnetFixture::exactNumber(votes.value(1)));
        QCOMPARE(o.value(QStringLiteral("abstain")).toObject().value(QStringLiteral("raw")).toString(), DevnetFixture::exactNumber(votes.value(2)));
    }

    void showPip1TextNamesTheChange()
    {
        const CliRun run = m_cli.run(QStringList{QStringLiteral("proposal"), QStringLiteral("show"), QStringLiteral("PIP-1"),
                                                 QStringLiteral("--account"), kDave, QStringLiteral("--no-sync")} + m_common);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("rewards.setRewardRate(0.5 PLNTH/s)")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("rewardRate: 0.4 PLNTH/s -> 0.5 PLNTH/s")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("State: executed")), qPrintable(run.out));
    }

    void oldValuesWithoutChangeEventsAreProvenFromStorage()
    {
        const CliRun run = m_cli.run(QStringList{QStringLiteral("proposal"), QStringLiteral("show"), QStringLiteral("PIP-3"),
                                                 QStringLiteral("--json"), QStringLiteral("--no-sync")} + m_common);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject o = jsonOf(run);
        const QJsonObject change = o.value(QStringLiteral("actions")).toArray().at(0).toObject().value(QStringLiteral("change")).toObject();
        QCOMPARE(change.value(QStringLiteral("parameter")).toString(), QStringLiteral("onboardingFee"));
        QCOMPARE(change.value(QStringLiteral("old")).toString(),
                 DevnetFixture::exactNumber(m_fx.cast({QStringLiteral("call"), m_contracts.value(QStringLiteral("devices")).toString(),
                                      QStringLiteral("onboardingFee()(uint256)")})));
        QCOMPARE(change.value(QStringLiteral("oldDisplay")).toString(), QStringLiteral("10 PLNTH"));
        QCOMPARE(change.value(QStringLiteral("newDisplay")).toString(), QStringLiteral("250 PLNTH"));
        QVERIFY(change.value(QStringLiteral("oldVerified")).toBool());
    }

    void usageErrors()
    {
        QCOMPARE(m_cli.run(QStringList{QStringLiteral("proposals"), QStringLiteral("--state"), QStringLiteral("bogus")} + m_common).exitCode, 2);
        QCOMPARE(m_cli.run(QStringList{QStringLiteral("stakes"), QStringLiteral("--owner"), QStringLiteral("0x12")} + m_common).exitCode, 2);
        QCOMPARE(m_cli.run(QStringList{QStringLiteral("proposal"), QStringLiteral("show")} + m_common).exitCode, 2);
        const CliRun missing = m_cli.run(QStringList{QStringLiteral("proposal"), QStringLiteral("show"), QStringLiteral("12345"),
                                                     QStringLiteral("--no-sync")} + m_common);
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("12345")), qPrintable(missing.err));
    }

private:
    QString factId(const QString& label) const
    {
        return m_fx.facts().value(QStringLiteral("proposals")).toObject().value(label).toObject().value(QStringLiteral("id")).toString();
    }

    DevnetFixture m_fx;
    QTemporaryDir m_dir;
    QStringList m_common;
    QJsonObject m_contracts;
    CliRecorder m_cli;
};

QTEST_GUILESS_MAIN(TestCliGovernance)
#include "tst_cli_governance.moc"
