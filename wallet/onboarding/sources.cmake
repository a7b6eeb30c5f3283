# Device onboarding (issue 6): the signed onboarding payload, its JSON and QR text forms, and the wallet's
# check of a payload before a registration is built. After tx in PLINTH_CORE_MODULES: the check reads the
# chain through wallet/tx's ChainClient.
list(APPEND module_sources
  onboarding/OnboardingPayload.h onboarding/OnboardingPayload.cpp
  onboarding/OnboardingFields.h onboarding/OnboardingFields.cpp
  onboarding/OnboardingFormat.h onboarding/OnboardingFormat.cpp
)
list(APPEND module_sources
  onboarding/OnboardingCheck.h onboarding/OnboardingCheck.cpp
  onboarding/OnboardingReader.h onboarding/OnboardingReader.cpp
)
list(APPEND module_sources
  onboarding/ResourcePrefill.h onboarding/ResourcePrefill.cpp
)
