// The write foundation in the core, against a seeded anvil devnet, each result cross-checked with cast:
// TransactionBuilder::contractCall (nonce, gas estimate + margin, funds, the decoded revert reason of a
// failing estimate), CallSimulator (any from/to/data, the return data, decoded reverts, the state
// override of an allowance) and tokenAllowanceSlot (against `cast index`). No mocks.
#include "NetworkTestSupport.h"

#include "wallet/codec/Hex.h"
#include "wallet/network/CallEncoders.h"
#include "wallet/network/ProvenSlots.h"
#include "wallet/tx/CallSimulator.h"
#include "wallet/tx/TransactionBuilder.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace plinth;

namespace {

const QString kUserKey = QStringLiteral("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
const char* kDevice0 = "0x4D38B714CA1A46a9EbB658613D1BadC2Cf36Db63";

QString q(const std::string& s) { return QString::fromStdString(s); }
QString addr(const Address& a) { return q(toChecksumAddress(a)); }

} // namespace

class TestContractCall : public QObject {
    Q_OBJECT
    test::SyncedDevnet m_net;
    QTemporaryDir m_dir;
    std::unique_ptr<ChainClient> m_chain;
    std::unique_ptr<TxJournal> m_journal;
    std::unique_ptr<TransactionBuilder> m_builder;
    std::unique_ptr<CallSimulator> m_simulator;
    Address m_user, m_rewards, m_staking, m_token, m_timelock;

    QString cast(const QStringList& args) { return m_net.fixture().cast(args).trimmed(); }
    QString number(const QStringList& args) { return test::DevnetFixture::exactNumber(cast(args)); }
    ContractCallRequest request(const Address& to, Bytes data, std::string kind) const
    {
        return ContractCallRequest{m_user, to, std::move(data), 0, std::move(kind), FeeSpeed::Normal};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_net.start(), qPrintable(m_net.error()));
        m_chain = std::make_unique<ChainClient>(m_net.pool());
        auto journal = TxJournal::open(m_dir.path().toStdString(), m_net.profile().chainId);
        QVERIFY(journal);
        m_journal = std::move(*journal);
        m_builder = std::make_unique<TransactionBuilder>(*m_chain, m_net.profile(), *m_journal);
        m_simulator = std::make_unique<CallSimulator>(*m_chain, m_net.profile());
        m_user = m_net.account(QStringLiteral("user"));
        m_rewards = m_net.contracts().rewards;
        m_staking = m_net.contracts().staking;
        m_token = m_net.contracts().token;
        m_timelock = *parseAddress(m_net.profile().contracts.timelock);
    }

    void buildsACallWithTheTransfersChecks()
    {
        auto p = m_builder->contractCall(request(m_rewards, encodeClaim(m_user), "claim"));
        QVERIFY2(p, p ? "" : p.error().message.c_str());
        QCOMPARE(p->kind, std::string("claim"));
        QCOMPARE(p->tx.chainId, std::uint64_t(31337));
        QCOMPARE(p->tx.type, 2);
        QCOMPARE(QString::number(p->tx.nonce), cast({QStringLiteral("nonce"), addr(m_user)}));
        const QString estimate = cast({QStringLiteral("estimate"), QStringLiteral("--from"), addr(m_user), addr(m_rewards),
                                       QStringLiteral("claim(address)"), addr(m_user)});
        QCOMPARE(QString::number(p->gasEstimate), estimate);
        QCOMPARE(p->tx.gas, gasWithMargin(p->gasEstimate, false));
        QVERIFY(p->tx.gas > p->gasEstimate);
        QVERIFY(p->maxCost == UInt256(p->tx.gas) * p->tx.maxFeePerGas);
        QCOMPARE(q(toHex(p->tx.data)), m_net.fixture().castOffline({QStringLiteral("calldata"), QStringLiteral("claim(address)"), addr(m_user)}).trimmed());

        auto empty = m_builder->contractCall(request(m_rewards, {}, "claim"));
        QVERIFY(!empty);
        QCOMPARE(int(empty.error().code), int(ErrorCode::InvalidArgument));
    }

