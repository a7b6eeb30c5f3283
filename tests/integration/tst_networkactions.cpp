// TransactionsService::previewAction and sendPlan (NetworkActions.h, built by the ActionPlanner) against a
// fresh seeded devnet, signed by a WalletService vault restored from the devnet mnemonic, each outcome
// cross-checked with cast:
//  - every kind of action is previewed: the call decoded to the right contract and function, the steps
//    (an approval first when the allowance is short), whether it can be sent (a withdrawal of another
//    account's unbonding and a queue of a proposal that does not exist revert, with a reason);
//  - a device registration from a freshly signed onboarding payload plans approve(stake + fee) then
//    register; a payload that does not parse or has expired is refused in one sentence;
//  - sent: a claim (accrued 0 afterwards, the token balance up by exactly what was accrued), a stake
//    with its approval (two transactions, the staker's stake and the device's up by the amount, the
//    allowance used up), a vote with a reason (hasVoted), a native and a token transfer (the recipient's
//    balances up by exactly the amounts).
#include "DevnetFixture.h"
#include "ServiceTestSupport.h"
#include "SyncTestSupport.h"
#include "tst_vault_support.h"

#include "wallet/api/NetworkActions.h"
#include "wallet/api/TransactionsService.h"
#include "wallet/api/WalletService.h"
#include "wallet/codec/Hex.h"
#include "wallet/onboarding/OnboardingFormat.h"
#include "wallet/onboarding/OnboardingPayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace plinth;
using plinth::test::DevnetFixture;

namespace {

const std::string kPassword = "correct horse battery staple";
const std::string kMnemonic = "test test test test test test test test test test test junk";
QString qs(const std::string& s) { return QString::fromStdString(s); }
UInt256 num(const QString& s) { return parseDecimalUInt256(s.toStdString()).value(); }
const UInt256 kToken = UInt256(1'000'000'000'000'000'000ULL); // 1 PLNTH (18 decimals)

} // namespace

Q_DECLARE_METATYPE(plinth::NetworkAction)

