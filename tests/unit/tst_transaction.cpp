#include "wallet/codec/Hex.h"
#include "wallet/eth/Transaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <boost/multiprecision/cpp_int.hpp>

using namespace plinth;

namespace {

QJsonObject loadVectors()
{
    QFile f(QStringLiteral(PLINTH_VECTORS_DIR "/ethers-vectors.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open ethers-vectors.json");
    return QJsonDocument::fromJson(f.readAll()).object();
}

std::string str(const QJsonObject& o, const char* key) { return o.value(QLatin1String(key)).toString().toStdString(); }

// The vectors write quantities in decimal (strings or JSON numbers); eth_sendTransaction uses hex.
QString hexQuantity(const QJsonValue& v)
{
    const std::string dec = v.isString() ? v.toString().toStdString() : std::to_string(v.toInteger());
    const boost::multiprecision::cpp_int n(dec);
    std::string h = n.str(0, std::ios_base::hex);
    for (auto& c : h)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return QStringLiteral("0x") + QString::fromStdString(h);
}

// The eth_sendTransaction JSON for an ethers vector.
QJsonObject requestFor(const QJsonObject& v)
{
    QJsonObject o;
    o.insert(QStringLiteral("type"), hexQuantity(v.value(QStringLiteral("type"))));
    o.insert(QStringLiteral("chainId"), hexQuantity(v.value(QStringLiteral("chainId"))));
    o.insert(QStringLiteral("nonce"), hexQuantity(v.value(QStringLiteral("nonce"))));
    o.insert(QStringLiteral("from"), v.value(QStringLiteral("from")));
    if (!v.value(QStringLiteral("to")).isNull())
        o.insert(QStringLiteral("to"), v.value(QStringLiteral("to")));
    o.insert(QStringLiteral("value"), hexQuantity(v.value(QStringLiteral("value"))));
    o.insert(QStringLiteral("data"), v.value(QStringLiteral("data")));
    o.insert(QStringLiteral("gas"), hexQuantity(v.value(QStringLiteral("gasLimit"))));
    for (const char* key : {"gasPrice", "maxFeePerGas", "maxPriorityFeePerGas"})
        if (v.contains(QLatin1String(key)))
            o.insert(QLatin1String(key), hexQuantity(v.value(QLatin1String(key))));
    if (v.contains(QStringLiteral("accessList")))
        o.insert(QStringLiteral("accessList"), v.value(QStringLiteral("accessList")));
    return o;
}

std::string text(const QJsonObject& o) { return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString(); }

QJsonObject baseType2()
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("0x2")},
                       {QStringLiteral("chainId"), QStringLiteral("0x7a69")},
                       {QStringLiteral("nonce"), QStringLiteral("0x0")},
                       {QStringLiteral("to"), QStringLiteral("0x5692AB3F2b5581Cb319aC76481b45AF70827f0dD")},
                       {QStringLiteral("value"), QStringLiteral("0xde0b6b3a7640000")},
                       {QStringLiteral("gas"), QStringLiteral("0x5208")},
                       {QStringLiteral("maxFeePerGas"), QStringLiteral("0x6fc23ac00")},
                       {QStringLiteral("maxPriorityFeePerGas"), QStringLiteral("0x59682f00")}};
}

const char* const kKey = "0x21368bf52cafe3263ef91dbd4944742bcc36a2a395fd913c0f57d693fb43e9a0";

} // namespace

