#pragma once
// OnboardingPayload: what a device hands its owner so that the owner can register it with DeviceRegistry
// (contracts/src/DeviceRegistry.sol): the registration's arguments, the chain and registry it was signed
// for, and the device key's EIP-712 signature over the "Onboard" message
//   Onboard(address owner,address device,uint8 kind,uint256 capacity,string region,uint256 nonce,uint256 deadline)
// in the domain {name "Plinth DeviceRegistry", version "1", chainId, verifyingContract = registry}.
// unit, metadataURI and stake travel with the payload but are not signed: the contract does not sign
// them either (the owner chooses them when registering).
//
// onboardingDigest() equals the contract's onboardingDigest(...) for the same values (checked against the
// devnet in tests/integration/tst_cli_onboarding.cpp and against cast offline in tests/unit).
//
// Threading: value type and pure functions, safe on any thread.
// Errors: InvalidArgument for an unknown kind or a signature that does not recover; signing fails only
// for an invalid key. No message contains key material.

#include "wallet/codec/UInt256.h"
#include "wallet/common/Bytes.h"
#include "wallet/common/Result.h"
#include "wallet/crypto/Secp256k1.h"
#include "wallet/crypto/SecureBytes.h"
#include "wallet/eth/Address.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace plinth {

// DeviceRegistry.ResourceKind, in the contract's order.
enum class OnboardingKind : std::uint8_t { Storage = 0, Bandwidth, Wireless, Compute, Energy, Sensor };

// "storage", "bandwidth", "wireless", "compute", "energy", "sensor".
const char* onboardingKindName(OnboardingKind kind);
std::optional<OnboardingKind> onboardingKindFromName(std::string_view name);

// The EIP-712 domain's name and version (DeviceRegistry's constructor).
inline constexpr std::string_view kOnboardingDomainName = "Plinth DeviceRegistry";
inline constexpr std::string_view kOnboardingDomainVersion = "1";

struct OnboardingPayload {
    std::uint64_t chainId = 0;
    Address registry;      // the DeviceRegistry the signature is for (the domain's verifyingContract)
    Address owner;         // who may register it: the contract checks it is msg.sender
    Address device;        // the device key's address, also its token id
    OnboardingKind kind = OnboardingKind::Storage;
    UInt256 capacity = 0;
    std::string unit;      // not signed
    std::string region;
    std::string metadataURI; // not signed
    UInt256 stake = 0;     // base units of the network's token; not signed
    UInt256 nonce = 0;
    UInt256 deadline = 0;  // unix seconds; the contract refuses it once block.timestamp > deadline
    RecoverableSignature signature;

    bool operator==(const OnboardingPayload&) const = default;
};

// The eth_signTypedData_v4 JSON of the Onboard message: what the device key signs, and what an external
// signer (a hardware wallet, `cast wallet sign --data`) would be shown.
std::string onboardingTypedData(const OnboardingPayload& payload);

// The EIP-712 digest of the payload's Onboard message (its signature is ignored).
Hash32 onboardingDigest(const OnboardingPayload& payload);

// Signs the payload's message with the device key and stores the signature; the device field must be
// the key's own address (InvalidArgument otherwise, so a payload never names another device).
Result<void> signOnboarding(OnboardingPayload& payload, const SecureBytes& deviceKey);

// The address the payload's signature recovers to (InvalidArgument when it recovers to nothing).
Result<Address> onboardingSigner(const OnboardingPayload& payload);

// r || s || v with v = 27 + recovery id: the 65 bytes DeviceRegistry.register takes (ECDSA.tryRecover).
Bytes signatureBytes(const RecoverableSignature& signature);
// The inverse; accepts v as 27/28 or 0/1. InvalidArgument for another length or v.
Result<RecoverableSignature> signatureFromBytes(ByteView bytes);

// The calldata of DeviceRegistry.register(Registration r, bytes signature) for this payload, with
// Registration = (device, kind, capacity, unit, region, metadataURI, stake, nonce, deadline).
Bytes encodeRegisterCall(const OnboardingPayload& payload);

// A fresh random 64-bit nonce from the OS CSPRNG. DeviceRegistry's nonces are unordered (a used-nonce
// bitmap per device), so a random one needs no RPC to pick; two signatures by one device colliding is a
// 2^-64 chance per pair, and the wallet's check refuses a used nonce before sending anyway.
Result<UInt256> randomOnboardingNonce();

// A new secp256k1 key from the OS CSPRNG, for a device (never stored in the wallet's vault).
Result<SecureBytes> newDeviceKey();

} // namespace plinth
