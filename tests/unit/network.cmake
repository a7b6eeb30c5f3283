# Staking and governance (issue 6): the call encoders against cast calldata.
plinth_add_qtest(tst_callencoders SOURCES tst_callencoders.cpp LIBS plinth_core LABELS unit)
plinth_add_qtest(tst_proposalstate SOURCES tst_proposalstate.cpp LIBS plinth_core LABELS unit)
