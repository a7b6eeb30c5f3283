// Governance projected from verified events against a seeded devnet, every figure checked with cast at
// the verified block: all eight proposals' states equal the governor's state(uint256), tallies equal
// proposalVotes, snapshots, deadlines and quorums equal the governor's, ids equal hashProposal of the
// decoded actions; the actions name their contracts and functions (PIP-1: setRewardRate 0.4 -> 0.5
// PLNTH/s); the user's voting power at PIP-7's snapshot equals getPastVotes, and the user has not voted.
#include "GovernanceTestSupport.h"

#include "wallet/codec/Hex.h"
#include "wallet/codec/UInt256.h"
#include "wallet/network/CallEncoders.h"
#include "wallet/network/GovernanceLoader.h"
#include "wallet/network/VoteImpact.h"

#include <QJsonObject>
#include <QTest>

using namespace plinth;

namespace {

const char* kUser = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
const char* kGrants = "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc";
const char* kSlasher = "0x14dC79964da2C08b23698B3D3cc7Ca32193d9955";

const QStringList kLabels{QStringLiteral("rewardRate"), QStringLiteral("grant"),   QStringLiteral("feeHike"),
                          QStringLiteral("feeZero"),    QStringLiteral("unbonding"), QStringLiteral("minStake"),
                          QStringLiteral("lisbon"),     QStringLiteral("feeCut")};

QString dec(const UInt256& v) { return QString::fromStdString(toDecimalString(v)); }
Address addr(const char* a) { return *parseAddress(a); }

} // namespace

