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
if("sync" IN_LIST PLINTH_CORE_MODULES AND "network" IN_LIST PLINTH_CORE_MODULES)
  list(APPEND module_sources
    api/ServiceWorker.h api/ServiceWorker.cpp
    api/NetworkSnapshots.h
    api/NetworkProjection.h api/NetworkProjection.cpp
    api/NetworkServices.h api/NetworkServices.cpp
  )
endif()
