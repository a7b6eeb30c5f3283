#pragma once
// TrieEncoding: the pieces of the Merkle-Patricia trie format shared by the trie builder (OrderedTrie)
// and the proof checker (MerkleProof): nibble paths, hex-prefix (compact) path encoding, and node
// references (a node whose RLP is shorter than 32 bytes is embedded in its parent, a longer one is
// referenced by its keccak256).
//
// Threading: pure functions, safe on any thread. Errors: hexPrefixDecode returns InvalidArgument.

#include "wallet/common/Bytes.h"
#include "wallet/common/Result.h"

#include <cstdint>
#include <vector>

namespace plinth {

using Nibbles = std::vector<std::uint8_t>;

// keccak256(rlp("")): the root of a trie with no entries.
extern const Hash32 kEmptyTrieRoot;

Nibbles toNibbles(ByteView bytes);

// Hex-prefix encoding of path[from..] with the leaf flag.
Bytes hexPrefixEncode(const Nibbles& path, std::size_t from, bool leaf);

struct HexPrefixPath {
    Nibbles path;
    bool leaf = false;
};
// Rejects an empty input, a flag nibble above 3, and a non-zero padding nibble on even paths.
Result<HexPrefixPath> hexPrefixDecode(ByteView encoded);

} // namespace plinth
