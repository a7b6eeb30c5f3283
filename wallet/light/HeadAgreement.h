#pragma once
// HeadAgreement: compares the heads that several endpoints report. Two endpoints that give different
// hashes for the same block number are on different forks, or one of them lies; the user is told which
// two, rather than silently following one of them. Heads at different numbers are not compared (an
// endpoint that lags is not lying).
//
// Threading: pure functions, safe on any thread.
// Errors: Unverified, naming both endpoints, the block and both hashes.

#include "wallet/common/Bytes.h"
#include "wallet/common/Result.h"

#include <cstdint>
#include <span>
#include <string>

namespace plinth {

class HeaderChain;

struct EndpointHead {
    std::string endpoint; // as the user knows it (profile label or URL without credentials)
    std::uint64_t number = 0;
    Hash32 hash{};
};

// Fails on the first pair of endpoints that disagree about one block.
Result<void> checkHeadsAgree(std::span<const EndpointHead> heads);

// Fails for an endpoint whose head is a block the verified chain holds under another hash.
Result<void> checkHeadsAgainstChain(const HeaderChain& chain, std::span<const EndpointHead> heads);

} // namespace plinth
