#pragma once
// Signing a transaction with a key held by the vault: the one way WalletService, the tx module and
// plinth-cli's `sign-tx` sign one. The private key is used inside Vault::withPrivateKey and wiped afterwards.
//
// TransactionSigner is what the builder and sender take, so that a GUI can pass one that goes through
// WalletService (its worker thread) and tests can pass another vault.
// Ownership: vaultSigner() keeps a reference: the vault must outlive the signer.
// Threading: as the vault (any thread; the vault serialises). Blocks for the signing only (no KDF).
// Errors: the vault's (Locked, NotFound for an account it does not hold, Unsupported for watch-only)
// and signTransaction's (InvalidArgument: no chain id, inconsistent fees).

#include "wallet/common/Result.h"
#include "wallet/eth/Address.h"
#include "wallet/eth/Transaction.h"

#include <functional>

namespace plinth {

class Vault;

// Signs `tx` with the key of `from`; tx.from, when set, must equal `from`.
using TransactionSigner = std::function<Result<SignedTransaction>(const Address& from, const TransactionRequest& tx)>;

Result<SignedTransaction> signWithVault(Vault& vault, const Address& from, const TransactionRequest& tx);
TransactionSigner vaultSigner(Vault& vault);

} // namespace plinth
