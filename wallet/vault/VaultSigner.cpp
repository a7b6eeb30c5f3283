#include "wallet/vault/VaultSigner.h"

#include "wallet/vault/Vault.h"

#include <optional>

namespace plinth {

Result<SignedTransaction> signWithVault(Vault& vault, const Address& from, const TransactionRequest& tx)
{
    if (tx.from && *tx.from != from)
        return makeError(ErrorCode::InvalidArgument, "the transaction's \"from\" is not the signing account");
    std::optional<SignedTransaction> signedTx;
    auto ok = vault.withPrivateKey(from, [&](const SecureBytes& key) -> Result<void> {
        auto result = signTransaction(tx, key);
        if (!result)
            return result.error();
        signedTx = std::move(*result);
        return {};
    });
    if (!ok)
        return ok.error();
    return std::move(*signedTx);
}

TransactionSigner vaultSigner(Vault& vault)
{
    return [&vault](const Address& from, const TransactionRequest& tx) { return signWithVault(vault, from, tx); };
}

} // namespace plinth
