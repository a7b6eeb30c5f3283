#include "wallet/api/DeviceActionPlans.h"

namespace plinth {
namespace {

Error refuse(std::string message) { return makeError(ErrorCode::InvalidArgument, std::move(message)); }

ContractCallRequest registryCall(const Address& from, const Address& registry, Bytes data, const char* kind)
{
    ContractCallRequest call;
    call.from = from;
    call.to = registry;
    call.data = std::move(data);
    call.kind = kind;
    return call;
}

} // namespace

Result<std::vector<ContractCallRequest>> deviceActionCalls(const NetworkProfile& profile, const Address& from,
                                                           const NetworkActionKind& kind)
{
    auto registry = parseAddress(profile.contracts.devices);
    if (!registry)
        return refuse("the network \"" + profile.name + "\" has no device registry");
    std::vector<ContractCallRequest> calls;
    if (const auto* update = std::get_if<DeviceUpdateAction>(&kind)) {
        if (update->capacity) {
            if (update->capacity->first == 0)
                return refuse("the capacity must be a whole number above 0");
            if (update->capacity->second.empty())
                return refuse("the capacity needs its unit: the registry stores them as one");
            calls.push_back(registryCall(from, *registry,
                                         encodeUpdateCapacity(update->device, update->capacity->first, update->capacity->second),
                                         "device-update"));
        }
        if (update->region)
            calls.push_back(registryCall(from, *registry, encodeUpdateRegion(update->device, *update->region), "device-update"));
        if (update->metadataURI)
            calls.push_back(registryCall(from, *registry, encodeUpdateMetadata(update->device, *update->metadataURI), "device-update"));
        if (calls.empty())
            return refuse("nothing to update: give a capacity with its unit, a region or a metadata URI");
    } else if (const auto* transfer = std::get_if<DeviceTransferAction>(&kind)) {
        if (transfer->to == Address{})
            return refuse("the new owner must not be the zero address: the device would be lost");
        if (transfer->to == from)
            return refuse("the device already belongs to " + toChecksumAddress(from));
        calls.push_back(registryCall(from, *registry, encodeTransferDevice(from, transfer->to, transfer->device), "device-transfer"));
    } else if (const auto* retire = std::get_if<DeviceRetireAction>(&kind)) {
        calls.push_back(registryCall(from, *registry, encodeRetire(retire->device), "device-retire"));
    } else {
        return refuse("not a device action");
    }
    return calls;
}

} // namespace plinth
