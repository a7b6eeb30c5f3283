list(APPEND module_sources
  eth/Address.h eth/Address.cpp
  eth/Eip191.h eth/Eip191.cpp
  eth/Eip712.h eth/Eip712.cpp
  eth/Transaction.h eth/Transaction.cpp eth/TransactionJson.cpp
)
