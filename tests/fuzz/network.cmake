# libFuzzer target for the network module's parser of untrusted bytes: revert data (RevertDecoder).
# Included from tests/fuzz/CMakeLists.txt (PLINTH_FUZZ=ON, clang) with "network" in PLINTH_CORE_MODULES.
#   cmake --build build-fuzz --target fuzz_revert_decoder
#   build-fuzz/tests/fuzz/fuzz_revert_decoder -max_total_time=60
add_library(plinth_network_fuzz STATIC "${PROJECT_SOURCE_DIR}/wallet/network/RevertDecoder.cpp"
                                       "${PROJECT_SOURCE_DIR}/wallet/network/ProposalState.cpp")
target_compile_options(plinth_network_fuzz PRIVATE -fsanitize=fuzzer-no-link ${_plinth_fuzz_flags})
target_link_libraries(plinth_network_fuzz PUBLIC plinth_primitives_fuzz)
set_target_properties(plinth_network_fuzz PROPERTIES AUTOMOC OFF)
plinth_add_fuzzer(fuzz_revert_decoder)
target_link_libraries(fuzz_revert_decoder PRIVATE plinth_network_fuzz)
