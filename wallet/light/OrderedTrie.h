#pragma once
// OrderedTrie: the Merkle-Patricia root of a list, as a block commits to its transactions
// (transactionsRoot, values: the raw transaction bytes), receipts (receiptsRoot, values: the consensus
// receipt encoding) and withdrawals. Item i is stored under the key rlp(i).
//
// The builder is a real Merkle-Patricia trie construction (leaf, extension and branch nodes, hex-prefix
// paths, nodes shorter than 32 bytes embedded in their parent), so the same code computes the root of
// any key/value set (trieRoot); only the key choice is specific to ordered lists.
//
// Threading: pure functions, safe on any thread. Errors: none (every input has a root).
// Cost: O(total key and value size x log n); no intermediate hashing of values.

#include "wallet/common/Bytes.h"

#include <span>
#include <utility>
#include <vector>

namespace plinth {

// keys rlp(0), rlp(1), ... to items[0], items[1], ...; an empty list gives kEmptyTrieRoot.
Hash32 orderedTrieRoot(std::span<const Bytes> items);

// The root of an arbitrary key/value set. Keys must be unique and values non-empty (the trie cannot store
// an empty value; it means "absent"): a duplicate key keeps its last value, an empty value is skipped.
Hash32 trieRoot(std::vector<std::pair<Bytes, Bytes>> entries);

} // namespace plinth
