# wallet/tx: amounts, fee suggestions and the journal (pure or local; the anvil-backed tests of building,
# sending and replacing are in tests/integration/tst_tx_cli.cpp).
plinth_add_qtest(tst_amount SOURCES tst_amount.cpp LIBS plinth_core LABELS unit)
plinth_add_qtest(tst_feeoracle SOURCES tst_feeoracle.cpp LIBS plinth_core Boost::json LABELS unit)
plinth_add_qtest(tst_txjournal SOURCES tst_txjournal.cpp LIBS plinth_core LABELS unit)
# Transaction previews: fees, the decoded call and the simulation, with the CLI's text and JSON output.
plinth_add_qtest(tst_transactionpreview SOURCES tst_transactionpreview.cpp "${PROJECT_SOURCE_DIR}/app/cli/PreviewOutput.cpp"
                 LIBS plinth_core LABELS unit)
