#include "wallet/store/CacheStore.h"
#include "wallet/store/CacheSchema.h"
#include "wallet/vault/SqliteDatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

using namespace plinth;

namespace {

Hash32 hashOf(std::uint64_t n, std::uint8_t fork = 0)
{
    Hash32 h{};
    for (int i = 0; i < 8; ++i)
        h[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(n >> (8 * i));
    h[31] = fork;
    h[30] = 0xAB; // never all-zero
    return h;
}

// A chain of `count` blocks after `parent`, on fork `fork`, each with `logsPerBlock` logs.
std::vector<VerifiedBlock> chain(std::uint64_t first, std::size_t count, const Hash32& parent, std::uint8_t fork = 0,
                                 std::size_t logsPerBlock = 2)
{
    std::vector<VerifiedBlock> out;
    Hash32 previous = parent;
    for (std::size_t i = 0; i < count; ++i) {
        VerifiedBlock b;
        b.header.number = first + i;
        b.header.hash = hashOf(first + i, fork);
        b.header.parentHash = previous;
        b.header.timestamp = 1'700'000'000 + 12 * (first + i);
        b.header.stateRoot = hashOf(1000 + first + i, fork);
        b.header.receiptsRoot = hashOf(2000 + first + i, fork);
        for (std::size_t l = 0; l < logsPerBlock; ++l) {
            StoredLog log;
            log.blockNumber = b.header.number;
            log.blockHash = b.header.hash;
            log.logIndex = static_cast<std::uint32_t>(l);
            log.txIndex = static_cast<std::uint32_t>(l / 2);
            log.txHash = hashOf(5000 + first + i + l, fork);
            log.address[19] = static_cast<std::uint8_t>(1 + l % 2);
            log.topics = {hashOf(77), hashOf(100 + l)};
            log.data = Bytes{1, 2, 3, static_cast<std::uint8_t>(l)};
            b.logs.push_back(log);
        }
        previous = b.header.hash;
        out.push_back(std::move(b));
    }
    return out;
}

CacheIdentity identity(std::uint64_t chainId = 31337)
{
    return CacheIdentity{chainId, hashOf(1), Bytes(20 * 6, 0x11)};
}

} // namespace

class TestCacheStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = std::filesystem::path(m_dir->path().toStdString()) / "cache" / "c.sqlite";
    }

    void migratesAVersion1CacheKeepingItsRows()
    {
        {
            auto store = CacheStore::open(m_path, identity());
            QVERIFY(store);
            QVERIFY((*store)->appendBlocks(chain(1, 4, hashOf(0))));
        }
        {
            // Make it the cache an older Plinth wrote: schema 1, no sync_status table.
            auto db = SqliteDatabase::open(m_path, std::nullopt);
            QVERIFY(db);
            QVERIFY((*db)->exec("DROP INDEX logs_by_event_name; ALTER TABLE logs DROP COLUMN event; "
                                "ALTER TABLE logs DROP COLUMN args; DROP TABLE sync_status; PRAGMA user_version=1;"));
        }
        auto store = CacheStore::open(m_path, identity());
        QVERIFY2(store, store ? "" : store.error().message.c_str());
        auto cursor = (*store)->cursor();
        QVERIFY(cursor && *cursor);
        QCOMPARE((*cursor)->number, std::uint64_t(4));
        QVERIFY(*(*store)->logCount() > 0);
        auto migrated = (*store)->logs(LogQuery{});
        QVERIFY(migrated && !migrated->empty());
        QVERIFY(migrated->front().event.empty()); // v1 kept no decoded form
        auto none = (*store)->syncStatus();
        QVERIFY(none && !*none);
        SyncStatusRecord status{77, 1700000000, "http://127.0.0.1:1: block 3: receiptsRoot mismatch",
                                "http://127.0.0.1:1", 1700000001};
        QVERIFY((*store)->putSyncStatus(status));
        status.head = 78;
        QVERIFY((*store)->putSyncStatus(status)); // replaces the one row
        auto back = (*store)->syncStatus();
        QVERIFY(back && *back);
        QCOMPARE(**back, status);
        auto db = SqliteDatabase::open(m_path, std::nullopt);
        auto version = (*db)->prepare("PRAGMA user_version");
        QVERIFY(version && *version->step());
        QCOMPARE(int(version->integer(0)), cacheschema::latestVersion());
    }

    void migratesAVersion2CacheWithoutLosingLogs()
    {
        std::int64_t logsBefore = 0;
        {
            auto store = CacheStore::open(m_path, identity());
            QVERIFY(store);
            QVERIFY((*store)->appendBlocks(chain(1, 6, hashOf(0))));
            logsBefore = std::int64_t(*(*store)->logCount());
            QVERIFY(logsBefore > 0);
        }
        {
            // Schema 2's headers had a UNIQUE hash. Rebuilt as it was, with foreign keys off so that the
            // logs stay; the migration must keep them too, although it drops this table.
            auto db = SqliteDatabase::open(m_path, std::nullopt);
            QVERIFY(db);
            QVERIFY((*db)->exec("PRAGMA foreign_keys=OFF; BEGIN; "
                                "CREATE TABLE h2 (number INTEGER PRIMARY KEY, hash BLOB NOT NULL UNIQUE CHECK (length(hash) = 32), "
                                "parent_hash BLOB NOT NULL, timestamp INTEGER NOT NULL, state_root BLOB NOT NULL, "
                                "receipts_root BLOB NOT NULL); INSERT INTO h2 SELECT * FROM headers; DROP TABLE headers; "
                                "ALTER TABLE h2 RENAME TO headers; PRAGMA user_version=2; COMMIT;"));
            auto unique = (*db)->prepare("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'headers'");
            QVERIFY(unique && *unique->step());
            QCOMPARE(unique->integer(0), std::int64_t(1)); // the UNIQUE constraint's index
        }
        auto store = CacheStore::open(m_path, identity());
        QVERIFY2(store, store ? "" : store.error().message.c_str());
        QCOMPARE(std::int64_t(*(*store)->logCount()), logsBefore);
        auto cursor = (*store)->cursor();
        QVERIFY(cursor && *cursor);
        QCOMPARE((*cursor)->number, std::uint64_t(6));
        auto latest = (*store)->latestHeader();
        QVERIFY(latest && *latest);
        QCOMPARE((*latest)->number, std::uint64_t(6));
        // Still appendable (the chain check still holds) and rolled back with its logs.
        QVERIFY((*store)->appendBlocks(chain(7, 8, (*latest)->hash)));
        QVERIFY((*store)->rollbackTo(3));
        auto after = (*store)->logs(LogQuery{});
        QVERIFY(after);
        for (const StoredLog& log : *after)
            QVERIFY(log.blockNumber <= 3);
        auto db = SqliteDatabase::open(m_path, std::nullopt);
        auto indexes = (*db)->prepare("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'headers'");
        QVERIFY(indexes && *indexes->step());
        QCOMPARE(indexes->integer(0), std::int64_t(0));
        auto fk = (*db)->prepare("PRAGMA foreign_key_check");
        QVERIFY(fk);
        auto row = fk->step();
        QVERIFY(row && !*row); // no log points at a missing header
    }

    void createsAnEmptyCache()
    {
        auto store = CacheStore::open(m_path, identity());
        QVERIFY2(store, store ? "" : store.error().message.c_str());
        auto c = (*store)->cursor();
        QVERIFY(c && !c->has_value());
        auto latest = (*store)->latestHeader();
        QVERIFY(latest && !latest->has_value());
    }

    void appendsAndReadsBack()
    {
        auto store = CacheStore::open(m_path, identity());
        QVERIFY(store);
        const auto blocks = chain(5, 10, hashOf(4));
        QVERIFY((*store)->appendBlocks(blocks));
        auto c = (*store)->cursor();
        QVERIFY(c && c->has_value());
        QCOMPARE((*c)->number, 14ULL);
        QVERIFY((*c)->hash == blocks.back().header.hash);
        auto h = (*store)->header(7);
        QVERIFY(h && h->has_value());
        QVERIFY(**h == blocks[2].header);
        QCOMPARE(*(*store)->logCount(), 20ULL);

        LogQuery q;
        q.addresses = {blocks[0].logs[1].address};
        q.fromBlock = 6;
        q.toBlock = 8;
        auto logs = (*store)->logs(q);
        QVERIFY(logs);
        QCOMPARE(logs->size(), std::size_t{3});
        QVERIFY(logs->front() == blocks[1].logs[1]);
        q.topic1 = hashOf(100);
        QCOMPARE((*store)->logs(q)->size(), std::size_t{0}); // address of log 1, topic of log 0
    }

    void refusesBatchesThatDoNotExtendTheCursor()
    {
        auto store = CacheStore::open(m_path, identity());
        QVERIFY((*store)->appendBlocks(chain(1, 3, hashOf(0))));
        const auto gap = chain(5, 1, hashOf(4));
        auto r = (*store)->appendBlocks(gap);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        const auto fork = chain(4, 1, hashOf(3, 9)); // right number, wrong parent
        QVERIFY(!(*store)->appendBlocks(fork));
        auto broken = chain(4, 3, hashOf(3));
        broken[2].header.parentHash = hashOf(99); // a gap inside the batch
        QVERIFY(!(*store)->appendBlocks(broken));
        QCOMPARE((*(*store)->cursor())->number, 3ULL); // nothing of the refused batches was kept
        QCOMPARE(*(*store)->logCount(), 6ULL);
    }

    void rollbackRemovesEverythingAboveInOneStep()
    {
        auto store = CacheStore::open(m_path, identity());
        const auto blocks = chain(1, 10, hashOf(0));
        QVERIFY((*store)->appendBlocks(blocks));
        ProvenValue low{"balance", {}, std::nullopt, hashOf(42), 3, blocks[2].header.hash};
        ProvenValue high{"storage", {}, hashOf(7), hashOf(43), 9, blocks[8].header.hash};
        QVERIFY((*store)->putProvenValue(low));
        QVERIFY((*store)->putProvenValue(high));

        QVERIFY((*store)->rollbackTo(6));
        QCOMPARE((*(*store)->cursor())->number, 6ULL);
        QVERIFY(!(*(*store)->header(7)).has_value());
        QCOMPARE(*(*store)->logCount(), 12ULL);
        QVERIFY((*(*store)->provenValue("balance", {}, std::nullopt)).has_value());
        QVERIFY(!(*(*store)->provenValue("storage", {}, hashOf(7))).has_value());

        // The other branch continues from the ancestor.
        QVERIFY((*store)->appendBlocks(chain(7, 5, blocks[5].header.hash, 1)));
        QCOMPARE((*(*store)->cursor())->number, 11ULL);
        QVERIFY((*(*store)->header(8))->hash == hashOf(8, 1));
        QVERIFY(!(*store)->rollbackTo(500)); // not cached
    }

    void provenValuesNeedACachedHeader()
    {
        auto store = CacheStore::open(m_path, identity());
        QVERIFY((*store)->appendBlocks(chain(1, 2, hashOf(0))));
        ProvenValue v{"balance", {}, std::nullopt, hashOf(1), 2, hashOf(2, 5)}; // hash of another fork
        QVERIFY(!(*store)->putProvenValue(v));
        v.blockHash = hashOf(2);
        QVERIFY((*store)->putProvenValue(v));
        v.value = hashOf(3);
        QVERIFY((*store)->putProvenValue(v)); // replaces
        auto back = (*store)->provenValue("balance", {}, std::nullopt);
        QVERIFY(back && back->has_value());
        QVERIFY(**back == v);
    }

    void persistsAcrossReopen()
    {
        {
            auto store = CacheStore::open(m_path, identity());
            QVERIFY((*store)->appendBlocks(chain(1, 4, hashOf(0))));
        }
        auto again = CacheStore::open(m_path, identity());
        QVERIFY(again);
        QCOMPARE((*(*again)->cursor())->number, 4ULL);
        QVERIFY((*again)->appendBlocks(chain(5, 1, hashOf(4))));
    }

    void aReadSnapshotIgnoresLaterBatches()
    {
        auto writer = CacheStore::open(m_path, identity());
        QVERIFY(writer);
        QVERIFY((*writer)->appendBlocks(chain(1, 4, hashOf(0))));
        auto reader = CacheStore::open(m_path, identity());
        QVERIFY(reader);
        {
            auto snapshot = (*reader)->readSnapshot();
            QVERIFY2(snapshot, snapshot ? "" : snapshot.error().message.c_str());
            QCOMPARE((*(*reader)->cursor())->number, 4ULL); // the first read fixes the snapshot
            QVERIFY((*writer)->appendBlocks(chain(5, 2, hashOf(4))));
            QCOMPARE((*(*reader)->cursor())->number, 4ULL);
            QVERIFY(!(*(*reader)->header(6))); // not in this snapshot
            QCOMPARE(*(*reader)->logCount(), 8ULL);
        }
        QCOMPARE((*(*reader)->cursor())->number, 6ULL); // the snapshot ended: the new batch is seen
        QCOMPARE(*(*reader)->logCount(), 12ULL);
    }

    void refusesAnotherNetworksCache()
    {
        { QVERIFY(CacheStore::open(m_path, identity(31337))); }
        auto other = CacheStore::open(m_path, identity(1));
        QVERIFY(!other);
        QVERIFY(QString::fromStdString(other.error().message).contains(QStringLiteral("another network")));
        QVERIFY(CacheStore::pathFor("/x", identity(1)) != CacheStore::pathFor("/x", identity(31337)));
    }

    void refusesFilesThatAreNotACache()
    {
        std::filesystem::create_directories(m_path.parent_path());
        QFile f(QString::fromStdString(m_path.string()));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        auto store = CacheStore::open(m_path, identity());
        QVERIFY(!store);
        QCOMPARE(store.error().code, ErrorCode::Corrupt);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::filesystem::path m_path;
};

QTEST_GUILESS_MAIN(TestCacheStore)
#include "tst_cachestore.moc"
