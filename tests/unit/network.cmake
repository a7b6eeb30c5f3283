# wallet/network: the reference network's domain (its event table, ...).
plinth_add_qtest(tst_referenceevents SOURCES tst_referenceevents.cpp LIBS plinth_core LABELS unit)
