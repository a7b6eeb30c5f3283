// ParameterValues (wallet/network/ParameterValues.h), which plinth-cli and NetworkServices::proposal share:
// the storage slot of each parameter contracts/README.md gives (the contract is the action's target), the
// parameter's field in a proven word (also a packed one), the old value a proof gives only to a change no
// event gave one, and the reason for a parameter whose slot is not known. The devnet tests check the
// proven values against cast (tst_networkservices, tst_governance_devnet, tst_cli_governance).
#include "wallet/network/ParameterValues.h"

#include "wallet/network/ProposalTemplates.h"

#include "ReferenceContracts.h"

#include <QTest>

using namespace plinth;

namespace {

DecodedAction decoded(const std::string& assignment)
{
    const ProposalTemplates t(test::referenceContracts(), 18);
    auto a = t.parameterChange(assignment);
    if (!a)
        qFatal("%s: %s", assignment.c_str(), a.error().message.c_str());
    return ActionDecoder(test::referenceContracts()).decode(a->target, a->value, a->calldata);
}

} // namespace

class TestParameterValues : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void slotsOfTheReferenceContracts()
    {
        const ActionDecoder decoder(test::referenceContracts());
        const struct {
            const char* assignment;
            const char* contract;
            unsigned slot, offset, width;
        } cases[] = {
            {"rewards.rewardRate=0.55", "0xe1DA8919f262Ee86f9BE05059C9280142CF23f48", 7, 0, 32},
            {"rewards.epochDuration=1h", "0xe1DA8919f262Ee86f9BE05059C9280142CF23f48", 6, 8, 8},
            {"devices.minStake=1500", "0xe1Aa25618fA0c7A1CFDab5d6B456af611873b629", 9, 0, 32},
            {"registry.onboardingFee=250", "0xe1Aa25618fA0c7A1CFDab5d6B456af611873b629", 10, 0, 32},
            {"staking.unbondingPeriod=7d", "0x8ce361602B935680E8DeC218b820ff5056BeB7af", 7, 0, 8},
        };
        for (const auto& c : cases) {
            auto read = parameterRead(decoder, decoded(c.assignment));
            QVERIFY2(read, c.assignment);
            QCOMPARE(toChecksumAddress(read->contract), std::string(c.contract));
            QVERIFY(read->slot == toBigEndian32(UInt256(c.slot)));
            QCOMPARE(read->where.slot, UInt256(c.slot));
            QCOMPARE(read->where.offsetBytes, c.offset);
            QCOMPARE(read->where.widthBytes, c.width);
        }
    }

    void aPackedWordGivesItsField()
    {
        const ActionDecoder decoder(test::referenceContracts());
        // Slot 6 of Rewards: epochDuration (uint64) 8 bytes up, with other fields set on both sides.
        DecodedAction epoch = decoded("rewards.epochDuration=1h");
        const UInt256 word = (UInt256(0xABCD) << 128) | (UInt256(86400) << 64) | UInt256(0xFFFFFFFFFFFFFFFFull);
        QCOMPARE(takeProvenValue(epoch, *parameterRead(decoder, epoch), word, 190), UInt256(86400));
        // Slot 7 of Staking: unbondingPeriod in its low 8 bytes.
        DecodedAction unbonding = decoded("staking.unbondingPeriod=7d");
        QCOMPARE(takeProvenValue(unbonding, *parameterRead(decoder, unbonding), (UInt256(1) << 200) | UInt256(1209600), 190),
                 UInt256(1209600));
        QCOMPARE(unbonding.change->oldValue.value_or(0), UInt256(1209600));
    }

    void aProofGivesTheOldValueOnlyWhereNoEventDid()
    {
        const ActionDecoder decoder(test::referenceContracts());
        DecodedAction fee = decoded("registry.onboardingFee=250");
        QVERIFY(!fee.change->oldValue);
        QCOMPARE(fee.change->oldFrom, OldValueFrom::Unknown);
        const UInt256 ten = UInt256(10) * UInt256(1000000000000000000ull);
        QCOMPARE(takeProvenValue(fee, *parameterRead(decoder, fee), ten, 190), ten);
        QCOMPARE(fee.change->oldValue.value_or(0), ten);
        QVERIFY(fee.change->oldVerified);
        QCOMPARE(fee.change->oldFrom, OldValueFrom::StorageProof);
        QCOMPARE(fee.change->oldBlock.value_or(0), std::uint64_t(190));
        QCOMPARE(fee.change->oldSource, std::string("storage slot 10 proven at block 190 (no change event since deployment)"));
        QCOMPARE(fee.change->newValue, UInt256(250) * UInt256(1000000000000000000ull));

        // An old value from a change event stays: the value now is returned, the event's value kept.
        DecodedAction rate = decoded("rewards.rewardRate=0.55");
        rate.change->oldValue = UInt256(400000000000000000ull);
        rate.change->oldVerified = true;
        rate.change->oldFrom = OldValueFrom::ChangeEvent;
        rate.change->oldBlock = 57;
        QCOMPARE(takeProvenValue(rate, *parameterRead(decoder, rate), UInt256(500000000000000000ull), 190), UInt256(500000000000000000ull));
        QCOMPARE(rate.change->oldValue.value_or(0), UInt256(400000000000000000ull));
        QCOMPARE(rate.change->oldFrom, OldValueFrom::ChangeEvent);
        QCOMPARE(rate.change->oldBlock.value_or(0), std::uint64_t(57));
    }

    void governorSettingsHaveNoKnownSlot()
    {
        const ActionDecoder decoder(test::referenceContracts());
        for (const char* assignment : {"governor.votingDelay=1", "governor.proposalThreshold=100", "timelock.minDelay=2d"}) {
            const DecodedAction a = decoded(assignment);
            QVERIFY2(a.change, assignment);
            QVERIFY2(!parameterRead(decoder, a), assignment);
            const std::string reason = unprovableReason(a);
            QVERIFY2(reason.find(a.change->parameter) != std::string::npos, reason.c_str());
            QVERIFY2(reason.find("the " + a.targetName + " contract") != std::string::npos, reason.c_str());
            QVERIFY2(reason.find("cannot be proven") != std::string::npos, reason.c_str());
        }
        // A treasury transfer changes no parameter: nothing to prove.
        const ProposalTemplates t(test::referenceContracts(), 18);
        auto transfer = t.treasuryTransfer("0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc=150000");
        QVERIFY(transfer);
        QVERIFY(!parameterRead(decoder, decoder.decode(transfer->target, transfer->value, transfer->calldata)));
    }
};

QTEST_GUILESS_MAIN(TestParameterValues)
#include "tst_parametervalues.moc"
