#pragma once
// What the GUI says about an account's voting power on a proposal (wallet/network/VotingPower.h): how
// much it is, and why: self-delegated, delegated to it by other holders, or why it is 0 (no tokens,
// not delegated, delegated to someone else, tokens arrived after the snapshot); and whom its votes are
// delegated to now, with the block that is verified at. One place for the governance detail, the vote
// dialog and the delegate-votes dialog.
//
// Threading: GUI thread (translations). Pure otherwise. Errors: none.

#include "ui/models/SnapshotTableModel.h"
#include "wallet/network/VotingPower.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace plinth::ui {

// "Your voting power at the snapshot: 1,000 PLNTH" (or "now", while the snapshot is still ahead).
QString votingPowerHeadline(const VotingPowerReport& power, bool snapshotPassed, const TokenUnits& units);
// Why, in a sentence.
QString votingPowerReason(const VotingPowerReport& power, const TokenUnits& units);
// "Your votes are delegated to 0x1234…abcd now (verified at block 1,234)." (or "to yourself", or to
// nobody), from the token's verified DelegateChanged events; the full address goes in a tooltip.
QString delegationText(const Address& account, const std::optional<Address>& delegate, std::uint64_t verifiedBlock);

} // namespace plinth::ui
