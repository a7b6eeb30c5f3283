// Bloom and LogFilter: blooms rebuilt from the logs of a real chain equal the ones anvil computed (per
// receipt and per header), and filters follow eth_getLogs semantics both on blooms and on logs.
#include "wallet/codec/Hex.h"
#include "wallet/eth/BlockHeader.h"
#include "wallet/crypto/Keccak.h"
#include "wallet/eth/Bloom.h"
#include "wallet/eth/Log.h"
#include "wallet/light/LogFilter.h"

#include <boost/json.hpp>

#include <QTest>

#include <fstream>
#include <sstream>

using namespace plinth;
namespace json = boost::json;

namespace {

json::value loadJson(const std::string& path)
{
    std::ifstream in(path);
    if (!in)
        qFatal("cannot open %s", path.c_str());
    std::stringstream text;
    text << in.rdbuf();
    return json::parse(text.str());
}

const json::value& chain()
{
    static const json::value c = loadJson(PLINTH_VECTORS_DIR "/anvil-chain.json");
    return c;
}

std::string str(const json::value& v) { return std::string(v.as_string()); }

Hash32 hash32(const std::string& hex) { return *fromHexFixed<32>(hex); }

Hash32 topicOfUint(unsigned v)
{
    Hash32 t{};
    t[31] = static_cast<std::uint8_t>(v);
    return t;
}

Hash32 topicOfAddress(const Address& a)
{
    Hash32 t{};
    std::copy(a.bytes.begin(), a.bytes.end(), t.begin() + 12);
    return t;
}

// The logs of block `number` in the vectors (all receipts).
std::vector<Log> logsOfBlock(std::size_t number)
{
    std::vector<Log> logs;
    for (const auto& r : chain().at("blocks").at(number).at("receipts").as_array())
        for (const auto& l : r.at("logs").as_array())
            logs.push_back(parseLogJson(l)->log);
    return logs;
}

const Hash32 kRewarded = hash32("0x8879c88d0b8e3d79b781927b7436924020902eb1f952514b79e9889b870b576b");

} // namespace

