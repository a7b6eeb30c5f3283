# wallet/onboarding (issue 6): the onboarding payload's digest and signature against cast, and its forms.
plinth_add_qtest(tst_onboardingpayload SOURCES tst_onboardingpayload.cpp LIBS plinth_core LABELS unit)
plinth_add_qtest(tst_onboardingformat SOURCES tst_onboardingformat.cpp LIBS plinth_core LABELS unit)
plinth_add_qtest(tst_onboardingcheck SOURCES tst_onboardingcheck.cpp LIBS plinth_core LABELS unit)
plinth_add_qtest(tst_resourceprefill SOURCES tst_resourceprefill.cpp LIBS plinth_core LABELS unit)
