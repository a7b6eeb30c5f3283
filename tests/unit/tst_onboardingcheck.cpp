// checkOnboarding (wallet/onboarding/OnboardingCheck.h): each problem on its own, with its exact sentence,
// against a signed payload and facts as the chain would give them; a good payload has none. The same
// checks run against a real registry in tests/integration/tst_cli_onboarding.cpp.
#include "wallet/onboarding/OnboardingCheck.h"

#include "wallet/codec/Hex.h"

#include <QTest>

using namespace plinth;

namespace {

const char* kDeviceKey = "0x4948346c5cd30b57a6fcbcb58130d126101ecc1a835040e72a4aeac4faed9c71";
const char* kOtherDeviceKey = "0x8cbca8cf6d62bdab7aa723341942104d24c0935928fceb0473eca163881a0cf0";
const char* kDevice = "0x4D38B714CA1A46a9EbB658613D1BadC2Cf36Db63";
const char* kOwner = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
const char* kRegistry = "0xe1Aa25618fA0c7A1CFDab5d6B456af611873b629";
const UInt256 kToken = UInt256(1000000000) * 1000000000; // 10^18

NetworkProfile profile()
{
    NetworkProfile p;
    p.name = "Plinth Devnet";
    p.chainId = 31337;
    p.token = {"PLNTH", 18};
    p.contracts.devices = kRegistry;
    p.contracts.token = "0xA15BB66138824a1c7167f5E85b957d04Dd34E468";
    return p;
}

OnboardingPayload payload(const std::function<void(OnboardingPayload&)>& beforeSigning = {})
{
    OnboardingPayload p;
    p.chainId = 31337;
    p.registry = *parseAddress(kRegistry);
    p.owner = *parseAddress(kOwner);
    p.device = *parseAddress(kDevice);
    p.capacity = 4;
    p.region = "881f1d4895fffff";
    p.stake = 1000 * kToken;
    p.nonce = 7;
    p.deadline = 1796135000;
    if (beforeSigning)
        beforeSigning(p);
    if (!signOnboarding(p, SecureBytes(*fromHex(kDeviceKey))))
        qFatal("signing failed");
    return p;
}

OnboardingFacts facts()
{
    OnboardingFacts f;
    f.nodeChainId = 31337;
    f.latestTimestamp = 1796135000 - 60;
    f.minStake = 1000 * kToken;
    f.onboardingFee = 10 * kToken;
    f.senderBalance = 1010 * kToken;
    return f;
}

Address owner() { return *parseAddress(kOwner); }

QStringList sentences(const OnboardingCheckResult& r)
{
    QStringList out;
    for (const OnboardingProblem& p : r.problems)
        out << QString::fromStdString(p.sentence);
    return out;
}

} // namespace

