# The sync engine (ARCHITECTURE.md "Data flow"): drives rpc/ and light/ to fill store/ with verified facts.
list(APPEND module_sources
  sync/ProfileEndpoints.h sync/ProfileEndpoints.cpp
)
