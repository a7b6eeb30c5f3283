# Transactions (ARCHITECTURE.md "wallet/api" Transactions): amounts, fee suggestions, building, signing
# through the vault, broadcasting, the journal of sent transactions, tracking, speed-up and cancel.
# Needs the rpc, vault, eth, light (RpcFields) and network modules.
list(APPEND module_sources
  tx/Amount.h tx/Amount.cpp
  tx/ChainClient.h tx/ChainClient.cpp
  tx/FeeOracle.h tx/FeeOracle.cpp
  tx/TxJournal.h tx/TxJournal.cpp
  tx/TransactionBuilder.h tx/TransactionBuilder.cpp
  tx/TransactionSender.h tx/TransactionSender.cpp
  tx/TransactionTracker.h tx/TransactionTracker.cpp
  tx/CallSimulator.h tx/CallSimulator.cpp
  tx/TransactionPreview.h tx/TransactionPreview.cpp
  tx/ProposalSimulation.h tx/ProposalSimulation.cpp
)
set_source_files_properties(tx/ChainClient.cpp tx/TransactionBuilder.cpp tx/TransactionSender.cpp
                            tx/TransactionTracker.cpp tx/FeeOracle.cpp tx/CallSimulator.cpp tx/ProposalSimulation.cpp
                            PROPERTIES COMPILE_OPTIONS -Wno-null-dereference)
