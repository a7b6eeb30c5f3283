list(APPEND module_sources
  codec/Hex.h codec/Hex.cpp
  codec/UInt256.h codec/UInt256.cpp
  codec/Rlp.h codec/Rlp.cpp
  codec/AbiType.h codec/AbiType.cpp
  codec/AbiValue.h codec/AbiValue.cpp
  codec/AbiCodec.h codec/AbiCodec.cpp
  codec/Abi.h codec/Abi.cpp
)
