#include "wallet/network/NetworkProfile.h"

#include <QFile>
#include <QTest>

#include <stdexcept>

using namespace plinth;

namespace {

// A profile as `contracts/devnet` writes it, plus a key from the future that must be ignored.
std::string readValidProfile()
{
    QFile f(QStringLiteral(PLINTH_SOURCE_DIR "/tests/unit/data/network-profile.json"));
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read tests/unit/data/network-profile.json");
    return f.readAll().toStdString();
}
const std::string kValid = readValidProfile();

std::string withReplaced(std::string text, const std::string& from, const std::string& to)
{
    const auto at = text.find(from);
    if (at == std::string::npos)
        throw std::logic_error("test fixture text not found: " + from);
    return text.replace(at, from.size(), to);
}

} // namespace

class TestNetworkProfile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesAValidProfile()
    {
        auto p = parseNetworkProfile(kValid);
        QVERIFY2(p, p ? "" : p.error().message.c_str());
        QCOMPARE(p->name, std::string("Plinth devnet"));
        QCOMPARE(p->chainId, 31337ULL);
        QCOMPARE(p->currency.symbol, std::string("ETH"));
        QCOMPARE(p->token.symbol, std::string("PLN"));
        QCOMPARE(p->rpc.size(), std::size_t{2});
        QCOMPARE(p->contracts.timelock, std::string("0x5FC8d32690cc91D4c39d9d3abcBD16989F875707"));
        QCOMPARE(p->checkpoint.number, 16ULL); // a hex quantity string is accepted
        QCOMPARE(p->finalityDepth, 12ULL);
        QCOMPARE(p->epochSeconds, 30ULL);
    }

    void roundTripsThroughSerialize()
    {
        auto p = parseNetworkProfile(kValid);
        QVERIFY(p);
        auto again = parseNetworkProfile(serializeNetworkProfile(*p));
        QVERIFY(again);
        QCOMPARE(serializeNetworkProfile(*again), serializeNetworkProfile(*p));
        QCOMPARE(again->contracts.rewards, p->contracts.rewards);
        QCOMPARE(again->checkpoint.hash, p->checkpoint.hash);
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("mentions");
        const std::string v = kValid;
        QTest::newRow("not json") << QStringLiteral("{\"name\": ") << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QStringLiteral("[]") << QStringLiteral("top level");
        QTest::newRow("no name") << QString::fromStdString(withReplaced(v, "\"name\": \"Plinth devnet\",", ""))
                                 << QStringLiteral("\"name\" is missing");
        QTest::newRow("chain 0") << QString::fromStdString(withReplaced(v, "31337", "0")) << QStringLiteral("chainId");
        QTest::newRow("negative chain") << QString::fromStdString(withReplaced(v, "31337", "-5"))
                                        << QStringLiteral("chainId");
        QTest::newRow("chain overflow") << QString::fromStdString(withReplaced(v, "31337", "\"99999999999999999999999\""))
                                        << QStringLiteral("chainId");
        QTest::newRow("decimals") << QString::fromStdString(withReplaced(v, "\"ETH\", \"decimals\": 18", "\"ETH\", \"decimals\": 99"))
                                  << QStringLiteral("currency.decimals");
        QTest::newRow("no rpc") << QString::fromStdString(withReplaced(v, "[\"http://127.0.0.1:8545\", \"ws://127.0.0.1:8546\"]", "[]"))
                                << QStringLiteral("\"rpc\"");
        QTest::newRow("ftp rpc") << QString::fromStdString(withReplaced(v, "http://127.0.0.1:8545", "ftp://x"))
                                 << QStringLiteral("\"rpc\"");
        QTest::newRow("short address") << QString::fromStdString(withReplaced(v, "0x5FbDB2315678afecb367f032d93F642f64180aa3", "0x5FbDB2"))
                                       << QStringLiteral("contracts.token");
        QTest::newRow("missing contract") << QString::fromStdString(withReplaced(v, "\"staking\": \"0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0\",", ""))
                                          << QStringLiteral("contracts.staking");
        QTest::newRow("bad checkpoint hash") << QString::fromStdString(withReplaced(v, "0x8a4f1ab2", "0xZZ4f1ab2"))
                                             << QStringLiteral("checkpoint.hash");
    }

    void rejectsBadInput()
    {
        QFETCH(QString, json);
        QFETCH(QString, mentions);
        auto p = parseNetworkProfile(json.toStdString());
        QVERIFY(!p);
        QCOMPARE(p.error().code, ErrorCode::InvalidArgument);
        const QString message = QString::fromStdString(p.error().message);
        QVERIFY2(message.contains(mentions), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestNetworkProfile)
#include "tst_networkprofile.moc"
