# The sync benchmark (issue "Verified light-client sync"): an end-to-end program that prints figures for
# a verified sync of a long devnet against a plain download and an ethers.js eth_getLogs script (see
# bench_sync.cpp). CTest runs `bench_sync --smoke`: the seeded fixture once in each mode, counts checked.
add_executable(bench_sync bench_sync.cpp LinkDelay.h LinkDelay.cpp)
plinth_target_defaults(bench_sync)
target_include_directories(bench_sync PRIVATE "${PROJECT_SOURCE_DIR}")
target_compile_definitions(bench_sync PRIVATE PLINTH_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
                                              PLINTH_BINARY_DIR="${PROJECT_BINARY_DIR}")
target_link_libraries(bench_sync PRIVATE plinth_core plinth_devnet_fixture Qt6::Core)
target_compile_options(bench_sync PRIVATE -Wno-null-dereference) # Asio and GCC 12, see wallet/rpc/sources.cmake
add_test(NAME bench_sync.smoke COMMAND bench_sync --smoke)
# As tests/integration's plinth_uses_devnet (defined after this directory): anvil and cast from the
# contracts' npm packages, after contracts.fixture.
set_tests_properties(bench_sync.smoke PROPERTIES TIMEOUT 120 LABELS "bench;devnet"
                     FIXTURES_REQUIRED plinth_devnet_fixture
                     ENVIRONMENT_MODIFICATION "PATH=path_list_prepend:${PROJECT_SOURCE_DIR}/contracts/node_modules/.bin")
