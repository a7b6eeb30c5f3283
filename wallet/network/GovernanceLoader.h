#pragma once
// GovernanceLoader: reads the verified cache and projects it (the one place that knows which contract's
// logs each projection needs). "now" is the cache cursor's timestamp: the governor's clock at the last
// verified block, so states never run ahead of what has been verified.
//
// Ownership: returns values; borrows the store for the call only.
// Threading: the calling thread (it reads the cache: never the GUI thread; a reader may open its own
// CacheStore on the file while sync writes).
// Errors: NotFound when nothing is verified yet; InvalidArgument for a profile address that does not
// parse; the projections' and the store's errors otherwise.

#include "wallet/common/Result.h"
#include "wallet/network/ActionDecoder.h"
#include "wallet/network/NetworkProfile.h"
#include "wallet/network/ProposalBook.h"
#include "wallet/network/StakeBook.h"
#include "wallet/network/VotingPower.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace plinth {

class CacheStore;

struct GovernanceView {
    VotingPower power;
    ProposalBook book;
    std::uint64_t verifiedBlock = 0;
    std::uint64_t now = 0; // the verified block's timestamp
    // The governor's proposalThreshold() from its last verified ProposalThresholdSet (GovernorSettings
    // emits one at deployment); nullopt when the cache has none (a governor without GovernorSettings).
    std::optional<UInt256> proposalThreshold;
    // The timelock's getMinDelay() from its last verified MinDelayChange (emitted at deployment too).
    std::optional<UInt256> timelockDelay;
};

Result<GovernanceView> loadGovernance(const CacheStore& store, const NetworkProfile& profile);
Result<StakeBook> loadStakes(const CacheStore& store, const NetworkProfile& profile);
// The proposal's actions decoded, old values resolved from the targets' verified change events.
Result<std::vector<DecodedAction>> loadActions(const CacheStore& store, const NetworkProfile& profile, const Proposal& proposal);

} // namespace plinth
