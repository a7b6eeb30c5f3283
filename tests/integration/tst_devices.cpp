// DeviceDirectory against the seeded devnet, synced into a fresh cache: the user's 10 devices of 6 kinds
// with the seeded kinds, regions, capacities and owners (contracts/README.md "Seeded data"), the device
// bought from alice on day 60, the retired one, the offline days, and every device's lifetime earnings
// and stake equal to what the contracts say through cast at the same block.
#include "NetworkTestSupport.h"

#include "wallet/codec/UInt256.h"
#include "wallet/network/DeviceDirectory.h"
#include "wallet/network/EarningsIndex.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <set>

using namespace plinth;

class TestDevices : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_net.start(), qPrintable(m_net.error()));
        auto index = EarningsIndex::build(m_net.store(), m_net.contracts());
        QVERIFY2(index, index ? "" : index.error().message.c_str());
        auto dir = DeviceDirectory::build(m_net.store(), m_net.contracts(), *index);
        QVERIFY2(dir, dir ? "" : dir.error().message.c_str());
        m_dir = std::make_unique<DeviceDirectory>(std::move(*dir));
    }

    void userHasTenDevicesOfSixKinds()
    {
        const auto mine = m_dir->ownedBy(m_net.account(QStringLiteral("user")));
        QCOMPARE(mine.size(), std::size_t(10));
        std::set<std::uint8_t> kinds;
        std::set<std::string> regions;
        for (const Device& d : mine) {
            kinds.insert(d.kind);
            regions.insert(d.region);
            QVERIFY(d.status != DeviceStatus::Retired);
        }
        QCOMPARE(kinds.size(), std::size_t(6));
        QCOMPARE(regions.size(), std::size_t(10));
        QCOMPARE(m_dir->all().size(), std::size_t(14)); // totalRegistered
        QCOMPARE(m_dir->ownedBy(m_net.account(QStringLiteral("alice"))).size(), std::size_t(1));
        QCOMPARE(m_dir->ownedBy(m_net.account(QStringLiteral("bob"))).size(), std::size_t(1));
    }

    void devicesMatchTheSeededFacts()
    {
        const QJsonArray devices = m_net.fixture().facts().value(QStringLiteral("devices")).toArray();
        QCOMPARE(devices.size(), 14);
        for (const QJsonValue& v : devices) {
            const QJsonObject f = v.toObject();
            const Address address = parseAddress(f.value(QStringLiteral("address")).toString().toStdString()).value();
            const Device* d = m_dir->find(address);
            QVERIFY2(d, qPrintable(f.value(QStringLiteral("address")).toString()));
            QCOMPARE(QString::fromStdString(resourceKindName(d->kind)), f.value(QStringLiteral("kind")).toString());
            QCOMPARE(QString::fromStdString(d->region), f.value(QStringLiteral("region")).toString());
            QCOMPARE(d->status == DeviceStatus::Retired, f.value(QStringLiteral("retired")).toBool());
            if (!f.value(QStringLiteral("retired")).toBool())
                QCOMPARE(QString::fromStdString(toChecksumAddress(d->owner)), f.value(QStringLiteral("owner")).toString());
            // Lifetime earnings: the contract's own total, read by cast at the cursor block.
            const QString earned = m_net.callAtCursor(m_net.profile().contracts.rewards,
                                                      QStringLiteral("deviceEarned(address)(uint256)"),
                                                      {QString::fromStdString(toChecksumAddress(address))});
            QCOMPARE(QString::fromStdString(toDecimalString(d->lifetimeEarned)), earned);
            QVERIFY(d->lifetimeEarned > 0);
            // Stake: Staking.deviceStake, all stakers.
            const QString stake = m_net.callAtCursor(m_net.profile().contracts.staking,
                                                     QStringLiteral("deviceStake(address)(uint256)"),
                                                     {QString::fromStdString(toChecksumAddress(address))});
            QCOMPARE(QString::fromStdString(toDecimalString(d->stake)), stake);
        }
    }

    void capacitiesAndUnits()
    {
        const QJsonArray devices = m_net.fixture().facts().value(QStringLiteral("devices")).toArray();
        const auto device = [&](int i) {
            return m_dir->find(parseAddress(devices.at(i).toObject().value(QStringLiteral("address")).toString().toStdString()).value());
        };
        QCOMPARE(device(0)->capacity, UInt256(20));
        QCOMPARE(device(0)->unit, std::string("TB"));
        QCOMPARE(device(2)->capacity, UInt256(1000));
        QCOMPARE(device(2)->unit, std::string("Mbps"));
        QCOMPARE(device(5)->capacity, UInt256(82));
        QCOMPARE(device(5)->unit, std::string("TFLOPS"));
        QCOMPARE(device(10)->capacity, UInt256(48));
        QCOMPARE(device(10)->unit, std::string("TB"));
    }

    void transferRetirementAndOfflineDays()
    {
        const QJsonArray devices = m_net.fixture().facts().value(QStringLiteral("devices")).toArray();
        const auto device = [&](int i) {
            return m_dir->find(parseAddress(devices.at(i).toObject().value(QStringLiteral("address")).toString().toStdString()).value());
        };
        // Device 10: alice's until day 60, the user's since.
        QCOMPARE(device(10)->owner, m_net.account(QStringLiteral("user")));
        QCOMPARE(device(10)->previousOwners, std::vector<Address>{m_net.account(QStringLiteral("alice"))});
        // Device 13: retired on day 70; no reward after it.
        QCOMPARE(device(13)->status, DeviceStatus::Retired);
        QVERIFY(device(13)->retired.has_value());
        QVERIFY(device(13)->lastEpoch && *device(13)->lastEpoch < 89);
        // Device 2: offline epochs 45-51, active again now.
        QVERIFY(std::find(device(2)->offlineSpans.begin(), device(2)->offlineSpans.end(), EpochSpan{45, 51})
                != device(2)->offlineSpans.end());
        QCOMPARE(device(2)->status, DeviceStatus::Active);
        QCOMPARE(device(2)->offlineEpochs, std::uint64_t(0));
        QCOMPARE(device(0)->lastEpoch, std::optional<std::uint64_t>(89));
        QVERIFY(device(0)->lastScore > 9000);
        // Device 5: 1,000 registration + 5,000 self-stake - 2,000 unstaked by the user; + dave's 20,000.
        QCOMPARE(device(5)->ownStake, *parseUnits("4000", 18));
        QCOMPARE(device(5)->stake, *parseUnits("24000", 18));
    }

private:
    test::SyncedDevnet m_net;
    std::unique_ptr<DeviceDirectory> m_dir;
};

QTEST_GUILESS_MAIN(TestDevices)
#include "tst_devices.moc"