class TestNetworkActions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fx.start(), qPrintable(m_fx.error()));
        auto profile = test::devnetProfile(m_fx, {m_fx.rpcUrl().toStdString()});
        QVERIFY2(profile, profile ? "" : profile.error().message.c_str());
        m_profile = *profile;
        m_wallet = std::make_unique<WalletService>(m_dir.path().toStdString(), test::fastOptions());
        auto accounts = test::ask<std::vector<VaultAccount>>([&](auto done) {
            m_wallet->createVault(SecureString(kPassword), SecureString(kMnemonic), SecureString(std::string()), std::move(done));
        });
        QVERIFY2(accounts, accounts ? "" : accounts.error().message.c_str());
        m_user = accounts->front().address;
        auto service = TransactionsService::create(*m_wallet, m_profile, m_dir.path().toStdString());
        QVERIFY2(service, service ? "" : service.error().message.c_str());
        m_tx = std::move(*service);
        if (!m_wallet->isUnlocked())
            QVERIFY(test::ask<void>([&](auto done) { m_wallet->unlock(SecureString(kPassword), std::move(done)); }));
        // The seeded user approved the staking contract without limit: no approval would ever be
        // planned. Back to none (anvil signs for its unlocked accounts).
        for (const std::string& spender : {m_profile.contracts.staking, m_profile.contracts.devices}) {
            QString error;
            QVERIFY2(!m_fx.cast({QStringLiteral("send"), qs(m_profile.contracts.token), QStringLiteral("approve(address,uint256)"),
                                 qs(spender), QStringLiteral("0"), QStringLiteral("--from"), user(), QStringLiteral("--unlocked")},
                                &error).isNull(),
                     qPrintable(error));
            QCOMPARE(call(m_profile.contracts.token, QStringLiteral("allowance(address,address)(uint256)"), {user(), qs(spender)}),
                     QStringLiteral("0"));
        }
    }

    void everyKindIsPreviewed_data()
    {
        QTest::addColumn<NetworkAction>("action");
        QTest::addColumn<int>("steps");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("function");
        QTest::addColumn<bool>("sendable");
        const Address self = m_user;
        const Address device0 = address(device(0));
        const Address alices = address(device(9));
        const UInt256 lisbon = num(proposal(QStringLiteral("lisbon")));
        const UInt256 stakeAllowance = num(call(m_profile.contracts.token, QStringLiteral("allowance(address,address)(uint256)"),
                                                {user(), qs(m_profile.contracts.staking)}));
        const UInt256 more = stakeAllowance + kToken; // always above the allowance: an approval first
        QTest::newRow("claim") << NetworkAction{"Claim", ClaimAction{self}} << 1 << "rewards" << "claim" << true;
        QTest::newRow("stake") << NetworkAction{"Stake", StakeAction{device0, more, false}} << 2 << "staking" << "stake" << true;
        QTest::newRow("delegate-stake") << NetworkAction{"Delegate", StakeAction{alices, more, true}} << 2 << "staking" << "delegate" << true;
        QTest::newRow("unstake") << NetworkAction{"Unstake", UnstakeAction{device0, 1}} << 1 << "staking" << "unstake" << true;
        // Unbonding 2 is bob's (contracts/README.md): the user cannot withdraw it.
        QTest::newRow("withdraw") << NetworkAction{"Withdraw", WithdrawAction{2}} << 1 << "staking" << "withdraw" << false;
        QTest::newRow("delegate-votes") << NetworkAction{"Delegate votes", DelegateVotesAction{self}} << 1 << "token" << "delegate" << true;
        QTest::newRow("vote") << NetworkAction{"Vote", VoteAction{lisbon, VoteSupport::For, "more coverage"}} << 1 << "governor"
                              << "castVoteWithReason" << true;
        QTest::newRow("propose") << NetworkAction{"Propose", ProposeAction{grantActions(), "PIP-T: preview only"}} << 1 << "governor"
                                 << "propose" << true;
        // Neither proposal exists: the governor refuses (GovernorNonexistentProposal).
        QTest::newRow("queue") << NetworkAction{"Queue", QueueAction{grantActions(), "PIP-T: never proposed"}} << 1 << "governor"
                               << "queue" << false;
        QTest::newRow("execute") << NetworkAction{"Execute", ExecuteAction{grantActions(), "PIP-T: never proposed"}} << 1 << "governor"
                                 << "execute" << false;
        QTest::newRow("transfer") << NetworkAction{"Send", TransferAction{address(account("alice")), kToken, false}} << 1 << "" << ""
                                  << true;
        QTest::newRow("token-transfer") << NetworkAction{"Send", TransferAction{address(account("alice")), kToken, true}} << 1 << "token"
                                        << "transfer" << true;
    }

    void everyKindIsPreviewed()
    {
        QFETCH(NetworkAction, action);
        QFETCH(int, steps);
        QFETCH(QString, target);
        QFETCH(QString, function);
        QFETCH(bool, sendable);
        auto plan = preview(action);
        QVERIFY2(plan, plan ? "" : plan.error().message.c_str());
        QCOMPARE(int(plan->steps.size()), steps);
        QCOMPARE(plan->from, m_user);
        const PreviewedStep& main = plan->steps.back();
        QCOMPARE(qs(main.call.preview.description), qs(action.description));
        QCOMPARE(qs(main.call.preview.call.targetName), target);
        QCOMPARE(qs(main.call.preview.call.functionName), function);
        QCOMPARE(plan->sendable(), sendable);
        if (steps == 2) {
            const PreviewedStep& approve = plan->steps.front();
            QVERIFY(approve.approval);
            QCOMPARE(qs(approve.call.preview.call.functionName), QStringLiteral("approve"));
            QCOMPARE(approve.approval->spender, address(qs(m_profile.contracts.staking)));
            QVERIFY(main.afterPrevious);
            // The main step was simulated as if the approval were confirmed, and says so.
            QVERIFY(main.call.preview.simulation && !main.call.preview.simulation->assumption.empty());
        }
        if (sendable) {
            UInt256 total = 0;
            for (const PreviewedStep& s : plan->steps) {
                QVERIFY(s.call.preview.fees);
                QVERIFY(s.call.preview.fees->maximum >= s.call.preview.fees->likely);
                total += s.call.prepared->maxCost;
            }
            QCOMPARE(plan->totalMaxCost, total);
        } else {
            QVERIFY(main.call.preview.simulation && !main.call.preview.simulation->success);
            QVERIFY(main.call.preview.simulation->revert && !main.call.preview.simulation->revert->sentence.empty());
        }
    }

    void aDeviceRegistrationApprovesThenRegisters()
    {
        auto payload = signedPayload(3600);
        QVERIFY(payload);
        auto plan = preview(NetworkAction{"Register", RegisterDeviceAction{onboardingToJson(*payload)}});
        QVERIFY2(plan, plan ? "" : plan.error().message.c_str());
        const UInt256 needed = num(call(m_profile.contracts.devices, QStringLiteral("minStake()(uint256)"), {})) +
                               num(call(m_profile.contracts.devices, QStringLiteral("onboardingFee()(uint256)"), {}));
        const UInt256 allowed = num(call(m_profile.contracts.token, QStringLiteral("allowance(address,address)(uint256)"),
                                         {user(), qs(m_profile.contracts.devices)}));
        QCOMPARE(int(plan->steps.size()), allowed >= needed ? 1 : 2);
        if (plan->steps.size() == 2) {
            QCOMPARE(plan->steps.front().approval->amount, needed);
            QCOMPARE(plan->steps.front().approval->spender, address(qs(m_profile.contracts.devices)));
        }
        QCOMPARE(qs(plan->steps.back().call.preview.call.functionName), QStringLiteral("register"));
        QVERIFY2(plan->sendable(), plan->steps.back().call.buildError ? plan->steps.back().call.buildError->message.c_str() : "reverted");
        // The QR text form plans the same.
        auto fromText = preview(NetworkAction{"Register", RegisterDeviceAction{onboardingToText(*payload)}});
        QVERIFY(fromText);
        QCOMPARE(fromText->steps.size(), plan->steps.size());
    }

    void aBadPayloadIsRefusedInOneSentence()
    {
        auto garbage = preview(NetworkAction{"Register", RegisterDeviceAction{"not a payload"}});
        QVERIFY(!garbage);
        QCOMPARE(int(garbage.error().code), int(ErrorCode::InvalidArgument));
        QVERIFY2(qs(garbage.error().message).contains(QStringLiteral("not valid")), garbage.error().message.c_str());
        auto expired = signedPayload(-3600);
        QVERIFY(expired);
        auto late = preview(NetworkAction{"Register", RegisterDeviceAction{onboardingToJson(*expired)}});
        QVERIFY(!late);
        QVERIFY2(qs(late.error().message).contains(QStringLiteral("expired")), late.error().message.c_str());
    }

    void aClaimIsSent()
    {
        const QString accrued = call(m_profile.contracts.rewards, QStringLiteral("accrued(address)(uint256)"), {user()});
        QVERIFY(num(accrued) > 0);
        const UInt256 before = tokenBalance(user());
        auto sent = send(NetworkAction{"Claim", ClaimAction{m_user}});
        QVERIFY2(sent, sent ? "" : sent.error().message.c_str());
        QCOMPARE(int(sent->size()), 1);
        QVERIFY(included(sent->front()));
        QCOMPARE(call(m_profile.contracts.rewards, QStringLiteral("accrued(address)(uint256)"), {user()}), QStringLiteral("0"));
        QCOMPARE(tokenBalance(user()) - before, num(accrued));
    }

    void aStakeWithItsApprovalIsSent()
    {
        const QString dev = device(0);
        const QString staking = qs(m_profile.contracts.staking);
        const UInt256 allowance = num(call(m_profile.contracts.token, QStringLiteral("allowance(address,address)(uint256)"), {user(), staking}));
        const UInt256 amount = allowance + 7 * kToken;
        const UInt256 stakeBefore = num(call(m_profile.contracts.staking, QStringLiteral("stakes(address,address)(uint256)"), {dev, user()}));
        const UInt256 deviceBefore = num(call(m_profile.contracts.staking, QStringLiteral("deviceStake(address)(uint256)"), {dev}));
        const UInt256 balanceBefore = tokenBalance(user());
        std::atomic<int> heardSecond{0};
        auto sent = send(NetworkAction{"Stake", StakeAction{address(dev), amount, false}}, [&](const PlanProgress& p) {
            if (p.step == 1)
                ++heardSecond;
        });
        QVERIFY2(sent, sent ? "" : sent.error().message.c_str());
        QCOMPARE(int(sent->size()), 2);
        QVERIFY(included(sent->at(0)) && included(sent->at(1)));
        QCOMPARE(qs(sent->at(0).sent.kind), QStringLiteral("approve"));
        QCOMPARE(qs(sent->at(1).sent.kind), QStringLiteral("stake"));
        QVERIFY(sent->at(1).sent.tx.nonce == sent->at(0).sent.tx.nonce + 1);
        QVERIFY(heardSecond.load() >= 2); // pending, then included
        QCOMPARE(num(call(m_profile.contracts.staking, QStringLiteral("stakes(address,address)(uint256)"), {dev, user()})) - stakeBefore, amount);
        QCOMPARE(num(call(m_profile.contracts.staking, QStringLiteral("deviceStake(address)(uint256)"), {dev})) - deviceBefore, amount);
        QCOMPARE(balanceBefore - tokenBalance(user()), amount);
        QCOMPARE(call(m_profile.contracts.token, QStringLiteral("allowance(address,address)(uint256)"), {user(), staking}), QStringLiteral("0"));
    }

    void aVoteIsSent()
    {
        const QString id = proposal(QStringLiteral("lisbon"));
        QCOMPARE(m_fx.cast({QStringLiteral("call"), qs(m_profile.contracts.governor), QStringLiteral("hasVoted(uint256,address)(bool)"), id, user()}),
                 QStringLiteral("false"));
        auto sent = send(NetworkAction{"Vote", VoteAction{num(id), VoteSupport::For, "more coverage"}});
        QVERIFY2(sent, sent ? "" : sent.error().message.c_str());
        QVERIFY(included(sent->front()));
        QCOMPARE(m_fx.cast({QStringLiteral("call"), qs(m_profile.contracts.governor), QStringLiteral("hasVoted(uint256,address)(bool)"), id, user()}),
                 QStringLiteral("true"));
        // Voting again is refused in the preview: the governor says the vote was already cast.
        auto again = preview(NetworkAction{"Vote", VoteAction{num(id), VoteSupport::For, {}}});
        QVERIFY(again && !again->sendable());
    }

    void transfersAreSent()
    {
        const QString alice = account("alice");
        const UInt256 nativeBefore = num(DevnetFixture::exactNumber(m_fx.cast({QStringLiteral("balance"), alice})));
        const UInt256 tokenBefore = tokenBalance(alice);
        auto native = send(NetworkAction{"Send", TransferAction{address(alice), 3 * kToken, false}});
        QVERIFY2(native, native ? "" : native.error().message.c_str());
        QVERIFY(included(native->front()));
        QCOMPARE(qs(native->front().sent.kind), QStringLiteral("transfer"));
        QCOMPARE(num(DevnetFixture::exactNumber(m_fx.cast({QStringLiteral("balance"), alice}))) - nativeBefore, 3 * kToken);
        auto token = send(NetworkAction{"Send", TransferAction{address(alice), 5 * kToken, true}});
        QVERIFY2(token, token ? "" : token.error().message.c_str());
        QVERIFY(included(token->front()));
        QCOMPARE(tokenBalance(alice) - tokenBefore, 5 * kToken);
    }

    void cleanupTestCase()
    {
        m_tx.reset();
        m_wallet.reset();
    }

