// ProposalTemplates against the calldata `cast calldata` gives (cast 1.7.1, computed once and embedded;
// the commands are in the comments), ActionSequence's encoding and failure decoding, and the execute
// preflight's eta arithmetic.
#include "wallet/codec/Hex.h"
#include "wallet/network/ActionSequence.h"
#include "wallet/network/GovernancePreflight.h"
#include "wallet/network/ProposalTemplates.h"

#include "ReferenceContracts.h"

#include <QTest>

using namespace plinth;

namespace {

// cast calldata "setRewardRate(uint256)" 550000000000000000
const char* kRate = "0x9e447fc600000000000000000000000000000000000000000000000007a1fe1602770000";
// cast calldata "setUnbondingPeriod(uint64)" 604800
const char* kUnbonding = "0xf10d1de10000000000000000000000000000000000000000000000000000000000093a80";
// cast calldata "setMinStake(uint256)" 1500000000000000000000
const char* kMinStake = "0x8c80fd9000000000000000000000000000000000000000000000005150ae84a8cdf00000";
// cast calldata "setEpochDuration(uint64)" 3600
const char* kEpoch = "0x5f98ba820000000000000000000000000000000000000000000000000000000000000e10";
// cast calldata "transfer(address,uint256)" 0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc 150000000000000000000000
const char* kTransfer = "0xa9059cbb0000000000000000000000009965507d1a55bcc2695c58ba16fb37d819b0a4dc000000000000000000000000000000000000000000001fc3842bd1f071c00000";
// cast calldata "slash(address,address,uint256,string)" 0x96f3...A586 0x15d3...6A65 1 test
const char* kSlash =
    "0x3a42c30000000000000000000000000096f3960d0b1f4ca2ceb37c00073540de26c1a58600000000000000000000000015d34aaf54267db7d7c367839aaf71a0"
    "0a2c6a650000000000000000000000000000000000000000000000000000000000000001000000000000000000000000000000000000000000000000000000000000"
    "008000000000000000000000000000000000000000000000000000000000000000047465737400000000000000000000000000000000000000000000000000000000";

QString hexOf(const Bytes& b) { return QString::fromStdString(toHex(b)); }

} // namespace

