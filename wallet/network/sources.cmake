list(APPEND module_sources
  network/NetworkProfile.h network/NetworkProfile.cpp
  network/ReferenceEvents.h network/ReferenceEvents.cpp
)
