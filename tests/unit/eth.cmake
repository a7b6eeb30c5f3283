plinth_add_qtest(tst_address SOURCES tst_address.cpp LIBS plinth_core LABELS unit)
plinth_add_qtest(tst_eip191 SOURCES tst_eip191.cpp LIBS plinth_core LABELS unit)
plinth_add_qtest(tst_eip712 SOURCES tst_eip712.cpp LIBS plinth_core LABELS unit)
plinth_add_qtest(tst_transaction SOURCES tst_transaction.cpp LIBS plinth_core LABELS unit)
