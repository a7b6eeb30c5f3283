list(APPEND module_sources
)
