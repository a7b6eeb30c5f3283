#pragma once
// ProvenSlots: one contract storage slot proven with eth_getProof (EIP-1186) against the state root of
// the cache's cursor header, which the light client verified; the value is recorded in the cache as a
// proven value ("storage", contract, slot). Used for the Rewards contract's accrued(owner), the
// "claimable" figure of the payout ledger.
//
// An endpoint whose proof fails verification is quarantined (EndpointPool::markBad) and the question goes
// to the next endpoint; nothing unproven is returned or stored.
// Ownership: borrows the pool and the store. Threading: blocks on the network: a worker or the CLI's main
// thread, never the GUI thread or the network thread.
// Errors: NotFound when the cache has no cursor yet (sync first); Unverified "<endpoint>: <problem>" when
// every endpoint's proof failed; Network / Remote when none answered; the store's Io / Corrupt.

#include "wallet/codec/UInt256.h"
#include "wallet/common/Result.h"
#include "wallet/eth/Address.h"

#include <cstdint>

namespace plinth {

class CacheStore;
class EndpointPool;

struct ProvenStorageValue {
    UInt256 value = 0;
    std::uint64_t blockNumber = 0;
    Hash32 blockHash{};
};

// The slot of Rewards.accrued(owner): keccak256(owner . uint256(1)) (contracts/README.md).
Hash32 rewardsAccruedSlot(const Address& owner);
// The slot of PlinthToken.allowance(owner, spender): keccak256(spender . keccak256(owner . uint256(1)))
// (`_allowances` at slot 1). The write flow overrides it to simulate a call as if an approval were mined.
Hash32 tokenAllowanceSlot(const Address& owner, const Address& spender);

Result<ProvenStorageValue> proveStorageSlot(EndpointPool& pool, CacheStore& store, const Address& contract,
                                            const Hash32& slot);

} // namespace plinth
