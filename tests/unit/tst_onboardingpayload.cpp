// OnboardingPayload: the EIP-712 digest and signature of DeviceRegistry's "Onboard" message against
// values computed offline with cast 1.7.1 (the commands are in the comments), the signature's 65-byte
// form, and the key and nonce helpers. The digest is also checked against the contract's own
// onboardingDigest(...) on a devnet in tests/integration/tst_cli_onboarding.cpp.
#include "wallet/onboarding/OnboardingPayload.h"

#include "wallet/codec/Hex.h"
#include "wallet/eth/Eip712.h"

#include <QTest>

#include <set>

using namespace plinth;

namespace {

// The devnet's registry (contracts/build/fixture/network.json), the user, device 0 and its key
// (facts.json devices[0]).
const char* kRegistry = "0xe1Aa25618fA0c7A1CFDab5d6B456af611873b629";
const char* kOwner = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
const char* kDevice = "0x4D38B714CA1A46a9EbB658613D1BadC2Cf36Db63";
const char* kDeviceKey = "0x4948346c5cd30b57a6fcbcb58130d126101ecc1a835040e72a4aeac4faed9c71";

// DT=$(cast keccak "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)")
// cast keccak $(cast abi-encode "f(bytes32,bytes32,bytes32,uint256,address)" $DT $(cast keccak "Plinth
//   DeviceRegistry") $(cast keccak "1") 31337 $REGISTRY)
const char* kDomainSeparator = "0x370fe0d2451e448cd421d3590cc586c28e992cf3893a01d272594e60d907ee32";
// TH=$(cast keccak "Onboard(address owner,address device,uint8 kind,uint256 capacity,string region,uint256
//   nonce,uint256 deadline)"); cast keccak $(cast abi-encode "f(bytes32,address,address,uint8,uint256,bytes32,
//   uint256,uint256)" $TH $OWNER $DEVICE 0 4000 $(cast keccak "881f1d4895fffff") 42 1796135000)
const char* kStructHash = "0xa199bb2ca4434fda6a69c6b98c6e4b7276cc9b92de737dd9416095357beeaeb3";
// cast keccak 0x1901${DS}${SH}
const char* kDigest = "0xac770d01c23d415b3af01ffb14ba44aed8db5e89d27653edfe0953e77fc3ed4c";
// cast wallet sign --data --from-file typed.json --private-key $KEY (the same message as eth_signTypedData_v4)
const char* kCastSignature =
    "0xf9adc70dc8fa4804ed71aa4ece6a5637a3e2d6f96808cdb137494badf062055368de1b3ed9bd2abe5c6423f0cfee2801e757ae9ae44"
    "28abfc8028c4ab0c1ee9b1b";

// cast calldata "register((address,uint8,uint256,string,string,string,uint256,uint256,uint256),bytes)"
//   '($DEVICE,0,4000,"TB","881f1d4895fffff","",1000000000000000000000,42,1796135000)' $CAST_SIGNATURE
const char* kRegisterCalldata =
    "0x6f9ecd7e00000000000000000000000000000000000000000000000000000000000000400000000000000000000000"
    "0000000000000000000000000000000000000002000000000000000000000000004d38b714ca1a46a9ebb658613d1bad"
    "c2cf36db6300000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    "000000000000000000000000000000000000000fa0000000000000000000000000000000000000000000000000000000"
    "000000012000000000000000000000000000000000000000000000000000000000000001600000000000000000000000"
    "0000000000000000000000000000000000000001a000000000000000000000000000000000000000000000003635c9ad"
    "c5dea00000000000000000000000000000000000000000000000000000000000000000002a0000000000000000000000"
    "00000000000000000000000000000000006b0ed858000000000000000000000000000000000000000000000000000000"
    "000000000254420000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    "00000000000000000000000000000000000000000f383831663164343839356666666666000000000000000000000000"
    "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    "000000000000000000000000000000000000000041f9adc70dc8fa4804ed71aa4ece6a5637a3e2d6f96808cdb137494b"
    "adf062055368de1b3ed9bd2abe5c6423f0cfee2801e757ae9ae4428abfc8028c4ab0c1ee9b1b00000000000000000000"
    "000000000000000000000000000000000000000000";

Address addr(const char* text) { return *parseAddress(text); }

SecureBytes deviceKey() { return SecureBytes(*fromHex(kDeviceKey)); }

OnboardingPayload samplePayload()
{
    OnboardingPayload p;
    p.chainId = 31337;
    p.registry = addr(kRegistry);
    p.owner = addr(kOwner);
    p.device = addr(kDevice);
    p.kind = OnboardingKind::Storage;
    p.capacity = 4000;
    p.unit = "TB";
    p.region = "881f1d4895fffff";
    p.stake = *parseDecimalUInt256("1000000000000000000000");
    p.nonce = 42;
    p.deadline = 1796135000;
    return p;
}

QString hex(ByteView b) { return QString::fromStdString(toHex(b)); }

} // namespace

