// The Overview's cards that read the network services' verified cache: the last 30 days of earnings, the
// devices at a glance, the proposals awaiting a vote, the recent activity. The page, its grid and its
// reloads are in OverviewPage.cpp; balances, claimable and Claim in OverviewPageProofs.cpp.
#include "ui/pages/OverviewPage.h"

#include "ui/common/Formatting.h"
#include "ui/common/GuiCallback.h"
#include "ui/pages/OverviewText.h"
#include "ui/widgets/Card.h"
#include "ui/widgets/EarningsChart.h"

#include <QDateTime>
#include <QLabel>
#include <QListWidget>

#include <algorithm>
#include <memory>

namespace plinth::ui {
namespace {

constexpr std::uint64_t kDay = 86400;
constexpr int kChartDays = 30;
constexpr std::size_t kActivityRows = 6;

} // namespace

void OverviewPage::loadEarnings()
{
    showLoading(m_earnings, tr("Adding up your rewards of the last 30 days…"));
    // The window ends at the verified block's time, not the wall clock: a chain's clock decides what
    // "the last 30 days" holds, and a cache that is behind should not show empty recent days.
    const SyncStatus status = m_services.sync->status();
    const std::uint64_t now = status.verifiedTimestamp ? status.verifiedTimestamp
                                                       : static_cast<std::uint64_t>(QDateTime::currentSecsSinceEpoch());
    const std::uint64_t firstDay = (now / kDay - (kChartDays - 1)) * kDay;
    EarningsFilter filter;
    filter.owner = *m_accounts.current();
    filter.from = firstDay;
    const std::uint64_t g = m_generation;
    m_services.network->earnings(filter, EarningsPeriod::Day, 0, onGui(this, [this, g, firstDay](Result<EarningsSnapshot> r) {
        if (!current(g))
            return;
        //: %1 why the earnings could not be read, a sentence from the wallet
        if (!r)
            return m_earnings->showFailure(r.error(), tr("Could not read your earnings: %1"));
        if (r->summary.rewards == 0)
            return m_earnings->showEmpty(tr("None of your devices earned a reward in the last 30 days."));
        QStringList days;
        ChartSeries series{tr("Rewards"), std::vector<UInt256>(kChartDays, 0)};
        for (int i = 0; i < kChartDays; ++i)
            days << formatPeriod(firstDay + std::uint64_t(i) * kDay, EarningsPeriod::Day);
        for (const EarningsBucket& b : r->summary.periods)
            if (b.start >= firstDay && (b.start - firstDay) / kDay < std::uint64_t(kChartDays))
                series.amounts[(b.start - firstDay) / kDay] += b.amount;
        m_chart->setData(days, {series}, tokenDecimals(), tokenSymbol());
        //: %1 the amount, %Ln the number of rewards, %2 the verified block
        m_earningsTotal->setText(tr("%1 in %Ln reward(s), verified at block %2", nullptr, int(r->summary.rewards))
                                     .arg(formatAmount(r->summary.total, tokenDecimals(), tokenSymbol()),
                                          formatCount(r->at.block.number)));
        m_earningsTotal->setToolTip(fullAmount(r->summary.total, tokenDecimals(), tokenSymbol()));
        m_earnings->showBody();
    }));
}

void OverviewPage::loadDevices()
{
    showLoading(m_devices, tr("Reading your devices from the verified cache…"));
    const std::uint64_t g = m_generation;
    m_services.network->devices(*m_accounts.current(), onGui(this, [this, g](Result<DevicesSnapshot> r) {
        if (!current(g))
            return;
        //: %1 why the devices could not be read, a sentence from the wallet
        if (!r)
            return m_devices->showFailure(r.error(), tr("Could not read your devices: %1"));
        if (r->devices.empty())
            return m_devices->showEmpty(tr("This account has no devices. Register one on the Devices page."));
        std::uint64_t counts[3] = {0, 0, 0};
        for (const Device& d : r->devices)
            ++counts[d.status == DeviceStatus::Active ? 0 : d.status == DeviceStatus::Offline ? 1 : 2];
        m_active->setText(formatCount(counts[0]));
        m_offline->setText(formatCount(counts[1]));
        m_retired->setText(formatCount(counts[2]));
        m_devices->showBody();
    }));
}

void OverviewPage::loadProposals()
{
    showLoading(m_proposals, tr("Reading the network's proposals…"));
    const std::uint64_t g = m_generation;
    const Address me = *m_accounts.current();
    m_services.network->proposals(onGui(this, [this, g, me](Result<ProposalsSnapshot> r) {
        if (!current(g))
            return;
        //: %1 why the proposals could not be read, a sentence from the wallet
        if (!r)
            return m_proposals->showFailure(r.error(), tr("Could not read the proposals: %1"));
        std::vector<UInt256> open;
        for (const Proposal& p : r->proposals)
            if (p.state == ProposalState::Active && !p.voteOf(me))
                open.push_back(p.id);
        if (open.empty())
            return m_proposals->showEmpty(tr("No active proposal is waiting for your vote."));
        // Voting power is per proposal (at its snapshot): ask for each, show them once all answered.
        struct Pending {
            std::size_t left;
            std::vector<ProposalDetail> found;
        };
        auto pending = std::make_shared<Pending>(Pending{open.size(), {}});
        for (const UInt256& id : open)
            m_services.network->proposal(id, me, NetworkServices::ParameterProofs::Skip, onGui(this, [this, g, pending](Result<ProposalDetail> d) {
                if (!current(g))
                    return;
                if (d && d->power && d->power->votes > 0)
                    pending->found.push_back(std::move(*d));
                if (--pending->left > 0)
                    return;
                m_proposalList->clear();
                if (pending->found.empty())
                    return m_proposals->showEmpty(tr("No active proposal is waiting for you: you have no voting power in the open ones."));
                std::sort(pending->found.begin(), pending->found.end(),
                          [](const ProposalDetail& a, const ProposalDetail& b) { return a.proposal.deadline < b.proposal.deadline; });
                for (const ProposalDetail& p : pending->found)
                    m_proposalList->addItem(proposalLine(p, tokenDecimals(), tokenSymbol()));
                m_proposals->showBody();
            }));
    }));
}

void OverviewPage::loadActivity()
{
    showLoading(m_activity, tr("Reading your transactions and rewards…"));
    const std::uint64_t g = m_generation;
    const Address me = *m_accounts.current();
    // Two answers (the journal and the latest rewards) make one list: keep both, draw once both came.
    struct Pending {
        std::optional<Result<std::vector<JournalEntry>>> journal;
        std::optional<Result<EarningsSnapshot>> rewards;
    };
    auto pending = std::make_shared<Pending>();
    const auto draw = [this, g, pending] {
        if (!current(g) || !pending->journal || !pending->rewards)
            return;
        //: %1 why the activity could not be read, a sentence from the wallet
        if (!*pending->rewards && !*pending->journal)
            return m_activity->showFailure(pending->rewards->error(), tr("Could not read your activity: %1"));
        std::vector<ActivityLine> lines;
        // Newest first; rows of one block share a time, so keep their chain order (reversed) among them.
        if (*pending->journal)
            for (auto it = (*pending->journal)->rbegin(); it != (*pending->journal)->rend(); ++it)
                lines.push_back(journalLine(*it, m_services.profile->currency));
        if (*pending->rewards)
            for (auto it = (*pending->rewards)->rows.rbegin(); it != (*pending->rewards)->rows.rend(); ++it)
                lines.push_back(rewardLine(*it, tokenDecimals(), tokenSymbol()));
        std::stable_sort(lines.begin(), lines.end(), [](const ActivityLine& a, const ActivityLine& b) { return a.time > b.time; });
        if (lines.size() > kActivityRows)
            lines.resize(kActivityRows);
        m_activityList->clear();
        if (lines.empty())
            return m_activity->showEmpty(tr("Nothing has happened on this account yet."));
        // Rewards carry chain time: "ago" is measured against the verified block's time when the chain's
        // clock runs ahead of this computer's (a devnet that skipped forward).
        const auto now = std::max<std::uint64_t>(static_cast<std::uint64_t>(QDateTime::currentSecsSinceEpoch()),
                                                 m_services.sync->status().verifiedTimestamp);
        for (const ActivityLine& line : lines) {
            //: %1 what happened, %2 how long ago
            auto* item = new QListWidgetItem(tr("%1 · %2").arg(line.text, formatAgo(line.time, now)), m_activityList);
            item->setToolTip(formatDateTime(line.time));
        }
        m_activity->showBody();
    };
    m_services.transactions->journal(me, onGui(this, [pending, draw](Result<std::vector<JournalEntry>> r) {
        pending->journal = std::move(r);
        draw();
    }));
    EarningsFilter mine;
    mine.owner = me;
    m_services.network->earnings(mine, EarningsPeriod::All, kActivityRows, onGui(this, [pending, draw](Result<EarningsSnapshot> r) {
        pending->rewards = std::move(r);
        draw();
    }));
}

} // namespace plinth::ui
