# The DePIN domain (wallet/network): earnings periods and totals, CSV.
plinth_add_qtest(tst_earnings_unit SOURCES tst_earnings_unit.cpp LIBS plinth_core LABELS unit)
