// plinth-cli's devices, device show, earnings (with --csv), ledger and resources against the seeded
// devnet after `plinth-cli sync`, cross-checked with cast and the fixture's facts. Exit codes: 0 done,
// 2 for usage errors (a bad --period, a malformed address).
#include "DevnetFixture.h"
#include "tst_cli_wallet_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/statvfs.h>

using plinth::test::CliRecorder;
using plinth::test::CliRun;
using plinth::test::jsonOf;
using plinth::test::DevnetFixture;

namespace {

const QString kUser = QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");

} // namespace

class TestCliDevices : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fx.start(), qPrintable(m_fx.error()));
        QVERIFY(m_dir.isValid());
        m_common = {QStringLiteral("--datadir"), m_dir.path(), QStringLiteral("--network"), m_fx.profilePath()};
        const CliRun sync = m_cli.run(QStringList{QStringLiteral("sync"), QStringLiteral("--json")} + m_common);
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        m_block = QString::number(jsonOf(sync).value(QStringLiteral("verifiedBlock")).toInteger());
    }

    void devicesAndDeviceShow()
    {
        const CliRun run = m_cli.run(QStringList{QStringLiteral("devices"), QStringLiteral("--owner"), kUser, QStringLiteral("--json")} + m_common);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray devices = jsonOf(run).value(QStringLiteral("devices")).toArray();
        QCOMPARE(devices.size(), 10);
        const QString rewards = m_fx.profile().value(QStringLiteral("contracts")).toObject().value(QStringLiteral("rewards")).toString();
        for (const QJsonValue& v : devices) {
            const QJsonObject d = v.toObject();
            const QString earned = m_fx.cast({QStringLiteral("call"), rewards, QStringLiteral("deviceEarned(address)(uint256)"),
                                              d.value(QStringLiteral("device")).toString(), QStringLiteral("--block"), m_block})
                                       .section(QLatin1Char(' '), 0, 0);
            QCOMPARE(d.value(QStringLiteral("lifetimeEarnedRaw")).toString(), earned);
        }
        const QString retired = m_fx.facts().value(QStringLiteral("devices")).toArray().at(13).toObject().value(QStringLiteral("address")).toString();
        const CliRun show = m_cli.run(QStringList{QStringLiteral("device"), QStringLiteral("show"), retired, QStringLiteral("--json")} + m_common);
        QVERIFY2(show.exitCode == 0, qPrintable(show.err));
        QCOMPARE(jsonOf(show).value(QStringLiteral("status")).toString(), QStringLiteral("retired"));
        const CliRun text = m_cli.run(QStringList{QStringLiteral("devices"), QStringLiteral("--owner"), kUser} + m_common);
        QVERIFY2(text.exitCode == 0 && text.out.contains(QStringLiteral("TFLOPS")), qPrintable(text.out + text.err));
        const CliRun bad = m_cli.run(QStringList{QStringLiteral("device"), QStringLiteral("show"), QStringLiteral("0x12")} + m_common);
        QCOMPARE(bad.exitCode, 2);
    }

    void earningsCsvAndLedger()
    {
        QTemporaryDir out;
        const QString csv = out.filePath(QStringLiteral("e.csv"));
        const CliRun run = m_cli.run(QStringList{QStringLiteral("earnings"), QStringLiteral("--owner"), kUser, QStringLiteral("--period"),
                                                 QStringLiteral("week"), QStringLiteral("--csv"), csv, QStringLiteral("--json")}
                                     + m_common);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject e = jsonOf(run);
        QVERIFY(e.value(QStringLiteral("periods")).toArray().size() >= 13);
        QCOMPARE(e.value(QStringLiteral("byKind")).toArray().size(), 6);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size() - 1, e.value(QStringLiteral("rewards")).toInt());

        const CliRun ledger = m_cli.run(QStringList{QStringLiteral("ledger"), QStringLiteral("--owner"), kUser, QStringLiteral("--json")} + m_common);
        QVERIFY2(ledger.exitCode == 0, qPrintable(ledger.err));
        const QJsonObject l = jsonOf(ledger);
        QVERIFY2(l.value(QStringLiteral("balanced")).toBool(), qPrintable(ledger.out));
        QCOMPARE(l.value(QStringLiteral("claims")).toArray().size(), 2);
        const QString accrued = m_fx.cast({QStringLiteral("call"),
                                           m_fx.profile().value(QStringLiteral("contracts")).toObject().value(QStringLiteral("rewards")).toString(),
                                           QStringLiteral("accrued(address)(uint256)"), kUser, QStringLiteral("--block"),
                                           QString::number(l.value(QStringLiteral("block")).toInteger())})
                                    .section(QLatin1Char(' '), 0, 0);
        QCOMPARE(l.value(QStringLiteral("claimable")).toObject().value(QStringLiteral("raw")).toString(), accrued);

        const CliRun bad = m_cli.run(QStringList{QStringLiteral("earnings"), QStringLiteral("--owner"), kUser, QStringLiteral("--period"),
                                                 QStringLiteral("year")} + m_common);
        QCOMPARE(bad.exitCode, 2);
    }

    void resourcesMeasureRootAndMemory()
    {
        const CliRun run = m_cli.run(QStringList{QStringLiteral("resources"), QStringLiteral("--json")} + m_common);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject r = jsonOf(run);
        const QJsonArray disks = r.value(QStringLiteral("disks")).toArray();
        QVERIFY(!disks.isEmpty());
        struct statvfs st {};
        QCOMPARE(::statvfs("/", &st), 0);
        bool root = false;
        for (const QJsonValue& v : disks)
            if (v.toObject().value(QStringLiteral("mountPoint")).toString() == QLatin1String("/")) {
                root = true;
                QCOMPARE(v.toObject().value(QStringLiteral("totalBytes")).toInteger(), qint64(st.f_blocks) * qint64(st.f_frsize));
                // Free space moves while others write: equal within 256 MiB.
                const qint64 free = qint64(st.f_bavail) * qint64(st.f_frsize);
                QVERIFY(std::llabs(v.toObject().value(QStringLiteral("freeBytes")).toInteger() - free) < (qint64(256) << 20));
            }
        QVERIFY(root);
        QFile meminfo(QStringLiteral("/proc/meminfo"));
        QVERIFY(meminfo.open(QIODevice::ReadOnly));
        const QString first = QString::fromUtf8(meminfo.readLine()).simplified(); // "MemTotal: N kB"
        QCOMPARE(r.value(QStringLiteral("memory")).toObject().value(QStringLiteral("totalBytes")).toInteger(),
                 first.section(QLatin1Char(' '), 1, 1).toLongLong() * 1024);
    }

private:
    DevnetFixture m_fx;
    QTemporaryDir m_dir;
    QStringList m_common;
    QString m_block;
    CliRecorder m_cli;
};

QTEST_GUILESS_MAIN(TestCliDevices)
#include "tst_cli_devices.moc"
