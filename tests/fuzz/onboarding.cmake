# libFuzzer target for the onboarding payload's parser (JSON and QR text, wallet/onboarding). Included
# from tests/fuzz/CMakeLists.txt with "onboarding" in PLINTH_CORE_MODULES. The payload's sources are
# compiled again with instrumentation, on top of the primitives (codec, crypto, eth).
#   cmake --build build-fuzz --target fuzz_onboarding
#   build-fuzz/tests/fuzz/fuzz_onboarding -max_total_time=60 tests/unit/data/onboarding/fuzz
set(_plinth_onboarding_fuzz_sources)
foreach(name OnboardingPayload OnboardingFields OnboardingFormat)
  list(APPEND _plinth_onboarding_fuzz_sources "${_plinth_core_dir}/onboarding/${name}.cpp")
endforeach()
add_library(plinth_onboarding_fuzz STATIC ${_plinth_onboarding_fuzz_sources})
target_compile_options(plinth_onboarding_fuzz PRIVATE -fsanitize=fuzzer-no-link ${_plinth_fuzz_flags})
target_link_libraries(plinth_onboarding_fuzz PUBLIC plinth_primitives_fuzz Boost::json PRIVATE Qt6::Core)
set_target_properties(plinth_onboarding_fuzz PROPERTIES AUTOMOC OFF)

plinth_add_fuzzer(fuzz_onboarding)
target_link_libraries(fuzz_onboarding PRIVATE plinth_onboarding_fuzz)
# The seeds (a JSON and a QR text payload) replay as a test.
add_test(NAME fuzz_onboarding.seeds COMMAND fuzz_onboarding "${PROJECT_SOURCE_DIR}/tests/unit/data/onboarding/fuzz/payload.json"
                                                            "${PROJECT_SOURCE_DIR}/tests/unit/data/onboarding/fuzz/payload.txt")
set_tests_properties(fuzz_onboarding.seeds PROPERTIES LABELS fuzz TIMEOUT 120)
