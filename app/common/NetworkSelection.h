#pragma once
// Resolves `--network NAME|FILE` to a parsed NetworkProfile, for the GUI and the CLI alike.
//
// FILE: any path to a profile JSON. NAME: a profile saved as <datadir>/networks/NAME.json, or "devnet",
// the local devnet's profile in its default state dir. With no selection, the last one saved in the
// settings is used, then the devnet when it has written a profile; else there is no network yet.
// Threading: reads small files; call before the event loop starts or from a worker.
// Errors: a clear sentence naming the file or the name that could not be used.

#include "wallet/common/Result.h"
#include "wallet/network/NetworkProfile.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace plinth::app {

struct SelectedNetwork {
    NetworkProfile profile;
    QString path; // the file it was read from
};

// Reads and validates the profile at `path`.
Result<SelectedNetwork> loadNetworkProfile(const QString& path);

// Resolves a --network argument (may be empty: then std::nullopt when nothing is known).
Result<std::optional<SelectedNetwork>> selectNetwork(const QString& dataDir, const QString& nameOrFile);

// The names of the profiles saved in <datadir>/networks, plus "devnet" when it has a profile.
QStringList knownNetworkNames(const QString& dataDir);

} // namespace plinth::app
