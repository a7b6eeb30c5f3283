# wallet/light tests (and the eth/ types it verifies). Vectors: ../shared/vectors/anvil-chain.json (anvil)
# and tests/unit/data/light/. tst_orderedtrie_anvil starts a real anvil (`npm ci --prefix contracts`) and
# fails with a clear message without it.
plinth_add_qtest(tst_blockheader SOURCES tst_blockheader.cpp LIBS plinth_core LABELS unit)
plinth_add_qtest(tst_bloom SOURCES tst_bloom.cpp LIBS plinth_core LABELS unit)
plinth_add_qtest(tst_receipt SOURCES tst_receipt.cpp LIBS plinth_core LABELS unit)
plinth_add_qtest(tst_receiptverifier SOURCES tst_receiptverifier.cpp LIBS plinth_core LABELS unit)
plinth_add_qtest(tst_orderedtrie SOURCES tst_orderedtrie.cpp LIBS plinth_core LABELS unit)
plinth_add_qtest(tst_merkleproof SOURCES tst_merkleproof.cpp LIBS plinth_core LABELS unit)
plinth_add_qtest(tst_headerchain SOURCES tst_headerchain.cpp LIBS plinth_core LABELS unit)

# The anvil cross-check uses the shared AnvilProcess fixture (tests/support, built with the rpc module).
if(TARGET plinth_test_support)
  plinth_add_qtest(tst_orderedtrie_anvil SOURCES tst_orderedtrie_anvil.cpp LIBS plinth_core plinth_test_support
                   LABELS unit TIMEOUT 300)
endif()

# The light-client tampering proxy (tests/support/TamperingProxy): every lie it tells is real and caught.
if(TARGET plinth_test_support)
  plinth_add_qtest(tst_tamperingproxy SOURCES tst_tamperingproxy.cpp LIBS plinth_core plinth_test_support
                   LABELS unit TIMEOUT 300)
  target_compile_options(tst_tamperingproxy PRIVATE -Wno-null-dereference)
endif()
