list(APPEND module_sources
  common/Result.h common/Bytes.h common/Text.h
)
