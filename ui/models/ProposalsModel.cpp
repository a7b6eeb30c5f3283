#include "ui/models/ProposalsModel.h"

#include "ui/common/Formatting.h"

#include <algorithm>

namespace plinth::ui {
namespace {

double toDouble(const UInt256& v) { return QString::fromStdString(toDecimalString(v)).toDouble(); }

} // namespace

void ProposalsModel::setProposals(std::vector<Proposal> proposals, unsigned decimals, QString symbol, std::uint64_t now)
{
    beginResetModel();
    std::reverse(proposals.begin(), proposals.end());
    m_proposals = std::move(proposals);
    m_decimals = decimals;
    m_symbol = std::move(symbol);
    m_now = now;
    endResetModel();
}

void ProposalsModel::setNow(std::uint64_t now)
{
    if (now == m_now)
        return;
    m_now = now;
    if (!m_proposals.empty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {WhenRole});
}

bool ProposalsModel::boundaryBetween(std::uint64_t from, std::uint64_t to) const
{
    const auto crossed = [&](std::uint64_t t) { return t > from && t <= to; };
    return std::any_of(m_proposals.begin(), m_proposals.end(), [&](const Proposal& p) {
        if (p.state == ProposalState::Canceled || p.state == ProposalState::Executed)
            return false;
        // The governor's state() is Pending up to and including voteStart and Active up to and including
        // voteEnd (ProposalState.h): each moves on one second later. Execute opens at the eta itself.
        return crossed(p.snapshot + 1) || crossed(p.deadline + 1) || (p.eta && crossed(*p.eta));
    });
}

const Proposal* ProposalsModel::proposal(int row) const
{
    return row >= 0 && row < rowCount() ? &m_proposals[static_cast<std::size_t>(row)] : nullptr;
}

int ProposalsModel::rowOf(const UInt256& id) const
{
    for (std::size_t i = 0; i < m_proposals.size(); ++i)
        if (m_proposals[i].id == id)
            return static_cast<int>(i);
    return -1;
}

int ProposalsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_proposals.size());
}

ProposalsModel::Shares ProposalsModel::shares(const Proposal& p)
{
    const UInt256 cast = p.forVotes + p.againstVotes + p.abstainVotes;
    const double scale = toDouble(std::max(cast, p.quorum));
    if (scale <= 0)
        return {};
    return {toDouble(p.forVotes) / scale, toDouble(p.againstVotes) / scale, toDouble(p.abstainVotes) / scale,
            toDouble(p.quorum) / scale};
}

QString ProposalsModel::whenText(const Proposal& p, std::uint64_t now)
{
    if (p.state == ProposalState::Canceled)
        //: %1 a date
        return tr("Canceled; voting was to end %1").arg(formatDate(p.deadline));
    if (now < p.snapshot)
        //: %1 a duration ("2 days 3 hours")
        return tr("Voting starts in %1").arg(formatDuration(p.snapshot - now));
    if (now <= p.deadline)
        //: %1 a duration ("2 days 3 hours")
        return tr("Voting ends in %1").arg(formatDuration(p.deadline - now));
    //: %1 a date
    return tr("Voting ended %1").arg(formatDate(p.deadline));
}

QString ProposalsModel::tallyText(const Proposal& p) const
{
    //: %1-%3 amounts for, against and abstaining, %4 the quorum
    return tr("For %1, against %2, abstain %3; quorum %4")
        .arg(formatAmount(p.forVotes, m_decimals, m_symbol), formatAmount(p.againstVotes, m_decimals, m_symbol),
             formatAmount(p.abstainVotes, m_decimals, m_symbol), formatAmount(p.quorum, m_decimals, m_symbol));
}

QVariant ProposalsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Proposal& p = m_proposals[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: return QString::fromStdString(p.title);
    case Qt::ToolTipRole: return tallyText(p);
    case IdRole: return QString::fromStdString(toDecimalString(p.id));
    case StateRole: return static_cast<int>(p.state);
    case WhenRole: return whenText(p, m_now);
    case ForShareRole: return shares(p).forShare;
    case AgainstShareRole: return shares(p).againstShare;
    case AbstainShareRole: return shares(p).abstainShare;
    case QuorumShareRole: return shares(p).quorumMark;
    default: return {};
    }
}

QHash<int, QByteArray> ProposalsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(StateRole, "state");
    names.insert(WhenRole, "when");
    names.insert(ForShareRole, "forShare");
    names.insert(AgainstShareRole, "againstShare");
    names.insert(AbstainShareRole, "abstainShare");
    names.insert(QuorumShareRole, "quorumShare");
    return names;
}

} // namespace plinth::ui
