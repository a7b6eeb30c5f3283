// SyncEngine against lying endpoints (tests/support/TamperingProxy) on the seeded devnet. For every lie:
//   - the liar alone: sync (or proveBalances) fails with Unverified naming the liar, the proxy really
//     altered an answer, and the cache holds nothing from the lie: what it holds is a prefix of a clean
//     sync's cache ending before the tampered block, and no proven value is written;
//   - the liar and an honest endpoint: sync completes, the report names the liar, and the cache equals
//     a clean sync's row for row.
// The clean sync itself is checked against cast (logs per contract, proven balances).
#include "DevnetFixture.h"
#include "SyncTestSupport.h"

#include "tests/support/FaultyRpcServer.h"
#include "tests/support/TamperingProxy.h"
#include "wallet/codec/Hex.h"
#include "wallet/codec/UInt256.h"
#include "wallet/eth/Address.h"
#include "wallet/light/MerkleProof.h"
#include "wallet/rpc/RpcSync.h"
#include "wallet/sync/NetworkCache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace plinth;
using namespace plinth::test;
using namespace std::chrono_literals;
using Mode = TamperingProxy::Mode;
using Lie = TamperingProxy::Lie;
using HF = TamperingProxy::HeaderFieldKind;
using RF = TamperingProxy::ReceiptFieldKind;

namespace {

const char* kUser = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";


SyncOptions smallBatches()
{
    SyncOptions o;
    o.headersPerBatch = 16; // several batches settle before the tampered block
    o.receiptsPerBatch = 8;
    return o;
}

struct Row {
    std::string name;
    Lie lie;
};

} // namespace

class TestSyncTampering : public QObject {
    Q_OBJECT

    DevnetFixture m_fx;
    NetworkProfile m_profile;
    QTemporaryDir m_dir;
    int m_caches = 0;
    CacheSnapshot m_clean;
    std::uint64_t m_target = 0; // a block with watched logs in the middle of the history
    ProvenBalances m_cleanBalances;
    Hash32 m_tokenSlot{};

