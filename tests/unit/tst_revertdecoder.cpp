// RevertDecoder: every custom error in the compiled ABIs of the reference contracts is known (read from
// contracts/build/artifacts, so a new error fails here until it is named), each decodes to its own
// sentence, and Error(string), Panic(uint256), empty, unknown and malformed data each give theirs.
// The payloads were built once with cast 1.7.1 (`cast calldata SIG ARGS`, `cast sig SIG`) and embedded;
// the commands are in the comments.
#include "wallet/network/RevertDecoder.h"

#include "wallet/codec/Hex.h"

#include "ReferenceContracts.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace plinth;

namespace {

Address addr(const std::string& text) { return *parseAddress(text); }
Bytes bytes(const char* h) { return *fromHex(std::string_view(h)); }

// The canonical type of an ABI JSON parameter (tuples spelled out).
QString canonicalType(const QJsonObject& p)
{
    const QString type = p.value(QStringLiteral("type")).toString();
    if (!type.startsWith(QLatin1String("tuple")))
        return type;
    QStringList parts;
    for (const QJsonValue& c : p.value(QStringLiteral("components")).toArray())
        parts << canonicalType(c.toObject());
    return QStringLiteral("(%1)%2").arg(parts.join(QLatin1Char(',')), type.mid(5));
}

// Selector + one zero word per static parameter (dynamic ones: an offset to an empty value).
Bytes zeroPayload(const AbiSignature& error)
{
    Bytes data;
    const auto sel = functionSelector(error);
    data.assign(sel.begin(), sel.end());
    Bytes tails;
    const std::size_t head = 32 * error.params.size();
    for (const AbiParam& p : error.params) {
        FixedBytes<32> word{};
        if (p.type.isDynamic()) {
            word = toBigEndian32(UInt256(head + tails.size()));
            tails.insert(tails.end(), 32, 0); // length 0
        }
        data.insert(data.end(), word.begin(), word.end());
    }
    data.insert(data.end(), tails.begin(), tails.end());
    return data;
}

} // namespace

