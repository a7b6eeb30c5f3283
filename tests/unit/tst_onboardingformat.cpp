// The onboarding payload's JSON and QR text forms (wallet/onboarding/OnboardingFormat.h): round trips,
// including text that must be escaped, the text form's size, and each parse error with its message.
#include "wallet/onboarding/OnboardingFormat.h"

#include "wallet/codec/Hex.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace plinth;

namespace {

const char* kDeviceKey = "0x4948346c5cd30b57a6fcbcb58130d126101ecc1a835040e72a4aeac4faed9c71";

OnboardingPayload signedPayload()
{
    OnboardingPayload p;
    p.chainId = 31337;
    p.registry = *parseAddress("0xe1Aa25618fA0c7A1CFDab5d6B456af611873b629");
    p.owner = *parseAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    p.device = *parseAddress("0x4D38B714CA1A46a9EbB658613D1BadC2Cf36Db63");
    p.kind = OnboardingKind::Bandwidth;
    p.capacity = 4000;
    p.unit = "Mbps";
    p.region = "881f1d4895fffff";
    p.stake = *parseDecimalUInt256("1000000000000000000000");
    p.nonce = *parseDecimalUInt256("18446744073709551615");
    p.deadline = 1796135000;
    if (!signOnboarding(p, SecureBytes(*fromHex(kDeviceKey))))
        qFatal("signing failed");
    return p;
}

QString message(const Result<OnboardingPayload>& r) { return r ? QString() : QString::fromStdString(r.error().message); }

QJsonObject jsonObject(const OnboardingPayload& p)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(onboardingToJson(p))).object();
}

std::string jsonText(const QJsonObject& o) { return QJsonDocument(o).toJson().toStdString(); }

} // namespace

