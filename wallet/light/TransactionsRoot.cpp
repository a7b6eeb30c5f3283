#include "wallet/light/TransactionsRoot.h"

#include "wallet/codec/Hex.h"
#include "wallet/crypto/Keccak.h"
#include "wallet/eth/BlockHeader.h"
#include "wallet/light/OrderedTrie.h"

namespace plinth {

Result<std::vector<Hash32>> verifyTransactionsRoot(const BlockHeader& header, std::span<const Bytes> rawTransactions)
{
    const Hash32 root = orderedTrieRoot(rawTransactions);
    if (root != header.transactionsRoot)
        return makeError(ErrorCode::Unverified, blockLabel(header.number) + ": transactionsRoot mismatch (computed "
                                                    + toHex(root) + " from " + std::to_string(rawTransactions.size())
                                                    + " transactions, header " + toHex(header.transactionsRoot) + ")");
    std::vector<Hash32> hashes;
    hashes.reserve(rawTransactions.size());
    for (const Bytes& raw : rawTransactions)
        hashes.push_back(keccak256(raw));
    return hashes;
}

} // namespace plinth
