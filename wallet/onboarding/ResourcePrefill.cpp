#include "wallet/onboarding/ResourcePrefill.h"

#include <algorithm>

namespace plinth {

CapacityPrefill prefillCapacity(const LocalResources& r, OnboardingKind kind)
{
    CapacityPrefill out;
    switch (kind) {
    case OnboardingKind::Storage: {
        UInt256 free = 0;
        std::size_t counted = 0;
        for (const DiskResource& d : r.disks) {
            if (d.provenance != Provenance::Measured)
                continue;
            free += d.freeBytes;
            ++counted;
        }
        const UInt256 gb = free / 1000000000u;
        if (counted > 0 && gb > 0) {
            out.capacity = gb;
            out.unit = "GB";
            out.basis = "free space of " + std::to_string(counted) + (counted == 1 ? " filesystem" : " filesystems");
        }
        break;
    }
    case OnboardingKind::Compute:
        if (r.cpu.provenance == Provenance::Measured && r.cpu.logicalCores > 0) {
            out.capacity = UInt256(r.cpu.logicalCores);
            out.unit = "cores";
            out.basis = "logical CPU cores of " + r.cpu.model;
        }
        break;
    case OnboardingKind::Bandwidth: {
        std::optional<std::uint64_t> best;
        std::string name;
        for (const NetworkInterfaceResource& i : r.interfaces) {
            if (i.loopback || i.operState != "up" || !i.speedMbps || *i.speedMbps == 0)
                continue;
            if (!best || *i.speedMbps > *best) {
                best = i.speedMbps;
                name = i.name;
            }
        }
        if (best) {
            out.capacity = UInt256(*best);
            out.unit = "Mbps";
            out.basis = "link speed of " + name;
        }
        break;
    }
    case OnboardingKind::Wireless:
    case OnboardingKind::Energy:
    case OnboardingKind::Sensor:
        break;
    }
    return out;
}

} // namespace plinth
