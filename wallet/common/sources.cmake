list(APPEND module_sources
  common/Result.h
)
