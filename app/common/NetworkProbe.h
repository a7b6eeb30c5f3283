#pragma once
// Which known networks (NetworkSelection.h knownNetworkNames) can be used right now: each profile is read
// and its first RPC endpoint asked for its chain id, which must equal the profile's. The first run uses
// it to offer the local devnet only when it runs.
//
// Threading: blocking (files and one HTTP request per network, each bounded by `timeout`): call from a
// worker thread only, never the GUI thread. Errors: never fails as a whole; each entry says in a
// translated sentence what was found.

#include <QList>
#include <QString>

#include <chrono>
#include <cstdint>

namespace plinth::app {

struct NetworkReachability {
    QString name;
    std::uint64_t chainId = 0;
    bool answers = false;       // the RPC answered with the profile's chain id
    bool isLocalDevnet = false; // the "devnet" profile
    QString description;        // "Chain 31337; the RPC answers." or why not
};

QList<NetworkReachability> probeKnownNetworks(const QString& dataDir,
                                              std::chrono::milliseconds timeout = std::chrono::milliseconds(1500));

} // namespace plinth::app
