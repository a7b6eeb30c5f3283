// kill -9 during sync: a child process (this binary with --sync-child) syncs the seeded devnet into one
// cache with small batches (5 headers, 5 receipts) and is killed with SIGKILL after a random delay, 20
// times, each run resuming the same cache. After every kill the cache must be whole (headers contiguous up
// to the cursor, nothing above it) and a prefix of a clean sync's; at the end a last run syncs to head and
// the cache equals a clean sync's, header for header and log for log. The chain is the seed plus 2,400
// blocks (with 6 more transfers), so that a sync lasts long enough to be interrupted. The seed is printed (set
// PLINTH_TEST_SEED to replay a run).
#include "DevnetFixture.h"
#include "SyncTestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace plinth;
using namespace plinth::test;

namespace {

SyncOptions smallBatches()
{
    SyncOptions o;
    o.headersPerBatch = 5;
    o.receiptsPerBatch = 5;
    return o;
}

// The child: sync `cacheFile` from `rpcUrl` with the profile at `profilePath`, to head. 0 when done.
int runChild(const char* profilePath, const char* rpcUrl, const char* cacheFile)
{
    QFile f(QString::fromLocal8Bit(profilePath));
    if (!f.open(QIODevice::ReadOnly))
        return 3;
    auto profile = parseNetworkProfile(f.readAll().toStdString());
    if (!profile)
        return 3;
    profile->rpc = {rpcUrl};
    std::string error;
    auto node = connectTo(profile->rpc, &error);
    if (!node)
        return 3;
    auto store = openCache(cacheFile, *profile);
    if (!store) {
        std::fprintf(stderr, "%s\n", store.error().message.c_str());
        return 4;
    }
    SyncEngine engine(*profile, *node->pool, **store, smallBatches());
    auto report = engine.syncToHead();
    if (!report) {
        std::fprintf(stderr, "%s\n", errorText(report.error()).c_str());
        return 2;
    }
    return 0;
}

} // namespace

class TestSyncResume : public QObject {
    Q_OBJECT

    DevnetFixture m_fx;
    NetworkProfile m_profile;
    QTemporaryDir m_dir;
    CacheSnapshot m_clean;
    qint64 m_cleanMillis = 0;

