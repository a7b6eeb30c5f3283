# The key vault, keystore v3 and the wallet commands of plinth-cli (wallet/vault, app/cli).
set(vault_test_support tst_vault_support.h tst_vault_support.cpp)
plinth_add_qtest(tst_keystore SOURCES tst_keystore.cpp ${vault_test_support} LIBS plinth_core LABELS unit)
plinth_add_qtest(tst_vault SOURCES tst_vault.cpp ${vault_test_support} LIBS plinth_core SQLite::SQLite3 LABELS unit)
plinth_add_qtest(tst_vault_corruption SOURCES tst_vault_corruption.cpp ${vault_test_support}
                 LIBS plinth_core SQLite::SQLite3 LABELS unit)
plinth_add_qtest(tst_vault_service SOURCES tst_vault_service.cpp tst_walletservice_await.h ${vault_test_support}
                 LIBS plinth_core LABELS unit)
plinth_add_qtest(tst_walletservice_backup SOURCES tst_walletservice_backup.cpp tst_walletservice_await.h
                 ${vault_test_support} LIBS plinth_core LABELS unit)
plinth_add_qtest(tst_vault_crash SOURCES tst_vault_crash.cpp ${vault_test_support}
                 LIBS plinth_core SQLite::SQLite3 LABELS unit)

# plinth-cli as a user runs it (the real binary, through QProcess).
set(cli_wallet_support tst_cli_wallet_support.h tst_cli_wallet_support.cpp)
foreach(name tst_cli_wallet tst_cli_wallet_errors)
  plinth_add_qtest(${name} SOURCES ${name}.cpp ${cli_wallet_support} ${vault_test_support}
                   LIBS plinth_core SQLite::SQLite3 LABELS unit TIMEOUT 180)
  add_dependencies(${name} plinth-cli)
  target_compile_definitions(${name} PRIVATE PLINTH_CLI_PATH="$<TARGET_FILE:plinth-cli>")
endforeach()

# Against Foundry's cast and anvil: "integration" (needs contracts/node_modules; fails if it is missing).
plinth_add_qtest(tst_cli_interop SOURCES tst_cli_interop.cpp ${cli_wallet_support} ${vault_test_support}
                 LIBS plinth_core Qt6::Network LABELS integration TIMEOUT 300)
add_dependencies(tst_cli_interop plinth-cli)
target_compile_definitions(tst_cli_interop PRIVATE PLINTH_CLI_PATH="$<TARGET_FILE:plinth-cli>")
