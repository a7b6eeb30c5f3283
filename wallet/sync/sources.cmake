# The sync engine (ARCHITECTURE.md "Data flow"): drives rpc/ and light/ to fill store/ with verified
# facts. Public: ProfileEndpoints, NetworkCache, SyncEngine. Internal: VerifiedRpc, ChainReader, SyncSettler.
list(APPEND module_sources
  sync/ProfileEndpoints.h sync/ProfileEndpoints.cpp
  sync/NetworkCache.h sync/NetworkCache.cpp
  sync/VerifiedRpc.h sync/VerifiedRpc.cpp
  sync/ChainReader.h sync/ChainReader.cpp
  sync/SyncSettler.h sync/SyncSettler.cpp
  sync/SyncEngine.h sync/SyncEngine.cpp
)
# Asio trips a GCC 12 -Wnull-dereference false positive (see rpc/sources.cmake).
set_source_files_properties(sync/VerifiedRpc.cpp sync/ChainReader.cpp sync/SyncEngine.cpp
  PROPERTIES COMPILE_OPTIONS -Wno-null-dereference)
