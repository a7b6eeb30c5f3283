list(APPEND module_sources
  api/ServiceWorker.h api/ServiceWorker.cpp
)
if("vault" IN_LIST PLINTH_CORE_MODULES)
  list(APPEND module_sources
    api/WalletService.h api/WalletService.cpp
  )
endif()
if("sync" IN_LIST PLINTH_CORE_MODULES)
  list(APPEND module_sources
    api/Subscriptions.h
    api/SyncService.h api/SyncService.cpp
  )
endif()
if("sync" IN_LIST PLINTH_CORE_MODULES AND "network" IN_LIST PLINTH_CORE_MODULES)
  list(APPEND module_sources
    api/NetworkSnapshots.h
    api/NetworkProjection.h api/NetworkProjection.cpp
    api/NetworkServices.h api/NetworkServices.cpp
  )
endif()
# TransactionChain reads the profile's endpoints (sync) and names calls with the ActionDecoder (network);
# the ActionPlanner checks onboarding payloads (onboarding).
if("tx" IN_LIST PLINTH_CORE_MODULES AND "vault" IN_LIST PLINTH_CORE_MODULES AND "sync" IN_LIST PLINTH_CORE_MODULES
   AND "network" IN_LIST PLINTH_CORE_MODULES AND "onboarding" IN_LIST PLINTH_CORE_MODULES)
  list(APPEND module_sources
    api/ActionPlanner.h api/ActionPlanner.cpp
    api/TransactionChain.h api/TransactionChain.cpp
    api/TransactionsService.h api/TransactionsService.cpp
    api/NetworkActions.h api/NetworkActions.cpp
  )
endif()
