# libFuzzer targets for the light client's parsers of untrusted bytes (ARCHITECTURE.md "tests/fuzz/"):
# block headers (RLP and JSON), receipts JSON (and the receipt verifier), Merkle-Patricia proofs (binary
# and eth_getProof JSON). Include this file from tests/fuzz/CMakeLists.txt.
# With Clang each target links libFuzzer (-fsanitize=fuzzer; add address/undefined sanitizers through
# CMAKE_CXX_FLAGS for the whole build so plinth_core is instrumented too). With another compiler each target
# links fuzz_light_replay.cpp instead, a main() that runs the target on the files named on its command
# line, so the targets always build and a corpus can be replayed as a regression test.
set(_plinth_light_fuzzers fuzz_light_header fuzz_light_receipt fuzz_light_proof)
foreach(_name IN LISTS _plinth_light_fuzzers)
  if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    add_executable(${_name} ${_name}.cpp)
    target_compile_options(${_name} PRIVATE -fsanitize=fuzzer)
    target_link_options(${_name} PRIVATE -fsanitize=fuzzer)
  else()
    add_executable(${_name} ${_name}.cpp fuzz_light_replay.cpp)
  endif()
  plinth_target_defaults(${_name})
  target_include_directories(${_name} PRIVATE "${PROJECT_SOURCE_DIR}")
  target_link_libraries(${_name} PRIVATE plinth_core)
  set_target_properties(${_name} PROPERTIES AUTOMOC OFF)
endforeach()
# The hand-made seeds in tests/unit/data/light/fuzz/ replay on every test run (libFuzzer runs them too:
# pass it the folder as its corpus).
set(_plinth_light_seed_dir "${PROJECT_SOURCE_DIR}/tests/unit/data/light/fuzz")
set(_plinth_light_seeds_header header/mainnet-genesis.rlp header/mainnet-genesis.json)
set(_plinth_light_seeds_receipt receipt/receipt.json receipt/receipts.json)
set(_plinth_light_seeds_proof proof/embedded.bin proof/getproof.json)
foreach(_kind header receipt proof)
  list(TRANSFORM _plinth_light_seeds_${_kind} PREPEND "${_plinth_light_seed_dir}/")
  add_test(NAME fuzz_light_${_kind}.seeds COMMAND fuzz_light_${_kind} ${_plinth_light_seeds_${_kind}})
  set_tests_properties(fuzz_light_${_kind}.seeds PROPERTIES LABELS fuzz TIMEOUT 120)
endforeach()