private:
    Result<PreviewedPlan> preview(const NetworkAction& action)
    {
        return test::ask<PreviewedPlan>([&](auto done) { m_tx->previewAction(m_user, action, FeeSpeed::Normal, std::move(done)); });
    }

    Result<std::vector<TrackedTransaction>> send(const NetworkAction& action, std::function<void(const PlanProgress&)> onStatus = {})
    {
        auto plan = preview(action);
        if (!plan)
            return plan.error();
        if (!plan->sendable())
            return makeError(ErrorCode::Internal, "the plan is not sendable");
        return test::ask<std::vector<TrackedTransaction>>([&](auto done) { m_tx->sendPlan(*plan, onStatus, std::move(done)); });
    }

    static bool included(const TrackedTransaction& t)
    {
        return t.status.state == TransactionStatus::State::Included && t.status.receipt && t.status.receipt->success;
    }

    // A fresh device's onboarding payload for the user, signed by its new key, valid for `validFor`
    // seconds from the chain's latest block (negative: already expired).
    Result<OnboardingPayload> signedPayload(qint64 validFor)
    {
        auto key = newDeviceKey();
        if (!key)
            return key.error();
        OnboardingPayload p;
        p.chainId = m_profile.chainId;
        p.registry = address(qs(m_profile.contracts.devices));
        p.owner = m_user;
        p.device = addressFromPrivateKey(*key).value();
        p.kind = OnboardingKind::Storage;
        p.capacity = 2000;
        p.unit = "GB";
        p.region = "881f1d4895fffff";
        p.nonce = randomOnboardingNonce().value();
        const qint64 now = m_fx.cast({QStringLiteral("block"), QStringLiteral("latest"), QStringLiteral("--field"), QStringLiteral("timestamp")}).toLongLong();
        p.deadline = UInt256(std::uint64_t(now + validFor));
        if (auto ok = signOnboarding(p, *key); !ok)
            return ok.error();
        return p;
    }

    ProposalActions grantActions() const
    {
        ProposalActions a;
        a.targets = {address(qs(m_profile.contracts.token))};
        a.values = {0};
        a.calldatas = {erc20TransferData(address(account("alice")), kToken)};
        return a;
    }

    QString user() const { return qs(toChecksumAddress(m_user)); }
    QString account(const char* name) const
    {
        return m_fx.facts().value(QStringLiteral("accounts")).toObject().value(QLatin1String(name)).toString();
    }
    QString device(int index) const
    {
        return m_fx.facts().value(QStringLiteral("devices")).toArray().at(index).toObject().value(QStringLiteral("address")).toString();
    }
    QString proposal(const QString& name) const
    {
        return m_fx.facts().value(QStringLiteral("proposals")).toObject().value(name).toObject().value(QStringLiteral("id")).toString();
    }
    static Address address(const QString& text) { return parseAddress(text.toStdString()).value(); }
    UInt256 tokenBalance(const QString& holder) const
    {
        return num(call(m_profile.contracts.token, QStringLiteral("balanceOf(address)(uint256)"), {holder}));
    }
    QString call(const std::string& contract, const QString& signature, const QStringList& args) const
    {
        return DevnetFixture::exactNumber(m_fx.cast(QStringList{QStringLiteral("call"), qs(contract), signature} + args));
    }

    DevnetFixture m_fx;
    QTemporaryDir m_dir;
    NetworkProfile m_profile;
    std::unique_ptr<WalletService> m_wallet;
    std::unique_ptr<TransactionsService> m_tx;
    Address m_user;
};

QTEST_GUILESS_MAIN(TestNetworkActions)
#include "tst_networkactions.moc"
