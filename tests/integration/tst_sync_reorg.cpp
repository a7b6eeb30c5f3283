// SyncEngine across real reorgs (anvil_reorg) on the seeded devnet: the tip blocks carry token
// transfers, anvil replaces the last three with other transfers, and the next sync follows: the report
// counts the reorg, the cache's headers are the new chain's (cast agrees), the logs of the removed
// blocks are gone and the new ones are there; also when a new engine (a restarted app) meets the reorg.
// A reorg deeper than the profile's finality depth (2 here) stops sync with Unverified and changes
// nothing in the cache. A reorg in the middle of a run, replacing blocks that the engine verified and
// whose receipts it is about to ask for, is followed in that same run.
#include "DevnetFixture.h"
#include "SyncTestSupport.h"

#include "wallet/codec/Hex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace plinth;
using namespace plinth::test;

namespace {

const QString kUser = QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
const QString kBob = QStringLiteral("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");

} // namespace

class TestSyncReorg : public QObject {
    Q_OBJECT

    DevnetFixture m_fx;
    NetworkProfile m_profile;
    QTemporaryDir m_dir;
    int m_caches = 0;
    int m_amount = 1;

    std::filesystem::path newCachePath() { return m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_caches)).toStdString(); }
    std::uint64_t head() { return m_fx.cast({QStringLiteral("block-number")}).toULongLong(); }

    // A token transfer from the user, mined in its own block: a block with a watched log.
    bool transfer()
    {
        QString error;
        const QString out = m_fx.cast({QStringLiteral("send"), QStringLiteral("--unlocked"), QStringLiteral("--from"), kUser,
                                       QString::fromStdString(m_profile.contracts.token), QStringLiteral("transfer(address,uint256)"),
                                       kBob, QString::number(m_amount++)},
                                      &error);
        if (out.isNull())
            qWarning("cast send: %s", qPrintable(error));
        return !out.isNull();
    }

    // anvil replaces the last `depth` blocks; the new branch holds one other transfer, in its first block.
    bool reorg(int depth)
    {
        QString error;
        const QString data = m_fx.castOffline({QStringLiteral("calldata"), QStringLiteral("transfer(address,uint256)"), kBob,
                                               QString::number(1000 + m_amount++)});
        const QString txs = QStringLiteral("[[{\"from\":\"%1\",\"to\":\"%2\",\"data\":\"%3\",\"gas\":\"0x30000\"},0]]")
                                .arg(kUser, QString::fromStdString(m_profile.contracts.token), data);
        const QString out = m_fx.rpc(QStringLiteral("anvil_reorg"), {QString::number(depth), txs}, &error);
        if (out.isNull())
            qWarning("anvil_reorg: %s", qPrintable(error));
        return !out.isNull();
    }

    void verifyCacheIsTheChain(const CacheStore& store, std::uint64_t from)
    {
        auto snap = snapshotOf(store, m_profile.checkpoint.number);
        QVERIFY(snap && snap->cursor);
        for (std::uint64_t n = from; n <= snap->cursor->number; ++n)
            QCOMPARE(toHex(snap->headers.at(n - m_profile.checkpoint.number).hash), castBlockHash(m_fx, n));
        // Row for row what a new cache synced from scratch holds now.
        std::string error;
        auto node = connectTo(m_profile.rpc, &error);
        QVERIFY2(node, error.c_str());
        auto fresh = openCache(newCachePath(), m_profile);
        QVERIFY(fresh);
        SyncEngine engine(m_profile, *node->pool, **fresh);
        auto report = engine.syncToHead();
        QVERIFY2(report, report ? "" : errorText(report.error()).c_str());
        auto clean = snapshotOf(**fresh, m_profile.checkpoint.number);
        QVERIFY(clean);
        QVERIFY2(*snap == *clean, firstDifference(*snap, *clean).c_str());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fx.start(), qPrintable(m_fx.error()));
        QVERIFY(m_dir.isValid());
        auto profile = devnetProfile(m_fx, {m_fx.rpcUrl().toStdString()});
        QVERIFY2(profile, profile ? "" : profile.error().message.c_str());
        m_profile = *profile;
    }

    void reorgIsFollowed_data()
    {
        QTest::addColumn<bool>("restart");
        QTest::newRow("same engine") << false;
        QTest::newRow("new engine") << true;
    }

    void reorgIsFollowed()
    {
        QFETCH(bool, restart);
        for (int i = 0; i < 4; ++i)
            QVERIFY(transfer());
        std::string error;
        auto node = connectTo(m_profile.rpc, &error);
        QVERIFY2(node, error.c_str());
        auto store = openCache(newCachePath(), m_profile);
        QVERIFY(store);
        auto engine = std::make_unique<SyncEngine>(m_profile, *node->pool, **store);
        auto first = engine->syncToHead();
        QVERIFY2(first, first ? "" : errorText(first.error()).c_str());
        const std::uint64_t top = head();
        const SyncCursor before = **(*store)->cursor();
        QCOMPARE(before.number, top - 1);
        // The blocks the reorg replaces: three, two of them in the cache, each with a transfer.
        std::set<Hash32> removed;
        std::size_t removedLogs = 0;
        for (std::uint64_t n = top - 2; n <= top - 1; ++n) {
            removed.insert((*(*store)->header(n))->hash);
            LogQuery q;
            q.fromBlock = q.toBlock = n;
            removedLogs += (*store)->logs(q)->size();
        }
        QVERIFY(removedLogs >= 2);

        QVERIFY(reorg(3));
        QVERIFY(m_fx.rpc(QStringLiteral("anvil_mine"), {QStringLiteral("1")}).size() > 0);
        QCOMPARE(head(), top + 1);
        for (std::uint64_t n = top - 2; n <= top - 1; ++n)
            QVERIFY2(!removed.count(*fromHexFixed<32>(castBlockHash(m_fx, n))), "anvil did not replace the block");

        if (restart)
            engine = std::make_unique<SyncEngine>(m_profile, *node->pool, **store);
        std::uint64_t rolledBackTo = UINT64_MAX;
        auto second = engine->syncToHead({}, [&](std::uint64_t ancestor, std::uint64_t) { rolledBackTo = ancestor; });
        QVERIFY2(second, second ? "" : errorText(second.error()).c_str());
        QVERIFY(second->faults.empty()); // a reorg is nobody's lie
        QCOMPARE((*(*store)->cursor())->number, top);
        const auto all = (*store)->logs(LogQuery{});
        QVERIFY(all);
        for (const StoredLog& l : *all)
            QVERIFY2(!removed.count(l.blockHash), ("a log of a removed block survived: block " + std::to_string(l.blockNumber)).c_str());
        // The new branch's transfer is there, as cast sees it.
        const QString json = m_fx.cast({QStringLiteral("logs"), QStringLiteral("--from-block"), QString::number(top - 2),
                                        QStringLiteral("--to-block"), QString::number(top), QStringLiteral("--address"),
                                        QString::fromStdString(m_profile.contracts.token), QStringLiteral("--json")});
        LogQuery q;
        q.fromBlock = top - 2;
        QCOMPARE(static_cast<qsizetype>((*store)->logs(q)->size()), QJsonDocument::fromJson(json.toUtf8()).array().size());
        QVERIFY((*store)->logs(q)->size() >= 1);
        verifyCacheIsTheChain(**store, top - 8);
        if (QTest::currentTestFailed())
            return;
        // The cache is right; the report and the rollback callback must say what happened to it.
        QVERIFY2(second->reorgs >= 1, "the reorg was not reported");
        QCOMPARE(second->blocksRolledBack, std::uint64_t{2});
        QCOMPARE(rolledBackTo, top - 3);
    }

    void reorgWhileReceiptsTravel()
    {
        for (int i = 0; i < 8; ++i)
            QVERIFY(transfer());
        const std::uint64_t top = head();
        std::string error;
        auto node = connectTo(m_profile.rpc, &error);
        QVERIFY2(node, error.c_str());
        auto store = openCache(newCachePath(), m_profile);
        QVERIFY(store);
        // Batches of two: when the cache holds up to v (the progress callback), the engine has verified
        // up to about v + 5 and is about to ask for the receipts of v + 3 and v + 4. The reorg lands then,
        // at v = top - 7 or top - 6, so that blocks it verified but not yet settled are among the four
        // replaced, and their receipts are asked for after they are gone (null: NotFound, retried). With
        // a single endpoint that used to end the sync with "no usable RPC endpoint" (VerifiedRpc::askAll).
        SyncOptions options;
        options.headersPerBatch = 2;
        SyncEngine engine(m_profile, *node->pool, **store, options);
        bool reorged = false;
        auto report = engine.syncToHead([&](const SyncProgress& p) {
            if (!reorged && p.verifiedHeight + 7 >= top) {
                reorged = true;
                QVERIFY(reorg(4));
            }
        });
        QVERIFY(reorged);
        QVERIFY2(report, report ? "" : errorText(report.error()).c_str());
        QVERIFY2(report->reorgs >= 1, "the reorg during the run was not seen");
        QVERIFY(report->faults.empty());
        QCOMPARE((*(*store)->cursor())->number, top - 1);
        verifyCacheIsTheChain(**store, top - 10);
    }

    void reorgDeeperThanFinalityStops_data() { reorgIsFollowed_data(); }
    void reorgDeeperThanFinalityStops()
    {
        QFETCH(bool, restart);
        NetworkProfile shallow = m_profile;
        shallow.finalityDepth = 2;
        for (int i = 0; i < 3; ++i)
            QVERIFY(transfer());
        std::string error;
        auto node = connectTo(shallow.rpc, &error);
        QVERIFY2(node, error.c_str());
        auto store = openCache(newCachePath(), shallow);
        QVERIFY(store);
        auto engine = std::make_unique<SyncEngine>(shallow, *node->pool, **store);
        auto first = engine->syncToHead();
        QVERIFY2(first, first ? "" : errorText(first.error()).c_str());
        auto before = snapshotOf(**store, shallow.checkpoint.number);
        QVERIFY(before);

        QVERIFY(reorg(5));
        QVERIFY(m_fx.rpc(QStringLiteral("anvil_mine"), {QStringLiteral("1")}).size() > 0);
        if (restart)
            engine = std::make_unique<SyncEngine>(shallow, *node->pool, **store);
        bool rolledBack = false;
        auto second = engine->syncToHead({}, [&](std::uint64_t, std::uint64_t) { rolledBack = true; });
        QVERIFY2(!second, "a reorg deeper than the finality depth was followed");
        QVERIFY2(second.error().code == ErrorCode::Unverified, errorText(second.error()).c_str());
        QVERIFY2(second.error().message.find("finality") != std::string::npos, second.error().message.c_str());
        QVERIFY(!rolledBack);
        auto after = snapshotOf(**store, shallow.checkpoint.number);
        QVERIFY(after);
        QVERIFY2(*after == *before, firstDifference(*after, *before).c_str());
    }
};

QTEST_GUILESS_MAIN(TestSyncReorg)
#include "tst_sync_reorg.moc"
