list(APPEND module_sources
  network/NetworkProfile.h network/NetworkProfile.cpp
  network/ReferenceEvents.h network/ReferenceEvents.cpp
  network/NetworkEvents.h network/NetworkEvents.cpp
  network/EarningsIndex.h network/EarningsIndex.cpp
  network/EarningsQuery.h network/EarningsQuery.cpp
  network/DeviceDirectory.h network/DeviceDirectory.cpp
  network/PayoutLedger.h network/PayoutLedger.cpp
  network/ProvenSlots.h network/ProvenSlots.cpp
  network/EarningsCsv.h network/EarningsCsv.cpp
  network/LocalResources.h network/LocalResources.cpp
)
