#pragma once
// DeviceActionPlans: the calls behind the owner's device actions (NetworkActions.h: DeviceUpdateAction,
// DeviceTransferAction, DeviceRetireAction), as the CLI's `device update|transfer|retire` builds them
// (app/cli/DeviceWriteCommands.cpp): one DeviceRegistry call per field of an update, the ERC-721
// safeTransferFrom of the device's token from the sender, retire(). The Transactions service's planner
// previews and simulates each call (a registry refusal, e.g. not the owner, comes back as the
// simulation's revert reason, decoded).
//
// Threading: pure; any thread. Errors: InvalidArgument for an update without any field, a capacity of 0
// or without a unit, a transfer to the zero address or to the sender, a profile without a registry.

#include "wallet/api/NetworkActions.h"
#include "wallet/common/Result.h"
#include "wallet/network/NetworkProfile.h"

#include <vector>

namespace plinth {

// `kind` must hold one of the three device actions (InvalidArgument otherwise). Each call's `from` is
// `from`; its `kind` is the journal's word ("device-update", "device-transfer", "device-retire").
Result<std::vector<ContractCallRequest>> deviceActionCalls(const NetworkProfile& profile, const Address& from,
                                                           const NetworkActionKind& kind);

} // namespace plinth
