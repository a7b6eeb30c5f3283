# wallet/rpc benchmarks: requests per second against a real anvil (started by the program; skipped with
# a message when anvil is missing) and the JSON cost of a large eth_getBlockReceipts answer.
if(NOT TARGET plinth_test_support)
  add_subdirectory("${PROJECT_SOURCE_DIR}/tests/support" "${PROJECT_BINARY_DIR}/tests/support")
endif()
plinth_add_benchmark(bench_rpc SOURCES bench_rpc.cpp LIBS plinth_core plinth_test_support Qt6::Core)
target_compile_definitions(bench_rpc PRIVATE PLINTH_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
target_compile_options(bench_rpc PRIVATE -Wno-null-dereference) # Asio and GCC 12, see wallet/rpc/sources.cmake