class TestOnboardingCheck : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void goodPayloadPasses()
    {
        const auto r = checkOnboarding(payload(), facts(), profile(), owner());
        QVERIFY2(r.ok(), qPrintable(sentences(r).join(QLatin1Char('\n'))));
        QCOMPARE(r.needed, 1010 * kToken);
        QVERIFY(r.unverified);
    }

    void problems_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("sentence");
        const auto row = [](const char* name, int which, OnboardingProblemCode code, const char* sentence) {
            QTest::newRow(name) << which << static_cast<int>(code) << QString::fromUtf8(sentence);
        };
        // Signed by device 1's key (facts.json devices[1]) over device 0's message.
        row("another key", 0, OnboardingProblemCode::BadSignature,
            "signed by 0x29E7691118021fccfE0bF8A6052B54b43C02FDB4 but the payload names device 0x4D38B714CA1A46a9EbB658613D1BadC2Cf36Db63");
        row("wrong chain", 1, OnboardingProblemCode::WrongChain,
            "the payload was signed for chain 1 but the network \"Plinth Devnet\" is chain 31337");
        row("node elsewhere", 2, OnboardingProblemCode::NodeOnOtherChain,
            "the node reports chain 5 but the network \"Plinth Devnet\" is chain 31337");
        row("wrong registry", 3, OnboardingProblemCode::WrongRegistry,
            "the payload was signed for the registry 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266 but the network's registry is "
            "0xe1Aa25618fA0c7A1CFDab5d6B456af611873b629");
        row("expired", 4, OnboardingProblemCode::Expired, "the payload expired at 2026-12-01 14:23 UTC, 35 minutes ago");
        row("registered", 5, OnboardingProblemCode::AlreadyRegistered,
            "device 0x4D38B714CA1A46a9EbB658613D1BadC2Cf36Db63 is already registered, to 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
        row("retired", 6, OnboardingProblemCode::Retired,
            "device 0x4D38B714CA1A46a9EbB658613D1BadC2Cf36Db63 was retired and can never register again");
        row("nonce used", 7, OnboardingProblemCode::NonceUsed,
            "device 0x4D38B714CA1A46a9EbB658613D1BadC2Cf36Db63 already used nonce 7: this payload was registered before; sign a new one");
        row("other owner", 8, OnboardingProblemCode::OwnerIsNotSender,
            "the payload names owner 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266 but the sending account is "
            "0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        row("stake too small", 9, OnboardingProblemCode::StakeBelowMinimum,
            "stake 50 PLNTH is below the registry's minimum of 100 PLNTH");
        row("balance too small", 10, OnboardingProblemCode::BalanceTooLow,
            "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266 holds 1009.5 PLNTH but registering needs 1010 PLNTH (stake 1000 PLNTH and "
            "the onboarding fee of 10 PLNTH)");
    }

    void problems()
    {
        QFETCH(int, which);
        QFETCH(int, code);
        QFETCH(QString, sentence);
        OnboardingPayload p = payload();
        OnboardingFacts f = facts();
        NetworkProfile prof = profile();
        Address sender = owner();
        switch (which) {
        case 0:
            p.signature = *signHash(onboardingDigest(p), SecureBytes(*fromHex(kOtherDeviceKey)));
            break;
        case 1: p = payload([](OnboardingPayload& q) { q.chainId = 1; }); break;
        case 2: f.nodeChainId = 5; break;
        case 3: p = payload([](OnboardingPayload& q) { q.registry = *parseAddress(kOwner); }); break;
        case 4: f.latestTimestamp = 1796135000 + 35 * 60 + 20; break;
        case 5: f.deviceOwner = owner(); break;
        case 6: f.deviceRetired = true; break;
        case 7: f.nonceUsed = true; break;
        case 8: sender = *parseAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"); break;
        case 9:
            p.stake = 50 * kToken; // not signed: changing it keeps the signature
            f.minStake = 100 * kToken;
            break;
        case 10: f.senderBalance = 1009 * kToken + kToken / 2; break;
        }
        const auto r = checkOnboarding(p, f, prof, sender);
        QCOMPARE(sentences(r), QStringList{sentence});
        QCOMPARE(static_cast<int>(r.problems.front().code), code);
    }

    // A signed field altered after signing: the signature recovers to some other address.
    void alteredAfterSigning()
    {
        OnboardingPayload p = payload();
        p.region = "Lisbon";
        const auto r = checkOnboarding(p, facts(), profile(), owner());
        QCOMPARE(r.problems.size(), std::size_t(1));
        QCOMPARE(r.problems.front().code, OnboardingProblemCode::BadSignature);
        const QString s = QString::fromStdString(r.problems.front().sentence);
        QVERIFY2(s.startsWith(QStringLiteral("signed by 0x")) && s.endsWith(QStringLiteral(" but the payload names device ") + QLatin1String(kDevice))
                     && !s.startsWith(QStringLiteral("signed by ") + QLatin1String(kDevice)),
                 qPrintable(s));
    }

    void verifiedRegistrationSaysSo()
    {
        OnboardingFacts f = facts();
        f.deviceOwner = owner();
        f.registrationVerifiedAt = 123;
        const auto r = checkOnboarding(payload(), f, profile(), owner());
        QCOMPARE(sentences(r), QStringList{QStringLiteral("device 0x4D38B714CA1A46a9EbB658613D1BadC2Cf36Db63 is already registered, to "
                                                          "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266 (verified at block 123)")});
    }

    void everyProblemIsReported()
    {
        OnboardingFacts f = facts();
        f.nonceUsed = true;
        f.latestTimestamp = 1796135000;
        f.senderBalance = 0;
        const auto r = checkOnboarding(payload(), f, profile(), owner());
        QCOMPARE(r.problems.size(), std::size_t(3));
        QVERIFY(r.has(OnboardingProblemCode::Expired));
        QVERIFY(r.has(OnboardingProblemCode::NonceUsed));
        QVERIFY(r.has(OnboardingProblemCode::BalanceTooLow));
        QVERIFY(!r.has(OnboardingProblemCode::BadSignature));
    }

    void stakeNearTwoToThe256DoesNotWrap()
    {
        OnboardingPayload p = payload();
        p.stake = ~UInt256(0);
        OnboardingFacts f = facts();
        f.senderBalance = ~UInt256(0);
        const auto r = checkOnboarding(p, f, profile(), owner());
        QVERIFY(r.has(OnboardingProblemCode::BalanceTooLow));
    }

    void durations()
    {
        QCOMPARE(durationText(0), std::string("0 seconds"));
        QCOMPARE(durationText(1), std::string("1 second"));
        QCOMPARE(durationText(60), std::string("1 minute"));
        QCOMPARE(durationText(3600 + 300 + 7), std::string("1 hour 5 minutes"));
        QCOMPARE(durationText(3 * 86400 + 7200), std::string("3 days 2 hours"));
        QCOMPARE(utcMinuteText(1796135000), std::string("2026-12-01 14:23 UTC")); // date -u -d @1796135000
    }
};

QTEST_GUILESS_MAIN(TestOnboardingCheck)
#include "tst_onboardingcheck.moc"