class TestGovernance : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_net.sync(&error), qPrintable(error));
        auto view = loadGovernance(*m_net.store, m_net.profile);
        QVERIFY2(view, view ? "" : view.error().message.c_str());
        m_view = std::move(*view);
        QCOMPARE(m_view.verifiedBlock, m_net.verifiedBlock);
    }

    void everyStateEqualsTheGovernors()
    {
        QCOMPARE(m_view.book.proposals().size(), std::size_t(8));
        const QMap<QString, ProposalState> expected{
            {QStringLiteral("rewardRate"), ProposalState::Executed}, {QStringLiteral("grant"), ProposalState::Executed},
            {QStringLiteral("feeHike"), ProposalState::Defeated},    {QStringLiteral("feeZero"), ProposalState::Canceled},
            {QStringLiteral("unbonding"), ProposalState::Succeeded}, {QStringLiteral("minStake"), ProposalState::Queued},
            {QStringLiteral("lisbon"), ProposalState::Active},       {QStringLiteral("feeCut"), ProposalState::Pending}};
        for (const QString& label : kLabels) {
            const Proposal* p = proposal(label);
            QVERIFY2(p, qPrintable(label));
            const QString cast = m_net.call(m_net.profile.contracts.governor, QStringLiteral("state(uint256)(uint8)"),
                                            {dec(p->id)}).value(0);
            QCOMPARE(QString::number(static_cast<int>(p->state)), cast);
            QCOMPARE(p->state, expected.value(label));
        }
    }

    void talliesSnapshotsAndQuorumsEqualTheGovernors()
    {
        const std::string& gov = m_net.profile.contracts.governor;
        for (const QString& label : kLabels) {
            const Proposal* p = proposal(label);
            QVERIFY(p);
            const QStringList votes = m_net.call(gov, QStringLiteral("proposalVotes(uint256)(uint256,uint256,uint256)"), {dec(p->id)});
            QCOMPARE(votes, (QStringList{dec(p->againstVotes), dec(p->forVotes), dec(p->abstainVotes)}));
            QCOMPARE(QString::number(p->snapshot),
                     m_net.call(gov, QStringLiteral("proposalSnapshot(uint256)(uint256)"), {dec(p->id)}).value(0));
            QCOMPARE(QString::number(p->deadline),
                     m_net.call(gov, QStringLiteral("proposalDeadline(uint256)(uint256)"), {dec(p->id)}).value(0));
            QCOMPARE(QString::number(p->eta.value_or(0)),
                     m_net.call(gov, QStringLiteral("proposalEta(uint256)(uint256)"), {dec(p->id)}).value(0));
            QCOMPARE(toChecksumAddress(p->proposer), m_net.fact(label, QStringLiteral("proposer")).toStdString());
            if (p->snapshot < m_view.now) // quorum() of a future timepoint reverts
                QCOMPARE(dec(p->quorum), m_net.call(gov, QStringLiteral("quorum(uint256)(uint256)"), {QString::number(p->snapshot)}).value(0));
            // The id is hashProposal of the decoded actions and the description.
            auto id = proposalId(p->actions, p->description);
            QVERIFY(id);
            QCOMPARE(dec(*id), dec(p->id));
            QVERIFY2(p->title.starts_with("PIP-"), p->title.c_str());
        }
        QCOMPARE(proposal(QStringLiteral("feeHike"))->votes.size(), std::size_t(4));
        QVERIFY(proposal(QStringLiteral("feeZero"))->votes.empty());
    }

    void actionsNameTheirContractsAndShowOldAndNewValues()
    {
        auto pip1 = loadActions(*m_net.store, m_net.profile, *proposal(QStringLiteral("rewardRate")));
        QVERIFY(pip1);
        QCOMPARE(pip1->size(), std::size_t(1));
        const DecodedAction& a = pip1->front();
        QCOMPARE(a.targetName, std::string("rewards"));
        QCOMPARE(a.function, std::string("setRewardRate(uint256)"));
        QVERIFY(a.change);
        QCOMPARE(a.change->parameter, std::string("rewardRate"));
        QCOMPARE(formatUnits(a.change->newValue, 18), std::string("0.5"));
        QVERIFY(a.change->oldValue);
        QCOMPARE(formatUnits(*a.change->oldValue, 18), std::string("0.4"));
        QVERIFY(a.change->oldVerified);

        // PIP-7: a treasury transfer and a rate change made after PIP-1 (so from 0.5).
        auto pip7 = loadActions(*m_net.store, m_net.profile, *proposal(QStringLiteral("lisbon")));
        QVERIFY(pip7);
        QCOMPARE(pip7->size(), std::size_t(2));
        QCOMPARE(pip7->at(0).targetName, std::string("token"));
        QCOMPARE(pip7->at(0).function, std::string("transfer(address,uint256)"));
        QCOMPARE(pip7->at(0).arguments.at(1).value, std::string("150000000000000000000000"));
        QCOMPARE(pip7->at(1).function, std::string("setRewardRate(uint256)"));
        QCOMPARE(formatUnits(pip7->at(1).change->newValue, 18), std::string("0.55"));
        QCOMPARE(formatUnits(pip7->at(1).change->oldValue.value_or(0), 18), std::string("0.5"));

        // PIP-2 pays the grants account.
        auto pip2 = loadActions(*m_net.store, m_net.profile, *proposal(QStringLiteral("grant")));
        QVERIFY(pip2);
        QCOMPARE(pip2->at(0).arguments.at(0).value, std::string(kGrants));
        QCOMPARE(pip2->at(0).arguments.at(1).value, std::string("250000000000000000000000"));

        // Parameters nobody changed yet: no event, so the old value is left for an unverified read.
        auto pip3 = loadActions(*m_net.store, m_net.profile, *proposal(QStringLiteral("feeHike")));
        QVERIFY(pip3);
        QCOMPARE(pip3->at(0).targetName, std::string("devices"));
        QCOMPARE(pip3->at(0).function, std::string("setOnboardingFee(uint256)"));
        QVERIFY(!pip3->at(0).change->oldValue);
        const ActionDecoder decoder(m_net.profile.contracts);
        auto call = decoder.currentValueCall(pip3->at(0));
        QVERIFY(call);
        auto current = m_net.engine->viewCall(pip3->at(0).target, *call);
        QVERIFY2(current, current ? "" : current.error().message.c_str());
        QCOMPARE(dec(*fromBigEndian(current->value)),
                 m_net.call(m_net.profile.contracts.devices, QStringLiteral("onboardingFee()(uint256)")).value(0));

        // Or proven: the parameters' storage slots hold what their getters return (the unbonding period
        // is packed into the low 8 bytes of its word).
        const QStringList labels{QStringLiteral("feeHike"), QStringLiteral("unbonding"), QStringLiteral("minStake"), QStringLiteral("rewardRate")};
        const QStringList getters{QStringLiteral("onboardingFee()(uint256)"), QStringLiteral("unbondingPeriod()(uint64)"),
                                  QStringLiteral("minStake()(uint256)"), QStringLiteral("rewardRate()(uint256)")};
        for (qsizetype i = 0; i < labels.size(); ++i) {
            auto actions = loadActions(*m_net.store, m_net.profile, *proposal(labels[i]));
            QVERIFY(actions);
            const DecodedAction& action = actions->back();
            auto where = decoder.parameterSlot(action);
            QVERIFY2(where, qPrintable(labels[i]));
            const QString word = m_net.fixture.cast({QStringLiteral("storage"), QString::fromStdString(toChecksumAddress(action.target)),
                                                     dec(where->slot), QStringLiteral("--block"), QString::number(m_net.verifiedBlock)});
            auto parsed = parseUInt256(word.toStdString());
            QVERIFY2(parsed, qPrintable(word));
            QCOMPARE(dec(valueInSlot(*parsed, *where)),
                     m_net.call(toChecksumAddress(action.target), getters[i]).value(0));
        }
    }

    void votingPowerAtTheSnapshotEqualsGetPastVotes()
    {
        const Proposal* lisbon = proposal(QStringLiteral("lisbon"));
        QVERIFY(lisbon);
        const std::string& token = m_net.profile.contracts.token;
        for (const char* who : {kUser, kGrants, kSlasher}) {
            const VoteImpact impact = assessVote(*lisbon, m_view.power, addr(who));
            QCOMPARE(dec(impact.power.votes),
                     m_net.call(token, QStringLiteral("getPastVotes(address,uint256)(uint256)"),
                                {QString::fromLatin1(who), QString::number(lisbon->snapshot)}).value(0));
            QCOMPARE(dec(impact.power.balanceNow),
                     m_net.call(token, QStringLiteral("balanceOf(address)(uint256)"), {QString::fromLatin1(who)}).value(0));
            QCOMPARE(impact.power.reason == ZeroPowerReason::None, impact.power.votes > 0);
        }
        const VoteImpact user = assessVote(*lisbon, m_view.power, addr(kUser));
        QVERIFY(user.power.votes > 0);
        QVERIFY(!user.existingVote);
        QCOMPARE(m_net.call(m_net.profile.contracts.governor, QStringLiteral("hasVoted(uint256,address)(bool)"),
                            {dec(lisbon->id), QString::fromLatin1(kUser)}).value(0),
                 QStringLiteral("false"));
        QVERIFY(user.canVote);
        // Those who voted on PIP-7 have a recorded vote, as the governor says.
        QCOMPARE(lisbon->votes.size(), std::size_t(4));
        for (const ProposalVote& v : lisbon->votes)
            QCOMPARE(m_net.call(m_net.profile.contracts.governor, QStringLiteral("hasVoted(uint256,address)(bool)"),
                                {dec(lisbon->id), QString::fromStdString(toChecksumAddress(v.voter))}).value(0),
                     QStringLiteral("true"));
        // The grants account got its tokens from PIP-2, after PIP-1's snapshot, and never delegated them.
        const Proposal* pip1 = proposal(QStringLiteral("rewardRate"));
        QCOMPARE(assessVote(*pip1, m_view.power, addr(kGrants)).power.reason, ZeroPowerReason::TokensAfterSnapshot);
        QCOMPARE(m_net.call(token, QStringLiteral("balanceOf(address)(uint256)"), {QString::fromLatin1(kGrants)}).value(0) != QStringLiteral("0"), true);
        QCOMPARE(m_net.call(token, QStringLiteral("delegates(address)(address)"), {QString::fromLatin1(kGrants)}).value(0),
                 QStringLiteral("0x0000000000000000000000000000000000000000"));
        QCOMPARE(assessVote(*lisbon, m_view.power, addr(kGrants)).power.reason, ZeroPowerReason::NotDelegated);
        // The slasher never held tokens.
        QCOMPARE(assessVote(*lisbon, m_view.power, addr(kSlasher)).power.reason, ZeroPowerReason::NoTokens);
    }

    void activeListsExactlyPip7()
    {
        const auto active = m_view.book.withState(ProposalState::Active);
        QCOMPARE(active.size(), std::size_t(1));
        QCOMPARE(dec(active.front()->id), m_net.fact(QStringLiteral("lisbon"), QStringLiteral("id")));
    }

private:
    const Proposal* proposal(const QString& label) const
    {
        auto id = parseDecimalUInt256(m_net.fact(label, QStringLiteral("id")).toStdString());
        return id ? m_view.book.find(*id) : nullptr;
    }

    test::SyncedDevnet m_net;
    GovernanceView m_view;
};

QTEST_GUILESS_MAIN(TestGovernance)
#include "tst_governance.moc"
