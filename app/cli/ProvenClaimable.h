#pragma once
// The claimable rewards of an owner, proven: the cache is synced to the head first (so that the value is
// fresh), then Rewards.accrued(owner) is proven with eth_getProof against the verified cursor header
// (ProvenSlots.h). What `ledger` shows as "claimable (proven)" and what `claim` moves.
//
// Threading: main thread only; blocks on the network. Errors: the profile's, the sync's and the proof's.

#include "app/cli/CliContext.h"
#include "wallet/network/ProvenSlots.h"

namespace plinth::cli {

Result<ProvenStorageValue> syncAndProveClaimable(CliContext& context, const Address& owner);

} // namespace plinth::cli
