# plinth-cli sources, relative to app/. Each group of commands registers itself (CliCommand.h), so a
# new group is a new file listed here and nothing else changes.
set(cli_sources
  cli/main.cpp
  cli/CliCommand.h cli/CliCommand.cpp
  cli/CliContext.h cli/CliContext.cpp
  cli/NetworkCommands.cpp
)
# The vault's commands: wallet, accounts, signing (they need the vault, crypto, codec and eth modules).
if("vault" IN_LIST PLINTH_CORE_MODULES)
  list(APPEND cli_sources
    cli/PasswordInput.h cli/PasswordInput.cpp
    cli/WalletCommands.cpp
    cli/AccountCommands.cpp
    cli/SigningCommands.cpp
  )
endif()
# The transaction commands: send, tx status, tx speed-up, tx cancel (the tx module, and the vault's
# password input above).
if("tx" IN_LIST PLINTH_CORE_MODULES AND "vault" IN_LIST PLINTH_CORE_MODULES)
  list(APPEND cli_sources
    cli/TxSession.h cli/TxSession.cpp
    cli/TxReport.h cli/TxReport.cpp
    cli/TransactionCommands.cpp
  )
endif()
# The light client's commands: sync, status, balance (the sync module; balance reads the vault's accounts).
if("sync" IN_LIST PLINTH_CORE_MODULES AND "vault" IN_LIST PLINTH_CORE_MODULES)
  list(APPEND cli_sources
    cli/SyncCommands.cpp
  )
endif()
# The DePIN views: devices, device show, resources, earnings, ledger (the network module's projections of
# the verified cache; ledger syncs and proves, so it needs the sync module; the default owner is the
# vault's first account).
if("sync" IN_LIST PLINTH_CORE_MODULES AND "vault" IN_LIST PLINTH_CORE_MODULES)
  list(APPEND cli_sources
    cli/NetworkSession.h cli/NetworkSession.cpp
    cli/ProvenClaimable.h cli/ProvenClaimable.cpp
    cli/DeviceCommands.cpp
    cli/EarningsCommands.cpp
  )
endif()

# Staking and governance (issue 6): stakes, proposals, proposal show (the sync module: they read the
# verified cache; proposal show reads the vault's first account).
if("sync" IN_LIST PLINTH_CORE_MODULES AND "vault" IN_LIST PLINTH_CORE_MODULES)
  list(APPEND cli_sources
    cli/ChainSession.h cli/ChainSession.cpp
    cli/StakingCommands.cpp
    cli/GovernanceOutput.h cli/GovernanceOutput.cpp
    cli/GovernanceCommands.cpp
  )
endif()

# The write commands (issue 6, "Every transaction"): one flow that builds, simulates, previews, asks,
# signs, sends and tracks (WriteFlow), and the commands on it: claim (its claimable amount is proven, so
# it needs the sync module), stake, delegate-stake, unstake, withdraw, device update/transfer/retire.
if("tx" IN_LIST PLINTH_CORE_MODULES AND "sync" IN_LIST PLINTH_CORE_MODULES AND "vault" IN_LIST PLINTH_CORE_MODULES)
  list(APPEND cli_sources
    cli/PreviewOutput.h cli/PreviewOutput.cpp
    cli/WriteFlow.h cli/WriteFlow.cpp
    cli/ClaimCommand.cpp
    cli/StakingWriteCommands.cpp
    cli/DeviceWriteCommands.cpp
  )
endif()

# Device onboarding (issue 6): device-key new and sign-onboarding, on the device and offline (the
# onboarding module, the vault's keystore files and the password input).
if("onboarding" IN_LIST PLINTH_CORE_MODULES AND "vault" IN_LIST PLINTH_CORE_MODULES)
  list(APPEND cli_sources
    cli/TerminalQr.h cli/TerminalQr.cpp
    cli/DeviceKeys.h cli/DeviceKeys.cpp
    cli/DeviceKeyCommands.cpp
  )
endif()

# device register (issue 6): a signed onboarding payload, or this computer, checked and registered through
# the write flow above.
if("onboarding" IN_LIST PLINTH_CORE_MODULES AND "tx" IN_LIST PLINTH_CORE_MODULES AND "sync" IN_LIST PLINTH_CORE_MODULES
   AND "vault" IN_LIST PLINTH_CORE_MODULES)
  list(APPEND cli_sources
    cli/DeviceRegisterCommand.cpp
  )
endif()

# Governance writes (issue 6): vote, delegate, propose, queue, execute, simulate (the verified cache
# above for the checks, the tx module's write flow for the preview, signing and sending).
if("sync" IN_LIST PLINTH_CORE_MODULES AND "vault" IN_LIST PLINTH_CORE_MODULES AND "tx" IN_LIST PLINTH_CORE_MODULES)
  list(APPEND cli_sources
    cli/GovernanceWrite.h cli/GovernanceWrite.cpp
    cli/GovernanceVoteCommands.cpp
    cli/GovernanceProposalCommands.cpp
    cli/SimulateCommand.cpp
  )
endif()
