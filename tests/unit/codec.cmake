plinth_add_qtest(tst_hex SOURCES tst_hex.cpp LIBS plinth_core LABELS unit)
plinth_add_qtest(tst_uint256 SOURCES tst_uint256.cpp LIBS plinth_core LABELS unit)
plinth_add_qtest(tst_rlp SOURCES tst_rlp.cpp LIBS plinth_core LABELS unit)
plinth_add_qtest(tst_abi SOURCES tst_abi.cpp LIBS plinth_core LABELS unit)
