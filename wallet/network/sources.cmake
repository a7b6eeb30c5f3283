list(APPEND module_sources
  network/NetworkProfile.h network/NetworkProfile.cpp
)
