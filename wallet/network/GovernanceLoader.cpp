#include "wallet/network/GovernanceLoader.h"

#include "wallet/codec/Abi.h"
#include "wallet/store/CacheStore.h"

namespace plinth {
namespace {

Result<std::vector<TimedLog>> logsOf(const CacheStore& store, const std::string& contract, const char* key)
{
    auto address = parseAddress(contract);
    if (!address)
        return makeError(ErrorCode::InvalidArgument, std::string("the profile's ") + key + " address: " + address.error().message);
    return timedLogs(store, address->bytes);
}

// The new value of the last (old, new) change event with this signature among the logs.
Result<std::optional<UInt256>> lastChange(const std::vector<TimedLog>& logs, const char* signature)
{
    auto event = parseAbiSignature(signature);
    if (!event)
        return event.error();
    const Hash32 topic = eventTopic(*event);
    std::optional<UInt256> out;
    for (const TimedLog& t : logs) {
        if (t.log.topics.empty() || t.log.topics[0] != topic)
            continue;
        auto values = decodeEventLog(*event, t.log.topics, t.log.data);
        if (!values)
            return makeError(ErrorCode::InvalidArgument,
                             event->name + " at block " + std::to_string(t.log.blockNumber) + ": " + values.error().message);
        out = std::get<UInt256>(values->at(1).value);
    }
    return out;
}

} // namespace

Result<GovernanceView> loadGovernance(const CacheStore& store, const NetworkProfile& profile)
{
    auto tip = store.latestHeader();
    if (!tip)
        return tip.error();
    if (!*tip)
        return makeError(ErrorCode::NotFound, "nothing is verified yet: sync first");
    auto token = logsOf(store, profile.contracts.token, "token");
    if (!token)
        return token.error();
    auto governor = logsOf(store, profile.contracts.governor, "governor");
    if (!governor)
        return governor.error();
    auto timelock = logsOf(store, profile.contracts.timelock, "timelock");
    if (!timelock)
        return timelock.error();
    auto power = VotingPower::fromLogs(*token);
    if (!power)
        return power.error();
    auto book = ProposalBook::fromLogs(*governor, *timelock, *power, (**tip).timestamp);
    if (!book)
        return book.error();
    auto threshold = lastChange(*governor, "ProposalThresholdSet(uint256,uint256)");
    if (!threshold)
        return threshold.error();
    auto delay = lastChange(*timelock, "MinDelayChange(uint256,uint256)");
    if (!delay)
        return delay.error();
    return GovernanceView{std::move(*power), std::move(*book), (**tip).number, (**tip).timestamp, *threshold, *delay};
}

Result<StakeBook> loadStakes(const CacheStore& store, const NetworkProfile& profile)
{
    auto staking = logsOf(store, profile.contracts.staking, "staking");
    if (!staking)
        return staking.error();
    auto registry = logsOf(store, profile.contracts.devices, "devices");
    if (!registry)
        return registry.error();
    return StakeBook::fromLogs(*staking, *registry);
}

Result<std::vector<DecodedAction>> loadActions(const CacheStore& store, const NetworkProfile& profile, const Proposal& proposal)
{
    const ActionDecoder decoder(profile.contracts);
    std::vector<DecodedAction> out;
    for (std::size_t i = 0; i < proposal.actions.targets.size(); ++i) {
        DecodedAction action =
            decoder.decode(proposal.actions.targets[i], proposal.actions.values[i], proposal.actions.calldatas[i]);
        if (action.change) {
            auto logs = timedLogs(store, action.target.bytes);
            if (!logs)
                return logs.error();
            decoder.resolveOldValue(action, *logs, proposal.createdBlock);
        }
        out.push_back(std::move(action));
    }
    return out;
}

} // namespace plinth
