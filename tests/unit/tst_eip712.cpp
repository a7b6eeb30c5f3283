#include "wallet/codec/Hex.h"
#include "wallet/eth/Eip191.h"
#include "wallet/eth/Eip712.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

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

std::string text(const QJsonObject& o) { return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString(); }

QJsonObject typedPart(const QJsonObject& vector)
{
    QJsonObject o;
    for (const char* key : {"types", "domain", "primaryType", "message"})
        o.insert(QLatin1String(key), vector.value(QLatin1String(key)));
    return o;
}

QJsonArray fields(std::initializer_list<std::pair<const char*, const char*>> list)
{
    QJsonArray out;
    for (const auto& [name, type] : list)
        out.append(QJsonObject{{QStringLiteral("name"), QLatin1String(name)}, {QStringLiteral("type"), QLatin1String(type)}});
    return out;
}

// The "Mail" example from the EIP-712 specification.
QJsonObject mailExample()
{
    const QJsonObject types{
        {QStringLiteral("EIP712Domain"),
         fields({{"name", "string"}, {"version", "string"}, {"chainId", "uint256"}, {"verifyingContract", "address"}})},
        {QStringLiteral("Person"), fields({{"name", "string"}, {"wallet", "address"}})},
        {QStringLiteral("Mail"), fields({{"from", "Person"}, {"to", "Person"}, {"contents", "string"}})},
    };
    const QJsonObject domain{{QStringLiteral("name"), QStringLiteral("Ether Mail")},
                             {QStringLiteral("version"), QStringLiteral("1")},
                             {QStringLiteral("chainId"), 1},
                             {QStringLiteral("verifyingContract"), QStringLiteral("0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC")}};
    const QJsonObject message{
        {QStringLiteral("from"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Cow")},
                                             {QStringLiteral("wallet"), QStringLiteral("0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826")}}},
        {QStringLiteral("to"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Bob")},
                                           {QStringLiteral("wallet"), QStringLiteral("0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB")}}},
        {QStringLiteral("contents"), QStringLiteral("Hello, Bob!")}};
    return QJsonObject{{QStringLiteral("types"), types},
                       {QStringLiteral("primaryType"), QStringLiteral("Mail")},
                       {QStringLiteral("domain"), domain},
                       {QStringLiteral("message"), message}};
}

// A type exercising arrays of structs, nested arrays, fixed arrays, signed ints and bytesN.
QJsonObject richExample()
{
    QJsonObject o = mailExample();
    QJsonObject types = o.value(QStringLiteral("types")).toObject();
    types.insert(QStringLiteral("Batch"), fields({{"mails", "Mail[]"}, {"grid", "int8[2][]"}, {"tag", "bytes4"},
                                                  {"ok", "bool"}, {"blob", "bytes"}, {"ids", "uint16[3]"}}));
    o.insert(QStringLiteral("types"), types);
    o.insert(QStringLiteral("primaryType"), QStringLiteral("Batch"));
    const QJsonObject mail = o.value(QStringLiteral("message")).toObject();
    o.insert(QStringLiteral("message"),
             QJsonObject{{QStringLiteral("mails"), QJsonArray{mail, mail}},
                         {QStringLiteral("grid"), QJsonArray{QJsonArray{-128, 127}, QJsonArray{QStringLiteral("-1"), QStringLiteral("0x7f")}}},
                         {QStringLiteral("tag"), QStringLiteral("0xdeadbeef")},
                         {QStringLiteral("ok"), true},
                         {QStringLiteral("blob"), QStringLiteral("0x00ff")},
                         {QStringLiteral("ids"), QJsonArray{1, 2, 65535}}});
    return o;
}

QJsonObject withMessageField(QJsonObject o, const QString& path, const QJsonValue& value)
{
    QJsonObject m = o.value(QStringLiteral("message")).toObject();
    if (value.isUndefined())
        m.remove(path);
    else
        m.insert(path, value);
    o.insert(QStringLiteral("message"), m);
    return o;
}

} // namespace

