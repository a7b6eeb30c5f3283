#include "wallet/tx/CallSimulator.h"

namespace plinth {

CallRequest callOf(const PreparedTransaction& prepared)
{
    return CallRequest{prepared.tx.from.value_or(Address{}), prepared.tx.to, prepared.tx.value, prepared.tx.data};
}

CallSimulator::CallSimulator(ChainClient& chain, const NetworkProfile& profile)
    : m_chain(chain), m_decoder(profile.contracts, profile.token)
{
}

Result<Simulation> CallSimulator::simulate(const CallRequest& call, std::string_view block)
{
    return simulateAssuming(call, {}, {}, block);
}

Result<Simulation> CallSimulator::simulateAssuming(const CallRequest& call, const std::vector<StorageOverride>& overrides,
                                                   std::string assumption, std::string_view block)
{
    auto outcome = m_chain.callOutcome(call, block, overrides);
    if (!outcome)
        return outcome.error();
    Simulation s;
    s.block = std::string(block);
    s.endpoint = outcome->endpoint;
    s.assumption = std::move(assumption);
    s.success = !outcome->reverted;
    if (s.success)
        s.returnData = std::move(outcome->data);
    else
        s.revert = m_decoder.explain(outcome->revert.data, call.to);
    return s;
}

Result<Simulation> CallSimulator::simulate(const PreparedTransaction& prepared, std::string_view block)
{
    return simulate(callOf(prepared), block);
}

} // namespace plinth
