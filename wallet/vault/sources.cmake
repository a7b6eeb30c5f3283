list(APPEND module_sources
  vault/Clock.h
  vault/Kdf.h vault/Kdf.cpp
  vault/Aead.h vault/Aead.cpp
  vault/PasswordText.h vault/PasswordText.cpp
  vault/Keystore.h vault/Keystore.cpp
  vault/SqliteDatabase.h vault/SqliteDatabase.cpp
  vault/VaultSchema.h vault/VaultSchema.cpp
  vault/VaultAccount.h
  vault/VaultTables.h vault/VaultTables.cpp
  vault/VaultKeys.h vault/VaultKeys.cpp
  vault/VaultSecrets.h vault/VaultSecrets.cpp
  vault/Vault.h vault/Vault.cpp vault/VaultAccounts.cpp
  vault/VaultSigner.h vault/VaultSigner.cpp
)
