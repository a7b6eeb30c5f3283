# The sync engine (ARCHITECTURE.md "Data flow"): drives rpc/ and light/ to fill store/ with verified
# facts. Public: ProfileEndpoints, NetworkCache, SyncEngine. Internal: VerifiedRpc, ChainReader, SyncSettler, SyncEngineImpl.
list(APPEND module_sources
  sync/ProfileEndpoints.h sync/ProfileEndpoints.cpp
  sync/NetworkCache.h sync/NetworkCache.cpp
  sync/VerifiedRpc.h sync/VerifiedRpc.cpp
  sync/ChainReader.h sync/ChainReader.cpp
  sync/SyncSettler.h sync/SyncSettler.cpp
  sync/SyncEngine.h sync/SyncEngineImpl.h sync/SyncEngine.cpp sync/SyncChainTracking.cpp
)
# Asio trips a GCC 12 -Wnull-dereference false positive (see rpc/sources.cmake).
set_source_files_properties(sync/VerifiedRpc.cpp sync/ChainReader.cpp sync/SyncEngine.cpp sync/SyncChainTracking.cpp
  PROPERTIES COMPILE_OPTIONS -Wno-null-dereference)
