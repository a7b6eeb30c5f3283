#include "app/cli/GovernanceWrite.h"

#include "app/cli/GovernanceOutput.h"

namespace plinth::cli {

Result<GovernanceSession> openGovernance(CliContext& context, const QString* proposalText)
{
    auto chain = ChainSession::open(context);
    if (!chain)
        return chain.error();
    auto view = loadGovernance((*chain)->store(), (*chain)->profile());
    if (!view)
        return view.error();
    GovernanceSession out{std::move(*chain), std::move(*view), nullptr};
    if (proposalText) {
        out.proposal = findProposal(out.view.book, *proposalText);
        if (!out.proposal)
            return makeError(ErrorCode::NotFound,
                             QCoreApplication::translate("cli", "no proposal %1 in the verified cache").arg(*proposalText).toStdString());
    }
    return out;
}

WritePlan governancePlan(const QString& title, const QString& stepText, const Address& to, Bytes data, std::string kind)
{
    WritePlan plan;
    plan.title = title;
    WriteStep step;
    step.description = stepText;
    step.call.to = to;
    step.call.data = std::move(data);
    step.call.kind = std::move(kind);
    plan.steps.push_back(std::move(step));
    return plan;
}

} // namespace plinth::cli
