# libFuzzer targets for the light client's parsers of untrusted bytes: block headers (raw RLP and JSON),
# receipts JSON (through the receipt verifier), Merkle-Patricia proofs (binary and eth_getProof JSON).
# Include this file from tests/fuzz/CMakeLists.txt after plinth_add_fuzzer() (PLINTH_FUZZ=ON, clang),
# with "light" in PLINTH_CORE_MODULES. As for the primitives, the light sources are compiled again here
# with coverage instrumentation and sanitizers; the list is taken from plinth_core, so it cannot drift
# (eth/ headers, receipts, logs and blooms are already in plinth_primitives_fuzz through the eth/ match).
#   cmake --build build-fuzz --target fuzz_light_proof
#   build-fuzz/tests/fuzz/fuzz_light_proof -max_total_time=60 tests/unit/data/light/fuzz/proof
get_target_property(_plinth_light_core_sources plinth_core SOURCES)
set(_plinth_light_fuzz_sources)
foreach(src IN LISTS _plinth_light_core_sources)
  if(src MATCHES "^light/.*\\.cpp$")
    cmake_path(ABSOLUTE_PATH src BASE_DIRECTORY "${_plinth_core_dir}" OUTPUT_VARIABLE abs)
    list(APPEND _plinth_light_fuzz_sources "${abs}")
  endif()
endforeach()
add_library(plinth_light_fuzz STATIC ${_plinth_light_fuzz_sources})
target_compile_options(plinth_light_fuzz PRIVATE -fsanitize=fuzzer-no-link ${_plinth_fuzz_flags})
target_link_libraries(plinth_light_fuzz PUBLIC plinth_primitives_fuzz Boost::json PRIVATE Qt6::Core)
set_target_properties(plinth_light_fuzz PROPERTIES AUTOMOC OFF)

set(_plinth_light_seed_dir "${PROJECT_SOURCE_DIR}/tests/unit/data/light/fuzz")
foreach(_kind header receipt proof)
  plinth_add_fuzzer(fuzz_light_${_kind})
  # Listed before plinth_primitives_fuzz (which the light sources need) by PUBLIC linkage.
  target_link_libraries(fuzz_light_${_kind} PRIVATE plinth_light_fuzz)
endforeach()
# The hand-made seeds replay as a test (libFuzzer runs the files it is given, then exits).
set(_plinth_light_seeds_header header/mainnet-genesis.rlp header/mainnet-genesis.json)
set(_plinth_light_seeds_receipt receipt/receipt.json receipt/receipts.json)
set(_plinth_light_seeds_proof proof/embedded.bin proof/getproof.json)
foreach(_kind header receipt proof)
  list(TRANSFORM _plinth_light_seeds_${_kind} PREPEND "${_plinth_light_seed_dir}/")
  add_test(NAME fuzz_light_${_kind}.seeds COMMAND fuzz_light_${_kind} ${_plinth_light_seeds_${_kind}})
  set_tests_properties(fuzz_light_${_kind}.seeds PROPERTIES LABELS fuzz TIMEOUT 120)
endforeach()
