// plinth-cli's light-client commands (sync, sync --follow, status, balance) as a user runs them, against a
// seeded devnet, with every figure checked against cast at the same block.
#include "DevnetFixture.h"
#include "tst_cli_wallet_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using plinth::test::CliRecorder;
using plinth::test::CliRun;
using plinth::test::jsonOf;
using plinth::test::DevnetFixture;

namespace {

const QString kUser = QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
const QString kAlice = QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");

// "1.50" -> "1.5", "2.000" -> "2": a decimal written without the zeros that do not change it.
QString withoutTrailingZeros(QString decimal)
{
    if (!decimal.contains(u'.'))
        return decimal;
    while (decimal.endsWith(u'0'))
        decimal.chop(1);
    if (decimal.endsWith(u'.'))
        decimal.chop(1);
    return decimal;
}

} // namespace

class TestCliSync : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fx.start(), qPrintable(m_fx.error()));
        QVERIFY(m_dir.isValid());
        m_common = {QStringLiteral("--datadir"), m_dir.path(), QStringLiteral("--network"), m_fx.profilePath()};
    }

    void syncThenBalanceAgreeWithCast()
    {
        const CliRun sync = m_cli.run(QStringList{QStringLiteral("sync"), QStringLiteral("--json")} + m_common);
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        const QJsonObject s = jsonOf(sync);
        const qint64 head = m_fx.cast({QStringLiteral("block-number")}).toLongLong();
        QCOMPARE(s.value(QStringLiteral("verifiedBlock")).toInteger(), head - 1);
        QCOMPARE(s.value(QStringLiteral("verifiedHash")).toString(),
                 m_fx.cast({QStringLiteral("block"), QString::number(head - 1), QStringLiteral("--field"), QStringLiteral("hash")}));
        QVERIFY(s.value(QStringLiteral("logsStored")).toInteger() > 1000);
        QVERIFY(s.value(QStringLiteral("faults")).toArray().isEmpty());
        QVERIFY2(sync.err.contains(QStringLiteral("verified block")), qPrintable(sync.err)); // progress on stderr

        for (const QString& who : {kUser, kAlice}) {
            const CliRun bal = m_cli.run(QStringList{QStringLiteral("balance"), who, QStringLiteral("--json")} + m_common);
            QVERIFY2(bal.exitCode == 0, qPrintable(bal.err));
            const QJsonObject b = jsonOf(bal);
            const QJsonObject native = b.value(QStringLiteral("native")).toObject();
            const QJsonObject token = b.value(QStringLiteral("token")).toObject();
            const QString block = QString::number(native.value(QStringLiteral("block")).toInteger());
            QCOMPARE(token.value(QStringLiteral("block")).toInteger(), native.value(QStringLiteral("block")).toInteger());
            QVERIFY(native.value(QStringLiteral("verified")).toBool());
            QCOMPARE(native.value(QStringLiteral("raw")).toString(),
                     m_fx.cast({QStringLiteral("balance"), who, QStringLiteral("-B"), block}));
            // The same decimal: cast -e keeps the 18th decimal's trailing zero, Plinth drops it.
            QCOMPARE(withoutTrailingZeros(native.value(QStringLiteral("amount")).toString()),
                     withoutTrailingZeros(m_fx.cast({QStringLiteral("balance"), who, QStringLiteral("-B"), block, QStringLiteral("-e")})));
            QCOMPARE(token.value(QStringLiteral("raw")).toString(),
                     DevnetFixture::exactNumber(m_fx.cast({QStringLiteral("call"), m_fx.profile()
                                                                      .value(QStringLiteral("contracts"))
                                                                      .toObject()
                                                                      .value(QStringLiteral("token"))
                                                                      .toString(),
                                          QStringLiteral("balanceOf(address)(uint256)"), who, QStringLiteral("--block"), block})));
            QCOMPARE(token.value(QStringLiteral("symbol")).toString(), QStringLiteral("PLNTH"));
        }
        // Text output names the block each figure was proven at.
        const CliRun text = m_cli.run(QStringList{QStringLiteral("balance"), kUser} + m_common);
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(QStringLiteral("PLNTH, proven at block")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("ETH, proven at block")), qPrintable(text.out));
    }

    void balanceOfTheWalletsFirstAccount()
    {
        QTemporaryDir dir;
        const QStringList common{QStringLiteral("--datadir"), dir.path(), QStringLiteral("--network"), m_fx.profilePath()};
        const QMap<QString, QString> env{{QStringLiteral("PLINTH_PASSWORD"), QStringLiteral("correct horse battery")}};
        const CliRun watch = m_cli.run(QStringList{QStringLiteral("wallet"), QStringLiteral("watch"), kAlice} + common, {}, false, env);
        QVERIFY2(watch.exitCode == 0, qPrintable(watch.err));
        const CliRun bal = m_cli.run(QStringList{QStringLiteral("balance"), QStringLiteral("--json")} + common);
        QVERIFY2(bal.exitCode == 0, qPrintable(bal.err));
        QCOMPARE(jsonOf(bal).value(QStringLiteral("address")).toString(), kAlice);
    }

    void badAddressIsAUsageError()
    {
        const CliRun bal = m_cli.run(QStringList{QStringLiteral("balance"), QStringLiteral("0x1234")} + m_common);
        QCOMPARE(bal.exitCode, 2);
        QVERIFY2(bal.err.contains(QStringLiteral("0x1234")), qPrintable(bal.err));
    }

    void statusShowsHeightEndpointsAndTheLastError()
    {
        const CliRun ok = m_cli.run(QStringList{QStringLiteral("status"), QStringLiteral("--json")} + m_common);
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        const QJsonObject s = jsonOf(ok);
        const qint64 head = m_fx.cast({QStringLiteral("block-number")}).toLongLong();
        QVERIFY(s.value(QStringLiteral("verifiedBlock")).toInteger() >= head - 2);
        const QJsonArray endpoints = s.value(QStringLiteral("endpoints")).toArray();
        QCOMPARE(endpoints.size(), 1);
        QCOMPARE(endpoints.at(0).toObject().value(QStringLiteral("head")).toInteger(), head);
        QVERIFY(s.value(QStringLiteral("lastError")).isNull());

        // The same network through a dead endpoint: sync fails naming it, status remembers why.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        QJsonObject profile = m_fx.profile();
        const QString dead = QStringLiteral("http://127.0.0.1:%1").arg(port);
        profile.insert(QStringLiteral("rpc"), QJsonArray{dead});
        const QString path = m_dir.filePath(QStringLiteral("dead.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(profile).toJson());
        f.close();
        const QStringList deadArgs{QStringLiteral("--datadir"), m_dir.path(), QStringLiteral("--network"), path};
        const CliRun failed = m_cli.run(QStringList{QStringLiteral("sync")} + deadArgs);
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains(dead), qPrintable(failed.err));
        const CliRun after = m_cli.run(QStringList{QStringLiteral("status"), QStringLiteral("--json")} + deadArgs);
        QVERIFY2(after.exitCode == 0, qPrintable(after.err));
        const QJsonObject a = jsonOf(after);
        QCOMPARE(a.value(QStringLiteral("lastError")).toObject().value(QStringLiteral("endpoint")).toString(), dead);
        QVERIFY(a.value(QStringLiteral("endpoints")).toArray().at(0).toObject().contains(QStringLiteral("error")));
        // What was verified before is still there: a failure loses nothing.
        QCOMPARE(a.value(QStringLiteral("verifiedBlock")).toInteger(), s.value(QStringLiteral("verifiedBlock")).toInteger());
    }

    void followKeepsUpUntilInterrupted()
    {
        QProcess p;
        p.start(QStringLiteral(PLINTH_CLI_PATH), QStringList{QStringLiteral("sync"), QStringLiteral("--follow"), QStringLiteral("--json")} + m_common);
        QVERIFY(p.waitForStarted());
        const qint64 before = m_fx.cast({QStringLiteral("block-number")}).toLongLong();
        m_fx.rpc(QStringLiteral("anvil_mine"), {QStringLiteral("5")});
        const qint64 target = before + 5 - 1;
        // Wait until the follower reports the new blocks verified (it polls every 2 s).
        QByteArray progress;
        QTRY_VERIFY_WITH_TIMEOUT((progress += p.readAllStandardError(),
                                  progress.contains(QStringLiteral("verified block %1 ").arg(target).toUtf8())),
                                 30000);
        ::kill(static_cast<pid_t>(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(15000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject s = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(s.value(QStringLiteral("verifiedBlock")).toInteger(), target);
    }

private:
    DevnetFixture m_fx;
    CliRecorder m_cli;
    QTemporaryDir m_dir;
    QStringList m_common;
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_cli_sync.moc"
