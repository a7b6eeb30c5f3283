#pragma once
// ResourcePrefill: the capacity `device register --this-computer` proposes for a kind of resource, from
// what LocalResources measured on this computer, and where the figure came from. Only what the kernel
// reports is used:
//   storage   the free space of every real filesystem, summed, in whole GB (10^9 bytes)
//   compute   the logical CPU cores ("cores"); FLOPS cannot be measured here
//   bandwidth the fastest link speed of an interface that is up, in Mbps: the link, not the uplink a
//             provider sells, so people may well declare a lower figure
//   wireless, energy, sensor: nothing this computer can measure; the user declares it
//
// Threading: pure; any thread. Errors: none (no figure is an empty capacity).

#include "wallet/codec/UInt256.h"
#include "wallet/network/LocalResources.h"
#include "wallet/onboarding/OnboardingPayload.h"

#include <optional>
#include <string>

namespace plinth {

struct CapacityPrefill {
    std::optional<UInt256> capacity; // empty when nothing measured fits the kind
    std::string unit;                // "GB", "cores", "Mbps"
    std::string basis;               // what was measured, for people: "free space of 3 filesystems"
};

CapacityPrefill prefillCapacity(const LocalResources& resources, OnboardingKind kind);

} // namespace plinth
