#pragma once
// The two forms an OnboardingPayload travels in from a device to its owner's wallet.
//
// JSON, version 1 (a file, or `sign-onboarding --json`):
//   {"format": "plinth-onboarding", "version": 1, "chainId": "31337", "registry": "0x…", "owner": "0x…",
//    "device": "0x…", "kind": "storage", "capacity": "4000", "unit": "TB", "region": "881f1d4895fffff",
//    "metadataURI": "", "stake": "1000000000000000000000", "nonce": "…", "deadline": "1796135000",
//    "signature": "0x…" (65 bytes: r, s, v)}
// Numbers are decimal strings (uint256 does not fit a JSON number); stake is in the token's base units.
//
// Text, version 1 (for a QR code; about 430 characters for typical values, so a version-13 QR code at
// error correction M): one line of `;`-separated `key=value` pairs after a versioned prefix:
//   plinth-onboard:1;c=CHAINID;r=REGISTRY;o=OWNER;d=DEVICE;k=KIND;q=CAPACITY;u=UNIT;g=REGION;m=METADATA;
//   s=STAKE;n=NONCE;t=DEADLINE;x=SIGNATURE
// Addresses are 40 lowercase hex digits without 0x, the signature 130; numbers decimal; unit, region and
// metadata percent-encoded (UTF-8; `%`, `;`, `=`, spaces and anything outside printable ASCII). u and m
// may be omitted when empty. Keys appear once each, in any order.
//
// Parsing is strict, and every failure names what is wrong, beginning with a stable phrase:
// "missing field \"owner\"", "bad address in \"owner\": …", "bad number in \"capacity\": …", "unknown
// version 2 (…)", "bad signature length: …", "unknown kind \"…\"", "unknown field \"…\"", "duplicate
// field \"…\"", "not an onboarding payload …". Nothing is checked against a chain here (OnboardingCheck).
//
// Threading: pure functions, safe on any thread. Errors: InvalidArgument with the messages above.

#include "wallet/common/Result.h"
#include "wallet/onboarding/OnboardingPayload.h"

#include <string>
#include <string_view>

namespace plinth {

inline constexpr int kOnboardingFormatVersion = 1;
inline constexpr std::string_view kOnboardingTextPrefix = "plinth-onboard:";

std::string onboardingToJson(const OnboardingPayload& payload); // one line
std::string onboardingToText(const OnboardingPayload& payload);

Result<OnboardingPayload> onboardingFromJson(std::string_view json);
Result<OnboardingPayload> onboardingFromText(std::string_view text);
// Either form, told apart by its first non-space character ('{' is JSON); surrounding whitespace ignored.
Result<OnboardingPayload> parseOnboardingPayload(std::string_view text);

} // namespace plinth
