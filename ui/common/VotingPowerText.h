#pragma once
// What the GUI says about an account's voting power on a proposal (wallet/network/VotingPower.h): how
// much it is, and why: self-delegated, delegated to it by other holders, or why it is 0 (no tokens,
// not delegated, delegated to someone else, tokens arrived after the snapshot). One place for the
// governance detail and the vote dialog.
//
// Threading: GUI thread (translations). Pure otherwise. Errors: none.

#include "ui/models/SnapshotTableModel.h"
#include "wallet/network/VotingPower.h"

#include <QString>

namespace plinth::ui {

// "Your voting power at the snapshot: 1,000 PLNTH" (or "now", while the snapshot is still ahead).
QString votingPowerHeadline(const VotingPowerReport& power, bool snapshotPassed, const TokenUnits& units);
// Why, in a sentence.
QString votingPowerReason(const VotingPowerReport& power, const TokenUnits& units);

} // namespace plinth::ui
