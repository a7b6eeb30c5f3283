# wallet/network: the reference network's domain (its event table, ...).
plinth_add_qtest(tst_referenceevents SOURCES tst_referenceevents.cpp LIBS plinth_core LABELS unit)
# The DePIN domain (wallet/network): earnings periods and totals, CSV.
plinth_add_qtest(tst_earnings_unit SOURCES tst_earnings_unit.cpp LIBS plinth_core LABELS unit)
