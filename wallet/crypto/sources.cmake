list(APPEND module_sources
  crypto/SecureBytes.h crypto/SecureBytes.cpp
  crypto/Keccak.h crypto/Keccak.cpp
  crypto/Secp256k1.h crypto/Secp256k1.cpp
  crypto/Bip39.h crypto/Bip39.cpp
  crypto/Bip39WordList.h
  crypto/Bip32.h crypto/Bip32.cpp
)

# The BIP-39 English word list is compiled in: the text file becomes one string literal in a generated
# .cpp. The file is checked at build time against the list's published SHA-256, so a damaged list can
# never produce mnemonics that other wallets reject.
set(_plinth_bip39_list "${PROJECT_SOURCE_DIR}/resources/bip39-english.txt")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_plinth_bip39_list}")
file(SHA256 "${_plinth_bip39_list}" _plinth_bip39_sha)
if(NOT _plinth_bip39_sha STREQUAL "2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda")
  message(FATAL_ERROR "resources/bip39-english.txt is not the BIP-39 English word list (SHA-256 mismatch)")
endif()
file(READ "${_plinth_bip39_list}" PLINTH_BIP39_WORDS)
string(REPLACE "\n" "\\n" PLINTH_BIP39_WORDS "${PLINTH_BIP39_WORDS}")
configure_file("${CMAKE_CURRENT_LIST_DIR}/Bip39WordList.cpp.in"
               "${CMAKE_CURRENT_BINARY_DIR}/generated/Bip39WordList.cpp" @ONLY)
list(APPEND module_sources "${CMAKE_CURRENT_BINARY_DIR}/generated/Bip39WordList.cpp")
