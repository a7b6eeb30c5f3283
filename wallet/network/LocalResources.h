#pragma once
// LocalResources: what this computer offers, to prefill registering it as a device: disks and their free
// space, GPUs, CPU, memory and network interfaces. Linux only, read from the kernel's own files:
// /proc/self/mounts + statvfs (real filesystems only, one row per filesystem), /proc/cpuinfo,
// /proc/meminfo, /sys/class/drm/*/device/{vendor,device} and /proc/driver/nvidia/gpus/*/information,
// /sys/class/net/*. Every value says whether it was measured or is unknown (the file was missing or
// unreadable); nothing is guessed. Capacities a network scores (TFLOPS, Mbps of uplink) cannot be
// measured here and are left for the user to declare.
//
// Threading: touches the disk: a worker or the CLI, never the GUI thread. Errors: none; what cannot be
// read is Unknown.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace plinth {

enum class Provenance { Measured, Unknown };

struct DiskResource {
    std::string mountPoint, source, fsType;
    std::uint64_t totalBytes = 0;
    std::uint64_t freeBytes = 0;      // f_bavail × f_frsize: free for an unprivileged user
    Provenance provenance = Provenance::Measured;
};

struct GpuResource {
    std::string name;     // the driver's model name, or "vendor 0x10de device 0x2684"
    std::string vendorId; // "0x10de", empty when unknown
    std::string deviceId;
    std::string source;   // the file it was read from
};

struct CpuResource {
    std::string model;               // "unknown" when unreadable
    unsigned logicalCores = 0;
    Provenance provenance = Provenance::Unknown;
};

struct MemoryResource {
    std::optional<std::uint64_t> totalBytes;     // MemTotal
    std::optional<std::uint64_t> availableBytes; // MemAvailable
    Provenance provenance = Provenance::Unknown;
};

struct NetworkInterfaceResource {
    std::string name;
    std::string macAddress;                 // empty when none
    std::string operState;                  // "up", "down", "unknown"
    std::optional<std::uint64_t> speedMbps; // the link speed the driver reports, when it does
    bool loopback = false;
};

struct LocalResources {
    std::vector<DiskResource> disks;
    std::vector<GpuResource> gpus;
    Provenance gpuProvenance = Provenance::Unknown; // Measured when a GPU listing could be read
    CpuResource cpu;
    MemoryResource memory;
    std::vector<NetworkInterfaceResource> interfaces;
};

// Where the kernel's files are (tests point these at a prepared tree).
struct ResourceRoots {
    std::filesystem::path proc = "/proc";
    std::filesystem::path sys = "/sys";
};

LocalResources measureLocalResources(const ResourceRoots& roots = {});

const char* provenanceName(Provenance p); // "measured", "unknown"

} // namespace plinth
