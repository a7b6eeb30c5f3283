#pragma once
// What the first run's network page lists: a known network profile and whether its RPC answered.
// The application supplies the probe (it knows where profiles live: app/common/NetworkProbe.h); the
// page runs it on a worker thread, never on the GUI thread.

#include <QList>
#include <QString>

#include <functional>

namespace plinth::ui {

struct NetworkChoice {
    QString name;        // as --network takes it: "devnet" or a saved profile's name
    QString description; // one sentence: chain id and whether the RPC answered, or why not
    bool answers = false;
    bool isLocalDevnet = false; // offered only when it answers
};

// Blocking (reads profiles, asks each RPC for its chain id): called on a worker thread only.
using NetworkProbe = std::function<QList<NetworkChoice>()>;

} // namespace plinth::ui
