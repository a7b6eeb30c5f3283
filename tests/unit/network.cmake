# wallet/network: the reference network's domain (its event table, ...).
plinth_add_qtest(tst_referenceevents SOURCES tst_referenceevents.cpp LIBS plinth_core LABELS unit)
# The DePIN domain (wallet/network): earnings periods and totals, CSV.
plinth_add_qtest(tst_earnings_unit SOURCES tst_earnings_unit.cpp LIBS plinth_core LABELS unit)
# Staking and governance (issue 6): the call encoders against cast calldata.
plinth_add_qtest(tst_callencoders SOURCES tst_callencoders.cpp LIBS plinth_core LABELS unit)
plinth_add_qtest(tst_proposalstate SOURCES tst_proposalstate.cpp LIBS plinth_core LABELS unit)
# Governance writes: proposal templates against cast calldata, the simulate sequence, execute's eta.
plinth_add_qtest(tst_governancewrites_unit SOURCES tst_governancewrites_unit.cpp ReferenceContracts.h LIBS plinth_core LABELS unit)
# Where a governance parameter is stored, and the old value its proven value now gives (ParameterValues).
plinth_add_qtest(tst_parametervalues SOURCES tst_parametervalues.cpp ReferenceContracts.h LIBS plinth_core LABELS unit)
# Every transaction (issue 6): revert reasons of the reference contracts, checked against the compiled
# ABIs in contracts/build (built by the contracts.fixture test, hence the fixture).
plinth_add_qtest(tst_revertdecoder SOURCES tst_revertdecoder.cpp ReferenceContracts.h LIBS plinth_core LABELS unit)
set_property(TEST tst_revertdecoder APPEND PROPERTY FIXTURES_REQUIRED plinth_devnet_fixture)
