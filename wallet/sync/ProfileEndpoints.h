#pragma once
// ProfileEndpoints: the RPC endpoints of a network profile as the rpc module wants them. HTTP(S) URLs
// serve requests through an EndpointPool; WS(S) URLs serve new-head subscriptions (WsSubscription).
// Each endpoint is named by EndpointConfig::name() (scheme://host:port, never a path or query, where
// providers keep API keys), which is how errors and reports name an endpoint to the user.
//
// Threading: pure function. Errors: InvalidArgument naming the URL's position in the profile when a URL
// cannot be parsed, or when the profile has no HTTP(S) endpoint (requests need one).

#include "wallet/common/Result.h"
#include "wallet/network/NetworkProfile.h"
#include "wallet/rpc/EndpointConfig.h"

#include <vector>

namespace plinth {

struct ProfileEndpoints {
    std::vector<EndpointConfig> http;      // in the profile's order of preference
    std::vector<EndpointConfig> webSocket; // may be empty: new heads are then polled
};

Result<ProfileEndpoints> endpointsFromProfile(const NetworkProfile& profile);

} // namespace plinth