class TestBloom : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void receiptAndHeaderBloomsRebuilt()
    {
        int withLogs = 0;
        for (const auto& entry : chain().at("blocks").as_array()) {
            Bloom combined;
            for (const auto& r : entry.at("receipts").as_array()) {
                std::vector<Log> logs;
                for (const auto& l : r.at("logs").as_array()) {
                    auto log = parseLogJson(l);
                    QVERIFY2(log, log ? "" : log.error().message.c_str());
                    logs.push_back(log->log);
                }
                const Bloom bloom = Bloom::ofLogs(logs);
                QCOMPARE(bloom.toHex(), str(r.at("logsBloom")));
                QCOMPARE(bloom.isEmpty(), logs.empty());
                withLogs += logs.empty() ? 0 : 1;
                combined |= bloom;
            }
            QCOMPARE(combined.toHex(), str(entry.at("block").at("logsBloom")));
        }
        QVERIFY(withLogs >= 2);
    }

    void addedItemsAreContained()
    {
        const std::vector<Log> logs = logsOfBlock(4);
        QVERIFY(!logs.empty());
        const Bloom bloom = Bloom::ofLogs(logs);
        for (const Log& log : logs) {
            QVERIFY(bloom.mayContain(log.address.bytes));
            for (const Hash32& t : log.topics)
                QVERIFY(bloom.mayContain(t));
        }
        // Items never added are almost always reported absent (a few false positives are allowed).
        int falsePositives = 0;
        for (unsigned i = 0; i < 1000; ++i) {
            Hash32 t = topicOfUint(i % 256);
            t[0] = static_cast<std::uint8_t>(i / 256 + 1);
            falsePositives += bloom.mayContain(t) ? 1 : 0;
        }
        QVERIFY2(falsePositives < 20, std::to_string(falsePositives).c_str());
        QVERIFY(!Bloom().mayContain(logs[0].address.bytes));
    }

    void repeatedAndCollidingItemsGiveTheirOwnBits()
    {
        // Bloom keeps a per-thread memo of recent items' bits. Items that share the bytes it picks a
        // slot by (here: the same first and last two bytes) must still each get their own three bits,
        // the first time and again after another item took the slot: checked against the yellow
        // paper's rule computed here from keccak256.
        const auto expected = [](ByteView item) {
            const Hash32 h = keccak256(item);
            FixedBytes<Bloom::kSize> bytes{};
            for (int i = 0; i < 3; ++i) {
                const unsigned bit = ((unsigned(h[2 * i]) << 8) | h[2 * i + 1]) & 2047u;
                bytes[Bloom::kSize - 1 - bit / 8] |= std::uint8_t(1u << (bit % 8));
            }
            return bytes;
        };
        std::vector<Bytes> items;
        for (unsigned i = 0; i < 300; ++i) {
            Bytes item(i < 150 ? 32 : 20, 0); // runs of one size, so that each item meets its predecessor in the slot
            item.front() = 0x5a;
            item[item.size() - 1] = 0x11;
            item[item.size() - 2] = 0x22;
            item[5] = std::uint8_t(i);
            item[6] = std::uint8_t(i >> 8);
            items.push_back(item);
        }
        for (int pass = 0; pass < 3; ++pass)
            for (const Bytes& item : items) {
                Bloom b;
                b.add(item);
                QCOMPARE(b.bytes(), expected(item));
            }
    }

    void fromHexChecksLength()
    {
        QVERIFY(Bloom::fromHex("0x" + std::string(512, '0')));
        QVERIFY(!Bloom::fromHex("0x" + std::string(510, '0')));
        QVERIFY(!Bloom::fromHex(std::string(512, '0')));
        auto b = Bloom::fromHex("0x" + std::string(511, '0') + "1");
        QVERIFY(b);
        QCOMPARE(b->bytes()[255], std::uint8_t{1});
    }

    void filterOnBlooms()
    {
        const Address emitter = *parseAddress(str(chain().at("contract").at("address")));
        const Address other = *parseAddress("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
        const json::array& blocks = chain().at("blocks").as_array();
        auto headerBloom = [&](std::size_t n) { return parseBlockHeaderJson(blocks.at(n).at("block"))->logsBloom; };

        LogFilter byContract{{emitter}, {}};
        LogFilter byEvent{{emitter}, {{kRewarded}}};
        LogFilter wrongContract{{other}, {{kRewarded}}};
        LogFilter anyOf{{other, emitter}, {}};
        LogFilter wrongTopic{{emitter}, {{topicOfUint(77)}}};
        LogFilter everything{};
        for (std::size_t n = 0; n < blocks.size(); ++n) {
            const bool hasLogs = !logsOfBlock(n).empty();
            const Bloom bloom = headerBloom(n);
            QCOMPARE(byContract.mayMatch(bloom), hasLogs);
            QCOMPARE(byEvent.mayMatch(bloom), hasLogs);
            QCOMPARE(anyOf.mayMatch(bloom), hasLogs);
            // An empty bloom proves the block has no logs, even for a filter that matches everything.
            QCOMPARE(everything.mayMatch(bloom), hasLogs);
            // other never emits in this chain; its bits are not all set in these small blooms.
            QVERIFY(!wrongContract.mayMatch(bloom));
            QVERIFY(!wrongTopic.mayMatch(bloom));
        }
    }

    void filterOnLogs()
    {
        const std::vector<Log> logs = logsOfBlock(4);
        QCOMPARE(logs.size(), std::size_t{3});
        const Address emitter = logs[0].address;
        const Address owner1 = *parseAddress("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
        const Address owner2 = *parseAddress("0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc");
        auto count = [&](const LogFilter& f) {
            int n = 0;
            for (const Log& l : logs)
                n += f.matches(l) ? 1 : 0;
            return n;
        };
        QCOMPARE(count(LogFilter{}), 3);
        QCOMPARE(count(LogFilter{{emitter}, {}}), 3);
        QCOMPARE(count(LogFilter{{owner1}, {}}), 0);
        // Position 3 (owner) = owner1: two of the three rewards go to owner1.
        QCOMPARE(count(LogFilter{{}, {{}, {}, {}, {topicOfAddress(owner1)}}}), 2);
        // OR within a position.
        QCOMPARE(count(LogFilter{{}, {{}, {}, {}, {topicOfAddress(owner1), topicOfAddress(owner2)}}}), 3);
        // AND across positions: the event and epoch 1 and owner2.
        QCOMPARE(count(LogFilter{{emitter}, {{kRewarded}, {topicOfUint(1)}, {}, {topicOfAddress(owner2)}}}), 1);
        QCOMPARE(count(LogFilter{{emitter}, {{kRewarded}, {topicOfUint(2)}}}), 0);
        // More positions than the log has topics never match, as in eth_getLogs.
        QCOMPARE(count(LogFilter{{}, {{}, {}, {}, {}, {}}}), 0);
    }
};

QTEST_GUILESS_MAIN(TestBloom)
#include "tst_bloom.moc"
