plinth_add_qtest(tst_cachestore SOURCES tst_cachestore.cpp LIBS plinth_core LABELS unit)
