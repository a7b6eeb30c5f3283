list(APPEND module_sources
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
