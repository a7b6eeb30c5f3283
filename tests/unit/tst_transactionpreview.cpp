// TransactionPreview (wallet/tx) and its CLI output (app/cli/PreviewOutput): the decoded call, the two
// fees worked out from the transaction's own fields, fee rounding, and the simulation's result, as text
// and as JSON. Built from hand-made transactions: nothing here needs a node.
#include "app/cli/PreviewOutput.h"
#include "wallet/codec/Hex.h"
#include "wallet/network/CallEncoders.h"
#include "wallet/tx/TransactionPreview.h"

#include <QJsonArray>
#include <QTest>

using namespace plinth;

namespace {

const char* kStaking = "0x8ce361602B935680E8DeC218b820ff5056BeB7af";
const char* kDevice5 = "0x96f3960D0B1F4cA2cEB37c00073540De26c1A586";
const char* kUser = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
const UInt256 kGwei = 1'000'000'000;

NetworkProfile profile()
{
    NetworkProfile p;
    p.name = "Plinth Devnet";
    p.chainId = 31337;
    p.currency = {"ETH", 18};
    p.token = {"PLNTH", 18};
    p.contracts.token = "0xA15BB66138824a1c7167f5E85b957d04Dd34E468";
    p.contracts.devices = "0xe1Aa25618fA0c7A1CFDab5d6B456af611873b629";
    p.contracts.staking = kStaking;
    p.contracts.rewards = "0xe1DA8919f262Ee86f9BE05059C9280142CF23f48";
    return p;
}

// stake(device 5, 500 PLNTH): 60000 gas at most 3 gwei (tip 1 gwei, next base fee 1 gwei), estimated 50000.
PreparedTransaction stake()
{
    PreparedTransaction p;
    p.kind = "stake";
    p.tx.type = 2;
    p.tx.chainId = 31337;
    p.tx.nonce = 7;
    p.tx.from = *parseAddress(kUser);
    p.tx.to = *parseAddress(kStaking);
    p.tx.data = encodeStake(*parseAddress(kDevice5), UInt256(500) * UInt256(1'000'000'000'000'000'000ULL));
    p.tx.gas = 60000;
    p.gasEstimate = 50000;
    p.tx.maxFeePerGas = 3 * kGwei;
    p.tx.maxPriorityFeePerGas = kGwei;
    p.fees.nextBaseFee = kGwei;
    return p;
}

Simulation success()
{
    Simulation s;
    s.success = true;
    s.block = "latest";
    s.endpoint = "http://127.0.0.1:8545";
    return s;
}

} // namespace

class TestTransactionPreview : public QObject {
    Q_OBJECT
    const NetworkProfile m_profile = profile();
    const ActionDecoder m_decoder{m_profile.contracts};

private Q_SLOTS:
    void fees()
    {
        const FeeEstimate f = feeEstimate(stake());
        QCOMPARE(f.gasLimit, std::uint64_t(60000));
        QCOMPARE(f.gasEstimate, std::uint64_t(50000));
        QVERIFY(f.maximum == UInt256(60000) * 3 * kGwei);
        QVERIFY(f.likelyFeePerGas == 2 * kGwei); // base fee + tip, below the max fee
        QVERIFY(f.likely == UInt256(50000) * 2 * kGwei);

        // A tip above what the max fee leaves: the likely price is capped at the max fee.
        PreparedTransaction capped = stake();
        capped.fees.nextBaseFee = 10 * kGwei;
        QVERIFY(feeEstimate(capped).likelyFeePerGas == 3 * kGwei);

        // Legacy: both at the gas price.
        PreparedTransaction legacy = stake();
        legacy.tx.type = 0;
        legacy.tx.gasPrice = 5 * kGwei;
        QVERIFY(feeEstimate(legacy).maximum == UInt256(60000) * 5 * kGwei);
        QVERIFY(feeEstimate(legacy).likely == UInt256(50000) * 5 * kGwei);
    }

    void feeRounding()
    {
        const CurrencyInfo eth{"ETH", 18};
        QCOMPARE(formatFee(UInt256(123456789012345678ULL), eth), std::string("0.123457 ETH")); // rounded up
        QCOMPARE(formatFee(UInt256(123456000000000000ULL), eth), std::string("0.123456 ETH")); // exact stays
        QCOMPARE(formatFee(UInt256(180000000000000ULL), eth), std::string("0.00018 ETH"));
        QCOMPARE(formatFee(UInt256(1), eth), std::string("0.000000000000000001 ETH"));
        QCOMPARE(formatFee(UInt256(0), eth), std::string("0 ETH"));
        QCOMPARE(formatFee(UInt256(999999999ULL), eth, 3), std::string("0.000000001 ETH")); // carries into a new digit
    }

