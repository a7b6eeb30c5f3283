#include "ui/widgets/StateChip.h"

#include <QStyle>

namespace plinth::ui {

StateChip::StateChip(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("stateChip"));
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
}

void StateChip::setState(ProposalState state)
{
    setText(stateText(state));
    setAccessibleName(tr("State: %1").arg(stateText(state)));
    setProperty("chipState", role(state));
    // A dynamic property used by the style sheet takes effect only after a re-polish.
    style()->unpolish(this);
    style()->polish(this);
}

QString StateChip::stateText(ProposalState state)
{
    switch (state) {
    //: a proposal's state
    case ProposalState::Pending: return tr("Pending");
    //: a proposal's state
    case ProposalState::Active: return tr("Active");
    //: a proposal's state
    case ProposalState::Canceled: return tr("Canceled");
    //: a proposal's state
    case ProposalState::Defeated: return tr("Defeated");
    //: a proposal's state
    case ProposalState::Succeeded: return tr("Succeeded");
    //: a proposal's state
    case ProposalState::Queued: return tr("Queued");
    //: a proposal's state
    case ProposalState::Expired: return tr("Expired");
    //: a proposal's state
    case ProposalState::Executed: return tr("Executed");
    }
    return {};
}

QString StateChip::role(ProposalState state) { return QString::fromLatin1(proposalStateName(state)); }

} // namespace plinth::ui