class TestRevertDecoder : public QObject {
    Q_OBJECT
    RevertDecoder m_decoder{test::referenceContracts(), CurrencyInfo{"PLNTH", 18}};
    const NetworkContracts m_c = test::referenceContracts();

private Q_SLOTS:
    void everyCompiledErrorIsKnown()
    {
        const QDir artifacts(QStringLiteral(PLINTH_SOURCE_DIR "/contracts/build/artifacts"));
        const QStringList files = artifacts.entryList({QStringLiteral("*.json")}, QDir::Files);
        QCOMPARE(files.size(), 6); // the six reference contracts
        int errors = 0;
        for (const QString& name : files) {
            QFile f(artifacts.filePath(name));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
            const QJsonArray abi = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("abi")).toArray();
            const QString contract = QFileInfo(name).completeBaseName();
            for (const QJsonValue& v : abi) {
                const QJsonObject e = v.toObject();
                if (e.value(QStringLiteral("type")).toString() != QLatin1String("error"))
                    continue;
                ++errors;
                QStringList types;
                for (const QJsonValue& in : e.value(QStringLiteral("inputs")).toArray())
                    types << canonicalType(in.toObject());
                const QString sig = QStringLiteral("%1(%2)").arg(e.value(QStringLiteral("name")).toString(), types.join(QLatin1Char(',')));
                QVERIFY2(RevertDecoder::knows(contract.toStdString(), sig.toStdString()),
                         qPrintable(QStringLiteral("%1 can raise %2, which RevertDecoder does not know").arg(contract, sig)));
                // And it decodes to its own named sentence, with every placeholder filled.
                auto parsed = parseAbiSignature(sig.toStdString());
                QVERIFY(parsed);
                const ExplainedRevert r = m_decoder.explain(zeroPayload(*parsed));
                QCOMPARE(int(r.reason.kind), int(RevertReason::Kind::Custom));
                QCOMPARE(QString::fromStdString(r.errorName), e.value(QStringLiteral("name")).toString());
                QVERIFY2(!QString::fromStdString(r.sentence).contains(QLatin1Char('{')), r.sentence.c_str());
                QVERIFY2(QString::fromStdString(r.sentence).endsWith(QStringLiteral("(%1)").arg(e.value(QStringLiteral("name")).toString())),
                         r.sentence.c_str());
            }
        }
        QVERIFY(errors > 90); // 134 entries over the six ABIs (shared OpenZeppelin errors repeat)
    }

    void unknownToAContractIsNotKnown()
    {
        QVERIFY(RevertDecoder::knows("Staking", "StillUnbonding(uint256,uint64)"));
        QVERIFY(!RevertDecoder::knows("Rewards", "StillUnbonding(uint256,uint64)"));
        QVERIFY(!RevertDecoder::knows("Staking", "StillUnbonding(uint256,uint256)"));
        QVERIFY(!RevertDecoder::knows("NoSuchContract", "ZeroAddress()"));
    }

    void customErrors_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::addColumn<QString>("called"); // a profile key
        QTest::addColumn<QString>("sentence");
        // cast calldata "DeviceAlreadyRegistered(address)" 0x4D38B714CA1A46a9EbB658613D1BadC2Cf36Db63 (cast sig: 0xcd76e845)
        QTest::newRow("registered") << "0xcd76e8450000000000000000000000004d38b714ca1a46a9ebb658613d1badc2cf36db63" << "devices"
                                    << "DeviceRegistry: device 0x4D38B714CA1A46a9EbB658613D1BadC2Cf36Db63 is already registered "
                                       "(DeviceAlreadyRegistered)";
        // cast calldata "StillUnbonding(uint256,uint64)" 2 1796137955
        QTest::newRow("unbonding") << "0xa6a4b5c10000000000000000000000000000000000000000000000000000000000000002"
                                      "000000000000000000000000000000000000000000000000000000006b0ee3e3"
                                   << "staking" << "Staking: unbonding 2 is released only at 2026-12-01 15:12:35 UTC (StillUnbonding)";
        // cast calldata "ERC20InsufficientAllowance(address,uint256,uint256)" <staking> 0 500000000000000000000: raised by
        // the token while Staking.stake runs, so it is the token's.
        QTest::newRow("allowance") << "0xfb8f41b20000000000000000000000008ce361602b935680e8dec218b820ff5056beb7af000000000000000000000000"
                                      "000000000000000000000000000000000000000000000000000000000000000000000000000000000000001b1ae4d6e2ef500000"
                                   << "staking"
                                   << "PlinthToken: 0x8ce361602B935680E8DeC218b820ff5056BeB7af may spend only 0 PLNTH of these tokens, "
                                      "and 500 PLNTH are needed: approve it first (ERC20InsufficientAllowance)";
        // cast calldata "AccessControlUnauthorizedAccount(address,bytes32)" <user> $(cast keccak ORACLE_ROLE)
        QTest::newRow("role") << "0xe2517d3f000000000000000000000000f39fd6e51aad88f6f4ce6ab8827279cfffb9226668e79a7bf1e0bc45d0a3"
                                 "30c573bc367f9cf464fd326078812f301165fbda4ef1"
                              << "rewards"
                              << "Rewards: 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266 does not have the role ORACLE_ROLE "
                                 "(AccessControlUnauthorizedAccount)";
        // cast calldata "GovernorUnexpectedProposalState(uint256,uint8,bytes32)" 123 1 0x…30 (succeeded | queued)
        QTest::newRow("state") << "0x31b75e4d000000000000000000000000000000000000000000000000000000000000007b0000000000000000000000"
                                  "0000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000030"
                               << "governor"
                               << "PlinthGovernor: proposal 123 is active, and this needs it succeeded or queued "
                                  "(GovernorUnexpectedProposalState)";
        // cast calldata "TimelockUnexpectedOperationState(bytes32,bytes32)" 0x11…11 0x…04 (ready)
        QTest::newRow("operation") << "0x5ead8eb511111111111111111111111111111111111111111111111111111111111111110000000000000000"
                                      "000000000000000000000000000000000000000000000004"
                                   << "timelock"
                                   << "PlinthTimelock: operation 0x1111111111111111111111111111111111111111111111111111111111111111 "
                                      "is not ready (TimelockUnexpectedOperationState)";
        // cast calldata "ERC721NonexistentToken(uint256)" $(cast to-dec <device 13>)
        QTest::newRow("token id") << "0x7e273289000000000000000000000000caacab28535124a8639cbd5efb485b37f2efe088" << "devices"
                                  << "DeviceRegistry: device 0xcAACAb28535124A8639cBD5eFb485b37F2EFe088 has no token (not "
                                     "registered, or retired) (ERC721NonexistentToken)";
        // cast calldata "ZeroAddress()": declared by four contracts; the called one names it.
        QTest::newRow("zero rewards") << "0xd92e233d" << "rewards" << "Rewards: the address must not be the zero address (ZeroAddress)";
        QTest::newRow("zero staking") << "0xd92e233d" << "staking" << "Staking: the address must not be the zero address (ZeroAddress)";
        QTest::newRow("zero unknown") << "0xd92e233d" << ""
                                      << "DeviceRegistry: the address must not be the zero address (ZeroAddress)";
        // cast calldata "GovernorInsufficientProposerVotes(address,uint256,uint256)" <user> 5e18 100000e18
        QTest::newRow("threshold") << "0xc242ee16000000000000000000000000f39fd6e51aad88f6f4ce6ab8827279cfffb922660000000000000000"
                                      "000000000000000000000000000000004563918244f4000000000000000000000000000000000000000000000000152d02c7e14af6800000"
                                   << "governor"
                                   << "PlinthGovernor: 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266 has 5 PLNTH of votes, below the "
                                      "proposal threshold of 100000 PLNTH (GovernorInsufficientProposerVotes)";
        // cast calldata "NotDeviceOwner(address,address)" <device 0> <alice>
        QTest::newRow("owner") << "0x32f007ec0000000000000000000000004d38b714ca1a46a9ebb658613d1badc2cf36db6300000000000000000000"
                                  "000070997970c51812dc3a010c7d01b50e0d17dc79c8"
                               << "staking"
                               << "Staking: device 0x4D38B714CA1A46a9EbB658613D1BadC2Cf36Db63 does not belong to "
                                  "0x70997970C51812dc3A010C7d01b50e0d17dc79C8 (NotDeviceOwner)";
        // cast calldata "InsufficientStake(uint256,uint256)" 1000e18 1500.5e18
        QTest::newRow("stake") << "0x45be0a2600000000000000000000000000000000000000000000003635c9adc5dea00000000000000000000000000000"
                                  "000000000000000000000051579ee002a1a20000"
                               << "staking"
                               << "Staking: only 1000 PLNTH is staked, less than the 1500.5 PLNTH asked for (InsufficientStake)";
        // cast calldata "TimelockInsufficientDelay(uint256,uint256)" 86400 172800 ; "InvalidUnbondingPeriod(uint64)" 90000
        QTest::newRow("delay") << "0x54336609000000000000000000000000000000000000000000000000000000000001518000000000000000000000"
                                  "0000000000000000000000000000000000000002a300"
                               << "timelock"
                               << "PlinthTimelock: a delay of 86400 s (1 day) is below the minimum of 172800 s (2 days) "
                                  "(TimelockInsufficientDelay)";
        QTest::newRow("period") << "0x2b0c2f460000000000000000000000000000000000000000000000000000000000015f90" << "staking"
                                << "Staking: an unbonding period of 90000 s (1 day 1 h) is too long (at most 365 days) "
                                   "(InvalidUnbondingPeriod)";
        // cast calldata "StringTooLong(string)" "a very long name"
        QTest::newRow("string") << "0x305a27a9000000000000000000000000000000000000000000000000000000000000002000000000000000000000"
                                   "00000000000000000000000000000000000000000010612076657279206c6f6e67206e616d6500000000000000000000000000000000"
                                << "devices" << "DeviceRegistry: the text \"a very long name\" is too long (StringTooLong)";
    }

    void customErrors()
    {
        QFETCH(QString, payload);
        QFETCH(QString, called);
        QFETCH(QString, sentence);
        std::optional<Address> to;
        const std::pair<const char*, const std::string*> keys[] = {{"token", &m_c.token},       {"devices", &m_c.devices},
                                                                    {"staking", &m_c.staking},   {"rewards", &m_c.rewards},
                                                                    {"governor", &m_c.governor}, {"timelock", &m_c.timelock}};
        for (const auto& [key, address] : keys)
            if (called == QLatin1String(key))
                to = addr(*address);
        const ExplainedRevert r = m_decoder.explain(bytes(payload.toLatin1().constData()), to);
        QCOMPARE(int(r.reason.kind), int(RevertReason::Kind::Custom));
        QCOMPARE(QString::fromStdString(r.sentence), sentence);
    }

    void errorString()
    {
        // cast calldata "Error(string)" "not enough coverage"
        const ExplainedRevert r = m_decoder.explain(
            bytes("0x08c379a0000000000000000000000000000000000000000000000000000000000000002000000000000000000000000000000000"
                  "000000000000000000000000000000136e6f7420656e6f75676820636f76657261676500000000000000000000000000"),
            addr(m_c.rewards));
        QCOMPARE(int(r.reason.kind), int(RevertReason::Kind::ErrorString));
        QCOMPARE(QString::fromStdString(r.sentence), QStringLiteral("Rewards: not enough coverage"));
        QCOMPARE(QString::fromStdString(r.errorName), QStringLiteral("Error"));
        // cast calldata "Error(string)" "" (found by fuzz_revert_decoder: it gave an empty sentence)
        const ExplainedRevert empty = m_decoder.explain(
            bytes("0x08c379a000000000000000000000000000000000000000000000000000000000000000200000000000000000000000000000000000"
                  "000000000000000000000000000000"));
        QCOMPARE(QString::fromStdString(empty.sentence), QStringLiteral("the call reverted with an empty message"));
    }

    void panics_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::addColumn<QString>("sentence");
        // cast calldata "Panic(uint256)" 1 / 17 / 18 / 50 (cast sig "Panic(uint256)": 0x4e487b71)
        QTest::newRow("assert") << "0x4e487b710000000000000000000000000000000000000000000000000000000000000001"
                                << "Staking: panic 0x1: assertion failed";
        QTest::newRow("overflow") << "0x4e487b710000000000000000000000000000000000000000000000000000000000000011"
                                  << "Staking: panic 0x11: arithmetic overflow or underflow";
        QTest::newRow("division") << "0x4e487b710000000000000000000000000000000000000000000000000000000000000012"
                                  << "Staking: panic 0x12: division or modulo by zero";
        QTest::newRow("bounds") << "0x4e487b710000000000000000000000000000000000000000000000000000000000000032"
                                << "Staking: panic 0x32: array index out of bounds";
    }

    void panics()
    {
        QFETCH(QString, payload);
        QFETCH(QString, sentence);
        const ExplainedRevert r = m_decoder.explain(bytes(payload.toLatin1().constData()), addr(m_c.staking));
        QCOMPARE(int(r.reason.kind), int(RevertReason::Kind::Panic));
        QCOMPARE(QString::fromStdString(r.sentence), sentence);
    }

    void emptyUnknownAndMalformed()
    {
        const ExplainedRevert empty = m_decoder.explain({}, addr(m_c.devices));
        QCOMPARE(int(empty.reason.kind), int(RevertReason::Kind::Empty));
        QVERIFY(QString::fromStdString(empty.sentence).startsWith(QStringLiteral("DeviceRegistry: the call reverted without a reason")));

        const ExplainedRevert unknown = m_decoder.explain(bytes("0x12345678"), std::nullopt);
        QCOMPARE(int(unknown.reason.kind), int(RevertReason::Kind::Unknown));
        QCOMPARE(QString::fromStdString(unknown.sentence), QStringLiteral("the call reverted with an unknown error 0x12345678"));

        // DeviceAlreadyRegistered's selector with half an argument: reported as malformed, not guessed.
        const ExplainedRevert bad = m_decoder.explain(bytes("0xcd76e8450000000000000000"), addr(m_c.devices));
        QVERIFY(bad.malformed);
        QVERIFY2(QString::fromStdString(bad.sentence).startsWith(QStringLiteral("DeviceRegistry: the call reverted with malformed error data")),
                 bad.sentence.c_str());
    }
};

QTEST_GUILESS_MAIN(TestRevertDecoder)
#include "tst_revertdecoder.moc"
