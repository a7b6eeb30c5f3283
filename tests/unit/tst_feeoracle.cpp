// Fee suggestions from eth_feeHistory answers (wallet/tx/FeeOracle.h) and the fee rules of the builder
// (bumps, gas margin, ERC-20 calldata).
#include "wallet/codec/Hex.h"
#include "wallet/tx/FeeOracle.h"
#include "wallet/tx/TransactionBuilder.h"

#include <boost/json/parse.hpp>

#include <QTest>

using namespace plinth;

namespace {

FeeHistory history(const char* json)
{
    auto h = parseFeeHistory(boost::json::parse(json));
    if (!h)
        qFatal("%s", h.error().message.c_str());
    return *h;
}

UInt256 gwei(unsigned n) { return UInt256(n) * 1'000'000'000u; }

} // namespace

class TestFeeOracle : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void mediansOfBusyBlocks()
    {
        // Three busy blocks and an empty one (whose zero rewards must not pull the medians down).
        const FeeHistory h = history(R"({"oldestBlock":"0x10",
            "baseFeePerGas":["0x3b9aca00","0x3b9aca00","0x3b9aca00","0x3b9aca00","0x77359400"],
            "gasUsedRatio":[0.5,0.9,0.0,0.3],
            "reward":[["0x1","0x3b9aca00","0x77359400"],["0x3","0x77359400","0xb2d05e00"],["0x0","0x0","0x0"],
                      ["0x2","0x3b9aca00","0x12a05f200"]]})");
        auto s = suggestFees(h);
        QVERIFY(s.has_value());
        QVERIFY(s->eip1559);
        QVERIFY(s->tipsFromHistory);
        QCOMPARE(s->nextBaseFee, gwei(2));
        QCOMPARE(s->slow.maxPriorityFeePerGas, UInt256(2));
        QCOMPARE(s->normal.maxPriorityFeePerGas, gwei(1));
        QCOMPARE(s->fast.maxPriorityFeePerGas, gwei(3));
        QCOMPARE(s->slow.maxFeePerGas, gwei(4) + 2);
        QCOMPARE(s->normal.maxFeePerGas, gwei(5));
        QCOMPARE(s->fast.maxFeePerGas, gwei(7));
        QCOMPARE(s->level(FeeSpeed::Fast), s->fast);
    }

    void evenCountMedian()
    {
        const FeeHistory h = history(R"({"baseFeePerGas":["0x64","0x64","0x64"],"gasUsedRatio":[0.5,0.5],
            "reward":[["0xa","0x14","0x1e"],["0x14","0x1e","0x28"]]})");
        auto s = suggestFees(h);
        QVERIFY(s);
        QCOMPARE(s->slow.maxPriorityFeePerGas, UInt256(15));
        QCOMPARE(s->normal.maxPriorityFeePerGas, UInt256(25));
        QCOMPARE(s->fast.maxPriorityFeePerGas, UInt256(35));
        QCOMPARE(s->fast.maxFeePerGas, UInt256(235));
    }

    void zeroRewardsFallBack()
    {
        // An idle devnet: every reward is zero.
        const FeeHistory h = history(R"({"baseFeePerGas":["0x8","0x7","0x7"],"gasUsedRatio":[0.0,0.1],
            "reward":[["0x0","0x0","0x0"],["0x0","0x0","0x0"]]})");
        auto s = suggestFees(h);
        QVERIFY(s);
        QVERIFY(!s->tipsFromHistory);
        QCOMPARE(s->nextBaseFee, UInt256(7));
        QCOMPARE(s->slow.maxPriorityFeePerGas, kFallbackTips[0]);
        QCOMPARE(s->normal.maxPriorityFeePerGas, kFallbackTips[1]);
        QCOMPARE(s->fast.maxPriorityFeePerGas, kFallbackTips[2]);
        QCOMPARE(s->normal.maxFeePerGas, kFallbackTips[1] + 14);
    }

    void emptyRewardsFallBack()
    {
        const FeeHistory h = history(R"({"baseFeePerGas":["0x5"],"gasUsedRatio":[],"reward":[]})");
        auto s = suggestFees(h);
        QVERIFY(s);
        QCOMPARE(s->slow.maxFeePerGas, kFallbackTips[0] + 10);
        const FeeHistory noReward = history(R"({"baseFeePerGas":["0x5","0x6"],"gasUsedRatio":[0.4]})");
        QCOMPARE(suggestFees(noReward)->fast.maxPriorityFeePerGas, kFallbackTips[2]);
    }

    void levelsNeverDecrease()
    {
        // A 90th percentile below the 50th cannot happen on a real node, but the levels must stay ordered.
        const FeeHistory h = history(R"({"baseFeePerGas":["0x1","0x1"],"gasUsedRatio":[0.5],"reward":[["0x9","0x5","0x2"]]})");
        auto s = suggestFees(h);
        QVERIFY(s);
        QCOMPARE(s->slow.maxPriorityFeePerGas, UInt256(9));
        QCOMPARE(s->normal.maxPriorityFeePerGas, UInt256(9));
        QCOMPARE(s->fast.maxPriorityFeePerGas, UInt256(9));
    }

    void noBaseFeeIsLegacy()
    {
        QVERIFY(!suggestFees(history(R"({"baseFeePerGas":["0x0","0x0"],"gasUsedRatio":[0.5]})")));
        QVERIFY(!suggestFees(history(R"({"gasUsedRatio":[0.5]})")));
        const FeeSuggestions s = legacyFees(gwei(10));
        QVERIFY(!s.eip1559);
        QCOMPARE(s.slow.maxFeePerGas, gwei(10));
        QCOMPARE(s.normal.maxFeePerGas, gwei(11));
        QCOMPARE(s.fast.maxFeePerGas, UInt256(12'500'000'000u));
    }

    void malformedHistories()
    {
        for (const char* json : {R"([])", R"({"baseFeePerGas":"0x1"})", R"({"baseFeePerGas":[1]})",
                                 R"({"baseFeePerGas":["0x1"],"gasUsedRatio":["a"]})",
                                 R"({"baseFeePerGas":["0x1","0x1"],"gasUsedRatio":[0.5],"reward":[["zz"]]})",
                                 R"({"baseFeePerGas":["0x1","0x1"],"gasUsedRatio":[0.5],"reward":[["0x1"],["0x1"]]})"}) {
            auto h = parseFeeHistory(boost::json::parse(json));
            QVERIFY2(!h, json);
            QCOMPARE(h.error().code, ErrorCode::Unverified);
        }
    }

    void speedNames()
    {
        QCOMPARE(feeSpeedFromName("slow"), std::optional<FeeSpeed>(FeeSpeed::Slow));
        QCOMPARE(feeSpeedFromName("fast"), std::optional<FeeSpeed>(FeeSpeed::Fast));
        QVERIFY(!feeSpeedFromName("Fast"));
        QVERIFY(!feeSpeedFromName(""));
        QCOMPARE(QString::fromLatin1(feeSpeedName(FeeSpeed::Normal).data()), QStringLiteral("normal"));
    }

    void bumps()
    {
        QCOMPARE(bumpedFee(UInt256(0)), UInt256(1));
        QCOMPARE(bumpedFee(UInt256(1)), UInt256(2));
        QCOMPARE(bumpedFee(UInt256(8)), UInt256(9));
        QCOMPARE(bumpedFee(UInt256(9)), UInt256(11)); // 9 * 1.125 = 10.125, rounded up
        QCOMPARE(bumpedFee(gwei(1)), UInt256(1'125'000'000u));
        QCOMPARE(bumpedFee(UInt256(1'500'000'014u)), UInt256(1'687'500'016u));
    }

    void gasMargin()
    {
        QCOMPARE(gasWithMargin(21000, true), std::uint64_t{21000});
        QCOMPARE(gasWithMargin(21000, false), std::uint64_t{25200});
        QCOMPARE(gasWithMargin(104788, false), std::uint64_t{125746}); // 125745.6 rounded up
        QCOMPARE(gasWithMargin(30000, true), std::uint64_t{36000});
    }

    void erc20Calldata()
    {
        const Address to = *parseAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        const Bytes data = erc20TransferData(to, UInt256(10));
        QCOMPARE(QString::fromStdString(toHex(data)),
                 QStringLiteral("0xa9059cbb00000000000000000000000070997970c51812dc3a010c7d01b50e0d17dc79c8"
                                "000000000000000000000000000000000000000000000000000000000000000a"));
    }
};

QTEST_GUILESS_MAIN(TestFeeOracle)
#include "tst_feeoracle.moc"
