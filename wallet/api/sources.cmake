list(APPEND module_sources
)
if("vault" IN_LIST PLINTH_CORE_MODULES)
  list(APPEND module_sources
    api/WalletService.h api/WalletService.cpp
  )
endif()
