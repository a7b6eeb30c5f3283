#include "wallet/onboarding/OnboardingCheck.h"

#include "wallet/tx/Amount.h"

#include <ctime>

namespace plinth {
namespace {

std::string a(const Address& address) { return toChecksumAddress(address); }

std::string plural(std::uint64_t n, const char* one, const char* many)
{
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

} // namespace

bool OnboardingCheckResult::has(OnboardingProblemCode code) const
{
    for (const OnboardingProblem& p : problems)
        if (p.code == code)
            return true;
    return false;
}

std::string utcMinuteText(std::uint64_t unixSeconds)
{
    const std::time_t t = static_cast<std::time_t>(unixSeconds);
    std::tm tm{};
    if (!gmtime_r(&t, &tm))
        return std::to_string(unixSeconds);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M UTC", &tm);
    return buffer;
}

std::string durationText(std::uint64_t seconds)
{
    // The two largest units are precise enough for a person and never misleading.
    const std::uint64_t days = seconds / 86400, hours = seconds % 86400 / 3600, minutes = seconds % 3600 / 60;
    if (days > 0)
        return plural(days, "day", "days") + (hours ? " " + plural(hours, "hour", "hours") : "");
    if (hours > 0)
        return plural(hours, "hour", "hours") + (minutes ? " " + plural(minutes, "minute", "minutes") : "");
    if (minutes > 0)
        return plural(minutes, "minute", "minutes");
    return plural(seconds, "second", "seconds");
}

OnboardingCheckResult checkOnboarding(const OnboardingPayload& p, const OnboardingFacts& facts, const NetworkProfile& profile,
                                      const Address& sender)
{
    OnboardingCheckResult result;
    result.unverified = !facts.verified;
    const auto add = [&](OnboardingProblemCode code, std::string sentence) {
        result.problems.push_back({code, std::move(sentence)});
    };
    const auto tokens = [&](const UInt256& v) { return formatAmount(v, profile.token.decimals, profile.token.symbol); };

    auto signer = onboardingSigner(p);
    if (!signer)
        add(OnboardingProblemCode::BadSignature, "the payload's signature is invalid (" + signer.error().message + ")");
    else if (*signer != p.device)
        add(OnboardingProblemCode::BadSignature, "signed by " + a(*signer) + " but the payload names device " + a(p.device));

    if (p.chainId != profile.chainId)
        add(OnboardingProblemCode::WrongChain, "the payload was signed for chain " + std::to_string(p.chainId) + " but the network \""
                                                   + profile.name + "\" is chain " + std::to_string(profile.chainId));
    if (facts.nodeChainId != profile.chainId)
        add(OnboardingProblemCode::NodeOnOtherChain, "the node reports chain " + std::to_string(facts.nodeChainId)
                                                         + " but the network \"" + profile.name + "\" is chain "
                                                         + std::to_string(profile.chainId));
    auto registry = parseAddress(profile.contracts.devices);
    if (!registry || *registry != p.registry)
        add(OnboardingProblemCode::WrongRegistry, "the payload was signed for the registry " + a(p.registry)
                                                      + " but the network's registry is "
                                                      + (registry ? a(*registry) : std::string("not set")));

    // The registry refuses once block.timestamp > deadline, and the next block is at least a second later.
    if (p.deadline <= facts.latestTimestamp) {
        const auto deadline = static_cast<std::uint64_t>(p.deadline);
        add(OnboardingProblemCode::Expired, "the payload expired at " + utcMinuteText(deadline) + ", "
                                                + durationText(facts.latestTimestamp - deadline) + " ago");
    }

    const std::string proof = facts.registrationVerifiedAt
        ? " (verified at block " + std::to_string(*facts.registrationVerifiedAt) + ")" : std::string();
    if (facts.deviceRetired)
        add(OnboardingProblemCode::Retired, "device " + a(p.device) + " was retired and can never register again" + proof);
    else if (facts.deviceOwner)
        add(OnboardingProblemCode::AlreadyRegistered,
            "device " + a(p.device) + " is already registered, to " + a(*facts.deviceOwner) + proof);
    if (facts.nonceUsed)
        add(OnboardingProblemCode::NonceUsed, "device " + a(p.device) + " already used nonce " + toDecimalString(p.nonce)
                                                  + ": this payload was registered before; sign a new one");

    if (p.owner != sender)
        add(OnboardingProblemCode::OwnerIsNotSender,
            "the payload names owner " + a(p.owner) + " but the sending account is " + a(sender));

    if (p.stake < facts.minStake)
        add(OnboardingProblemCode::StakeBelowMinimum,
            "stake " + tokens(p.stake) + " is below the registry's minimum of " + tokens(facts.minStake));
    // Both come from outside (the payload, the node): a sum past 2^256 must not wrap into a small number.
    const bool overflow = p.stake > ~UInt256(0) - facts.onboardingFee;
    result.needed = overflow ? ~UInt256(0) : p.stake + facts.onboardingFee;
    if (overflow || facts.senderBalance < result.needed)
        add(OnboardingProblemCode::BalanceTooLow, a(sender) + " holds " + tokens(facts.senderBalance) + " but registering needs "
                                                      + tokens(result.needed) + " (stake " + tokens(p.stake)
                                                      + " and the onboarding fee of " + tokens(facts.onboardingFee) + ")");
    return result;
}

} // namespace plinth
