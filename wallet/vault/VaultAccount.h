#pragma once
// What the vault tells its callers about an account. Plain value type; no secret in it.

#include "wallet/eth/Address.h"

#include <optional>
#include <string>
#include <string_view>

namespace plinth {

enum class AccountKind {
    Derived,   // from the vault's recovery phrase at `path`
    Imported,  // a private key imported from a keystore file or as hex
    WatchOnly, // an address without a key: balances and history, no signing
};

// "derived", "imported", "watch-only": the names the CLI prints and the file stores.
std::string_view accountKindName(AccountKind kind);
std::optional<AccountKind> accountKindFromName(std::string_view name);

struct VaultAccount {
    Address address;
    AccountKind kind = AccountKind::WatchOnly;
    std::string path;  // "m/44'/60'/0'/0/0" for Derived, empty otherwise
    std::string label; // chosen by the user; may be empty
    bool hidden = false;
};

} // namespace plinth
