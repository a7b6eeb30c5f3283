# wallet/rpc tests. The anvil-backed ones need `npm ci --prefix contracts` (packaging/setup-debian.sh)
# and fail with a clear message without it.
if(NOT TARGET plinth_test_support)
  # Until tests/CMakeLists.txt adds support/ itself.
  add_subdirectory("${PROJECT_SOURCE_DIR}/tests/support" "${PROJECT_BINARY_DIR}/tests/support")
endif()
plinth_add_qtest(tst_rpcpolicies SOURCES tst_rpcpolicies.cpp LIBS plinth_core LABELS unit)
plinth_add_qtest(tst_rpcfaults SOURCES tst_rpcfaults.cpp LIBS plinth_core plinth_test_support LABELS unit TIMEOUT 300)
plinth_add_qtest(tst_rpcpool SOURCES tst_rpcpool.cpp LIBS plinth_core plinth_test_support LABELS unit TIMEOUT 300)
plinth_add_qtest(tst_rpctls SOURCES tst_rpctls.cpp LIBS plinth_core plinth_test_support LABELS unit)
plinth_add_qtest(tst_rpcanvil SOURCES tst_rpcanvil.cpp LIBS plinth_core plinth_test_support LABELS unit TIMEOUT 300)
# Asio trips a GCC 12 -Wnull-dereference false positive (see wallet/rpc/sources.cmake).
foreach(t tst_rpcfaults tst_rpcpool tst_rpctls tst_rpcanvil)
  target_compile_options(${t} PRIVATE -Wno-null-dereference)
endforeach()
