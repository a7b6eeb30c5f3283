#include "wallet/network/LocalResources.h"

#include <sys/statvfs.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace plinth {
namespace {

namespace fs = std::filesystem;

std::optional<std::string> readFile(const fs::path& path)
{
    std::ifstream f(path, std::ios::binary);
    if (!f)
        return std::nullopt;
    std::ostringstream s;
    s << f.rdbuf();
    return s.str();
}

std::string trimmed(std::string s)
{
    const auto notSpace = [](unsigned char c) { return !std::isspace(c); };
    s.erase(s.begin(), std::find_if(s.begin(), s.end(), notSpace));
    s.erase(std::find_if(s.rbegin(), s.rend(), notSpace).base(), s.end());
    return s;
}

// /proc/self/mounts escapes spaces and friends as \040 (octal).
std::string unescapeMount(const std::string& s)
{
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 3 < s.size()) {
            const std::string oct = s.substr(i + 1, 3);
            if (oct.size() == 3 && std::all_of(oct.begin(), oct.end(), [](char c) { return c >= '0' && c <= '7'; })) {
                out += static_cast<char>(std::stoi(oct, nullptr, 8));
                i += 3;
                continue;
            }
        }
        out += s[i];
    }
    return out;
}

bool isPseudoFilesystem(const std::string& type)
{
    static const std::set<std::string> kPseudo = {
        "proc",    "sysfs",    "cgroup",  "cgroup2",   "devpts",      "mqueue", "tmpfs",    "devtmpfs",
        "securityfs", "debugfs", "tracefs", "pstore",  "bpf",         "autofs", "hugetlbfs", "configfs",
        "fusectl", "binfmt_misc", "nsfs", "ramfs",    "squashfs",    "efivarfs", "rpc_pipefs", "selinuxfs",
        "fuse.gvfsd-fuse", "fuse.portal", "overlay_lower"};
    return kPseudo.count(type) > 0;
}

std::vector<DiskResource> disks(const ResourceRoots& roots)
{
    std::vector<DiskResource> out;
    auto mounts = readFile(roots.proc / "self" / "mounts");
    if (!mounts)
        return out;
    std::map<unsigned long, std::size_t> byFsid; // bind mounts of one filesystem: keep the shortest path
    std::istringstream lines(*mounts);
    std::string line;
    while (std::getline(lines, line)) {
        std::istringstream fields(line);
        std::string source, mountPoint, type;
        if (!(fields >> source >> mountPoint >> type))
            continue;
        mountPoint = unescapeMount(mountPoint);
        // Real storage: a block device, or the root filesystem whatever it is (overlay in a container).
        if (isPseudoFilesystem(type) || (source.rfind("/dev/", 0) != 0 && mountPoint != "/"))
            continue;
        struct statvfs st {};
        if (::statvfs(mountPoint.c_str(), &st) != 0 || st.f_blocks == 0)
            continue;
        DiskResource d{mountPoint, unescapeMount(source), type, std::uint64_t(st.f_blocks) * st.f_frsize,
                       std::uint64_t(st.f_bavail) * st.f_frsize, Provenance::Measured};
        auto [it, added] = byFsid.emplace(st.f_fsid, out.size());
        if (added)
            out.push_back(std::move(d));
        else if (d.mountPoint.size() < out[it->second].mountPoint.size())
            out[it->second] = std::move(d);
    }
    return out;
}

