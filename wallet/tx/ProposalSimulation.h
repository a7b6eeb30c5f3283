#pragma once
// ProposalSimulation: a proposal's actions run by eth_call from the timelock (the msg.sender its targets
// see when the governor executes), each on its own and then all in sequence as execute would run them
// (wallet/network/ActionSequence.h), with success or the decoded revert reason per action. Shared by
// `plinth-cli simulate` and the facade (TransactionsService::simulateProposal). What it says is what a
// node answers now, on its latest state: unverified, since no proof covers an EVM execution.
//
// Threading: blocking RPC calls: the caller's worker thread only.
// Errors: the chain's (Remote, Timeout...) when a call could not be asked; a revert is an outcome, not an
// error. The sequence is skipped (with the reason) when an action calls the timelock itself or the node
// ignores the state override.

#include "wallet/common/Result.h"
#include "wallet/eth/Address.h"
#include "wallet/network/ActionDecoder.h"
#include "wallet/network/CallEncoders.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace plinth {

class CallSimulator;
class ChainClient;

struct SimulatedAction {
    DecodedAction action;
    bool success = false;
    std::string revert; // the revert in words, when it failed
};

struct ProposalSimulation {
    Address from;                                // the timelock
    std::vector<SimulatedAction> actions;        // each on its own
    std::optional<std::string> sequenceSkipped;  // why the sequence was not simulated
    bool sequenceSuccess = false;                // every action in order, when not skipped
    std::size_t failedAction = 0;                // the sequence's failing action (index), when it failed
    std::string sequenceRevert;
    bool touchesGovernor = false; // a governor setter reverts outside the governor's execute: say so
    bool allPassed() const;
};

Result<ProposalSimulation> simulateProposal(ChainClient& chain, CallSimulator& simulator, const ActionDecoder& decoder,
                                            const Address& timelock, const ProposalActions& actions);

} // namespace plinth
