#pragma once
// NetworkProfileFile: the profiles a user edits in Settings, kept as <datadir>/networks/<file>.json
// (where `--network <file>` finds them). A profile loaded from elsewhere (the devnet's own file, a path
// given on the command line) is saved there under a file name made from its name ("Plinth Devnet" ->
// "plinth-devnet"), and a later start that loads the same network (same chain id and contracts) takes
// its endpoints from the saved copy: the user's endpoint list wins over the file it came from.
//
// Threading: plain functions that touch the disk: call them from a worker, never from the GUI thread.
// Errors: Io naming the file (the old file is left as it was: the write goes to a temporary beside it,
// renamed at the end); InvalidArgument for a profile the parser would refuse (nothing is written).

#include "wallet/common/Result.h"
#include "wallet/network/NetworkProfile.h"

#include <filesystem>
#include <optional>
#include <string>

namespace plinth {

// "Plinth Devnet" -> "plinth-devnet"; never empty ("network").
std::string profileFileStem(const NetworkProfile& profile);
std::filesystem::path savedProfilePath(const std::filesystem::path& dataDir, const NetworkProfile& profile);

// Writes the profile atomically; returns the file written.
Result<std::filesystem::path> saveNetworkProfile(const NetworkProfile& profile, const std::filesystem::path& dataDir);

// The saved copy of the same network (same chain id and contracts), if there is one that parses.
std::optional<NetworkProfile> savedCopyOf(const NetworkProfile& profile, const std::filesystem::path& dataDir);

} // namespace plinth
