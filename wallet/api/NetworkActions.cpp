#include "wallet/api/NetworkActions.h"

#include "wallet/api/ActionPlanner.h"
#include "wallet/api/ServiceWorker.h"
#include "wallet/api/TransactionChain.h"

#include <algorithm>

namespace plinth {

bool PreviewedPlan::sendable() const
{
    return !steps.empty() && std::all_of(steps.begin(), steps.end(), [](const PreviewedStep& s) {
        // A step after an approval is previewed as if approved; it must still have been built.
        return s.call.sendable();
    });
}

void TransactionsService::previewAction(Address from, NetworkAction action, FeeSpeed speed, Callback<PreviewedPlan> done)
{
    ServiceWorker* worker = m_worker.get();
    worker->post([this, worker, from, action = std::move(action), speed, done = std::move(done)](bool cancelled) {
        if (cancelled)
            return done(worker->cancelledError());
        ActionPlanner planner = m_chain->planner();
        auto steps = planner.steps(from, action);
        if (!steps)
            return done(steps.error());
        done(planner.previewSteps(from, speed, action.description, std::move(*steps)));
    });
}

// A plan being sent: shared by the callbacks of its steps (all on the worker).
struct TransactionsService::PlanRun {
    PreviewedPlan plan;
    std::function<void(const PlanProgress&)> onStatus;
    Callback<std::vector<TrackedTransaction>> done;
    std::vector<TrackedTransaction> settled;
};

void TransactionsService::sendPlan(PreviewedPlan plan, std::function<void(const PlanProgress&)> onStatus,
                                   Callback<std::vector<TrackedTransaction>> done)
{
    if (!plan.sendable())
        return done(makeError(ErrorCode::InvalidArgument, "this plan cannot be sent: a step could not be built or its simulation reverted"));
    auto run = std::make_shared<PlanRun>();
    run->plan = std::move(plan);
    run->onStatus = std::move(onStatus);
    run->done = std::move(done);
    sendPlanStep(std::move(run), 0);
}

void TransactionsService::sendPlanStep(std::shared_ptr<PlanRun> run, std::size_t index)
{
    ServiceWorker* worker = m_worker.get();
    worker->post([this, worker, run, index](bool cancelled) {
        if (cancelled)
            return run->done(worker->cancelledError());
        PreviewedCall call = run->plan.steps[index].call;
        const bool approvalSent = std::any_of(run->plan.steps.begin(), run->plan.steps.begin() + std::ptrdiff_t(index),
                                              [](const PreviewedStep& s) { return s.approval.has_value(); });
        if (index > 0) {
            // The step before is in a block: fresh nonce and fees, and a step that waited for an approval
            // is built and simulated for real now.
            PlanStep step = planStepOf(run->plan.steps[index]);
            call = m_chain->planner().build(step);
            if (!call.sendable()) {
                const std::string why = call.preview.simulation && call.preview.simulation->revert
                                            ? "it would fail: " + call.preview.simulation->revert->sentence
                                        : call.buildError ? call.buildError->message
                                                          : std::string("it could not be simulated");
                const std::string stays = approvalSent ? " The approval sent before stays in place." : "";
                return run->done(makeError(call.buildError ? call.buildError->code : ErrorCode::Remote,
                                           "step " + std::to_string(index + 1) + " was not sent: " + why + "." + stays));
            }
            run->plan.steps[index].call = call;
        }
        auto status = [run, index](const TrackedTransaction& t) {
            if (run->onStatus)
                run->onStatus(PlanProgress{index, t});
        };
        send(std::move(call), status, [this, run, index](Result<TrackedTransaction> r) {
            if (!r)
                return run->done(r.error());
            const bool ok = !r->timedOut && r->status.state == TransactionStatus::State::Included && r->status.receipt &&
                            r->status.receipt->success;
            run->settled.push_back(std::move(*r));
            if (!ok || index + 1 == run->plan.steps.size())
                return run->done(std::move(run->settled));
            sendPlanStep(run, index + 1);
        });
    });
}

} // namespace plinth