class TestTransaction : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ethersVectors()
    {
        const QJsonArray list = loadVectors().value(QStringLiteral("txs")).toArray();
        QVERIFY(!list.isEmpty());
        int checked = 0;
        int perType[3] = {0, 0, 0};
        for (const auto& item : list) {
            const QJsonObject v = item.toObject();
            auto tx = parseTransactionJson(text(requestFor(v)));
            QVERIFY2(tx, tx ? "" : tx.error().message.c_str());
            QCOMPARE(toHex(unsignedTransactionBytes(*tx)), str(v, "unsignedSerialized"));
            QCOMPARE(toHex(signingHash(*tx)), str(v, "signingHash"));
            const SecureBytes key(*fromHex(str(v, "privateKey")));
            auto signedTx = signTransaction(*tx, key);
            QVERIFY2(signedTx, signedTx ? "" : signedTx.error().message.c_str());
            QCOMPARE(toHex(signedTx->raw), str(v, "signedSerialized"));
            QCOMPARE(toHex(signedTx->hash), str(v, "hash"));
            // And back: the raw bytes decode to the same request, signed by "from".
            auto decoded = decodeSignedTransaction(*fromHex(str(v, "signedSerialized")));
            QVERIFY2(decoded, decoded ? "" : decoded.error().message.c_str());
            QVERIFY(decoded->tx == *tx);
            QCOMPARE(toChecksumAddress(decoded->sender), str(v, "from"));
            QCOMPARE(toHex(decoded->hash), str(v, "hash"));
            QCOMPARE(toHex(decoded->signingHash), str(v, "signingHash"));
            // The JSON form round-trips.
            auto again = parseTransactionJson(transactionToJson(*tx));
            QVERIFY(again);
            QVERIFY(*again == *tx);
            ++perType[tx->type];
            ++checked;
        }
        QCOMPARE(checked, static_cast<int>(list.size()));
        QVERIFY(perType[0] > 0 && perType[1] > 0 && perType[2] > 0);
    }

    void infersTypeAndAcceptsAliases()
    {
        QJsonObject o = baseType2();
        o.remove(QStringLiteral("type"));
        auto t2 = parseTransactionJson(text(o));
        QVERIFY(t2);
        QCOMPARE(t2->type, std::uint8_t{2});
        QJsonObject legacy = o;
        legacy.remove(QStringLiteral("maxFeePerGas"));
        legacy.remove(QStringLiteral("maxPriorityFeePerGas"));
        legacy.insert(QStringLiteral("gasPrice"), QStringLiteral("0x1"));
        QCOMPARE(parseTransactionJson(text(legacy))->type, std::uint8_t{0});
        legacy.insert(QStringLiteral("accessList"), QJsonArray{});
        QCOMPARE(parseTransactionJson(text(legacy))->type, std::uint8_t{1});
        QJsonObject aliases = baseType2();
        aliases.remove(QStringLiteral("gas"));
        aliases.insert(QStringLiteral("gasLimit"), QStringLiteral("0x5208"));
        aliases.insert(QStringLiteral("input"), QStringLiteral("0x01"));
        aliases.insert(QStringLiteral("to"), QJsonValue::Null); // contract creation
        auto a = parseTransactionJson(text(aliases));
        QVERIFY2(a, a ? "" : a.error().message.c_str());
        QCOMPARE(a->gas, std::uint64_t{21000});
        QCOMPARE(a->data, Bytes{1});
        QVERIFY(!a->to);
    }

    void signingChecksTheRequest()
    {
        const SecureBytes key(*fromHex(kKey));
        auto tx = parseTransactionJson(text(baseType2()));
        QVERIFY(tx);
        QVERIFY(signTransaction(*tx, key));
        TransactionRequest wrongFrom = *tx;
        wrongFrom.from = Address{};
        auto e = signTransaction(wrongFrom, key);
        QVERIFY(!e);
        QVERIFY(QString::fromStdString(e.error().message).contains(QStringLiteral("\"from\"")));
        TransactionRequest noChain = *tx;
        noChain.chainId = 0;
        QVERIFY(!signTransaction(noChain, key));
        TransactionRequest tip = *tx;
        tip.maxPriorityFeePerGas = tip.maxFeePerGas + 1;
        QVERIFY(!signTransaction(tip, key));
        QVERIFY(!signTransaction(*tx, SecureBytes(Bytes(32, 0))));
    }

    void rejectsBadJson_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("mentions");
        const auto without = [](const char* key) {
            QJsonObject o = baseType2();
            o.remove(QLatin1String(key));
            return QString::fromStdString(text(o));
        };
        const auto with = [](const char* key, const QJsonValue& v) {
            QJsonObject o = baseType2();
            o.insert(QLatin1String(key), v);
            return QString::fromStdString(text(o));
        };
        QTest::newRow("no chainId") << without("chainId") << QStringLiteral("\"chainId\" is missing");
        QTest::newRow("no nonce") << without("nonce") << QStringLiteral("\"nonce\" is missing");
        QTest::newRow("no gas") << without("gas") << QStringLiteral("\"gas\" is missing");
        QTest::newRow("no maxFeePerGas") << without("maxFeePerGas") << QStringLiteral("\"maxFeePerGas\" is missing");
        QTest::newRow("no tip") << without("maxPriorityFeePerGas") << QStringLiteral("\"maxPriorityFeePerGas\" is missing");
        QTest::newRow("decimal value") << with("value", QStringLiteral("1000")) << QStringLiteral("\"value\" must be a hex quantity");
        QTest::newRow("bad hex nonce") << with("nonce", QStringLiteral("0xzz")) << QStringLiteral("\"nonce\" must be a hex quantity");
        QTest::newRow("nonce too big") << with("nonce", QStringLiteral("0x10000000000000000")) << QStringLiteral("\"nonce\" is too large");
        QTest::newRow("negative gas") << with("gas", -1) << QStringLiteral("\"gas\" must be a hex quantity");
        QTest::newRow("value overflow") << with("value", QStringLiteral("0x1") + QString(64, QLatin1Char('0')))
                                        << QStringLiteral("\"value\" must be a hex quantity");
        QTest::newRow("bad to") << with("to", QStringLiteral("0x1234")) << QStringLiteral("\"to\" is not a valid address");
        QTest::newRow("bad to checksum") << with("to", QStringLiteral("0x5692ab3F2b5581Cb319aC76481b45AF70827f0dD"))
                                         << QStringLiteral("bad checksum");
        QTest::newRow("bad from") << with("from", 5) << QStringLiteral("\"from\" must be an address");
        QTest::newRow("bad data") << with("data", QStringLiteral("0x123")) << QStringLiteral("\"data\" is not valid hex");
        QTest::newRow("data without 0x") << with("data", QStringLiteral("12")) << QStringLiteral("\"data\" must be 0x-prefixed");
        QTest::newRow("data differs from input") << [] {
            QJsonObject o = baseType2();
            o.insert(QStringLiteral("data"), QStringLiteral("0x01"));
            o.insert(QStringLiteral("input"), QStringLiteral("0x02"));
            return QString::fromStdString(text(o));
        }() << QStringLiteral("\"input\" differs");
        QTest::newRow("type 3") << with("type", QStringLiteral("0x3")) << QStringLiteral("\"type\" must be");
        QTest::newRow("gasPrice on type 2") << with("gasPrice", QStringLiteral("0x1")) << QStringLiteral("\"gasPrice\" cannot be combined");
        QTest::newRow("tip above fee") << with("maxPriorityFeePerGas", QStringLiteral("0x6fc23ac01"))
                                       << QStringLiteral("is above maxFeePerGas");
        QTest::newRow("blob") << with("maxFeePerBlobGas", QStringLiteral("0x1")) << QStringLiteral("not supported");
        QTest::newRow("bad access list") << with("accessList", QJsonArray{QJsonObject{{QStringLiteral("address"), 1}}})
                                         << QStringLiteral("\"accessList[0].address\" must be an address");
        QTest::newRow("bad storage key") << with("accessList", QJsonArray{QJsonObject{
                                                                   {QStringLiteral("address"), QStringLiteral("0x5692AB3F2b5581Cb319aC76481b45AF70827f0dD")},
                                                                   {QStringLiteral("storageKeys"), QJsonArray{QStringLiteral("0x01")}}}})
                                         << QStringLiteral("\"accessList[0].storageKeys\"");
        QTest::newRow("chain 0") << with("chainId", QStringLiteral("0x0")) << QStringLiteral("\"chainId\" must not be 0");
        QTest::newRow("not an object") << QStringLiteral("[]") << QStringLiteral("expected a JSON object");
        QTest::newRow("not json") << QStringLiteral("{") << QStringLiteral("not valid JSON");
    }
    void rejectsBadJson()
    {
        QFETCH(QString, json);
        QFETCH(QString, mentions);
        auto tx = parseTransactionJson(json.toStdString());
        QVERIFY(!tx);
        QCOMPARE(tx.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(QString::fromStdString(tx.error().message).contains(mentions), tx.error().message.c_str());
    }

    void rejectsBadRawBytes_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("mentions");
        const QString type2 = QStringLiteral("0x02f8578304cb2f8201288459682f008506fc23ac08830c870894f3c0cba8bd3f9b4531a8b54178c8e61f47b922fa"
                                             "892181ae72ff78f35a32a014a987ba728c1c80039a69704b10923465e6fd31e9cb8ed1f0fea44401da83e4c0");
        QTest::newRow("empty") << QString() << QStringLiteral("no bytes");
        QTest::newRow("type 3") << QStringLiteral("0x03c0") << QStringLiteral("type 3 is not supported");
        QTest::newRow("unsigned") << type2 << QStringLiteral("has 12 fields, not 9");
        QTest::newRow("trailing byte") << type2 + QStringLiteral("00") << QStringLiteral("trailing bytes");
        QTest::newRow("legacy v 30") << QStringLiteral("0xc9808080808080") + QStringLiteral("1e8080") << QStringLiteral("v must be");
    }
    void rejectsBadRawBytes()
    {
        QFETCH(QString, raw);
        QFETCH(QString, mentions);
        auto d = decodeSignedTransaction(*fromHex(raw.toStdString()));
        QVERIFY(!d);
        QVERIFY2(QString::fromStdString(d.error().message).contains(mentions), d.error().message.c_str());
    }

    void rejectsTamperedSignature()
    {
        const SecureBytes key(*fromHex(kKey));
        auto signedTx = signTransaction(*parseTransactionJson(text(baseType2())), key);
        QVERIFY(signedTx);
        // Flip yParity: the transaction still decodes but recovers someone else.
        auto decoded = decodeSignedTransaction(signedTx->raw);
        QVERIFY(decoded);
        RecoverableSignature flipped = decoded->signature;
        flipped.recoveryId ^= 1;
        auto other = encodeSignedTransaction(decoded->tx, flipped);
        auto d2 = decodeSignedTransaction(other.raw);
        if (d2)
            QVERIFY(d2->sender != decoded->sender);
    }
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
