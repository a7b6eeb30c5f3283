#pragma once
// What the governance write commands (vote, delegate, propose, queue, execute) and simulate share: the
// verified governance view they check against, found proposals, and the one-call plan they hand to the
// shared write flow (WriteFlow.h: preview, confirmation or --yes, signing, sending, tracking).
//
// Ownership: GovernanceSession owns its chain session and view; `proposal` points into the view.
// Threading: main thread only (blocks on the network). Errors: the cache's and the sync's, each a
// sentence; NotFound naming the proposal when the verified cache has none.

#include "app/cli/ChainSession.h"
#include "app/cli/CliContext.h"
#include "app/cli/WriteFlow.h"
#include "wallet/common/Bytes.h"
#include "wallet/eth/Address.h"
#include "wallet/network/GovernanceLoader.h"

#include <QString>

#include <memory>
#include <string>

namespace plinth::cli {

struct GovernanceSession {
    std::unique_ptr<ChainSession> chain;
    GovernanceView view;
    const Proposal* proposal = nullptr; // the one asked for, when asked
};

// Syncs and loads the governance view; with `proposalText`, finds that proposal.
Result<GovernanceSession> openGovernance(CliContext& context, const QString* proposalText = nullptr);

// A plan of one call to `to` (the governor or the token): `title` says what it achieves, `step` what the
// transaction is; the command adds its governance facts (notes and facts) before WriteFlow::run.
WritePlan governancePlan(const QString& title, const QString& step, const Address& to, Bytes data, std::string kind);

} // namespace plinth::cli
