// Earnings and the payout ledger against the seeded devnet, synced into a fresh cache and cross-checked
// with cast: the user's rewards equal the sum of cast's DeviceRewarded logs, per-device totals equal the
// contract's deviceEarned, the claimable balance is proven and equals cast's accrued(user), the ledger
// balances with the two seeded claims (day 30 to itself, day 60 to cold), period totals add up, and the
// CSV export read back gives the same totals.
#include "NetworkTestSupport.h"

#include "wallet/codec/Hex.h"
#include "wallet/codec/UInt256.h"
#include "wallet/crypto/Keccak.h"
#include "wallet/network/EarningsCsv.h"
#include "wallet/network/EarningsIndex.h"
#include "wallet/network/EarningsQuery.h"
#include "wallet/network/EarningsSnapshot.h"
#include "wallet/network/PayoutLedger.h"
#include "wallet/network/ProvenSlots.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>
#include <iterator>

using namespace plinth;

class TestEarnings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_net.start(), qPrintable(m_net.error()));
        auto index = EarningsIndex::build(m_net.store(), m_net.contracts());
        QVERIFY2(index, index ? "" : index.error().message.c_str());
        m_index = std::make_unique<EarningsIndex>(std::move(*index));
        m_user = m_net.account(QStringLiteral("user"));
    }

    void topicsMatchTheReference()
    {
        // contracts/README.md "Events (topic0)".
        QCOMPARE(QString::fromStdString(toHex(eventtopic::deviceRewarded())),
                 QStringLiteral("0x38056c3950b7cc1f4d97f72ebfe93759c53bc76069809859656d2685fb3d9799"));
        QCOMPARE(QString::fromStdString(toHex(eventtopic::deviceRegistered())),
                 QStringLiteral("0x5f7214efe2d90fd79964cf6add5f5737a6ad55d2a1861403f58bcc00007438a6"));
        QCOMPARE(QString::fromStdString(toHex(eventtopic::claimed())),
                 QStringLiteral("0xf7a40077ff7a04c7e61f6f26fb13774259ddf1b6bce9ecf26a8276cdd3992683"));
        QCOMPARE(QString::fromStdString(toHex(eventtopic::slashed())),
                 QStringLiteral("0x7b25525bce806dbeac9cbdb0a8825093731467cbbc1b790a939e0200ddfa31b5"));
        QCOMPARE(QString::fromStdString(toHex(eventtopic::epochPosted())),
                 QStringLiteral("0xd12acdf082c863e69015a470081fbc0127d2c488ea57e5e5a740c12c0f0de97a"));
    }

    void userTotalEqualsCastLogs()
    {
        const QString json = m_net.fixture().cast(
            {QStringLiteral("logs"), QStringLiteral("--from-block"), QStringLiteral("1"), QStringLiteral("--to-block"),
             QString::number(m_net.cursor()), QStringLiteral("--address"),
             QString::fromStdString(m_net.profile().contracts.rewards),
             QString::fromStdString(toHex(eventtopic::deviceRewarded())), QStringLiteral("--json")});
        const QJsonArray logs = QJsonDocument::fromJson(json.toUtf8()).array();
        QVERIFY(logs.size() > 900); // 90 epochs x 10+ devices
        Hash32 userTopic{};
        std::copy(m_user.bytes.begin(), m_user.bytes.end(), userTopic.begin() + 12);
        UInt256 expected = 0;
        std::uint64_t count = 0;
        for (const QJsonValue& v : logs) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("topics")).toArray().at(3).toString() != QString::fromStdString(toHex(userTopic)))
                continue;
            const Bytes data = fromHex(o.value(QStringLiteral("data")).toString().toStdString()).value();
            expected += fromBigEndian(ByteView(data).first(32)).value();
            ++count;
        }
        QCOMPARE(m_index->rewards().size(), std::size_t(logs.size()));
        EarningsFilter mine;
        mine.owner = m_user;
        const EarningsSummary s = summarizeEarnings(*m_index, mine, EarningsPeriod::All);
        QCOMPARE(toDecimalString(s.total), toDecimalString(expected));
        QCOMPARE(s.rewards, count);
        QVERIFY(s.total > 0);
    }

    void periodTotalsAddUp()
    {
        EarningsFilter mine;
        mine.owner = m_user;
        const UInt256 total = summarizeEarnings(*m_index, mine, EarningsPeriod::All).total;
        for (EarningsPeriod p : {EarningsPeriod::Day, EarningsPeriod::Week, EarningsPeriod::Month}) {
            const EarningsSummary s = summarizeEarnings(*m_index, mine, p);
            UInt256 sum = 0;
            for (const EarningsBucket& b : s.periods) {
                sum += b.amount;
                const QDateTime start = QDateTime::fromSecsSinceEpoch(qint64(b.start), Qt::UTC);
                QCOMPARE(start.time(), QTime(0, 0));
                if (p == EarningsPeriod::Week)
                    QCOMPARE(start.date().dayOfWeek(), 1); // Monday
                if (p == EarningsPeriod::Month)
                    QCOMPARE(start.date().day(), 1);
            }
            QCOMPARE(sum, total);
            UInt256 kinds = 0;
            for (const KindTotal& k : s.byKind)
                kinds += k.amount;
            QCOMPARE(kinds, total);
            QCOMPARE(s.byKind.size(), std::size_t(6));
        }
        // 90 daily epochs, posted on 90 different days.
        QCOMPARE(summarizeEarnings(*m_index, mine, EarningsPeriod::Day).periods.size(), std::size_t(90));
        // A date range: exactly the rewards credited inside it.
        const auto& epochs = m_index->epochs();
        QCOMPARE(epochs.size(), std::size_t(90));
        EarningsFilter tenDays = mine;
        tenDays.from = periodStart(epochs.at(10).postedAt, EarningsPeriod::Day);
        tenDays.to = *tenDays.from + 10 * 86400;
        const EarningsSummary ten = summarizeEarnings(*m_index, tenDays, EarningsPeriod::Day);
        QCOMPARE(ten.periods.size(), std::size_t(10));
    }

    void perDeviceEqualsContract()
    {
        for (std::uint32_t id = 0; id < m_index->devices().size(); ++id) {
            EarningsFilter f;
            f.device = m_index->devices()[id];
            const QString earned = m_net.callAtCursor(m_net.profile().contracts.rewards,
                                                      QStringLiteral("deviceEarned(address)(uint256)"),
                                                      {QString::fromStdString(toChecksumAddress(*f.device))});
            QCOMPARE(QString::fromStdString(toDecimalString(summarizeEarnings(*m_index, f, EarningsPeriod::All).total)), earned);
        }
    }

    void ledgerBalancesWithProvenClaimable()
    {
        auto claimable = proveStorageSlot(m_net.pool(), m_net.store(), m_net.contracts().rewards, rewardsAccruedSlot(m_user));
        QVERIFY2(claimable, claimable ? "" : claimable.error().message.c_str());
        QCOMPARE(claimable->blockNumber, m_net.cursor());
        const QString accrued = m_net.callAtCursor(m_net.profile().contracts.rewards, QStringLiteral("accrued(address)(uint256)"),
                                                   {QString::fromStdString(toChecksumAddress(m_user))});
        QCOMPARE(QString::fromStdString(toDecimalString(claimable->value)), accrued);
        QCOMPARE(QString::fromStdString(toDecimalString(claimable->value)),
                 m_net.fixture().facts().value(QStringLiteral("accrued")).toObject().value(QStringLiteral("user")).toString());
        // Recorded in the cache as a proven value.
        auto kept = m_net.store().provenValue("storage", m_net.contracts().rewards.bytes, rewardsAccruedSlot(m_user));
        QVERIFY(kept && *kept);
        QCOMPARE((*kept)->blockNumber, m_net.cursor());

        auto ledger = buildPayoutLedger(m_net.store(), m_net.contracts(), *m_index, m_user, *claimable);
        QVERIFY2(ledger, ledger ? "" : ledger.error().message.c_str());
        QVERIFY2(ledger->balanced(), ledger->mismatches.empty() ? "" : ledger->mismatches.front().reason.c_str());
        QCOMPARE(ledger->rewarded - ledger->claimed, ledger->claimable);
        QCOMPARE(ledger->received, ledger->claimed);
        QCOMPARE(ledger->claims.size(), std::size_t(2));
        QCOMPARE(ledger->claims[0].to, m_user);
        QCOMPARE(ledger->claims[1].to, m_net.account(QStringLiteral("cold")));
        QVERIFY(ledger->claims[0].timestamp < ledger->claims[1].timestamp);
        const QString claimedByContract = m_net.callAtCursor(
            m_net.profile().contracts.rewards, QStringLiteral("claimed(address)(uint256)"), {QString::fromStdString(toChecksumAddress(m_user))});
        QCOMPARE(QString::fromStdString(toDecimalString(ledger->claimed)), claimedByContract);

        // bob never claimed: claimable == rewarded.
        const Address bob = m_net.account(QStringLiteral("bob"));
        auto bobs = proveStorageSlot(m_net.pool(), m_net.store(), m_net.contracts().rewards, rewardsAccruedSlot(bob));
        QVERIFY(bobs);
        auto bobLedger = buildPayoutLedger(m_net.store(), m_net.contracts(), *m_index, bob, *bobs);
        QVERIFY(bobLedger && bobLedger->balanced());
        QVERIFY(bobLedger->claims.empty());
        QCOMPARE(bobLedger->rewarded, bobLedger->claimable);

        // A claimable figure that does not match is reported, not hidden.
        ProvenStorageValue wrong = *claimable;
        wrong.value += 1;
        auto off = buildPayoutLedger(m_net.store(), m_net.contracts(), *m_index, m_user, wrong);
        QVERIFY(off);
        QVERIFY(!off->balanced());
        QCOMPARE(off->mismatches.front().what, std::string("claimable"));
        QCOMPARE(off->unexplained, Int256(-1));
    }

    void csvReadBackGivesTheSameTotals()
    {
        EarningsFilter mine;
        mine.owner = m_user;
        const auto selection = selectRewards(*m_index, mine);
        QTemporaryDir dir;
        const std::filesystem::path file = dir.filePath(QStringLiteral("earnings.csv")).toStdString();
        QVERIFY(writeEarningsCsv(file, *m_index, selection, 18));
        QFile f(QString::fromStdString(file.string()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto rows = parseCsv(f.readAll().toStdString());
        QVERIFY(rows);
        QCOMPARE(rows->size(), selection.size() + 1);
        QCOMPARE(rows->front(), kEarningsCsvColumns);
        UInt256 raw = 0, human = 0;
        for (std::size_t i = 1; i < rows->size(); ++i) {
            const auto& row = (*rows)[i];
            QCOMPARE(row.size(), kEarningsCsvColumns.size());
            raw += parseDecimalUInt256(row[6]).value();
            human += parseUnits(row[5], 18).value();
            QVERIFY(row[0].size() == 20 && row[0].back() == 'Z');
        }
        const UInt256 total = summarizeEarnings(*m_index, mine, EarningsPeriod::All).total;
        QCOMPARE(raw, total);
        QCOMPARE(human, total);
    }

    void refreshIsIncrementalAndStable()
    {
        const std::size_t before = m_index->rewards().size();
        QVERIFY(m_index->refresh(m_net.store()));
        QCOMPARE(m_index->rewards().size(), before);
    }

    // Last: it rolls the shared cache back.
    void snapshotIsUsedWhenValidAndDroppedOtherwise()
    {
        QTemporaryDir dir;
        const std::filesystem::path path = std::filesystem::path(dir.path().toStdString()) / "cache.earnings";
        const Bytes reference = encodeEarningsIndex(*m_index);

        // No snapshot yet: built from the cache, and saved.
        auto first = buildEarningsIndexWithSnapshot(m_net.store(), m_net.contracts(), path);
        QVERIFY2(first, first ? "" : first.error().message.c_str());
        QCOMPARE(encodeEarningsIndex(*first), reference);
        QVERIFY(std::filesystem::exists(path));
        const auto readFile = [&] {
            std::ifstream in(path, std::ios::binary);
            return Bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        };
        QCOMPARE(readFile(), reference);
        auto again = buildEarningsIndexWithSnapshot(m_net.store(), m_net.contracts(), path);
        QVERIFY(again);
        QCOMPARE(encodeEarningsIndex(*again), reference);

        const auto writeWithChecksum = [&](Bytes body) {
            body.resize(body.size() - 32);
            const Hash32 sum = keccak256(body);
            body.insert(body.end(), sum.begin(), sum.end());
            std::ofstream(path, std::ios::binary | std::ios::trunc).write(reinterpret_cast<const char*>(body.data()),
                                                                             std::streamsize(body.size()));
        };
        // The index really comes from the snapshot when it is usable: a reward's amount changed in it (with
        // a valid checksum) is what the next build gives. (The snapshot is trusted as the cache file is.)
        QVERIFY(!m_index->rewards().empty());
        const std::size_t headerSize = 8 + 80 + 1 + 8 + 32;
        const std::size_t devicesAt = headerSize;
        const std::size_t ownersAt = devicesAt + 4 + 21 * m_index->devices().size();
        const std::size_t epochsAt = ownersAt + 4 + 20 * m_index->owners().size();
        const std::size_t rewardsAt = epochsAt + 4 + 96 * m_index->epochs().size();
        const std::size_t firstAmountLastByte = rewardsAt + 4 + 8 + 8 + 8 + 4 * 4 + 31;
        Bytes altered = reference;
        altered[firstAmountLastByte] ^= 0x01;
        writeWithChecksum(altered);
        auto fromSnapshot = buildEarningsIndexWithSnapshot(m_net.store(), m_net.contracts(), path);
        QVERIFY(fromSnapshot);
        QVERIFY(fromSnapshot->rewards().front().amount != m_index->rewards().front().amount);

        // Damaged (checksum), for another block hash, or truncated: built from the cache again, and the
        // snapshot rewritten.
        Bytes damaged = reference;
        damaged[rewardsAt + 10] ^= 0x40;
        std::ofstream(path, std::ios::binary | std::ios::trunc).write(reinterpret_cast<const char*>(damaged.data()),
                                                                         std::streamsize(damaged.size()));
        auto rebuilt = buildEarningsIndexWithSnapshot(m_net.store(), m_net.contracts(), path);
        QVERIFY(rebuilt);
        QCOMPARE(encodeEarningsIndex(*rebuilt), reference);
        QCOMPARE(readFile(), reference);
        Bytes otherChain = reference;
        otherChain[8 + 80 + 1 + 8] ^= 0xff; // the loaded block's hash
        writeWithChecksum(otherChain);
        auto relinked = buildEarningsIndexWithSnapshot(m_net.store(), m_net.contracts(), path);
        QVERIFY(relinked);
        QCOMPARE(encodeEarningsIndex(*relinked), reference);
        Bytes truncated(reference.begin(), reference.begin() + std::ptrdiff_t(reference.size() / 2));
        QVERIFY(!decodeEarningsIndex(truncated, m_net.contracts()));

        // A rollback below the snapshot's block: the snapshot no longer links to the cache.
        auto cursor = m_net.store().cursor();
        QVERIFY(cursor && *cursor);
        const std::uint64_t keep = (*cursor)->number / 2;
        QVERIFY(m_net.store().rollbackTo(keep));
        auto fresh = EarningsIndex::build(m_net.store(), m_net.contracts());
        QVERIFY(fresh);
        QVERIFY(fresh->rewards().size() < m_index->rewards().size());
        auto afterRollback = buildEarningsIndexWithSnapshot(m_net.store(), m_net.contracts(), path);
        QVERIFY(afterRollback);
        QCOMPARE(encodeEarningsIndex(*afterRollback), encodeEarningsIndex(*fresh));
    }

private:
    test::SyncedDevnet m_net;
    std::unique_ptr<EarningsIndex> m_index;
    Address m_user;
};

QTEST_GUILESS_MAIN(TestEarnings)
#include "tst_earnings.moc"
