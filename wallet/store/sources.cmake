list(APPEND module_sources
  store/StoreTypes.h
  store/CacheSchema.h store/CacheSchema.cpp
  store/CacheStore.h store/CacheStore.cpp store/CacheSyncStatus.cpp
)
