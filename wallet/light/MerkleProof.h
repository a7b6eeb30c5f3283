#pragma once
// MerkleProof: checks Merkle-Patricia proofs (EIP-1186, eth_getProof) against a state root taken from a
// verified header, so that a balance, a nonce or a contract's storage value is shown only when proven.
//
// A proof is the list of trie nodes on the path from the root to the key. Every node must hash to the
// reference that points at it (the root for the first; a 32-byte hash or, for a node shorter than 32
// bytes, the embedded node itself, inside its parent); a node that is missing, extra, reordered or altered
// fails. A key is proven absent when its path ends at an empty branch slot, at a leaf or extension whose
// path differs, or in the empty trie.
//
// Accounts live in the state trie under keccak256(address) with value rlp([nonce, balance, storageRoot,
// codeHash]); storage slots live in the account's storage trie under keccak256(slot) with value
// rlp(value). Absent accounts and slots read as zero, as the EVM sees them.
//
// Threading: pure functions, safe on any thread.
// Errors: Unverified with a message naming the account or slot and the node ("account proof for 0x..:
// node 3 does not hash to its reference"); InvalidArgument for malformed JSON.

#include "wallet/codec/UInt256.h"
#include "wallet/common/Bytes.h"
#include "wallet/common/Result.h"
#include "wallet/eth/Address.h"

#include <boost/json/value.hpp>

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace plinth {

// keccak256 of empty code: the codeHash of an account without code.
extern const Hash32 kEmptyCodeHash;

// The value stored under key (the unhashed trie path, e.g. keccak256(address)) in the trie with this
// root, or nullopt when the proof shows the key is absent. `what` names the key in messages
// ("account proof for 0x...").
Result<std::optional<Bytes>> verifyTrieProof(const Hash32& root, ByteView key, std::span<const Bytes> proof,
                                             const std::string& what);

struct AccountState {
    UInt256 nonce = 0;
    UInt256 balance = 0;
    Hash32 storageRoot{};
    Hash32 codeHash{};
    bool operator==(const AccountState&) const = default;
};

struct ProvenSlot {
    Hash32 slot{};     // the storage key as requested (not hashed)
    UInt256 value = 0; // zero when absent
    bool present = false;
};

struct ProvenAccount {
    Address address;
    bool exists = false; // false: proven absent; state then holds the empty account (zeros, empty roots)
    AccountState state;
    std::vector<ProvenSlot> slots; // in the order requested
};

// An account alone: stateRoot from a verified header, proof nodes as returned in "accountProof".
Result<ProvenAccount> verifyAccountProof(const Hash32& stateRoot, const Address& address,
                                         std::span<const Bytes> accountProof);
// One storage slot against a proven account's storage root.
Result<ProvenSlot> verifyStorageProof(const Hash32& storageRoot, const Hash32& slot, std::span<const Bytes> proof,
                                      const Address& account);

// A whole eth_getProof answer for (address, slots): checks that it answers exactly that question (address
// and slots, in order, none extra), proves the account and every slot, and checks that the values the
// server states (balance, nonce, codeHash, storageHash, each slot's value) equal the proven ones.
Result<ProvenAccount> verifyGetProofJson(const Hash32& stateRoot, const Address& address,
                                         std::span<const Hash32> slots, const boost::json::value& result);

// The storage slot of mapping[key] for a Solidity mapping declared at `slot`:
// keccak256(pad32(key) || pad32(slot)).
Hash32 storageSlotForMapping(const Hash32& key32, const UInt256& slot);
Hash32 storageSlotForMapping(const Address& key, const UInt256& slot);
Hash32 storageSlotForMapping(const UInt256& key, const UInt256& slot);

// Parses a storage key as eth_getProof echoes it: 0x and 1 to 64 hex digits, left-padded to 32 bytes.
Result<Hash32> parseStorageKey(std::string_view text);

} // namespace plinth
