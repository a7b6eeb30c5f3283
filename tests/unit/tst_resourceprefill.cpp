// prefillCapacity (wallet/onboarding/ResourcePrefill.h): what each kind proposes from measured resources,
// and nothing where nothing was measured.
#include "wallet/onboarding/ResourcePrefill.h"

#include <QTest>

using namespace plinth;

namespace {

LocalResources machine()
{
    LocalResources r;
    r.disks.push_back({"/", "/dev/sda1", "ext4", 500'000'000'000ull, 120'500'000'000ull, Provenance::Measured});
    r.disks.push_back({"/data", "/dev/sdb1", "xfs", 4'000'000'000'000ull, 3'000'000'000'000ull, Provenance::Measured});
    r.disks.push_back({"/mnt/x", "srv:/x", "nfs", 0, 9'000'000'000'000ull, Provenance::Unknown});
    r.cpu = {"AMD Ryzen 9 7950X", 32, Provenance::Measured};
    r.interfaces.push_back({"lo", "", "unknown", std::nullopt, true});
    r.interfaces.push_back({"eth0", "aa:bb", "up", 1000, false});
    r.interfaces.push_back({"eth1", "aa:cc", "down", 10000, false});
    r.interfaces.push_back({"wlan0", "aa:dd", "up", std::nullopt, false});
    return r;
}

} // namespace

class TestResourcePrefill : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void storageSumsMeasuredFreeSpace()
    {
        const CapacityPrefill p = prefillCapacity(machine(), OnboardingKind::Storage);
        QVERIFY(p.capacity);
        QCOMPARE(toDecimalString(*p.capacity), std::string("3120")); // 120.5 GB + 3000 GB, whole GB
        QCOMPARE(p.unit, std::string("GB"));
        QCOMPARE(p.basis, std::string("free space of 2 filesystems"));
    }

    void computeCountsCores()
    {
        const CapacityPrefill p = prefillCapacity(machine(), OnboardingKind::Compute);
        QCOMPARE(toDecimalString(*p.capacity), std::string("32"));
        QCOMPARE(p.unit, std::string("cores"));
    }

    void bandwidthTakesTheFastestLinkThatIsUp()
    {
        const CapacityPrefill p = prefillCapacity(machine(), OnboardingKind::Bandwidth);
        QCOMPARE(toDecimalString(*p.capacity), std::string("1000"));
        QCOMPARE(p.basis, std::string("link speed of eth0"));
    }

    void nothingMeasurable()
    {
        for (OnboardingKind k : {OnboardingKind::Wireless, OnboardingKind::Energy, OnboardingKind::Sensor})
            QVERIFY(!prefillCapacity(machine(), k).capacity);
        LocalResources empty;
        for (OnboardingKind k : {OnboardingKind::Storage, OnboardingKind::Compute, OnboardingKind::Bandwidth})
            QVERIFY(!prefillCapacity(empty, k).capacity);
    }
};

QTEST_GUILESS_MAIN(TestResourcePrefill)
#include "tst_resourceprefill.moc"