std::vector<GpuResource> gpus(const ResourceRoots& roots, bool& readable)
{
    std::vector<GpuResource> out;
    std::error_code ec;
    const fs::path drm = roots.sys / "class" / "drm";
    std::set<std::string> seen;
    if (fs::is_directory(drm, ec)) {
        readable = true;
        for (const auto& entry : fs::directory_iterator(drm, ec)) {
            const std::string name = entry.path().filename().string();
            // card0, card1: one per GPU (card0-HDMI-A-1 are its connectors, renderD128 its render node).
            if (name.rfind("card", 0) != 0 || name.find('-') != std::string::npos)
                continue;
            auto vendor = readFile(entry.path() / "device" / "vendor");
            auto device = readFile(entry.path() / "device" / "device");
            if (!vendor || !device)
                continue;
            GpuResource g;
            g.vendorId = trimmed(*vendor);
            g.deviceId = trimmed(*device);
            g.name = "vendor " + g.vendorId + " device " + g.deviceId;
            g.source = (entry.path() / "device").string();
            if (seen.insert(g.source).second)
                out.push_back(std::move(g));
        }
    }
    const fs::path nvidia = roots.proc / "driver" / "nvidia" / "gpus";
    if (fs::is_directory(nvidia, ec)) {
        readable = true;
        for (const auto& entry : fs::directory_iterator(nvidia, ec)) {
            auto info = readFile(entry.path() / "information");
            if (!info)
                continue;
            std::istringstream lines(*info);
            std::string line;
            while (std::getline(lines, line))
                if (line.rfind("Model:", 0) == 0) {
                    GpuResource g;
                    g.name = trimmed(line.substr(6));
                    g.vendorId = "0x10de";
                    g.source = (entry.path() / "information").string();
                    out.push_back(std::move(g));
                }
        }
    }
    return out;
}

CpuResource cpu(const ResourceRoots& roots)
{
    CpuResource c;
    c.model = "unknown";
    auto info = readFile(roots.proc / "cpuinfo");
    if (!info)
        return c;
    std::istringstream lines(*info);
    std::string line;
    while (std::getline(lines, line)) {
        const auto colon = line.find(':');
        if (colon == std::string::npos)
            continue;
        const std::string key = trimmed(line.substr(0, colon));
        if (key == "processor")
            ++c.logicalCores;
        else if ((key == "model name" || key == "Model") && c.model == "unknown")
            c.model = trimmed(line.substr(colon + 1));
    }
    if (c.logicalCores)
        c.provenance = Provenance::Measured;
    return c;
}

MemoryResource memory(const ResourceRoots& roots)
{
    MemoryResource m;
    auto info = readFile(roots.proc / "meminfo");
    if (!info)
        return m;
    std::istringstream lines(*info);
    std::string key, unit;
    std::uint64_t value = 0;
    while (lines >> key >> value) {
        std::getline(lines, unit);
        const std::uint64_t factor = trimmed(unit) == "kB" ? 1024 : 1;
        if (key == "MemTotal:")
            m.totalBytes = value * factor;
        else if (key == "MemAvailable:")
            m.availableBytes = value * factor;
    }
    if (m.totalBytes)
        m.provenance = Provenance::Measured;
    return m;
}

std::vector<NetworkInterfaceResource> interfaces(const ResourceRoots& roots)
{
    std::vector<NetworkInterfaceResource> out;
    std::error_code ec;
    const fs::path net = roots.sys / "class" / "net";
    for (const auto& entry : fs::directory_iterator(net, ec)) {
        NetworkInterfaceResource n;
        n.name = entry.path().filename().string();
        n.macAddress = trimmed(readFile(entry.path() / "address").value_or(""));
        n.operState = trimmed(readFile(entry.path() / "operstate").value_or("unknown"));
        n.loopback = trimmed(readFile(entry.path() / "type").value_or("")) == "772"; // ARPHRD_LOOPBACK
        if (n.macAddress == "00:00:00:00:00:00")
            n.macAddress.clear();
        // Reading speed fails (EINVAL) for links that are down or virtual: then it is unknown.
        if (auto speed = readFile(entry.path() / "speed")) {
            const std::string s = trimmed(*speed);
            if (!s.empty() && std::all_of(s.begin(), s.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
                n.speedMbps = std::stoull(s);
        }
        out.push_back(std::move(n));
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    return out;
}

} // namespace

const char* provenanceName(Provenance p) { return p == Provenance::Measured ? "measured" : "unknown"; }

LocalResources measureLocalResources(const ResourceRoots& roots)
{
    LocalResources r;
    r.disks = disks(roots);
    bool gpuReadable = false;
    r.gpus = gpus(roots, gpuReadable);
    r.gpuProvenance = gpuReadable ? Provenance::Measured : Provenance::Unknown;
    r.cpu = cpu(roots);
    r.memory = memory(roots);
    r.interfaces = interfaces(roots);
    std::sort(r.disks.begin(), r.disks.end(), [](const auto& a, const auto& b) { return a.mountPoint < b.mountPoint; });
    return r;
}

} // namespace plinth