    std::filesystem::path newCachePath() { return m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_caches)).toStdString(); }

    std::vector<Row> syncRows() const
    {
        const std::uint64_t t = m_target;
        std::vector<Row> rows{
            {"HeaderField stateRoot", Lie::header(Mode::HeaderField, HF::StateRoot, t)},
            {"HeaderField timestamp", Lie::header(Mode::HeaderField, HF::Timestamp, t)},
            {"HeaderField logsBloom", Lie::header(Mode::HeaderField, HF::LogsBloom, t)},
            {"HeaderFieldRehashed stateRoot", Lie::header(Mode::HeaderFieldRehashed, HF::StateRoot, t)},
            {"HeaderFieldRehashed timestamp", Lie::header(Mode::HeaderFieldRehashed, HF::Timestamp, t)},
            {"HeaderFieldRehashed receiptsRoot", Lie::header(Mode::HeaderFieldRehashed, HF::ReceiptsRoot, t)},
            {"BloomCleared at target", Lie::make(Mode::BloomCleared, t)},
            {"BloomCleared any block", Lie::make(Mode::BloomCleared)},
            {"LogDropped at target", Lie::make(Mode::LogDropped, t)},
            {"LogDropped any block", Lie::make(Mode::LogDropped)},
            {"LogInjected at target", Lie::make(Mode::LogInjected, t)},
            {"ReceiptAltered status", Lie::receipt(RF::Status, t)},
            {"ReceiptAltered cumulativeGasUsed", Lie::receipt(RF::CumulativeGasUsed, t)},
            {"ReceiptAltered logData", Lie::receipt(RF::LogData, t)},
            {"WrongBlock previous", Lie::wrongBlock(t)},
            {"WrongBlock next", Lie::wrongBlock(t, t + 1)},
        };
        return rows;
    }

    std::vector<Row> proofRows() const
    {
        std::vector<Row> rows;
        for (Mode m : {Mode::ProofBalance, Mode::ProofStorageValue, Mode::ProofNodeAdded, Mode::ProofNodeRemoved,
                       Mode::StorageProofNodeAdded, Mode::StorageProofNodeRemoved})
            rows.push_back({TamperingProxy::modeName(m), Lie::make(m)});
        return rows;
    }

    static void addRows(const std::vector<Row>& rows)
    {
        QTest::addColumn<int>("row");
        for (std::size_t i = 0; i < rows.size(); ++i)
            QTest::newRow(rows[i].name.c_str()) << static_cast<int>(i);
    }

    // What the cache holds must be exactly a clean sync's, cut at its cursor.
    void verifyPrefixOfClean(const CacheSnapshot& s)
    {
        if (!s.cursor) {
            QVERIFY(s.headers.empty());
            QVERIFY(s.logs.empty());
            return;
        }
        QVERIFY(s.cursor->number <= m_clean.cursor->number);
        for (const StoredHeader& h : s.headers)
            QVERIFY2(h == m_clean.headers.at(h.number - m_profile.checkpoint.number),
                     ("header " + std::to_string(h.number) + " differs from the clean sync's").c_str());
        std::vector<StoredLog> expected;
        for (const StoredLog& l : m_clean.logs)
            if (l.blockNumber <= s.cursor->number)
                expected.push_back(l);
        QCOMPARE(s.logs.size(), expected.size());
        QVERIFY(s.logs == expected);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fx.start(), qPrintable(m_fx.error()));
        QVERIFY(m_dir.isValid());
        auto profile = devnetProfile(m_fx, {m_fx.rpcUrl().toStdString()});
        QVERIFY2(profile, profile ? "" : profile.error().message.c_str());
        m_profile = *profile;
        // The identity as CacheStore.h describes it is the one the sync module derives.
        auto id = cacheIdentityFor(m_profile);
        QVERIFY(id);
        QCOMPARE(id->chainId, m_profile.chainId);
        QCOMPARE(toHex(id->checkpointHash), m_profile.checkpoint.hash);
        QCOMPARE(id->contracts.size(), std::size_t{120});
        const NetworkContracts& c = m_profile.contracts;
        std::size_t at = 0;
        for (const std::string* text : {&c.token, &c.devices, &c.staking, &c.rewards, &c.governor, &c.timelock}) {
            const Address a = *parseAddress(*text);
            QVERIFY(std::equal(a.bytes.begin(), a.bytes.end(), id->contracts.begin() + std::ptrdiff_t(at)));
            at += 20;
        }

        std::string error;
        auto node = connectTo(m_profile.rpc, &error);
        QVERIFY2(node, error.c_str());
        auto store = openCache(newCachePath(), m_profile);
        QVERIFY2(store, store ? "" : store.error().message.c_str());
        SyncEngine engine(m_profile, *node->pool, **store, smallBatches());
        auto report = engine.syncToHead();
        QVERIFY2(report, report ? "" : report.error().message.c_str());
        QVERIFY(report->faults.empty());
        auto balances = engine.proveBalances(*parseAddress(kUser));
        QVERIFY2(balances, balances ? "" : balances.error().message.c_str());
        m_cleanBalances = *balances;
        m_tokenSlot = storageSlotForMapping(*parseAddress(kUser), UInt256(0));
        auto snap = snapshotOf(**store, m_profile.checkpoint.number);
        QVERIFY2(snap, snap ? "" : snap.error().message.c_str());
        m_clean = *snap;
        QVERIFY(m_clean.cursor);
        QVERIFY(m_clean.logs.size() > 1000);
        m_target = m_clean.logs[m_clean.logs.size() / 2].blockNumber;
        QVERIFY(m_target > m_profile.checkpoint.number + 32 && m_target + 4 < m_clean.cursor->number);
        qInfo("clean sync: %s; tampered block %llu", describe(m_clean).c_str(), static_cast<unsigned long long>(m_target));
    }

    void cleanSyncAgreesWithCast()
    {
        const QString to = QString::number(m_clean.cursor->number);
        QCOMPARE(QString::fromStdString(toHex(m_clean.cursor->hash)),
                 QString::fromStdString(castBlockHash(m_fx, m_clean.cursor->number)));
        std::size_t total = 0;
        const NetworkContracts& c = m_profile.contracts;
        for (const std::string* contract : {&c.token, &c.devices, &c.staking, &c.rewards, &c.governor, &c.timelock}) {
            const QString json = m_fx.cast({QStringLiteral("logs"), QStringLiteral("--from-block"),
                                            QString::number(m_profile.checkpoint.number), QStringLiteral("--to-block"), to,
                                            QStringLiteral("--address"), QString::fromStdString(*contract), QStringLiteral("--json")});
            QVERIFY(!json.isNull());
            const auto bytes = parseAddress(*contract)->bytes;
            const auto mine = std::count_if(m_clean.logs.begin(), m_clean.logs.end(), [&](const StoredLog& l) { return l.address == bytes; });
            QCOMPARE(static_cast<qsizetype>(mine), QJsonDocument::fromJson(json.toUtf8()).array().size());
            total += static_cast<std::size_t>(mine);
        }
        QCOMPARE(total, m_clean.logs.size());
        const QString block = QString::number(m_cleanBalances.native.blockNumber);
        QCOMPARE(m_cleanBalances.native.blockNumber, m_clean.cursor->number);
        QCOMPARE(QString::fromStdString(toDecimalString(m_cleanBalances.native.amount)),
                 m_fx.cast({QStringLiteral("balance"), QString::fromLatin1(kUser), QStringLiteral("-B"), block}));
        QCOMPARE(QString::fromStdString(toDecimalString(m_cleanBalances.token.amount)),
                 DevnetFixture::exactNumber(m_fx.cast({QStringLiteral("call"), QString::fromStdString(c.token), QStringLiteral("balanceOf(address)(uint256)"),
                                      QString::fromLatin1(kUser), QStringLiteral("--block"), block})));
        QVERIFY(m_cleanBalances.token.amount > 0);
    }

    void liarAloneIsCaught_data() { addRows(syncRows()); }
    void liarAloneIsCaught()
    {
        QFETCH(int, row);
        const Row r = syncRows().at(static_cast<std::size_t>(row));
        TamperingProxy liar(m_fx.rpcUrl().toStdString());
        liar.setLie(r.lie);
        std::string error;
        auto node = connectTo({liar.url()}, &error);
        QVERIFY2(node, error.c_str());
        auto store = openCache(newCachePath(), m_profile);
        QVERIFY(store);
        SyncEngine engine(m_profile, *node->pool, **store, smallBatches());
        auto report = engine.syncToHead();
        QVERIFY2(liar.altered() > 0, "the proxy never lied: the test would pass vacuously");
        QVERIFY2(!report, ("the lie was accepted: " + describe(*snapshotOf(**store, m_profile.checkpoint.number))).c_str());

        const std::uint64_t lied = *liar.lowestAlteredBlock();
        auto snap = snapshotOf(**store, m_profile.checkpoint.number);
        QVERIFY2(snap, snap ? "" : snap.error().message.c_str());
        if (snap->cursor)
            QVERIFY2(snap->cursor->number < lied, describe(*snap).c_str());
        for (const StoredLog& l : snap->logs)
            QVERIFY(l.blockNumber < lied);
        verifyPrefixOfClean(*snap);
        if (QTest::currentTestFailed())
            return;
        // Nothing from the lie is cached; the error must say it was a lie, and whose.
        const std::string& message = report.error().message;
        QVERIFY2(message.find(endpointName(liar.url())) != std::string::npos, message.c_str());
        QVERIFY2(report.error().code == ErrorCode::Unverified, errorText(report.error()).c_str());
    }

    void liarBesideAnHonestEndpoint_data() { addRows(syncRows()); }
    void liarBesideAnHonestEndpoint()
    {
        QFETCH(int, row);
        const Row r = syncRows().at(static_cast<std::size_t>(row));
        TamperingProxy liar(m_fx.rpcUrl().toStdString());
        liar.setLie(r.lie);
        // The honest endpoint answers a little slower, so the pool asks the liar first (and often).
        FaultyRpcServer honest(FaultyRpcServer::Options::forwardingTo(m_fx.rpcUrl().toStdString()));
        honest.setFault(FaultyRpcServer::FaultSpec::delayed(30ms));
        // The pool picks by health and latency, so on a loaded machine the honest endpoint may answer every
        // request the lie targets: then the sync proved nothing and runs again on a fresh cache.
        std::unique_ptr<SyncNode> node;
        std::optional<Result<std::unique_ptr<CacheStore>>> store;
        std::optional<Result<SyncReport>> report;
        for (int attempt = 0; attempt < 5 && liar.altered() == 0; ++attempt) {
            std::string error;
            report.reset();
            store.reset();
            node = connectTo({liar.url(), honest.url()}, &error);
            QVERIFY2(node, error.c_str());
            store = openCache(newCachePath(), m_profile);
            QVERIFY(*store);
            SyncEngine engine(m_profile, *node->pool, ***store, smallBatches());
            report = engine.syncToHead();
            QVERIFY2(*report, *report ? "" : (*report).error().message.c_str());
        }
        QVERIFY2(liar.altered() > 0, "the proxy never lied in five syncs: the test would pass vacuously");
        const std::string name = endpointName(liar.url());
        QVERIFY(!(*report)->faults.empty());
        for (const EndpointFault& f : (*report)->faults)
            QVERIFY2(f.endpoint == name, (f.endpoint + ": " + f.problem).c_str());
        auto snap = snapshotOf(***store, m_profile.checkpoint.number);
        QVERIFY(snap);
        QVERIFY2(*snap == m_clean, firstDifference(*snap, m_clean).c_str());
    }

    void proofLiesAreCaught_data() { addRows(proofRows()); }
    void proofLiesAreCaught()
    {
        QFETCH(int, row);
        const Row r = proofRows().at(static_cast<std::size_t>(row));
        TamperingProxy liar(m_fx.rpcUrl().toStdString());
        std::string error;
        auto node = connectTo({liar.url()}, &error);
        QVERIFY2(node, error.c_str());
        auto store = openCache(newCachePath(), m_profile);
        QVERIFY(store);
        const Address user = *parseAddress(kUser);
        const Address token = *parseAddress(m_profile.contracts.token);
        {
            SyncEngine engine(m_profile, *node->pool, **store, smallBatches());
            auto report = engine.syncToHead(); // honest so far
            QVERIFY2(report, report ? "" : report.error().message.c_str());
            QCOMPARE(liar.altered(), 0ull);
            liar.setLie(r.lie);
            auto proven = engine.proveBalances(user);
            QVERIFY2(liar.altered() > 0, "the proxy never lied: the test would pass vacuously");
            QVERIFY2(!proven, "a tampered proof was accepted");
            QVERIFY2(proven.error().code == ErrorCode::Unverified, errorText(proven.error()).c_str());
            QVERIFY2(proven.error().message.find(endpointName(liar.url())) != std::string::npos, proven.error().message.c_str());
            QVERIFY(!*(*store)->provenValue("balance", user.bytes, std::nullopt));
            QVERIFY(!*(*store)->provenValue("storage", token.bytes, m_tokenSlot));
        }
        // With an honest endpoint beside it: the true balances, and the liar is out.
        FaultyRpcServer honest(FaultyRpcServer::Options::forwardingTo(m_fx.rpcUrl().toStdString()));
        honest.setFault(FaultyRpcServer::FaultSpec::delayed(30ms));
        auto both = connectTo({liar.url(), honest.url()}, &error);
        QVERIFY2(both, error.c_str());
        liar.resetCounters();
        SyncEngine engine(m_profile, *both->pool, **store, smallBatches());
        auto proven = engine.proveBalances(user);
        QVERIFY2(proven, proven ? "" : proven.error().message.c_str());
        QVERIFY2(liar.altered() > 0, "the liar was never asked");
        QCOMPARE(proven->native.amount, m_cleanBalances.native.amount);
        QCOMPARE(proven->token.amount, m_cleanBalances.token.amount);
        QCOMPARE(proven->native.blockHash, m_cleanBalances.native.blockHash);
        const auto kept = *(*store)->provenValue("balance", user.bytes, std::nullopt);
        QVERIFY(kept);
        QCOMPARE(kept->value, toBigEndian32(m_cleanBalances.native.amount));
        bool quarantined = false;
        for (const EndpointStatus& s : both->pool->status())
            quarantined |= s.name == endpointName(liar.url()) && s.quarantined;
        QVERIFY(quarantined);
    }
};

QTEST_GUILESS_MAIN(TestSyncTampering)
#include "tst_sync_tampering.moc"
