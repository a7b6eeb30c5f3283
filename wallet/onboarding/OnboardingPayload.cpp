#include "wallet/onboarding/OnboardingPayload.h"

#include "wallet/codec/Abi.h"
#include "wallet/eth/Eip712.h"

#include <boost/json.hpp>
#include <openssl/rand.h>

#include <array>
#include <stdexcept>

namespace plinth {
namespace {

constexpr std::array<const char*, 6> kKindNames{"storage", "bandwidth", "wireless", "compute", "energy", "sensor"};

boost::json::object field(const char* name, const char* type)
{
    return boost::json::object{{"name", name}, {"type", type}};
}

} // namespace

const char* onboardingKindName(OnboardingKind kind)
{
    const auto i = static_cast<std::size_t>(kind);
    return i < kKindNames.size() ? kKindNames[i] : "unknown";
}

std::optional<OnboardingKind> onboardingKindFromName(std::string_view name)
{
    for (std::size_t i = 0; i < kKindNames.size(); ++i)
        if (name == kKindNames[i])
            return static_cast<OnboardingKind>(i);
    return std::nullopt;
}

std::string onboardingTypedData(const OnboardingPayload& p)
{
    // Field order and types are DeviceRegistry's ONBOARD_TYPEHASH; a change there must change this.
    boost::json::object types{
        {"EIP712Domain",
         boost::json::array{field("name", "string"), field("version", "string"), field("chainId", "uint256"),
                            field("verifyingContract", "address")}},
        {"Onboard",
         boost::json::array{field("owner", "address"), field("device", "address"), field("kind", "uint8"),
                            field("capacity", "uint256"), field("region", "string"), field("nonce", "uint256"),
                            field("deadline", "uint256")}}};
    boost::json::object domain{{"name", kOnboardingDomainName},
                               {"version", kOnboardingDomainVersion},
                               {"chainId", std::to_string(p.chainId)},
                               {"verifyingContract", toChecksumAddress(p.registry)}};
    boost::json::object message{{"owner", toChecksumAddress(p.owner)},
                                {"device", toChecksumAddress(p.device)},
                                {"kind", std::to_string(static_cast<unsigned>(p.kind))},
                                {"capacity", toDecimalString(p.capacity)},
                                {"region", p.region},
                                {"nonce", toDecimalString(p.nonce)},
                                {"deadline", toDecimalString(p.deadline)}};
    return boost::json::serialize(boost::json::object{
        {"types", std::move(types)}, {"primaryType", "Onboard"}, {"domain", std::move(domain)}, {"message", std::move(message)}});
}

Hash32 onboardingDigest(const OnboardingPayload& payload)
{
    // The typed data is built from typed fields, so hashing cannot fail: a failure is a bug here.
    auto digest = typedDataHash(onboardingTypedData(payload));
    if (!digest)
        throw std::logic_error("onboardingDigest: " + digest.error().message);
    return *digest;
}

Result<void> signOnboarding(OnboardingPayload& payload, const SecureBytes& deviceKey)
{
    auto address = addressFromPrivateKey(deviceKey);
    if (!address)
        return address.error();
    if (*address != payload.device)
        return makeError(ErrorCode::InvalidArgument, "the device key is " + toChecksumAddress(*address)
                                                         + " but the payload names device " + toChecksumAddress(payload.device));
    auto signature = signHash(onboardingDigest(payload), deviceKey);
    if (!signature)
        return signature.error();
    payload.signature = *signature;
    return {};
}

Result<Address> onboardingSigner(const OnboardingPayload& payload)
{
    auto key = recoverPublicKey(onboardingDigest(payload), payload.signature);
    if (!key)
        return makeError(ErrorCode::InvalidArgument, "the signature recovers to no key: " + key.error().message);
    return addressFromPublicKey(*key);
}

Bytes signatureBytes(const RecoverableSignature& signature)
{
    Bytes out(signature.r.begin(), signature.r.end());
    out.insert(out.end(), signature.s.begin(), signature.s.end());
    out.push_back(static_cast<std::uint8_t>(27 + signature.recoveryId));
    return out;
}

Result<RecoverableSignature> signatureFromBytes(ByteView bytes)
{
    if (bytes.size() != 65)
        return makeError(ErrorCode::InvalidArgument,
                         "a signature is 65 bytes (r, s, v), not " + std::to_string(bytes.size()));
    RecoverableSignature sig;
    std::copy_n(bytes.begin(), 32, sig.r.begin());
    std::copy_n(bytes.begin() + 32, 32, sig.s.begin());
    const unsigned v = bytes[64];
    if (v != 0 && v != 1 && v != 27 && v != 28)
        return makeError(ErrorCode::InvalidArgument, "a signature's v must be 27 or 28, not " + std::to_string(v));
    sig.recoveryId = static_cast<std::uint8_t>(v >= 27 ? v - 27 : v);
    return sig;
}

Bytes encodeRegisterCall(const OnboardingPayload& p)
{
    static const auto kRegister =
        parseAbiSignature("register((address,uint8,uint256,string,string,string,uint256,uint256,uint256),bytes)");
    // A fixed signature over typed values: encoding cannot fail, a failure is a bug here.
    if (!kRegister)
        throw std::logic_error("encodeRegisterCall: " + kRegister.error().message);
    const AbiValue registration = AbiValue::ofList({AbiValue::ofAddress(p.device.bytes),
                                                    AbiValue::ofUInt(static_cast<unsigned>(p.kind)),
                                                    AbiValue::ofUInt(p.capacity),
                                                    AbiValue::ofString(p.unit),
                                                    AbiValue::ofString(p.region),
                                                    AbiValue::ofString(p.metadataURI),
                                                    AbiValue::ofUInt(p.stake),
                                                    AbiValue::ofUInt(p.nonce),
                                                    AbiValue::ofUInt(p.deadline)});
    auto data = encodeFunctionCall(*kRegister, {registration, AbiValue::ofBytes(signatureBytes(p.signature))});
    if (!data)
        throw std::logic_error("encodeRegisterCall: " + data.error().message);
    return std::move(*data);
}

Result<UInt256> randomOnboardingNonce()
{
    std::array<unsigned char, 8> bytes{};
    if (RAND_bytes(bytes.data(), static_cast<int>(bytes.size())) != 1)
        return makeError(ErrorCode::Internal, "the system's random number generator failed");
    std::uint64_t n = 0;
    for (unsigned char b : bytes)
        n = (n << 8) | b;
    return UInt256(n);
}

Result<SecureBytes> newDeviceKey()
{
    SecureBytes key(32);
    // A random 32-byte string is a valid key unless it is 0 or >= n (odds about 2^-128): retry then.
    for (int attempt = 0; attempt < 8; ++attempt) {
        if (RAND_priv_bytes(key.data(), static_cast<int>(key.size())) != 1)
            return makeError(ErrorCode::Internal, "the system's random number generator failed");
        if (isValidPrivateKey(key.view()))
            return key;
    }
    return makeError(ErrorCode::Internal, "the system's random number generator gave no valid key");
}

} // namespace plinth