class TestOnboardingFormat : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void jsonRoundTrip()
    {
        const OnboardingPayload p = signedPayload();
        const std::string json = onboardingToJson(p);
        auto back = onboardingFromJson(json);
        QVERIFY2(back, qPrintable(message(back)));
        QVERIFY(*back == p);
        const QJsonObject o = jsonObject(p);
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("plinth-onboarding"));
        QCOMPARE(o.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("bandwidth"));
        QCOMPARE(o.value(QStringLiteral("nonce")).toString(), QStringLiteral("18446744073709551615"));
        QCOMPARE(o.value(QStringLiteral("owner")).toString(), QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
        QCOMPARE(o.value(QStringLiteral("signature")).toString().size(), 2 + 130);
        QCOMPARE(o.size(), 15);
    }

    void textRoundTrip_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("metadata");
        QTest::newRow("h3") << "881f1d4895fffff" << "TB" << "";
        QTest::newRow("label") << "Berlin, DE (Kreuzberg)" << "" << "ipfs://bafy/meta.json?x=1;y=%";
        QTest::newRow("unicode") << QString::fromUtf8("Zürich; 100% = ☀") << "readings/h" << "https://x.invalid/a b";
    }

    void textRoundTrip()
    {
        QFETCH(QString, region);
        QFETCH(QString, unit);
        QFETCH(QString, metadata);
        OnboardingPayload p = signedPayload();
        p.region = region.toStdString();
        p.unit = unit.toStdString();
        p.metadataURI = metadata.toStdString();
        const std::string text = onboardingToText(p);
        QVERIFY(text.starts_with("plinth-onboard:1;c=31337;r=e1aa25618fa0c7a1cfdab5d6b456af611873b629;"));
        for (unsigned char c : text)
            QVERIFY2(c > 0x20 && c < 0x7f, text.c_str()); // printable ASCII only: any QR reader keeps it
        auto back = onboardingFromText(text);
        QVERIFY2(back, qPrintable(message(back)));
        QVERIFY(*back == p);
        auto either = parseOnboardingPayload("  \n" + text + "\n");
        QVERIFY(either && *either == p);
    }

    // Typical values fit a QR code a phone reads easily.
    void textIsShort()
    {
        const std::string text = onboardingToText(signedPayload());
        QVERIFY2(text.size() < 600, qPrintable(QString::number(text.size())));
        QVERIFY2(text.size() > 380, qPrintable(QString::number(text.size()))); // every field is there
    }

    void jsonErrors_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value"); // undefined: remove the field
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing owner") << "owner" << QJsonValue(QJsonValue::Undefined) << "missing field \"owner\"";
        QTest::newRow("missing signature") << "signature" << QJsonValue(QJsonValue::Undefined) << "missing field \"signature\"";
        QTest::newRow("missing version") << "version" << QJsonValue(QJsonValue::Undefined) << "missing field \"version\"";
        QTest::newRow("bad address") << "device" << QJsonValue(QStringLiteral("0x4D38B714CA1A46a9EbB658613D1BadC2Cf36Db6"))
                                     << "bad address in \"device\": ";
        QTest::newRow("bad checksum") << "owner" << QJsonValue(QStringLiteral("0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266"))
                                      << "bad address in \"owner\": ";
        QTest::newRow("number as JSON number") << "capacity" << QJsonValue(4000)
                                               << "bad number in \"capacity\": a JSON string is expected (numbers are decimal strings)";
        QTest::newRow("bad number") << "stake" << QJsonValue(QStringLiteral("1.5")) << "bad number in \"stake\": ";
        QTest::newRow("negative") << "deadline" << QJsonValue(QStringLiteral("-1")) << "bad number in \"deadline\": ";
        QTest::newRow("leading zero") << "nonce" << QJsonValue(QStringLiteral("007")) << "bad number in \"nonce\": leading zeros are not allowed";
        QTest::newRow("zero capacity") << "capacity" << QJsonValue(QStringLiteral("0"))
                                       << "bad number in \"capacity\": a device's capacity must be above 0";
        QTest::newRow("zero chain") << "chainId" << QJsonValue(QStringLiteral("0")) << "bad number in \"chainId\": ";
        QTest::newRow("unknown version") << "version" << QJsonValue(2)
                                         << "unknown version 2 (this Plinth reads onboarding payloads of version 1)";
        QTest::newRow("short signature") << "signature" << QJsonValue(QStringLiteral("0x") + QString(128, QLatin1Char('a')))
                                         << "bad signature length: 64 bytes, expected 65 (r, s, v)";
        QTest::newRow("unknown kind") << "kind" << QJsonValue(QStringLiteral("gpu")) << "unknown kind \"gpu\"";
        QTest::newRow("unknown field") << "colour" << QJsonValue(QStringLiteral("red")) << "unknown field \"colour\"";
        QTest::newRow("not ours") << "format" << QJsonValue(QStringLiteral("other")) << "not an onboarding payload: ";
    }

    void jsonErrors()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject o = jsonObject(signedPayload());
        if (value.isUndefined())
            o.remove(field);
        else
            o.insert(field, value);
        const auto parsed = onboardingFromJson(jsonText(o));
        QVERIFY(!parsed);
        QVERIFY2(message(parsed).startsWith(expected), qPrintable(message(parsed)));
    }

    void textErrors_data()
    {
        QTest::addColumn<QString>("from"); // replaced in the valid text form
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing owner") << ";o=f39fd6e51aad88f6f4ce6ab8827279cfffb92266" << "" << "missing field \"owner\"";
        QTest::newRow("bad address") << ";d=4d38" << ";d=4d3" << "bad address in \"device\": ";
        QTest::newRow("bad number") << ";q=4000" << ";q=4e3" << "bad number in \"capacity\": ";
        QTest::newRow("unknown version") << "plinth-onboard:1;" << "plinth-onboard:2;"
                                         << "unknown version 2 (this Plinth reads onboarding payloads of version 1)";
        QTest::newRow("bad signature length") << ";x=" << ";x=00" << "bad signature length: 66 bytes, expected 65 (r, s, v)";
        QTest::newRow("duplicate") << ";k=bandwidth" << ";k=bandwidth;k=storage" << "duplicate field \"kind\"";
        QTest::newRow("unknown key") << ";k=bandwidth" << ";k=bandwidth;z=1" << "unknown field \"z\"";
        QTest::newRow("raw separator") << ";u=Mbps" << ";u=M bps" << "bad value in \"unit\": the character ' ' must be percent-encoded";
        QTest::newRow("bad escape") << ";u=Mbps" << ";u=Mbps%2" << "bad value in \"unit\": % must be followed by two hex digits";
        QTest::newRow("not ours") << "plinth-onboard:" << "plinth-onbaord:" << "not an onboarding payload: ";
        // Found by fuzz_onboarding: a byte the JSON form could not carry.
        QTest::newRow("not UTF-8") << ";g=881f1d4895fffff" << ";g=881f%ff" << "bad value in \"region\": not valid UTF-8";
    }

    void textErrors()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, expected);
        QString text = QString::fromStdString(onboardingToText(signedPayload()));
        QVERIFY(text.contains(from));
        text.replace(text.indexOf(from), from.size(), to);
        const auto parsed = onboardingFromText(text.toStdString());
        QVERIFY(!parsed);
        QVERIFY2(message(parsed).startsWith(expected), qPrintable(message(parsed)));
    }

    void garbage()
    {
        QVERIFY(message(parseOnboardingPayload("{not json")).startsWith(QStringLiteral("not an onboarding payload: the JSON does not parse")));
        QVERIFY(message(parseOnboardingPayload("[]")).startsWith(QStringLiteral("not an onboarding payload: ")));
        QVERIFY(message(parseOnboardingPayload("")).startsWith(QStringLiteral("not an onboarding payload: ")));
    }
};

QTEST_GUILESS_MAIN(TestOnboardingFormat)
#include "tst_onboardingformat.moc"