class TestOnboardingPayload : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void hashesEqualCast()
    {
        const OnboardingPayload p = samplePayload();
        auto hashes = hashTypedData(onboardingTypedData(p));
        QVERIFY2(hashes, hashes ? "" : hashes.error().message.c_str());
        QCOMPARE(hex(hashes->domainSeparator), QString::fromLatin1(kDomainSeparator));
        QCOMPARE(hex(hashes->messageHash), QString::fromLatin1(kStructHash));
        QCOMPARE(hex(onboardingDigest(p)), QString::fromLatin1(kDigest));
    }

    // What is not signed does not change the digest; each signed field does.
    void digestCoversTheSignedFieldsOnly()
    {
        const Hash32 base = onboardingDigest(samplePayload());
        OnboardingPayload p = samplePayload();
        p.unit = "GB";
        p.metadataURI = "ipfs://x";
        p.stake = 5;
        QCOMPARE(hex(onboardingDigest(p)), hex(base));
        const std::vector<std::function<void(OnboardingPayload&)>> edits{
            [](OnboardingPayload& q) { q.chainId = 1; },
            [](OnboardingPayload& q) { q.registry.bytes[0] ^= 1; },
            [](OnboardingPayload& q) { q.owner.bytes[0] ^= 1; },
            [](OnboardingPayload& q) { q.device.bytes[0] ^= 1; },
            [](OnboardingPayload& q) { q.kind = OnboardingKind::Sensor; },
            [](OnboardingPayload& q) { q.capacity += 1; },
            [](OnboardingPayload& q) { q.region += "x"; },
            [](OnboardingPayload& q) { q.nonce += 1; },
            [](OnboardingPayload& q) { q.deadline += 1; }};
        std::set<Hash32> seen{base};
        for (const auto& edit : edits) {
            OnboardingPayload q = samplePayload();
            edit(q);
            QVERIFY(seen.insert(onboardingDigest(q)).second);
        }
    }

    void signatureEqualsCast()
    {
        OnboardingPayload p = samplePayload();
        auto signed_ = signOnboarding(p, deviceKey());
        QVERIFY2(signed_, signed_ ? "" : signed_.error().message.c_str());
        QCOMPARE(hex(signatureBytes(p.signature)), QString::fromLatin1(kCastSignature));
        auto signer = onboardingSigner(p);
        QVERIFY(signer);
        QCOMPARE(*signer, p.device);
        // An altered signed field recovers to someone else.
        p.capacity = 4001;
        auto other = onboardingSigner(p);
        QVERIFY(other);
        QVERIFY(*other != p.device);
    }

    void registerCalldataEqualsCast()
    {
        OnboardingPayload p = samplePayload();
        QVERIFY(signOnboarding(p, deviceKey()));
        QCOMPARE(hex(encodeRegisterCall(p)), QString::fromLatin1(kRegisterCalldata));
    }

    void refusesAKeyOfAnotherDevice()
    {
        OnboardingPayload p = samplePayload();
        p.device = addr(kOwner);
        auto signed_ = signOnboarding(p, deviceKey());
        QVERIFY(!signed_);
        QCOMPARE(QString::fromStdString(signed_.error().message),
                 QStringLiteral("the device key is %1 but the payload names device %2").arg(QLatin1String(kDevice), QLatin1String(kOwner)));
    }

    void signatureBytesRoundTrip()
    {
        auto sig = signatureFromBytes(*fromHex(kCastSignature));
        QVERIFY(sig);
        QCOMPARE(sig->recoveryId, std::uint8_t(0));
        QCOMPARE(hex(signatureBytes(*sig)), QString::fromLatin1(kCastSignature));
        Bytes b = *fromHex(kCastSignature);
        b[64] = 1; // v as a recovery id, as some signers write it
        QCOMPARE(signatureFromBytes(b)->recoveryId, std::uint8_t(1));
        b[64] = 29;
        QCOMPARE(QString::fromStdString(signatureFromBytes(b).error().message),
                 QStringLiteral("a signature's v must be 27 or 28, not 29"));
        b.pop_back();
        QCOMPARE(QString::fromStdString(signatureFromBytes(b).error().message),
                 QStringLiteral("a signature is 65 bytes (r, s, v), not 64"));
    }

    void kindNames()
    {
        const char* names[] = {"storage", "bandwidth", "wireless", "compute", "energy", "sensor"};
        for (unsigned i = 0; i < 6; ++i) {
            QCOMPARE(QString::fromLatin1(onboardingKindName(static_cast<OnboardingKind>(i))), QString::fromLatin1(names[i]));
            QCOMPARE(static_cast<unsigned>(*onboardingKindFromName(names[i])), i);
        }
        QVERIFY(!onboardingKindFromName("Storage"));
        QVERIFY(!onboardingKindFromName(""));
    }

    void freshKeysAndNonces()
    {
        std::set<std::string> keys;
        std::set<UInt256> nonces;
        for (int i = 0; i < 16; ++i) {
            auto key = newDeviceKey();
            QVERIFY(key);
            QCOMPARE(key->size(), std::size_t(32));
            QVERIFY(isValidPrivateKey(key->view()));
            keys.insert(toHex(key->view()));
            auto nonce = randomOnboardingNonce();
            QVERIFY(nonce);
            QVERIFY(*nonce < (UInt256(1) << 64));
            nonces.insert(*nonce);
        }
        QCOMPARE(keys.size(), std::size_t(16));
        QCOMPARE(nonces.size(), std::size_t(16));
    }
};

QTEST_GUILESS_MAIN(TestOnboardingPayload)
#include "tst_onboardingpayload.moc"
