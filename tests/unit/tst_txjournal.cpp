// TxJournal (wallet/tx/TxJournal.h): the SQLite journal of sent transactions.
#include "wallet/tx/TxJournal.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace plinth;

namespace {

std::filesystem::path toPath(const QString& p) { return std::filesystem::path(p.toStdString()); }

JournalEntry entry(std::uint8_t tag, std::uint64_t nonce, std::uint64_t chainId = 31337)
{
    JournalEntry e;
    e.hash.fill(tag);
    e.tx.type = 2;
    e.tx.chainId = chainId;
    e.tx.nonce = nonce;
    e.tx.from = *parseAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    e.tx.to = *parseAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    e.tx.value = *parseDecimalUInt256("1500000000000000000");
    e.tx.data = {0xa9, 0x05, 0x9c, 0xbb};
    e.tx.gas = 21000;
    // Above 2^64, to show 256-bit fees survive.
    e.tx.maxFeePerGas = *parseDecimalUInt256("340282366920938463463374607431768211457");
    e.tx.maxPriorityFeePerGas = 1'500'000'000;
    e.raw = {0x02, 0xf8, tag};
    e.kind = "transfer";
    e.status = JournalStatus::Pending;
    e.createdAtMs = 1000 + tag;
    return e;
}

} // namespace

class TestTxJournal : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_count = 0;
    QString newDir() { return m_dir.filePath(QStringLiteral("d%1").arg(++m_count)); }

private Q_SLOTS:
    void pathPerChain()
    {
        QCOMPARE(QString::fromStdString(TxJournal::pathFor("/data", 31337).string()), QStringLiteral("/data/transactions/31337.db"));
    }

    void roundTripsEveryField()
    {
        const QString dir = newDir();
        {
            auto j = TxJournal::open(toPath(dir), 31337);
            QVERIFY2(j, j ? "" : j.error().message.c_str());
            QVERIFY((*j)->add(entry(1, 7)));
        }
        QVERIFY(QFile::exists(dir + QStringLiteral("/transactions/31337.db")));
        auto j = TxJournal::open(toPath(dir), 31337);
        QVERIFY(j);
        Hash32 h;
        h.fill(1);
        auto found = (*j)->find(h);
        QVERIFY(found && *found);
        const JournalEntry& e = **found;
        const JournalEntry want = entry(1, 7);
        QCOMPARE(e.tx, want.tx);
        QCOMPARE(e.raw, want.raw);
        QCOMPARE(QString::fromStdString(e.kind), QStringLiteral("transfer"));
        QCOMPARE(e.status, JournalStatus::Pending);
        QCOMPARE(e.createdAtMs, want.createdAtMs);
        QVERIFY(!e.replacedBy && !e.replaces && !e.blockNumber);
        Hash32 other;
        other.fill(9);
        auto missing = (*j)->find(other);
        QVERIFY(missing && !*missing);
    }

    void replacementAndStatus()
    {
        auto j = TxJournal::open(toPath(newDir()), 31337);
        QVERIFY(j);
        JournalEntry a = entry(1, 3);
        JournalEntry b = entry(2, 3);
        b.kind = "speed-up";
        b.replaces = a.hash;
        QVERIFY((*j)->add(a));
        QVERIFY((*j)->add(b));
        QVERIFY((*j)->add(entry(3, 4)));
        QVERIFY((*j)->markReplaced(a.hash, b.hash));
        QVERIFY((*j)->setStatus(b.hash, JournalStatus::Included, 185));
        auto same = (*j)->withNonce(*a.tx.from, 3);
        QVERIFY(same);
        QCOMPARE(same->size(), std::size_t{2});
        QCOMPARE(same->at(0).hash, a.hash);
        QCOMPARE(same->at(0).status, JournalStatus::Replaced);
        QCOMPARE(same->at(0).replacedBy, std::optional<Hash32>(b.hash));
        QCOMPARE(same->at(1).replaces, std::optional<Hash32>(a.hash));
        QCOMPARE(same->at(1).status, JournalStatus::Included);
        QCOMPARE(same->at(1).blockNumber, std::optional<std::uint64_t>(185));
        auto all = (*j)->all();
        QVERIFY(all);
        QCOMPARE(all->size(), std::size_t{3});
        QCOMPARE(all->front().tx.nonce, std::uint64_t{4}); // newest first
        Hash32 unknown;
        unknown.fill(7);
        QCOMPARE((*j)->setStatus(unknown, JournalStatus::Dropped).error().code, ErrorCode::NotFound);
        QCOMPARE((*j)->markReplaced(unknown, a.hash).error().code, ErrorCode::NotFound);
    }

    void refusesDuplicatesAndOtherChains()
    {
        auto j = TxJournal::open(toPath(newDir()), 31337);
        QVERIFY(j);
        QVERIFY((*j)->add(entry(1, 0)));
        QCOMPARE((*j)->add(entry(1, 0)).error().code, ErrorCode::InvalidArgument);
        auto other = (*j)->add(entry(2, 0, 1));
        QVERIFY(!other);
        QVERIFY(QString::fromStdString(other.error().message).contains(QStringLiteral("chain 1")));
        JournalEntry noSender = entry(3, 0);
        noSender.tx.from.reset();
        QVERIFY(!(*j)->add(noSender));
    }

    void refusesForeignFiles()
    {
        const QString dir = newDir();
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/transactions")));
        QFile f(dir + QStringLiteral("/transactions/5.db"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database at all, just some text that is long enough to have a header........................");
        f.close();
        auto j = TxJournal::open(toPath(dir), 5);
        QVERIFY(!j);
        QVERIFY(j.error().code == ErrorCode::Corrupt || j.error().code == ErrorCode::Io);
    }

    void statusNames()
    {
        for (auto s : {JournalStatus::Signed, JournalStatus::Pending, JournalStatus::Included, JournalStatus::Reverted,
                       JournalStatus::Rejected, JournalStatus::Dropped, JournalStatus::Replaced})
            QCOMPARE(journalStatusFromName(journalStatusName(s)), std::optional<JournalStatus>(s));
        QVERIFY(!journalStatusFromName("mined"));
    }
};

QTEST_GUILESS_MAIN(TestTxJournal)
#include "tst_txjournal.moc"
