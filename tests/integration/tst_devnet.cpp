// The reference devnet as integration tests see it: DevnetFixture starts a seeded chain from the saved
// fixture, and cast (an independent client) reads the seeded facts through the instance's profile.
#include "DevnetFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using plinth::test::DevnetFixture;

namespace {

const QString kUser = QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");


} // namespace

class TestDevnet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fx.start(), qPrintable(m_fx.error()));
        qInfo("seeded devnet ready in %lld ms (anvil from saved state: %lld ms) at %s", m_fx.startMillis(),
              m_fx.loadMillis(), qPrintable(m_fx.rpcUrl()));
        // The start time is a figure for tests/bench/bench_devnet_start, not an assertion: this machine is shared.
    }

    void profileIsWrittenForThisInstance()
    {
        QFile f(m_fx.profilePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject p = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(p.value(QStringLiteral("rpc")).toArray().first().toString(), m_fx.rpcUrl());
        QCOMPARE(p.value(QStringLiteral("chainId")).toInt(), 31337);
        QCOMPARE(m_fx.cast({QStringLiteral("chain-id")}), QStringLiteral("31337"));
        QCOMPARE(p.value(QStringLiteral("token")).toObject().value(QStringLiteral("symbol")).toString(), QStringLiteral("PLNTH"));
        const QJsonObject contracts = p.value(QStringLiteral("contracts")).toObject();
        for (const char* k : {"token", "devices", "staking", "rewards", "governor", "timelock"}) {
            const QString code = m_fx.cast({QStringLiteral("code"), contracts.value(QString::fromLatin1(k)).toString()});
            QVERIFY2(code.size() > 100, k);
        }
        QVERIFY(m_fx.port() > 0);
    }

    void checkpointIsARealBlock()
    {
        const QJsonObject cp = m_fx.profile().value(QStringLiteral("checkpoint")).toObject();
        const qint64 number = cp.value(QStringLiteral("number")).toInteger();
        QVERIFY(number >= 1);
        QCOMPARE(m_fx.cast({QStringLiteral("block"), QString::number(number), QStringLiteral("--field"), QStringLiteral("hash")}),
                 cp.value(QStringLiteral("hash")).toString());
    }

    void devicesPerOwner()
    {
        QCOMPARE(m_fx.cast({QStringLiteral("call"), contract("devices"), QStringLiteral("balanceOf(address)(uint256)"), kUser}),
                 QStringLiteral("10"));
        QCOMPARE(m_fx.cast({QStringLiteral("call"), contract("devices"), QStringLiteral("totalRegistered()(uint256)")}),
                 QStringLiteral("14"));
        QCOMPARE(m_fx.cast({QStringLiteral("call"), contract("devices"), QStringLiteral("activeDevices()(uint256)")}),
                 QStringLiteral("13"));
    }

    void ninetyEpochs()
    {
        QCOMPARE(m_fx.cast({QStringLiteral("call"), contract("rewards"), QStringLiteral("epochCount()(uint256)")}),
                 QStringLiteral("90"));
    }

    void proposalsInEveryState()
    {
        const QJsonObject proposals = m_fx.facts().value(QStringLiteral("proposals")).toObject();
        QSet<int> states;
        for (auto it = proposals.begin(); it != proposals.end(); ++it) {
            const QJsonObject p = it.value().toObject();
            const QString state = m_fx.cast({QStringLiteral("call"), contract("governor"), QStringLiteral("state(uint256)(uint8)"),
                                             p.value(QStringLiteral("id")).toString()});
            QCOMPARE(state.toInt(), p.value(QStringLiteral("stateCode")).toInt());
            states.insert(state.toInt());
        }
        // Pending, Active, Canceled, Defeated, Succeeded, Queued, Executed (Expired does not exist here).
        for (int s : {0, 1, 2, 3, 4, 5, 7})
            QVERIFY2(states.contains(s), qPrintable(QString::number(s)));
    }

    void votesAndAccruedRewards()
    {
        const QJsonObject votes = m_fx.facts().value(QStringLiteral("votes")).toObject();
        const QJsonObject accounts = m_fx.facts().value(QStringLiteral("accounts")).toObject();
        const QString alice = accounts.value(QStringLiteral("alice")).toString();
        QCOMPARE(DevnetFixture::exactNumber(m_fx.cast({QStringLiteral("call"), contract("token"), QStringLiteral("getVotes(address)(uint256)"), alice})),
                 votes.value(QStringLiteral("alice")).toString());
        // accrued(address) is mapping slot 1 of Rewards: the storage word equals the getter.
        const QString slot = m_fx.castOffline({QStringLiteral("index"), QStringLiteral("address"), kUser, QStringLiteral("1")});
        const QString word = m_fx.cast({QStringLiteral("storage"), contract("rewards"), slot});
        const QString fromStorage = m_fx.castOffline({QStringLiteral("to-dec"), word});
        const QString fromGetter = DevnetFixture::exactNumber(m_fx.cast({QStringLiteral("call"), contract("rewards"), QStringLiteral("accrued(address)(uint256)"), kUser}));
        QCOMPARE(fromStorage, fromGetter);
        QVERIFY(fromGetter.size() > 18); // more than one token unclaimed
    }

    void transactionsWorkAndTheClockStaysFrozen()
    {
        const QString id = m_fx.facts().value(QStringLiteral("proposals")).toObject().value(QStringLiteral("lisbon")).toObject().value(QStringLiteral("id")).toString();
        QString err;
        const QString out = m_fx.cast({QStringLiteral("send"), QStringLiteral("--unlocked"), QStringLiteral("--from"), kUser, contract("governor"),
                                       QStringLiteral("castVote(uint256,uint8)"), id, QStringLiteral("1")}, &err);
        QVERIFY2(!out.isNull(), qPrintable(err));
        QCOMPARE(m_fx.cast({QStringLiteral("call"), contract("governor"), QStringLiteral("hasVoted(uint256,address)(bool)"), id, kUser}),
                 QStringLiteral("true"));
        QCOMPARE(m_fx.cast({QStringLiteral("call"), contract("governor"), QStringLiteral("state(uint256)(uint8)"), id}), QStringLiteral("1"));
    }

    void instancesAreIndependent()
    {
        DevnetFixture other;
        QVERIFY2(other.start(), qPrintable(other.error()));
        QVERIFY(other.port() != m_fx.port());
        QVERIFY(other.profilePath() != m_fx.profilePath());
        QVERIFY(!other.rpc(QStringLiteral("anvil_mine"), {QStringLiteral("5")}).isNull());
        QCOMPARE(other.cast({QStringLiteral("block-number")}).toLongLong(),
                 m_fx.cast({QStringLiteral("block-number")}).toLongLong() + 5 - 1 /* our castVote block */);
        other.stop();
        QVERIFY(!other.isRunning());
        QString err;
        QVERIFY(other.cast({QStringLiteral("block-number")}, &err).isNull());
    }

private:
    QString contract(const char* key) const
    {
        return m_fx.profile().value(QStringLiteral("contracts")).toObject().value(QString::fromLatin1(key)).toString();
    }

    DevnetFixture m_fx;
};

QTEST_GUILESS_MAIN(TestDevnet)
#include "tst_devnet.moc"
