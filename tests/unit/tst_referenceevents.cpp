// ReferenceEvents: the reference network's event table is well formed, and logs decode into names and
// JSON arguments (topics from ethers-computed values in contracts/README.md).
#include "wallet/codec/Abi.h"
#include "wallet/codec/AbiCodec.h"
#include "wallet/codec/Hex.h"
#include "wallet/network/ReferenceEvents.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <set>

using namespace plinth;

namespace {

Hash32 h(const char* hex) { return *fromHexFixed<32>(hex); }
Hash32 word(std::uint8_t last)
{
    Hash32 w{};
    w[31] = last;
    return w;
}
Hash32 addressTopic(const char* hex)
{
    Hash32 w{};
    auto a = *fromHexFixed<20>(hex);
    std::copy(a.begin(), a.end(), w.begin() + 12);
    return w;
}

} // namespace

class TestReferenceEvents : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tableIsWellFormed()
    {
        const auto events = referenceEvents();
        QVERIFY(events.size() >= 45);
        std::set<std::string> canonical;
        for (const ReferenceEvent& e : events)
            QVERIFY2(canonical.insert(e.canonical + "/" + std::to_string(e.indexed)).second, e.canonical.c_str());
    }

    void topicsMatchTheContractsReadme_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("topic");
        QTest::newRow("DeviceRegistered") << "DeviceRegistered" << "0x5f7214efe2d90fd79964cf6add5f5737a6ad55d2a1861403f58bcc00007438a6";
        QTest::newRow("DeviceRewarded") << "DeviceRewarded" << "0x38056c3950b7cc1f4d97f72ebfe93759c53bc76069809859656d2685fb3d9799";
        QTest::newRow("Claimed") << "Claimed" << "0xf7a40077ff7a04c7e61f6f26fb13774259ddf1b6bce9ecf26a8276cdd3992683";
        QTest::newRow("Slashed") << "Slashed" << "0x7b25525bce806dbeac9cbdb0a8825093731467cbbc1b790a939e0200ddfa31b5";
        QTest::newRow("EpochPosted") << "EpochPosted" << "0xd12acdf082c863e69015a470081fbc0127d2c488ea57e5e5a740c12c0f0de97a";
        QTest::newRow("UnstakeRequested") << "UnstakeRequested" << "0x3329adad974d13931a82fc8b02e11be4689eae7ba26f324ba2bd0f39f168c1a9";
    }
    void topicsMatchTheContractsReadme()
    {
        QFETCH(QString, name);
        QFETCH(QString, topic);
        bool found = false;
        for (const ReferenceEvent& e : referenceEvents())
            if (e.name == name.toStdString()) {
                QCOMPARE(QString::fromStdString(toHex(e.topic0)), topic);
                found = true;
            }
        QVERIFY(found);
    }

    void decodesDeviceRewarded()
    {
        // DeviceRewarded(epoch 7, device, owner, amount 1.5e18, score 9870)
        const std::vector<Hash32> topics{h("0x38056c3950b7cc1f4d97f72ebfe93759c53bc76069809859656d2685fb3d9799"), word(7),
                                         addressTopic("0x4D38B714CA1A46a9EbB658613D1BadC2Cf36Db63"),
                                         addressTopic("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")};
        auto data = abiEncode({*parseAbiType("uint256"), *parseAbiType("uint32")},
                              {AbiValue::ofUInt(*parseDecimalUInt256("1500000000000000000")), AbiValue::ofUInt(9870)});
        QVERIFY(data);
        auto decoded = decodeReferenceEvent(topics, *data);
        QVERIFY2(decoded && *decoded, decoded ? "" : decoded.error().message.c_str());
        QCOMPARE(QString::fromStdString((*decoded)->name), QStringLiteral("DeviceRewarded"));
        QCOMPARE(QString::fromStdString((*decoded)->signature), QStringLiteral("DeviceRewarded(uint256,address,address,uint256,uint32)"));
        const QJsonObject args = QJsonDocument::fromJson(QByteArray::fromStdString((*decoded)->argsJson)).object();
        QCOMPARE(args.value(QStringLiteral("epoch")).toString(), QStringLiteral("7"));
        QCOMPARE(args.value(QStringLiteral("device")).toString(), QStringLiteral("0x4D38B714CA1A46a9EbB658613D1BadC2Cf36Db63"));
        QCOMPARE(args.value(QStringLiteral("owner")).toString(), QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
        QCOMPARE(args.value(QStringLiteral("amount")).toString(), QStringLiteral("1500000000000000000"));
        QCOMPARE(args.value(QStringLiteral("score")).toString(), QStringLiteral("9870"));
    }

    void erc20AndErc721TransferAreToldApartByTheirTopics()
    {
        const Hash32 transfer = *eventTopic("Transfer(address,address,uint256)");
        const Hash32 from = addressTopic("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        const Hash32 to = addressTopic("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
        auto erc20 = decodeReferenceEvent({transfer, from, to}, Bytes(word(5).begin(), word(5).end()));
        QVERIFY(erc20 && *erc20);
        QVERIFY((*erc20)->argsJson.find("\"value\":\"5\"") != std::string::npos);
        auto erc721 = decodeReferenceEvent({transfer, from, to, word(9)}, {});
        QVERIFY(erc721 && *erc721);
        QVERIFY((*erc721)->argsJson.find("\"tokenId\":\"9\"") != std::string::npos);
    }

    void unknownAndBrokenLogs()
    {
        auto unknown = decodeReferenceEvent({word(1)}, {});
        QVERIFY(unknown && !*unknown);
        auto none = decodeReferenceEvent({}, {});
        QVERIFY(none && !*none);
        // A known topic with data too short for its parameters.
        const std::vector<Hash32> topics{h("0xf7a40077ff7a04c7e61f6f26fb13774259ddf1b6bce9ecf26a8276cdd3992683"), word(1), word(2)};
        auto broken = decodeReferenceEvent(topics, Bytes(5, 0));
        QVERIFY(!broken);
        QCOMPARE(int(broken.error().code), int(ErrorCode::InvalidArgument));
    }
};

QTEST_GUILESS_MAIN(TestReferenceEvents)
#include "tst_referenceevents.moc"
