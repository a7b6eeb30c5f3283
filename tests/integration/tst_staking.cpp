// Stakes, delegations, unbondings and slashes projected from verified Staking events against a seeded
// devnet, each checked with cast at the verified block: every position equals stakes(device, staker),
// every device's total equals deviceStake, every unbonding equals unbondings(id).
#include "GovernanceTestSupport.h"

#include "wallet/codec/Hex.h"
#include "wallet/codec/UInt256.h"
#include "wallet/network/GovernanceLoader.h"
#include "wallet/network/StakeBook.h"

#include <QTest>

#include <set>

using namespace plinth;

namespace {

const char* kUser = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
const char* kAlice = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const char* kBob = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
const char* kCarol = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";
const char* kDave = "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65";
const char* kSlasher = "0x14dC79964da2C08b23698B3D3cc7Ca32193d9955";
const char* kDevice5 = "0x96f3960D0B1F4cA2cEB37c00073540De26c1A586";
const char* kDevice9 = "0x368C0c59E019Ca849262a5fD18779955d9DBeCAB";
const char* kDevice11 = "0xe0Bd9B03076c3e07e4AE932e5C19b6ee823B41D8";

QString dec(const UInt256& v) { return QString::fromStdString(toDecimalString(v)); }
QString str(const Address& a) { return QString::fromStdString(toChecksumAddress(a)); }
Address addr(const char* a) { return *parseAddress(a); }
UInt256 plnth(unsigned whole) { return UInt256(whole) * UInt256("1000000000000000000"); }

} // namespace

class TestStaking : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_net.sync(&error), qPrintable(error));
        auto book = loadStakes(*m_net.store, m_net.profile);
        QVERIFY2(book, book ? "" : book.error().message.c_str());
        m_book = std::move(*book);
        auto tip = m_net.store->latestHeader();
        QVERIFY(tip && *tip);
        m_now = (**tip).timestamp;
    }

    void everyPositionEqualsTheContract()
    {
        const std::string& staking = m_net.profile.contracts.staking;
        std::set<Address> devices;
        QVERIFY(m_book.positions().size() >= 15); // 14 registrations, the user's top-up, two delegations
        for (const StakePosition& p : m_book.positions()) {
            QCOMPARE(dec(p.amount), m_net.call(staking, QStringLiteral("stakes(address,address)(uint256)"), {str(p.device), str(p.staker)}).value(0));
            devices.insert(p.device);
        }
        for (const Address& d : devices)
            QCOMPARE(dec(m_book.deviceStake(d)), m_net.call(staking, QStringLiteral("deviceStake(address)(uint256)"), {str(d)}).value(0));
    }

    void device5HasTheUsersTopUpAndDavesDelegation()
    {
        const StakePosition* user = m_book.position(addr(kDevice5), addr(kUser));
        QVERIFY(user);
        QCOMPARE(user->deposited, plnth(1000 + 5000));
        QCOMPARE(user->unbonding, plnth(2000));
        QCOMPARE(user->amount, plnth(4000));
        QVERIFY(!user->delegation);
        QCOMPARE(user->deviceOwner, std::optional<Address>(addr(kUser)));
        const StakePosition* dave = m_book.position(addr(kDevice5), addr(kDave));
        QVERIFY(dave);
        QCOMPARE(dave->amount, plnth(20000));
        QVERIFY(dave->delegation);
        const StakePosition* carol = m_book.position(addr(kDevice9), addr(kCarol));
        QVERIFY(carol);
        QCOMPARE(carol->amount, plnth(5000));
        QVERIFY(carol->delegation);
        QCOMPARE(carol->deviceOwner, std::optional<Address>(addr(kAlice)));
        // The user's view includes delegations to the user's devices.
        const StakeBook mine = m_book.concerning(addr(kUser));
        QVERIFY(mine.position(addr(kDevice5), addr(kDave)));
        QVERIFY(!mine.position(addr(kDevice9), addr(kCarol)));
    }

    void unbondingsEqualTheContract()
    {
        QCOMPARE(m_book.unbondings().size(), std::size_t(2));
        const std::string& staking = m_net.profile.contracts.staking;
        for (const Unbonding& b : m_book.unbondings()) {
            const QStringList c = m_net.call(staking, QStringLiteral("unbondings(uint256)(address,address,uint128,uint64,bool)"), {dec(b.id)});
            QCOMPARE(c, (QStringList{str(b.staker), str(b.device), dec(b.amount), QString::number(b.releaseAt),
                                     b.withdrawn ? QStringLiteral("true") : QStringLiteral("false")}));
        }
        const Unbonding* alice = m_book.unbonding(1);
        QVERIFY(alice);
        QCOMPARE(alice->staker, addr(kAlice));
        QCOMPARE(alice->amount, plnth(500));
        QVERIFY(alice->withdrawn);
        QVERIFY(alice->withdrawnAt && *alice->withdrawnAt >= alice->releaseAt);
        const Unbonding* user = m_book.unbonding(2);
        QVERIFY(user);
        QCOMPARE(user->staker, addr(kUser));
        QCOMPARE(user->device, addr(kDevice5));
        QCOMPARE(user->amount, plnth(2000));
        QVERIFY(!user->withdrawn);
        // Released about 11 days after the verified head (14-day period, unstaked 3 days before it).
        QVERIFY(user->releaseAt > m_now);
        const std::uint64_t ahead = user->releaseAt - m_now;
        QVERIFY2(ahead > 10 * 86400 && ahead < 12 * 86400, qPrintable(QString::number(ahead)));
        QCOMPARE(user->releaseAt - user->requestedAt, std::uint64_t(14 * 86400));
    }

    void bobsSlashHasItsReason()
    {
        QCOMPARE(m_book.slashes().size(), std::size_t(1));
        const Slash& s = m_book.slashes().front();
        QCOMPARE(s.device, addr(kDevice11));
        QCOMPARE(s.staker, addr(kBob));
        QCOMPARE(s.slasher, addr(kSlasher));
        QCOMPARE(s.amount, plnth(250));
        QVERIFY2(s.reason.starts_with("Proof-of-coverage: beacon replay detected"), s.reason.c_str());
        const StakePosition* bob = m_book.position(addr(kDevice11), addr(kBob));
        QVERIFY(bob);
        QCOMPARE(bob->slashed, plnth(250));
        QCOMPARE(bob->amount, plnth(750));
        // cast reads the reason from the log of the slash transaction.
        const QString logs = m_net.fixture.cast({QStringLiteral("receipt"), QString::fromStdString(toHex(s.txHash)), QStringLiteral("logs")});
        QVERIFY2(logs.contains(QString::fromStdString(toHex(asBytes(s.reason), false)).left(40)), qPrintable(logs));
    }

private:
    test::SyncedDevnet m_net;
    StakeBook m_book;
    std::uint64_t m_now = 0;
};

QTEST_GUILESS_MAIN(TestStaking)
#include "tst_staking.moc"
