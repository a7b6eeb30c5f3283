#pragma once
// CallSimulator: runs a call with eth_call before anything is signed, and says whether it would succeed
// (with its return data) or revert (with the reason decoded by RevertDecoder, wallet/network).
//
// A simulation is what a node says, not a proven fact: nothing proves an EVM execution to a light
// client, so every Simulation is marked unverified (like SyncEngine::viewCall) and names the endpoint
// that answered. It runs against "latest" by default, or "pending", or any block (a 0x number: the
// write flow re-runs a reverted transaction at its parent block to find why it failed).
// It takes any from/to/value/data, so it also serves calls that are never sent from this wallet (a
// proposal's actions simulated from the timelock).
//
// Ownership: references the ChainClient, which must outlive the simulator; copies the profile's
// contracts and token for the decoder. Threading: blocking (ChainClient.h).
// Errors: the ChainClient's (Network, Remote for a refusal that is not a revert, Unverified); a revert is
// a successful Result with success == false.

#include "wallet/common/Result.h"
#include "wallet/network/NetworkProfile.h"
#include "wallet/network/RevertDecoder.h"
#include "wallet/tx/ChainClient.h"
#include "wallet/tx/TransactionBuilder.h"

#include <optional>
#include <string>
#include <string_view>

namespace plinth {

struct Simulation {
    bool success = false;
    Bytes returnData;                      // success only
    std::optional<ExplainedRevert> revert; // reverted only
    std::string block;                     // what it ran against: "latest", "pending" or a 0x number
    std::string endpoint;                  // who answered
    std::string assumption;                // the state it assumed beyond the chain's, in words; empty: none
    static constexpr bool verified = false;
};

class CallSimulator {
public:
    CallSimulator(ChainClient& chain, const NetworkProfile& profile);

    Result<Simulation> simulate(const CallRequest& call, std::string_view block = "latest");
    // As if the given storage words held other values (e.g. an allowance not yet approved); `assumption`
    // says so in words and is kept in the result.
    Result<Simulation> simulateAssuming(const CallRequest& call, const std::vector<StorageOverride>& overrides,
                                        std::string assumption, std::string_view block = "latest");
    // The exact call a prepared transaction makes (from, to, value, data).
    Result<Simulation> simulate(const PreparedTransaction& prepared, std::string_view block = "latest");

    const RevertDecoder& decoder() const { return m_decoder; }

private:
    ChainClient& m_chain;
    RevertDecoder m_decoder;
};

// The call a prepared transaction makes.
CallRequest callOf(const PreparedTransaction& prepared);

} // namespace plinth
