// SyncEngine against a real seeded devnet, checked with an independent client (cast): every log of every
// contract, and the proven balances, equal what cast reads at the same block. Also: a second engine on
// the same cache resumes where the first stopped and adds nothing twice; a profile pointing at another
// chain is refused; a wrong checkpoint is reported with the endpoint.
#include "DevnetFixture.h"
#include "SyncTestSupport.h"

#include "wallet/codec/Hex.h"
#include "wallet/codec/UInt256.h"
#include "wallet/network/NetworkProfile.h"
#include "wallet/rpc/EndpointPool.h"
#include "wallet/store/CacheStore.h"
#include "wallet/sync/NetworkCache.h"
#include "wallet/sync/ProfileEndpoints.h"
#include "wallet/sync/SyncEngine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace plinth;
using plinth::test::DevnetFixture;

namespace {

const char* kUser = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";


// One pool over the profile's endpoints (SyncTestSupport), with the short retry delays tests want.
std::unique_ptr<test::SyncNode> connectTo(const NetworkProfile& profile)
{
    std::string error;
    return test::connectTo(profile.rpc, &error);
}

} // namespace

class TestSync : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fx.start(), qPrintable(m_fx.error()));
        auto profile = test::devnetProfile(m_fx, {m_fx.rpcUrl().toStdString()});
        QVERIFY2(profile, profile ? "" : profile.error().message.c_str());
        m_profile = *profile;
        QVERIFY(m_dir.isValid());
    }

    void syncAgreesWithCast()
    {
        auto node = connectTo(m_profile);
        QVERIFY(node);
        auto store = openNetworkCache(m_dir.path().toStdString(), m_profile);
        QVERIFY2(store, store ? "" : store.error().message.c_str());
        SyncEngine engine(m_profile, *node->pool, **store);
        std::uint64_t progressCalls = 0;
        auto report = engine.syncToHead([&](const SyncProgress&) { ++progressCalls; });
        QVERIFY2(report, report ? "" : report.error().message.c_str());
        QVERIFY(report->faults.empty());
        QVERIFY(progressCalls > 0);

        const std::uint64_t head = m_fx.cast({QStringLiteral("block-number")}).toULongLong();
        auto cursor = (*store)->cursor();
        QVERIFY(cursor && *cursor);
        QCOMPARE((*cursor)->number, head - 1); // one confirmation
        QCOMPARE(QString::fromStdString(toHex((*cursor)->hash)),
                 m_fx.cast({QStringLiteral("block"), QString::number(head - 1), QStringLiteral("--field"), QStringLiteral("hash")}));

        // Every log of every contract, field by field, as cast reads it with eth_getLogs.
        std::uint64_t total = 0;
        const NetworkContracts& c = m_profile.contracts;
        for (const std::string* contract : {&c.token, &c.devices, &c.staking, &c.rewards, &c.governor, &c.timelock}) {
            const QString json = m_fx.cast({QStringLiteral("logs"), QStringLiteral("--from-block"),
                                            QString::number(m_profile.checkpoint.number), QStringLiteral("--to-block"),
                                            QString::number((*cursor)->number), QStringLiteral("--address"),
                                            QString::fromStdString(*contract), QStringLiteral("--json")});
            const QJsonArray theirs = QJsonDocument::fromJson(json.toUtf8()).array();
            LogQuery query;
            query.addresses.push_back(parseAddress(*contract)->bytes);
            auto mine = (*store)->logs(query);
            QVERIFY(mine);
            QCOMPARE(qsizetype(mine->size()), theirs.size());
            for (qsizetype i = 0; i < theirs.size(); ++i) {
                const QJsonObject t = theirs.at(i).toObject();
                const StoredLog& m = mine->at(std::size_t(i));
                QCOMPARE(QString::number(m.blockNumber),
                         QString::fromStdString(toDecimalString(*parseHexQuantity(
                             t.value(QStringLiteral("blockNumber")).toString().toStdString()))));
                QCOMPARE(QString::number(m.logIndex),
                         QString::fromStdString(toDecimalString(*parseHexQuantity(
                             t.value(QStringLiteral("logIndex")).toString().toStdString()))));
                QCOMPARE(QString::fromStdString(toHex(m.blockHash)), t.value(QStringLiteral("blockHash")).toString());
                QCOMPARE(QString::fromStdString(toHex(m.txHash)), t.value(QStringLiteral("transactionHash")).toString());
                QCOMPARE(QString::fromStdString(toHex(m.data)), t.value(QStringLiteral("data")).toString());
                const QJsonArray topics = t.value(QStringLiteral("topics")).toArray();
                QCOMPARE(qsizetype(m.topics.size()), topics.size());
                for (qsizetype k = 0; k < topics.size(); ++k)
                    QCOMPARE(QString::fromStdString(toHex(m.topics[std::size_t(k)])), topics.at(k).toString());
            }
            total += mine->size();
        }
        QVERIFY(total > 1000); // the seeded history: 90 epochs of rewards alone

        // The logs are decoded as events: each known event's count equals cast's count of its topic.
        for (const char* name : {"DeviceRewarded", "EpochPosted", "Claimed", "DeviceRegistered", "Staked", "VoteCast",
                                 "ProposalCreated"}) {
            LogQuery byName;
            byName.event = name;
            auto mine = (*store)->logs(byName);
            QVERIFY(mine && !mine->empty());
            const Hash32 topic = mine->front().topics.front();
            const QString theirs = m_fx.cast({QStringLiteral("logs"), QStringLiteral("--from-block"),
                                              QString::number(m_profile.checkpoint.number), QStringLiteral("--to-block"),
                                              QString::number((*cursor)->number), QString::fromStdString(toHex(topic)),
                                              QStringLiteral("--json")});
            QCOMPARE(qsizetype(mine->size()), QJsonDocument::fromJson(theirs.toUtf8()).array().size());
        }
        LogQuery rewarded;
        rewarded.event = "DeviceRewarded";
        const StoredLog first = (*store)->logs(rewarded)->front();
        const QJsonObject args = QJsonDocument::fromJson(QByteArray::fromStdString(first.argsJson)).object();
        QCOMPARE(args.value(QStringLiteral("amount")).toString(),
                 m_fx.castOffline({QStringLiteral("to-dec"),
                                   QString::fromStdString(toHex(ByteView(first.data).first(32)))}));
        QCOMPARE(args.value(QStringLiteral("device")).toString().toLower(),
                 QString::fromStdString(toHex(ByteView(first.topics[2]).last(20))));
        QCOMPARE(*(*store)->logCount(), total);
        QCOMPARE(report->progress.logsStored, total);

        // Balances proven at the cursor equal cast's at the same block.
        auto user = parseAddress(kUser);
        auto balances = engine.proveBalances(*user);
        QVERIFY2(balances, balances ? "" : balances.error().message.c_str());
        QCOMPARE(balances->native.blockNumber, (*cursor)->number);
        const QString block = QString::number((*cursor)->number);
        QCOMPARE(QString::fromStdString(toDecimalString(balances->native.amount)),
                 m_fx.cast({QStringLiteral("balance"), QString::fromLatin1(kUser), QStringLiteral("-B"), block}));
        QCOMPARE(QString::fromStdString(toDecimalString(balances->token.amount)),
                 DevnetFixture::exactNumber(m_fx.cast({QStringLiteral("call"), QString::fromStdString(c.token),
                                      QStringLiteral("balanceOf(address)(uint256)"), QString::fromLatin1(kUser),
                                      QStringLiteral("--block"), block})));
        QVERIFY(balances->token.amount > 0);
        auto kept = (*store)->provenValue("balance", user->bytes, std::nullopt);
        QVERIFY(kept && *kept);
        QCOMPARE((*kept)->blockNumber, (*cursor)->number);
        m_cursor = (*cursor)->number;
        m_logs = total;
    }

    void viewCallsAreMarkedUnverified()
    {
        auto node = connectTo(m_profile);
        auto store = openNetworkCache(m_dir.path().toStdString(), m_profile);
        QVERIFY(node && store);
        SyncEngine engine(m_profile, *node->pool, **store);
        // totalSupply() of the token, at the verified block.
        auto selector = fromHex("0x18160ddd");
        auto token = parseAddress(m_profile.contracts.token);
        auto value = engine.viewCall(*token, *selector);
        QVERIFY2(value, value ? "" : value.error().message.c_str());
        QVERIFY(!UnverifiedValue::verified);
        QCOMPARE(value->blockNumber, m_cursor);
        QCOMPARE(QString::fromStdString(value->endpoint), m_fx.rpcUrl());
        QCOMPARE(QString::fromStdString(toDecimalString(*fromBigEndian(value->value))),
                 DevnetFixture::exactNumber(m_fx.cast({QStringLiteral("call"), QString::fromStdString(m_profile.contracts.token),
                                      QStringLiteral("totalSupply()(uint256)"), QStringLiteral("--block"),
                                      QString::number(m_cursor)})));
        // A call that reverts says so (transfer from the token contract itself: it holds nothing).
        auto reverted = engine.viewCall(*token, *fromHex("0xa9059cbb" + std::string(24, '0') + "f39fd6e51aad88f6f4ce6ab8827279cfffb92266"
                                                         + std::string(63, '0') + "1"));
        QVERIFY(!reverted);
        QCOMPARE(int(reverted.error().code), int(ErrorCode::Remote));
    }

    void resumeAddsOnlyNewBlocks()
    {
        QVERIFY(m_cursor > 0);
        // Three more blocks, one with a token transfer, then a new engine on the same cache.
        QVERIFY(!m_fx.cast({QStringLiteral("send"), QString::fromStdString(m_profile.contracts.token),
                            QStringLiteral("transfer(address,uint256)"), QStringLiteral("0x976EA74026E726554dB657fA54763abd0C3a0aa9"),
                            QStringLiteral("1000"), QStringLiteral("--private-key"),
                            QStringLiteral("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80")})
                     .isNull());
        m_fx.rpc(QStringLiteral("anvil_mine"), {QStringLiteral("2")});
        auto node = connectTo(m_profile);
        auto store = openNetworkCache(m_dir.path().toStdString(), m_profile);
        QVERIFY(node && store);
        SyncEngine engine(m_profile, *node->pool, **store);
        auto report = engine.syncToHead();
        QVERIFY2(report, report ? "" : report.error().message.c_str());
        QCOMPARE(report->progress.startHeight, m_cursor);
        QCOMPARE(report->progress.verifiedHeight, m_cursor + 3);
        // The transfer's logs (Transfer, and DelegateVotesChanged: the sender delegates to itself), as cast counts them.
        const std::uint64_t added = castLogCount(m_cursor + 1, m_cursor + 3);
        QVERIFY(added >= 1);
        QCOMPARE(report->progress.logsStored, added);
        QCOMPARE(*(*store)->logCount(), m_logs + added);
        // Nothing more to do: a second run changes nothing.
        auto again = engine.syncToHead();
        QVERIFY(again);
        QCOMPARE(again->progress.logsStored, std::uint64_t(0));
        QCOMPARE(*(*store)->logCount(), m_logs + added);
    }

    void disagreeingEndpointsAreReported()
    {
        // Two nodes of the same seeded chain, each mining its own next block: two forks from here on.
        DevnetFixture other;
        QVERIFY2(other.start(), qPrintable(other.error()));
        DevnetFixture mine;
        QVERIFY2(mine.start(), qPrintable(mine.error()));
        QCOMPARE(other.cast({QStringLiteral("block-number")}), mine.cast({QStringLiteral("block-number")}));
        mine.rpc(QStringLiteral("anvil_mine"), {QStringLiteral("2")});
        QTest::qWait(1100); // another second: the other fork's blocks get other timestamps, so other hashes
        other.rpc(QStringLiteral("anvil_mine"), {QStringLiteral("2")});
        const std::uint64_t head = mine.cast({QStringLiteral("block-number")}).toULongLong();
        QVERIFY(mine.cast({QStringLiteral("block"), QString::number(head), QStringLiteral("--field"), QStringLiteral("hash")})
                != other.cast({QStringLiteral("block"), QString::number(head), QStringLiteral("--field"), QStringLiteral("hash")}));

        NetworkProfile profile = m_profile;
        profile.rpc = {mine.rpcUrl().toStdString(), other.rpcUrl().toStdString()};
        auto node = connectTo(profile);
        QTemporaryDir dir;
        auto store = openNetworkCache(dir.path().toStdString(), profile);
        QVERIFY(node && store);
        SyncEngine engine(profile, *node->pool, **store);
        auto report = engine.syncToHead();
        QVERIFY2(report, report ? "" : report.error().message.c_str());
        QVERIFY(report->disagreement);
        const std::string& said = *report->disagreement;
        QVERIFY2(said.find(mine.rpcUrl().toStdString()) != std::string::npos, said.c_str());
        QVERIFY2(said.find(other.rpcUrl().toStdString()) != std::string::npos, said.c_str());
        // Nothing past the fork is settled while they disagree.
        auto cursor = (*store)->cursor();
        QVERIFY(cursor && *cursor);
        QVERIFY2((*cursor)->number <= head - 2, std::to_string((*cursor)->number).c_str());
        QCOMPARE(QString::fromStdString(toHex((*cursor)->hash)),
                 other.cast({QStringLiteral("block"), QString::number((*cursor)->number), QStringLiteral("--field"),
                             QStringLiteral("hash")}));
    }

    void otherChainIsRefused()
    {
        NetworkProfile other = m_profile;
        other.chainId = 1;
        auto node = connectTo(other);
        QTemporaryDir dir;
        auto store = openNetworkCache(dir.path().toStdString(), other);
        QVERIFY(node && store);
        SyncEngine engine(other, *node->pool, **store);
        auto report = engine.syncToHead();
        QVERIFY(!report);
        QVERIFY2(report.error().message.find("chain 31337") != std::string::npos, report.error().message.c_str());
        QVERIFY(!*(*store)->cursor());
    }

    void wrongCheckpointIsReported()
    {
        NetworkProfile other = m_profile;
        other.checkpoint.hash = "0x" + std::string(64, '1');
        auto node = connectTo(other);
        QTemporaryDir dir;
        auto store = openNetworkCache(dir.path().toStdString(), other);
        QVERIFY(node && store);
        SyncEngine engine(other, *node->pool, **store);
        auto report = engine.syncToHead();
        QVERIFY(!report);
        QCOMPARE(int(report.error().code), int(ErrorCode::Unverified));
        QVERIFY2(report.error().message.find(m_fx.rpcUrl().toStdString()) != std::string::npos,
                 report.error().message.c_str());
        QVERIFY2(report.error().message.find("checkpoint") != std::string::npos, report.error().message.c_str());
        QVERIFY(!*(*store)->cursor());
    }

private:
    std::uint64_t castLogCount(std::uint64_t from, std::uint64_t to) const
    {
        std::uint64_t n = 0;
        const NetworkContracts& c = m_profile.contracts;
        for (const std::string* contract : {&c.token, &c.devices, &c.staking, &c.rewards, &c.governor, &c.timelock})
            n += std::uint64_t(QJsonDocument::fromJson(m_fx.cast({QStringLiteral("logs"), QStringLiteral("--from-block"),
                                                                 QString::number(from), QStringLiteral("--to-block"),
                                                                 QString::number(to), QStringLiteral("--address"),
                                                                 QString::fromStdString(*contract), QStringLiteral("--json")})
                                                           .toUtf8())
                                   .array()
                                   .size());
        return n;
    }

    DevnetFixture m_fx;
    NetworkProfile m_profile;
    QTemporaryDir m_dir;
    std::uint64_t m_cursor = 0;
    std::uint64_t m_logs = 0;
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
