#pragma once
// OnboardingReader: reads the OnboardingFacts that checkOnboarding (OnboardingCheck.h) judges a payload
// by: the node's chain id, the latest block and its timestamp, and DeviceRegistry's and the token's views
// (ownerOfDevice, isRetired, nonceUsed, minStake, onboardingFee, balanceOf, allowance), all at "latest".
// These are eth_call answers, not proofs: facts.verified stays false.
//
// Ownership: references the pool and the profile, which must outlive it.
// Threading: blocking (RpcSync.h): a worker or the CLI's main thread, never a GUI thread.
// Errors: InvalidArgument when the profile lacks the registry or the token; the ChainClient's errors
// (Network, Remote, Unverified) with what was being read.

#include "wallet/codec/AbiValue.h"
#include "wallet/common/Result.h"
#include "wallet/network/NetworkProfile.h"
#include "wallet/onboarding/OnboardingCheck.h"
#include "wallet/rpc/EndpointPool.h"
#include "wallet/tx/ChainClient.h"

#include <vector>

namespace plinth {

class OnboardingReader {
public:
    OnboardingReader(EndpointPool& pool, const NetworkProfile& profile);

    Result<OnboardingFacts> read(const OnboardingPayload& payload, const Address& sender);

private:
    Result<UInt256> view(const Address& contract, const char* signature, const std::vector<AbiValue>& args,
                         const char* what);

    EndpointPool& m_pool;
    const NetworkProfile& m_profile;
    ChainClient m_chain;
};

} // namespace plinth
