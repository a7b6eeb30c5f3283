#pragma once
// TransactionsRoot: proves a block's transaction list (and so each transaction's hash) against the
// header's transactionsRoot. The values are the raw transactions in their consensus form (the bytes whose
// keccak256 is the transaction hash: rlp(...) for legacy, type byte || rlp(...) for typed ones), as
// eth_getRawTransactionByBlockNumberAndIndex returns them or a transaction encoder rebuilds them.
//
// Threading: pure function, safe on any thread.
// Errors: Unverified "block 1234: transactionsRoot mismatch (computed 0x.., header 0x..)".

#include "wallet/common/Bytes.h"
#include "wallet/common/Result.h"

#include <span>
#include <vector>

namespace plinth {

struct BlockHeader;

// The transaction hashes, in block order, once the list is proven.
Result<std::vector<Hash32>> verifyTransactionsRoot(const BlockHeader& header, std::span<const Bytes> rawTransactions);

} // namespace plinth