    void text()
    {
        const TransactionPreview v = previewOf("Stake 500 PLNTH on device 5", stake(), success(), m_decoder);
        const QString t = cli::previewText(v, m_profile, 2, 2);
        QVERIFY2(t.startsWith(QStringLiteral("Step 2 of 2: Stake 500 PLNTH on device 5\n")), qPrintable(t));
        QVERIFY2(t.contains(QStringLiteral("Call:        %1 (staking) stake(address,uint256)").arg(QLatin1String(kStaking))), qPrintable(t));
        QVERIFY2(t.contains(QStringLiteral("device = %1").arg(QLatin1String(kDevice5))), qPrintable(t));
        QVERIFY2(t.contains(QStringLiteral("amount = 500 PLNTH")), qPrintable(t));
        QVERIFY2(t.contains(QStringLiteral("From:        %1 (nonce 7)").arg(QLatin1String(kUser))), qPrintable(t));
        QVERIFY2(t.contains(QStringLiteral("Fee maximum: 0.00018 ETH (gas limit 60000 at 3 gwei per gas)")), qPrintable(t));
        QVERIFY2(t.contains(QStringLiteral("Fee likely:  0.0001 ETH (estimated 50000 gas at 2 gwei per gas)")), qPrintable(t));
        QVERIFY2(t.contains(QStringLiteral("Simulation:  succeeds (eth_call at latest on http://127.0.0.1:8545, unverified)")), qPrintable(t));
        // One step alone has no "Step" header.
        QVERIFY(cli::previewText(v, m_profile, 1, 1).startsWith(QStringLiteral("Stake 500 PLNTH on device 5\n")));
    }

    void revertedAndDeferred()
    {
        Simulation s = success();
        s.success = false;
        RevertDecoder decoder(m_profile.contracts, m_profile.token);
        // cast calldata "ZeroAmount()"
        s.revert = decoder.explain(*fromHex(std::string_view("0x1f2a2005")), parseAddress(kStaking).value());
        const TransactionPreview v = previewOf("Stake", stake(), s, m_decoder);
        const QString t = cli::previewText(v, m_profile, 1, 1);
        QVERIFY2(t.contains(QStringLiteral("Simulation:  REVERTS: Staking: the amount must be more than 0 (ZeroAmount)")), qPrintable(t));
        const QJsonObject j = cli::previewJson(v, m_profile);
        const QJsonObject sim = j.value(QStringLiteral("simulation")).toObject();
        QCOMPARE(sim.value(QStringLiteral("success")).toBool(true), false);
        QCOMPARE(sim.value(QStringLiteral("verified")).toBool(true), false);
        QCOMPARE(sim.value(QStringLiteral("revert")).toObject().value(QStringLiteral("error")).toString(), QStringLiteral("ZeroAmount"));

        ContractCallRequest call{*parseAddress(kUser), *parseAddress(kStaking), stake().tx.data, 0, "stake", FeeSpeed::Normal};
        const TransactionPreview d = deferredPreview("Stake", call, "after the approval", m_decoder);
        const QString dt = cli::previewText(d, m_profile, 2, 2);
        QVERIFY(!dt.contains(QStringLiteral("Fee maximum")));
        QVERIFY2(dt.contains(QStringLiteral("Fees:        after the approval")), qPrintable(dt));
        QVERIFY(dt.contains(QStringLiteral("stake(address,uint256)")));
    }

    void json()
    {
        const QJsonObject j = cli::previewJson(previewOf("Stake", stake(), success(), m_decoder), m_profile);
        QCOMPARE(j.value(QStringLiteral("kind")).toString(), QStringLiteral("stake"));
        QCOMPARE(j.value(QStringLiteral("function")).toString(), QStringLiteral("stake(address,uint256)"));
        QCOMPARE(j.value(QStringLiteral("targetName")).toString(), QStringLiteral("staking"));
        QCOMPARE(j.value(QStringLiteral("nonce")).toInt(), 7);
        const QJsonArray args = j.value(QStringLiteral("arguments")).toArray();
        QCOMPARE(args.size(), 2);
        QCOMPARE(args.at(1).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("500000000000000000000"));
        QCOMPARE(args.at(1).toObject().value(QStringLiteral("display")).toString(), QStringLiteral("500 PLNTH"));
        const QJsonObject fees = j.value(QStringLiteral("fees")).toObject();
        QCOMPARE(fees.value(QStringLiteral("maximum")).toString(), QStringLiteral("180000000000000"));
        QCOMPARE(fees.value(QStringLiteral("likely")).toString(), QStringLiteral("100000000000000"));
        QCOMPARE(fees.value(QStringLiteral("maximumText")).toString(), QStringLiteral("0.00018 ETH"));
        QCOMPARE(j.value(QStringLiteral("simulation")).toObject().value(QStringLiteral("success")).toBool(), true);
        QCOMPARE(j.value(QStringLiteral("calldata")).toString(), QString::fromStdString(toHex(stake().tx.data)));
    }
};

QTEST_GUILESS_MAIN(TestTransactionPreview)
#include "tst_transactionpreview.moc"
