#include "wallet/tx/ProposalSimulation.h"

#include "wallet/codec/Hex.h"
#include "wallet/network/ActionSequence.h"
#include "wallet/tx/CallSimulator.h"
#include "wallet/tx/ChainClient.h"

#include <algorithm>

namespace plinth {

bool ProposalSimulation::allPassed() const
{
    const bool each = std::all_of(actions.begin(), actions.end(), [](const SimulatedAction& a) { return a.success; });
    return each && (sequenceSkipped || sequenceSuccess);
}

namespace {

// Every action in order, from the timelock's address with its code replaced by the batch caller.
Result<void> simulateSequence(ChainClient& chain, CallSimulator& simulator, const Address& timelock,
                              const ProposalActions& actions, ProposalSimulation& out)
{
    auto input = encodeActionSequence(actions);
    if (!input)
        return input.error();
    auto code = fromHex(kSequenceRuntime);
    if (!code)
        return code.error();
    auto outcome = chain.callOutcome(CallRequest{Address{}, timelock, 0, std::move(*input)}, "latest", {},
                                     CodeOverride{timelock, std::move(*code)});
    if (!outcome)
        return outcome.error();
    out.sequenceSuccess = !outcome->reverted;
    if (out.sequenceSuccess) {
        // The batch caller returns how many actions it ran: anything else means the node ran the real
        // timelock (it ignored the override), and nothing was simulated.
        auto ran = fromBigEndian(outcome->data);
        if (outcome->data.size() != 32 || !ran || *ran != actions.targets.size())
            return makeError(ErrorCode::Unsupported, "the node (" + outcome->endpoint +
                                                         ") did not run the actions in sequence: it seems to ignore eth_call's state override");
        return {};
    }
    if (auto failure = decodeSequenceFailure(outcome->revert.data, actions.targets.size())) {
        out.failedAction = failure->index;
        out.sequenceRevert = simulator.decoder().explain(failure->revertData, actions.targets[failure->index]).sentence;
    } else {
        // Not the batch caller's answer (out of gas in the caller itself, or a node that ignored the override).
        out.failedAction = 0;
        out.sequenceRevert = "the node reverted the sequence without saying which action failed (" + outcome->revert.nodeMessage + ")";
    }
    return {};
}

} // namespace

Result<ProposalSimulation> simulateProposal(ChainClient& chain, CallSimulator& simulator, const ActionDecoder& decoder,
                                            const Address& timelock, const ProposalActions& actions)
{
    ProposalSimulation out;
    out.from = timelock;
    for (std::size_t i = 0; i < actions.targets.size(); ++i) {
        SimulatedAction s;
        s.action = decoder.decode(actions.targets[i], actions.values[i], actions.calldatas[i]);
        auto sim = simulator.simulate(CallRequest{timelock, s.action.target, s.action.value, s.action.calldata});
        if (!sim)
            return sim.error();
        s.success = sim->success;
        if (!sim->success)
            s.revert = sim->revert->sentence;
        out.touchesGovernor |= decoder.nameOf(s.action.target) == "governor";
        out.actions.push_back(std::move(s));
    }
    if (std::find(actions.targets.begin(), actions.targets.end(), timelock) != actions.targets.end()) {
        // The replacement code would answer the timelock's own calls (updateDelay) instead of it.
        out.sequenceSkipped = "an action calls the timelock itself";
    } else if (auto ran = simulateSequence(chain, simulator, timelock, actions, out); !ran) {
        if (ran.error().code != ErrorCode::Unsupported)
            return ran.error();
        out.sequenceSkipped = ran.error().message;
    }
    return out;
}

} // namespace plinth