    QProcess* startChild(const QString& cacheFile)
    {
        auto* p = new QProcess(this);
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--sync-child"), m_fx.profilePath(), m_fx.rpcUrl(), cacheFile});
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fx.start(), qPrintable(m_fx.error()));
        QVERIFY(m_dir.isValid());
        auto profile = devnetProfile(m_fx, {m_fx.rpcUrl().toStdString()});
        QVERIFY2(profile, profile ? "" : profile.error().message.c_str());
        m_profile = *profile;
        // A longer chain than the seed's 184 blocks, so that a sync takes long enough to be killed in the
        // middle: 6 x (a token transfer, then 400 empty blocks).
        for (int i = 0; i < 6; ++i) {
            QString error;
            QVERIFY2(!m_fx.cast({QStringLiteral("send"), QStringLiteral("--unlocked"), QStringLiteral("--from"),
                                 QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"),
                                 QString::fromStdString(m_profile.contracts.token), QStringLiteral("transfer(address,uint256)"),
                                 QStringLiteral("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"), QString::number(i + 1)},
                                &error)
                          .isNull(),
                     qPrintable(error));
            QVERIFY(!m_fx.rpc(QStringLiteral("anvil_mine"), {QStringLiteral("400")}).isNull());
        }
        std::string error;
        auto node = connectTo(m_profile.rpc, &error);
        QVERIFY2(node, error.c_str());
        auto store = openCache(m_dir.filePath(QStringLiteral("clean.sqlite")).toStdString(), m_profile);
        QVERIFY(store);
        SyncEngine engine(m_profile, *node->pool, **store, smallBatches());
        QElapsedTimer timer;
        timer.start();
        auto report = engine.syncToHead();
        m_cleanMillis = timer.elapsed(); // only to scale the random kill delays, never asserted
        QVERIFY2(report, report ? "" : errorText(report.error()).c_str());
        auto snap = snapshotOf(**store, m_profile.checkpoint.number);
        QVERIFY(snap && snap->cursor);
        m_clean = *snap;
        qInfo("clean sync with 5-block batches: %s in %lld ms", describe(m_clean).c_str(), m_cleanMillis);
    }

    void killNineAndResume()
    {
        const quint32 seed = qEnvironmentVariableIsSet("PLINTH_TEST_SEED")
                                 ? qEnvironmentVariable("PLINTH_TEST_SEED").toUInt()
                                 : QRandomGenerator::system()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator rng(seed);
        const QString cacheFile = m_dir.filePath(QStringLiteral("killed.sqlite"));
        // Delays up to a fifth of a clean sync plus a child's start-up: 20 kills land all over the sync.
        const int maxDelay = static_cast<int>(std::max<qint64>(200, m_cleanMillis / 5 + 150));
        int killedMidway = 0, finished = 0;
        std::uint64_t lastCursor = 0;
        for (int i = 0; i < 20; ++i) {
            QProcess* child = startChild(cacheFile);
            QVERIFY(child->waitForStarted(30000));
            QThread::msleep(static_cast<unsigned long>(rng.bounded(maxDelay)));
            if (child->state() == QProcess::Running) {
                child->kill(); // SIGKILL
                QVERIFY(child->waitForFinished(30000));
            }
            if (child->exitStatus() == QProcess::NormalExit) {
                QCOMPARE(child->exitCode(), 0);
                ++finished;
            }
            delete child;

            // The cache after the kill: whole, and a prefix of the clean one.
            auto store = openCache(cacheFile.toStdString(), m_profile);
            QVERIFY2(store, store ? "" : errorText(store.error()).c_str());
            auto snap = snapshotOf(**store, m_profile.checkpoint.number);
            QVERIFY2(snap, snap ? "" : errorText(snap.error()).c_str());
            if (!snap->cursor)
                continue;
            QVERIFY(snap->cursor->number >= lastCursor); // nothing verified is lost
            lastCursor = snap->cursor->number;
            QVERIFY(snap->cursor->number <= m_clean.cursor->number);
            for (const StoredHeader& h : snap->headers)
                QVERIFY(h == m_clean.headers.at(h.number - m_profile.checkpoint.number));
            std::size_t expected = 0;
            for (const StoredLog& l : m_clean.logs)
                expected += l.blockNumber <= snap->cursor->number ? 1 : 0;
            QCOMPARE(snap->logs.size(), expected);
            QVERIFY(std::equal(snap->logs.begin(), snap->logs.end(), m_clean.logs.begin()));
            if (snap->cursor->number < m_clean.cursor->number)
                ++killedMidway;
        }
        qInfo("%d of 20 runs killed before the head, %d finished", killedMidway, finished);
        QVERIFY2(killedMidway > 0, "no kill landed during the sync: the test proved nothing");

        QProcess* last = startChild(cacheFile);
        QVERIFY(last->waitForFinished(120000));
        QCOMPARE(last->exitStatus(), QProcess::NormalExit);
        QCOMPARE(last->exitCode(), 0);
        auto store = openCache(cacheFile.toStdString(), m_profile);
        QVERIFY(store);
        auto snap = snapshotOf(**store, m_profile.checkpoint.number);
        QVERIFY(snap);
        QVERIFY2(*snap == m_clean, firstDifference(*snap, m_clean).c_str());
    }
};

int main(int argc, char** argv)
{
    if (argc == 5 && std::string(argv[1]) == "--sync-child")
        return runChild(argv[2], argv[3], argv[4]);
    QCoreApplication app(argc, argv);
    TestSyncResume test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sync_resume.moc"