class TestEip712 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ethersVectors()
    {
        const QJsonArray list = loadVectors().value(QStringLiteral("typed")).toArray();
        QVERIFY(!list.isEmpty());
        int checked = 0;
        for (const auto& v : list) {
            const QJsonObject o = v.toObject();
            // As given (EIP712Domain inferred from the domain, as ethers does) ...
            auto digest = typedDataHash(text(typedPart(o)));
            QVERIFY2(digest, digest ? "" : digest.error().message.c_str());
            QCOMPARE(toHex(*digest), str(o, "digest"));
            // ... and with EIP712Domain spelled out, as eth_signTypedData_v4 callers send it.
            QJsonObject explicitDomain = typedPart(o);
            QJsonObject types = explicitDomain.value(QStringLiteral("types")).toObject();
            types.insert(QStringLiteral("EIP712Domain"), fields({{"name", "string"}, {"version", "string"},
                                                                 {"chainId", "uint256"}, {"verifyingContract", "address"}}));
            explicitDomain.insert(QStringLiteral("types"), types);
            auto digest2 = typedDataHash(text(explicitDomain));
            QVERIFY(digest2);
            QCOMPARE(toHex(*digest2), str(o, "digest"));
            const SecureBytes key(*fromHex(str(o, "privateKey")));
            auto sig = signTypedData(text(typedPart(o)), key);
            QVERIFY(sig);
            QCOMPARE(signatureToHex(*sig), str(o, "signature"));
            ++checked;
        }
        QCOMPARE(checked, static_cast<int>(list.size()));
    }

    void specificationExample()
    {
        auto h = hashTypedData(text(mailExample()));
        QVERIFY2(h, h ? "" : h.error().message.c_str());
        QCOMPARE(toHex(h->domainSeparator), std::string("0xf2cee375fa42b42143804025fc449deafd50cc031ca257e0b194a650a912090f"));
        QCOMPARE(toHex(h->messageHash), std::string("0xc52c0ee5d84264471806290a3f2c4cecfc5490626bf912d01f240d7a274b371e"));
        QCOMPARE(toHex(h->digest), std::string("0xbe609aee343fb3c4b28e1df9e632fca64fcfaede20f02e86244efddf30957bd2"));
    }

    void richTypesHashDeterministically()
    {
        auto a = typedDataHash(text(richExample()));
        QVERIFY2(a, a ? "" : a.error().message.c_str());
        QJsonObject changed = withMessageField(richExample(), QStringLiteral("ids"), QJsonArray{1, 2, 65534});
        auto b = typedDataHash(text(changed));
        QVERIFY(b);
        QVERIFY(*a != *b);
    }

    void domainOnly()
    {
        QJsonObject o = mailExample();
        o.insert(QStringLiteral("primaryType"), QStringLiteral("EIP712Domain"));
        auto h = hashTypedData(text(o));
        QVERIFY(h);
        QCOMPARE(toHex(h->domainSeparator), std::string("0xf2cee375fa42b42143804025fc449deafd50cc031ca257e0b194a650a912090f"));
        QCOMPARE(h->messageHash, Hash32{});
    }

    void rejectsMismatchedData_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("mentions");
        const QJsonObject rich = richExample();
        const auto row = [](const char* name, const QJsonObject& o, const char* mentions) {
            QTest::newRow(name) << QString::fromStdString(text(o)) << QString(QLatin1String(mentions));
        };
        QJsonObject unknown = rich;
        QJsonObject types = unknown.value(QStringLiteral("types")).toObject();
        types.insert(QStringLiteral("Batch"), fields({{"mails", "Letter[]"}}));
        unknown.insert(QStringLiteral("types"), types);
        row("unknown type", unknown, "Batch.mails: unknown type \"Letter\"");
        row("missing field", withMessageField(rich, QStringLiteral("tag"), QJsonValue(QJsonValue::Undefined)),
            "Batch.tag: missing field");
        QJsonObject m = rich.value(QStringLiteral("message")).toObject();
        QJsonArray mails = m.value(QStringLiteral("mails")).toArray();
        QJsonObject first = mails[0].toObject();
        first.remove(QStringLiteral("contents"));
        mails[0] = first;
        row("missing nested field", withMessageField(rich, QStringLiteral("mails"), mails), "Batch.mails[0].contents: missing field");
        row("undeclared field", withMessageField(rich, QStringLiteral("extra"), 1), "Batch.extra: field not declared");
        row("bool as string", withMessageField(rich, QStringLiteral("ok"), QStringLiteral("true")), "Batch.ok: expected true or false");
        row("object for int", withMessageField(rich, QStringLiteral("ids"), QJsonArray{QJsonObject{}, 2, 3}),
            "Batch.ids[0]: expected a number");
        row("uint16 overflow", withMessageField(rich, QStringLiteral("ids"), QJsonArray{1, 2, 65536}),
            "Batch.ids[2]: number out of range for uint16");
        row("int8 underflow", withMessageField(rich, QStringLiteral("grid"), QJsonArray{QJsonArray{-129, 0}}),
            "Batch.grid[0][0]: number out of range for int8");
        row("negative uint", withMessageField(rich, QStringLiteral("ids"), QJsonArray{-1, 2, 3}), "negative value for uint16");
        row("fraction", withMessageField(rich, QStringLiteral("ids"), QJsonArray{1.5, 2, 3}), "not an exact integer");
        row("fixed array length", withMessageField(rich, QStringLiteral("ids"), QJsonArray{1, 2}), "uint16[3] needs 3 elements");
        row("bytes4 length", withMessageField(rich, QStringLiteral("tag"), QStringLiteral("0xdead")), "bytes4 needs 4 bytes");
        row("bytes not hex", withMessageField(rich, QStringLiteral("blob"), QStringLiteral("hello")), "Batch.blob: expected 0x-prefixed hex");
        row("array expected", withMessageField(rich, QStringLiteral("mails"), QJsonObject{}), "expected an array");
        QJsonObject badAddress = mailExample();
        QJsonObject dom = badAddress.value(QStringLiteral("domain")).toObject();
        dom.insert(QStringLiteral("verifyingContract"), QStringLiteral("0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccc"));
        badAddress.insert(QStringLiteral("domain"), dom);
        row("bad checksum", badAddress, "EIP712Domain.verifyingContract: address has a bad checksum");
        QJsonObject noPrimary = mailExample();
        noPrimary.insert(QStringLiteral("primaryType"), QStringLiteral("Letter"));
        row("unknown primary", noPrimary, "unknown type \"Letter\"");
        QJsonObject noDomain = mailExample();
        noDomain.remove(QStringLiteral("domain"));
        row("no domain", noDomain, "\"domain\" must be an object");
        QJsonObject inferred = mailExample();
        QJsonObject ts = inferred.value(QStringLiteral("types")).toObject();
        ts.remove(QStringLiteral("EIP712Domain"));
        inferred.insert(QStringLiteral("types"), ts);
        QJsonObject d2 = inferred.value(QStringLiteral("domain")).toObject();
        d2.insert(QStringLiteral("owner"), QStringLiteral("me"));
        inferred.insert(QStringLiteral("domain"), d2);
        row("unknown domain field", inferred, "EIP712Domain.owner: field not declared");
        QJsonObject dup = mailExample();
        QJsonObject ts2 = dup.value(QStringLiteral("types")).toObject();
        ts2.insert(QStringLiteral("Person"), fields({{"name", "string"}, {"name", "address"}}));
        dup.insert(QStringLiteral("types"), ts2);
        row("duplicate field", dup, "declared twice");
        QTest::newRow("not json") << QStringLiteral("{\"types\":") << QStringLiteral("not valid JSON");
    }
    void rejectsMismatchedData()
    {
        QFETCH(QString, json);
        QFETCH(QString, mentions);
        auto h = typedDataHash(json.toStdString());
        QVERIFY(!h);
        QCOMPARE(h.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(QString::fromStdString(h.error().message).contains(mentions), h.error().message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestEip712)
#include "tst_eip712.moc"