    void aRevertingEstimateSaysWhy()
    {
        // Unbonding 2 (the user's, seeded three days ago) is released in 11 days.
        const QString releaseAt = cast({QStringLiteral("call"), addr(m_staking),
                                        QStringLiteral("unbondings(uint256)(address,address,uint128,uint64,bool)"), QStringLiteral("2")})
                                      .split(QLatin1Char('\n')).at(3).section(QLatin1Char(' '), 0, 0);
        const QString date = QDateTime::fromSecsSinceEpoch(releaseAt.toLongLong(), Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        auto p = m_builder->contractCall(request(m_staking, encodeWithdraw(2), "withdraw"));
        QVERIFY(!p);
        QCOMPARE(int(p.error().code), int(ErrorCode::Remote));
        QCOMPARE(q(p.error().message), QStringLiteral("the node expects this transaction to fail, so it was not sent: Staking: unbonding 2 "
                                                      "is released only at %1 UTC (StillUnbonding)").arg(date));
    }

    void tooLittleForGas()
    {
        const QString poor = QStringLiteral("0x00000000000000000000000000000000beef0002");
        QVERIFY(!m_net.fixture().rpc(QStringLiteral("anvil_setBalance"), {poor, QStringLiteral("0x3e8")}).isNull()); // 1000 wei
        ContractCallRequest r = request(m_token, encodeApprove(m_staking, 1), "approve");
        r.from = *parseAddress(poor.toStdString());
        auto p = m_builder->contractCall(r);
        QVERIFY(!p);
        QCOMPARE(int(p.error().code), int(ErrorCode::InvalidArgument));
        QVERIFY2(q(p.error().message).contains(QStringLiteral(": 0.000000000000001 ETH is too little for this transaction: it needs up to "))
                     && q(p.error().message).endsWith(QStringLiteral(" ETH for gas")),
                 p.error().message.c_str());
    }

    void simulatesAnyCall()
    {
        // Success, with the return data: claim() returns what it would pay, the accrued balance.
        auto claim = m_simulator->simulate(CallRequest{m_user, m_rewards, 0, encodeClaim(m_user)});
        QVERIFY(claim);
        QVERIFY(claim->success);
        QVERIFY(!Simulation::verified);
        QCOMPARE(claim->block, std::string("latest"));
        QVERIFY(!claim->endpoint.empty());
        QCOMPARE(q(toDecimalString(*fromBigEndian(claim->returnData))),
                 number({QStringLiteral("call"), addr(m_rewards), QStringLiteral("accrued(address)(uint256)"), addr(m_user)}));

        // From an arbitrary account: the timelock holds the admin role, the user does not.
        const Bytes setRate = *fromHex(m_net.fixture()
                                           .castOffline({QStringLiteral("calldata"), QStringLiteral("setRewardRate(uint256)"), QStringLiteral("1")})
                                           .trimmed()
                                           .toStdString());
        auto asTimelock = m_simulator->simulate(CallRequest{m_timelock, m_rewards, 0, setRate});
        QVERIFY(asTimelock);
        QVERIFY(asTimelock->success);
        auto asUser = m_simulator->simulate(CallRequest{m_user, m_rewards, 0, setRate});
        QVERIFY(asUser);
        QVERIFY(!asUser->success);
        QCOMPARE(q(asUser->revert->sentence), QStringLiteral("Rewards: %1 does not have the role DEFAULT_ADMIN_ROLE (AccessControlUnauthorizedAccount)")
                                                  .arg(addr(m_user)));
        // The rate did not change: a simulation sends nothing.
        QCOMPARE(number({QStringLiteral("call"), addr(m_rewards), QStringLiteral("rewardRate()(uint256)")}), QStringLiteral("500000000000000000"));
    }

    void simulatesAsIfApproved()
    {
        const Address device0 = *parseAddress(kDevice0);
        QVERIFY(!cast({QStringLiteral("send"), QStringLiteral("--private-key"), kUserKey, addr(m_token), QStringLiteral("approve(address,uint256)"),
                       addr(m_staking), QStringLiteral("0")}).isEmpty());
        const CallRequest stake{m_user, m_staking, 0, encodeStake(device0, UInt256(1'000'000'000'000'000'000ULL))};
        auto plain = m_simulator->simulate(stake);
        QVERIFY(plain);
        QVERIFY(!plain->success);
        QCOMPARE(q(plain->revert->sentence), QStringLiteral("PlinthToken: %1 may spend only 0 PLNTH of these tokens, and 1 PLNTH are needed: "
                                                            "approve it first (ERC20InsufficientAllowance)")
                                                 .arg(addr(m_staking)));
        const Hash32 slot = tokenAllowanceSlot(m_user, m_staking);
        // The slot is where the token keeps it: cast index, and the word cast reads there after an approval.
        const QString inner = m_net.fixture().castOffline({QStringLiteral("index"), QStringLiteral("address"), addr(m_user), QStringLiteral("1")}).trimmed();
        QCOMPARE(q(toHex(slot)), m_net.fixture().castOffline({QStringLiteral("index"), QStringLiteral("address"), addr(m_staking), inner}).trimmed());
        auto assumed = m_simulator->simulateAssuming(stake, {StorageOverride{m_token, slot, toBigEndian32(UInt256(1'000'000'000'000'000'000ULL))}},
                                                     "as if approved");
        QVERIFY2(assumed, assumed ? "" : assumed.error().message.c_str());
        QVERIFY2(assumed->success, assumed->revert ? assumed->revert->sentence.c_str() : "");
        QCOMPARE(assumed->assumption, std::string("as if approved"));
        // Built the same way: refused without the approval, estimated with it, one nonce later.
        const ContractCallRequest stakeCall = request(m_staking, stake.data, "stake");
        auto refused = m_builder->contractCall(stakeCall);
        QVERIFY(!refused);
        QVERIFY2(q(refused.error().message).endsWith(QStringLiteral("(ERC20InsufficientAllowance)")), refused.error().message.c_str());
        const std::vector<StorageOverride> assume{{m_token, slot, toBigEndian32(UInt256(1'000'000'000'000'000'000ULL))}};
        auto built = m_builder->contractCallAssuming(stakeCall, assume, 1);
        QVERIFY2(built, built ? "" : built.error().message.c_str());
        QCOMPARE(QString::number(built->tx.nonce), QString::number(cast({QStringLiteral("nonce"), addr(m_user)}).toULongLong() + 1));
        QVERIFY(built->gasEstimate > 21000);
        QVERIFY(!cast({QStringLiteral("send"), QStringLiteral("--private-key"), kUserKey, addr(m_token), QStringLiteral("approve(address,uint256)"),
                       addr(m_staking), QStringLiteral("7")}).isEmpty());
        QCOMPARE(m_net.fixture().castOffline({QStringLiteral("to-dec"), cast({QStringLiteral("storage"), addr(m_token), q(toHex(slot))})}).trimmed(),
                 QStringLiteral("7"));
    }
};

QTEST_GUILESS_MAIN(TestContractCall)
#include "tst_contractcall.moc"
