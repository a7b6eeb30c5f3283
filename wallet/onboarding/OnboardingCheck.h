#pragma once
// OnboardingCheck: what the wallet checks about an onboarding payload before it builds a registration,
// so that a payload the registry would refuse never costs gas, and the user reads why in one sentence.
//
// evaluate() is pure: it judges a payload against the facts read from the chain (OnboardingFacts, read by
// OnboardingReader.h) and returns every problem found, each one exact sentence, e.g.
//   "signed by 0x… but the payload names device 0x…"
//   "the payload expired at 2026-12-01 14:00 UTC, 35 minutes ago"
//   "stake 50 PLNTH is below the registry's minimum of 100 PLNTH"
// Checks, in order: the signature recovers to the payload's device; the payload's chain id is the
// profile's, and the node's is too; the registry is the profile's; the deadline is after the latest
// block's timestamp; the device is not registered, nor retired, and its nonce is unused; the payload's
// owner is the sending account; stake >= minStake; the sender's token balance covers stake + fee.
//
// The registry's state (registration, nonce, minimum, fee) and the balance come from eth_call, which a
// node could lie about: the result says so (unverified). The node cannot make a bad payload pass the
// registry itself; a lying node can only make the wallet refuse or try a good one.
//
// Threading: value types and a pure function, safe on any thread. Errors: none; problems are results.

#include "wallet/codec/UInt256.h"
#include "wallet/eth/Address.h"
#include "wallet/network/NetworkProfile.h"
#include "wallet/onboarding/OnboardingPayload.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace plinth {

// What the chain says, read just before the check.
struct OnboardingFacts {
    std::uint64_t nodeChainId = 0;
    std::uint64_t latestBlock = 0;
    std::uint64_t latestTimestamp = 0;  // the latest block's timestamp: the chain's "now"
    std::optional<Address> deviceOwner; // ownerOfDevice: set while registered and not retired
    bool deviceRetired = false;         // isRetired
    bool nonceUsed = false;             // nonceUsed(device, nonce)
    UInt256 minStake = 0;
    UInt256 onboardingFee = 0;
    UInt256 senderBalance = 0;          // the token's balanceOf(sender)
    UInt256 senderAllowance = 0;        // allowance(sender, registry)
    bool verified = false;              // false: eth_call results (nothing proven)
    // Set when the verified cache (DeviceRegistered / DeviceRetired events proven in receipts) knows
    // the device: then deviceOwner and deviceRetired come from there, and the sentence says so.
    std::optional<std::uint64_t> registrationVerifiedAt; // the cache's verified block
};

enum class OnboardingProblemCode {
    BadSignature,
    WrongChain,
    NodeOnOtherChain,
    WrongRegistry,
    Expired,
    AlreadyRegistered,
    Retired,
    NonceUsed,
    OwnerIsNotSender,
    StakeBelowMinimum,
    BalanceTooLow,
};

struct OnboardingProblem {
    OnboardingProblemCode code;
    std::string sentence; // one sentence for a person, without a trailing period
};

struct OnboardingCheckResult {
    std::vector<OnboardingProblem> problems; // empty: the registry should accept it
    UInt256 needed = 0;  // stake + onboarding fee: what the registry will take from the sender
    bool unverified = true; // the facts came from eth_call
    bool ok() const { return problems.empty(); }
    bool has(OnboardingProblemCode code) const;
};

// "2026-12-01 14:00 UTC"
std::string utcMinuteText(std::uint64_t unixSeconds);
// "35 minutes", "1 hour 5 minutes", "3 days 2 hours", "40 seconds"
std::string durationText(std::uint64_t seconds);

OnboardingCheckResult checkOnboarding(const OnboardingPayload& payload, const OnboardingFacts& facts,
                                      const NetworkProfile& profile, const Address& sender);

} // namespace plinth
