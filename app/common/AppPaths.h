#pragma once
// Where Plinth keeps its files, shared by the GUI and the CLI so both see the same vault and cache.
// Threading: pure functions of their arguments and the environment; call from any thread.

#include <QString>

namespace plinth::app {

// The XDG data location ($XDG_DATA_HOME/plinth, else ~/.local/share/plinth).
QString defaultDataDir();

// The data dir to use: `requested` made absolute, or the default when empty. Creates nothing.
QString resolveDataDir(const QString& requested);

// The state folder of `contracts/devnet` (its default), where it writes network.json.
QString defaultDevnetDir();

} // namespace plinth::app