class TestGovernanceWritesUnit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parameterChangesEncodeAsCastDoes()
    {
        const ProposalTemplates t(test::referenceContracts(), 18);
        const struct {
            const char* assignment;
            const char* target;
            const char* calldata;
        } cases[] = {
            {"rewards.rewardRate=0.55", "0xe1DA8919f262Ee86f9BE05059C9280142CF23f48", kRate},
            {"staking.unbondingPeriod=7d", "0x8ce361602B935680E8DeC218b820ff5056BeB7af", kUnbonding},
            {"staking.unbondingPeriod=604800", "0x8ce361602B935680E8DeC218b820ff5056BeB7af", kUnbonding},
            {"registry.minStake=1500", "0xe1Aa25618fA0c7A1CFDab5d6B456af611873b629", kMinStake},
            {" Devices.MINSTAKE = 1500 ", "0xe1Aa25618fA0c7A1CFDab5d6B456af611873b629", kMinStake},
            {"rewards.epochDuration=1h", "0xe1DA8919f262Ee86f9BE05059C9280142CF23f48", kEpoch},
        };
        for (const auto& c : cases) {
            auto a = t.parameterChange(c.assignment);
            QVERIFY2(a, a ? "" : a.error().message.c_str());
            QCOMPARE(QString::fromStdString(toChecksumAddress(a->target)), QString::fromLatin1(c.target));
            QCOMPARE(hexOf(a->calldata), QString::fromLatin1(c.calldata));
            QCOMPARE(a->value, UInt256(0));
        }
    }

    void otherTemplatesEncodeAsCastDoes()
    {
        const ProposalTemplates t(test::referenceContracts(), 18);
        auto transfer = t.treasuryTransfer("0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc=150000");
        QVERIFY(transfer);
        QCOMPARE(QString::fromStdString(toChecksumAddress(transfer->target)), QStringLiteral("0xA15BB66138824a1c7167f5E85b957d04Dd34E468"));
        QCOMPARE(hexOf(transfer->calldata), QString::fromLatin1(kTransfer));
        auto call = t.callAction("staking slash(address,address,uint256,string) "
                                 "[\"0x96f3960D0B1F4cA2cEB37c00073540De26c1A586\",\"0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65\",\"1\",\"test\"]");
        QVERIFY2(call, call ? "" : call.error().message.c_str());
        QCOMPARE(hexOf(call->calldata), QString::fromLatin1(kSlash));
        auto raw = t.rawAction(std::string("0x8ce361602B935680E8DeC218b820ff5056BeB7af 7 ") + kUnbonding);
        QVERIFY(raw);
        QCOMPARE(raw->value, UInt256(7));
        QCOMPARE(hexOf(raw->calldata), QString::fromLatin1(kUnbonding));
    }

    void badInputSaysWhatIsWrong()
    {
        const ProposalTemplates t(test::referenceContracts(), 18);
        const struct {
            Result<ProposalAction> result;
            const char* mentions;
        } cases[] = {
            {t.parameterChange("rewards.bogus=1"), "rewards.rewardRate"}, // lists the known parameters
            {t.parameterChange("rewardRate=1"), "CONTRACT.PARAMETER=VALUE"},
            {t.parameterChange("rewards.rewardRate=abc"), "rewardRate"},
            {t.parameterChange("rewards.rewardRate=0.0000000000000000001"), "rewardRate"}, // 19 decimals
            {t.parameterChange("staking.unbondingPeriod=18446744073709551616"), "setUnbondingPeriod"}, // > uint64
            {t.treasuryTransfer("0x12=5"), "recipient"},
            {t.rawAction("rewards 0"), "TARGET VALUE CALLDATA"},
            {t.rawAction("nowhere 0 0x12345678"), "neither a contract"},
            {t.rawAction("rewards 0 0x12"), "selector"},
            {t.callAction("staking slash(address) [1, 2]"), "arguments"},
        };
        for (const auto& c : cases) {
            QVERIFY2(!c.result, c.mentions);
            QCOMPARE(c.result.error().code, ErrorCode::InvalidArgument);
            QVERIFY2(c.result.error().message.find(c.mentions) != std::string::npos, c.result.error().message.c_str());
        }
    }

    void sequenceEncodingAndFailure()
    {
        ProposalActions actions;
        const ProposalTemplates t(test::referenceContracts(), 18);
        appendAction(actions, *t.parameterChange("rewards.rewardRate=0.55"));
        appendAction(actions, *t.rawAction("staking 1 0x"));
        auto encoded = encodeActionSequence(actions);
        QVERIFY(encoded);
        QCOMPARE(encoded->size(), std::size_t(84 + 36 + 84));
        QCOMPARE(hexOf(Bytes(encoded->begin(), encoded->begin() + 20)), QStringLiteral("0xe1da8919f262ee86f9be05059c9280142cf23f48"));
        QCOMPARE(encoded->at(84 + 36 + 20 + 31), std::uint8_t(1)); // the second action's value
        Bytes revert(32, 0);
        revert[31] = 1;
        revert.insert(revert.end(), {0xe2, 0x51, 0x7d, 0x3f});
        auto failure = decodeSequenceFailure(revert, 2);
        QVERIFY(failure);
        QCOMPARE(failure->index, std::size_t(1));
        QCOMPARE(hexOf(failure->revertData), QStringLiteral("0xe2517d3f"));
        QVERIFY(!decodeSequenceFailure(revert, 1)); // index past the actions: not the replacement's
        QVERIFY(!decodeSequenceFailure(Bytes(4, 0), 2));
        actions.values.pop_back();
        QVERIFY(!encodeActionSequence(actions));
    }

    void executeWaitsForTheEta()
    {
        Proposal p;
        p.state = ProposalState::Queued;
        p.eta = 1'000'000;
        TimelockPreflight early = preflightExecute(p, 1'000'000 - 3600);
        QCOMPARE(early.blocker, TimelockBlocker::NotReady);
        QCOMPARE(early.waitSeconds, std::uint64_t(3600));
        QCOMPARE(preflightExecute(p, 1'000'000).blocker, TimelockBlocker::None);
        p.state = ProposalState::Succeeded;
        QCOMPARE(preflightExecute(p, 2'000'000).blocker, TimelockBlocker::NotQueued);
        QCOMPARE(preflightQueue(p).blocker, TimelockBlocker::None);
        p.state = ProposalState::Defeated;
        QCOMPARE(preflightQueue(p).blocker, TimelockBlocker::NotSucceeded);
    }
};

QTEST_GUILESS_MAIN(TestGovernanceWritesUnit)
#include "tst_governancewrites_unit.moc"
