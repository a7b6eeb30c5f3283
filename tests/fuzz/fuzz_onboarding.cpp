// parseOnboardingPayload on arbitrary bytes (a payload arrives from a file, stdin or a QR scan): it must
// return a payload or an error, never crash or hang; and every payload it accepts must come back the same
// through both forms, or the two forms could disagree about what was signed.
#include "wallet/onboarding/OnboardingFormat.h"

#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    auto p = plinth::parseOnboardingPayload(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!p)
        return 0;
    auto viaJson = plinth::onboardingFromJson(plinth::onboardingToJson(*p));
    auto viaText = plinth::onboardingFromText(plinth::onboardingToText(*p));
    if (!viaJson || !(*viaJson == *p) || !viaText || !(*viaText == *p))
        __builtin_trap();
    auto signer = plinth::onboardingSigner(*p);
    static_cast<void>(signer);
    return 0;
}
