#pragma once
// ProposalTemplates: the actions of a new proposal from what a person types on the command line.
//
//  - a parameter change, "CONTRACT.PARAMETER=VALUE" ("rewards.rewardRate=0.55"): the setters
//    ActionDecoder knows (parameterSetters()), whose only caller is the timelock (contracts/README.md:
//    every parameter belongs to it). CONTRACT is the profile's key or an alias ("registry" for
//    "devices"). VALUE is in the parameter's unit: token amounts and rates in whole tokens ("1500",
//    "0.55"), durations in seconds or with a suffix s, m, h or d ("7d"), percentages as integers.
//  - a treasury transfer, "ADDRESS=AMOUNT": token.transfer(ADDRESS, AMOUNT tokens) paid by the timelock.
//  - a raw action, "TARGET VALUE CALLDATA": the call as the governor will make it (value in wei).
//  - a call by signature, "TARGET SIGNATURE [ARGUMENTS]": "staking setUnbondingPeriod(uint64) [604800]",
//    the arguments a JSON array (numbers may be strings; absent means none).
// TARGET is a profile contract name or an address.
//
// Ownership: holds copies of the contract names. Threading: const methods are safe from any thread.
// Errors: InvalidArgument saying which part is wrong (unknown contract or parameter, a value that does
// not parse or does not fit the setter's type, malformed calldata or arguments).

#include "wallet/codec/UInt256.h"
#include "wallet/common/Bytes.h"
#include "wallet/common/Result.h"
#include "wallet/eth/Address.h"
#include "wallet/network/ActionDecoder.h"
#include "wallet/network/CallEncoders.h"
#include "wallet/network/NetworkProfile.h"

#include <string_view>
#include <vector>

namespace plinth {

struct ProposalAction {
    Address target;
    UInt256 value = 0;
    Bytes calldata;
};

class ProposalTemplates {
public:
    ProposalTemplates(const NetworkContracts& contracts, unsigned tokenDecimals);

    Result<ProposalAction> parameterChange(std::string_view assignment) const;
    Result<ProposalAction> treasuryTransfer(std::string_view assignment) const;
    Result<ProposalAction> rawAction(std::string_view spec) const;
    Result<ProposalAction> callAction(std::string_view spec) const;

    // A profile contract name ("rewards", "registry") or an address.
    Result<Address> target(std::string_view nameOrAddress) const;

private:
    Result<UInt256> parseValue(std::string_view text, ValueUnit unit) const;

    NetworkContracts m_contracts;
    unsigned m_decimals;
};

void appendAction(ProposalActions& actions, const ProposalAction& action);

} // namespace plinth
