#include "wallet/sync/ProfileEndpoints.h"

namespace plinth {

Result<ProfileEndpoints> endpointsFromProfile(const NetworkProfile& profile)
{
    ProfileEndpoints out;
    for (std::size_t i = 0; i < profile.rpc.size(); ++i) {
        auto parsed = parseEndpointUrl(profile.rpc[i]);
        if (!parsed)
            return makeError(ErrorCode::InvalidArgument,
                             "rpc endpoint " + std::to_string(i + 1) + " of the profile: " + parsed.error().message);
        EndpointConfig config;
        config.url = profile.rpc[i];
        (parsed->webSocket() ? out.webSocket : out.http).push_back(std::move(config));
    }
    if (out.http.empty())
        return makeError(ErrorCode::InvalidArgument,
                         "the network profile '" + profile.name + "' has no http:// or https:// RPC endpoint");
    return out;
}

} // namespace plinth
