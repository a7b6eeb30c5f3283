#include "wallet/api/NetworkActions.h"

#include <algorithm>

namespace plinth {

bool PreviewedPlan::sendable() const
{
    return !steps.empty() && std::all_of(steps.begin(), steps.end(), [](const PreviewedStep& s) {
        // A step after an approval is previewed as if approved; it must still have been built.
        return s.call.sendable();
    });
}

// Placeholders until the plan builder lands (issue 7, transactions work): they refuse plainly.
void TransactionsService::previewAction(Address, NetworkAction, FeeSpeed, Callback<PreviewedPlan> done)
{
    done(makeError(ErrorCode::Unsupported, "actions are not available in this build yet"));
}

void TransactionsService::sendPlan(PreviewedPlan, std::function<void(const PlanProgress&)>,
                                   Callback<std::vector<TrackedTransaction>> done)
{
    done(makeError(ErrorCode::Unsupported, "actions are not available in this build yet"));
}

} // namespace plinth
