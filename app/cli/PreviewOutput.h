#pragma once
// A transaction preview (wallet/tx/TransactionPreview.h) as the CLI prints it: text for a person, or a
// JSON object for scripts. Token amounts among the decoded arguments are shown with the profile's token
// decimals and symbol, fees in the native currency rounded up to 6 significant digits (formatFee), with
// the per-gas prices in gwei. A simulation is always labelled unverified.
//
// Threading: pure functions of their arguments (translations through QCoreApplication::translate).

#include "wallet/network/NetworkProfile.h"
#include "wallet/tx/TransactionPreview.h"

#include <QJsonObject>
#include <QString>

namespace plinth::cli {

// Several lines, each ending in '\n'; `step` and `steps` number it within a plan ("Step 1 of 2").
QString previewText(const TransactionPreview& preview, const NetworkProfile& profile, int step, int steps);
QJsonObject previewJson(const TransactionPreview& preview, const NetworkProfile& profile);
// The revert as JSON: {"reason", "error", "contract", "data"}.
QJsonObject revertJson(const ExplainedRevert& revert);

} // namespace plinth::cli
