#pragma once
// PayoutLedger: an owner's rewards reconciled from end to end, all at the cache's cursor block:
//   rewarded   Σ DeviceRewarded.amount credited to the owner (verified logs)
//   claimable  Rewards.accrued(owner), proven with eth_getProof (ProvenSlots)
//   claimed    Σ Claimed.amount by the owner (verified logs)
//   received   Σ token Transfers from the Rewards contract to each claim's payout address inside the
//              claim's own transaction (verified logs)
// It balances when rewarded − claimed == claimable and received == claimed (each claim paid in full).
// Every difference is computed and kept; a mismatch is listed with its reason, never hidden or rounded.
//
// Threading: build on a worker (reads the cache); the result is a value. Errors: the store's; a malformed
// log (NetworkEvents); InvalidArgument when the claimable proof is not at the index's block.

#include "wallet/codec/UInt256.h"
#include "wallet/common/Result.h"
#include "wallet/eth/Address.h"
#include "wallet/network/EarningsIndex.h"
#include "wallet/network/NetworkEvents.h"
#include "wallet/network/ProvenSlots.h"

#include <cstdint>
#include <string>
#include <vector>

namespace plinth {

class CacheStore;

struct LedgerClaim {
    LogRef ref;
    std::uint64_t timestamp = 0;
    Address to;
    UInt256 amount = 0;   // Claimed.amount
    UInt256 received = 0; // token transferred to `to` by the Rewards contract in that transaction
};

struct LedgerMismatch {
    std::string what;   // "claimable", "received", "claim at block N"
    Int256 difference = 0; // expected − found
    std::string reason; // one sentence for a person
};

struct PayoutLedger {
    Address owner;
    UInt256 rewarded = 0, claimable = 0, claimed = 0, received = 0;
    std::uint64_t rewardCount = 0;
    std::uint64_t blockNumber = 0; // every figure is as of this verified block
    Hash32 blockHash{};
    Int256 unexplained = 0;        // rewarded − claimed − claimable
    Int256 unpaid = 0;             // claimed − received
    std::vector<LedgerClaim> claims;
    std::vector<LedgerMismatch> mismatches;
    bool balanced() const { return mismatches.empty(); }
};

// `claimable` must be proven at index.loadedTo() (the same block as the logs).
Result<PayoutLedger> buildPayoutLedger(const CacheStore& store, const NetworkAddresses& contracts,
                                       const EarningsIndex& index, const Address& owner,
                                       const ProvenStorageValue& claimable);

} // namespace plinth
