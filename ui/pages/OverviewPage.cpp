#include "ui/pages/OverviewPage.h"

#include "ui/common/Formatting.h"
#include "ui/common/GuiCallback.h"
#include "ui/pages/EmptyStatePage.h"
#include "ui/pages/OverviewText.h"
#include "ui/widgets/Card.h"
#include "ui/widgets/EarningsChart.h"

#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace plinth::ui {
namespace {

constexpr std::uint64_t kDay = 86400;
constexpr int kChartDays = 30;
constexpr std::size_t kActivityRows = 6;

QListWidget* list(const QString& name, QWidget* parent)
{
    auto* l = new QListWidget(parent);
    l->setObjectName(name);
    l->setProperty("role", QStringLiteral("cardList"));
    l->setFrameShape(QFrame::NoFrame);
    l->setWordWrap(true);
    l->setSelectionMode(QAbstractItemView::NoSelection);
    return l;
}

} // namespace

OverviewPage::OverviewPage(UiServices& services, AccountContext& accounts, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_accounts(accounts)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyStatePage(QStringLiteral("overview.empty"), m_stack))
    , m_content(new QWidget)
    , m_title(new QLabel(m_content))
    , m_balances(new Card(QStringLiteral("overview.balances"), m_content))
    , m_claimableCard(new Card(QStringLiteral("overview.claimable"), m_content))
    , m_earnings(new Card(QStringLiteral("overview.earnings"), m_content))
    , m_devices(new Card(QStringLiteral("overview.devices"), m_content))
    , m_proposals(new Card(QStringLiteral("overview.proposals"), m_content))
    , m_activity(new Card(QStringLiteral("overview.activity"), m_content))
{
    setObjectName(QStringLiteral("page.overview"));
    m_title->setObjectName(QStringLiteral("pageTitle"));

    auto* balances = new QWidget;
    m_native = roleLabel(QStringLiteral("overview.balances.native"), balances, "bigFigure");
    m_token = roleLabel(QStringLiteral("overview.balances.token"), balances, "bigFigure");
    m_balancesAt = roleLabel(QStringLiteral("overview.balances.verified"), balances, "caption");
    auto* bl = new QVBoxLayout(balances);
    bl->setContentsMargins(0, 0, 0, 0);
    bl->addWidget(m_token);
    bl->addWidget(m_native);
    bl->addStretch(1);
    bl->addWidget(m_balancesAt);
    m_balances->setBody(balances);

    auto* claimable = new QWidget;
    m_claimableAmount = roleLabel(QStringLiteral("overview.claimable.amount"), claimable, "bigFigure");
    m_claimableAt = roleLabel(QStringLiteral("overview.claimable.verified"), claimable, "caption");
    auto* cl = new QVBoxLayout(claimable);
    cl->setContentsMargins(0, 0, 0, 0);
    cl->addWidget(m_claimableAmount);
    cl->addStretch(1);
    cl->addWidget(m_claimableAt);
    m_claimableCard->setBody(claimable);
    m_claim = new QPushButton;
    m_claim->setObjectName(QStringLiteral("overview.claim"));
    m_claim->setProperty("role", QStringLiteral("primary"));
    m_claim->setEnabled(false);
    m_claimableCard->setFooter(m_claim);
    connect(m_claim, &QPushButton::clicked, this, &OverviewPage::openClaim);

    auto* earnings = new QWidget;
    m_chart = new EarningsChart(QStringLiteral("overview.earnings.chart"), earnings);
    m_earningsTotal = roleLabel(QStringLiteral("overview.earnings.total"), earnings, "caption");
    auto* el = new QVBoxLayout(earnings);
    el->setContentsMargins(0, 0, 0, 0);
    el->addWidget(m_chart, 1);
    el->addWidget(m_earningsTotal);
    m_earnings->setBody(earnings);

    auto* devices = new QWidget;
    auto* dl = new QGridLayout(devices);
    dl->setContentsMargins(0, 0, 0, 0);
    m_active = roleLabel(QStringLiteral("overview.devices.active"), devices, "bigFigure");
    m_offline = roleLabel(QStringLiteral("overview.devices.offline"), devices, "bigFigure");
    m_retired = roleLabel(QStringLiteral("overview.devices.retired"), devices, "bigFigure");
    m_activeCaption = roleLabel(QStringLiteral("overview.devices.activeCaption"), devices, "caption");
    m_offlineCaption = roleLabel(QStringLiteral("overview.devices.offlineCaption"), devices, "caption");
    m_retiredCaption = roleLabel(QStringLiteral("overview.devices.retiredCaption"), devices, "caption");
    QLabel* numbers[] = {m_active, m_offline, m_retired};
    QLabel* captions[] = {m_activeCaption, m_offlineCaption, m_retiredCaption};
    for (int i = 0; i < 3; ++i) {
        dl->addWidget(numbers[i], 0, i, Qt::AlignHCenter);
        dl->addWidget(captions[i], 1, i, Qt::AlignHCenter);
    }
    m_devices->setBody(devices);

    m_proposalList = list(QStringLiteral("overview.proposals.list"), m_proposals);
    m_proposals->setBody(m_proposalList);
    m_activityList = list(QStringLiteral("overview.activity.list"), m_activity);
    m_activity->setBody(m_activityList);

    // Two columns: what the account holds on top, what it earns and what needs it below.
    auto* grid = new QGridLayout(m_content);
    grid->setContentsMargins(32, 24, 32, 24);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(16);
    grid->addWidget(m_title, 0, 0, 1, 3);
    grid->addWidget(m_balances, 1, 0);
    grid->addWidget(m_claimableCard, 1, 1);
    grid->addWidget(m_devices, 1, 2);
    grid->addWidget(m_earnings, 2, 0, 1, 3);
    grid->addWidget(m_proposals, 3, 0, 1, 2);
    grid->addWidget(m_activity, 3, 2);
    grid->setRowStretch(2, 2);
    grid->setRowStretch(3, 1);
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);

    auto* scroll = new QScrollArea(m_stack);
    scroll->setObjectName(QStringLiteral("overview.scroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_content);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(scroll);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    for (Card* card : {m_balances, m_claimableCard, m_earnings, m_devices, m_proposals, m_activity})
        connect(card, &Card::stateChanged, this, &OverviewPage::checkFilled);
    retranslate();
    subscribe();
    connect(&m_accounts, &AccountContext::currentChanged, this, &OverviewPage::reload);
    reload();
}

OverviewPage::~OverviewPage() = default;

void OverviewPage::setEmptyTexts(const QString& title, const QString& message)
{
    m_empty->setTexts(title, message);
    m_title->setText(title);
}

void OverviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload(); // the sentences inside the cards are built from the answers
    }
    QWidget::changeEvent(event);
}

void OverviewPage::retranslate()
{
    m_balances->setTitle(tr("Balances"));
    m_claimableCard->setTitle(tr("Claimable rewards"));
    m_earnings->setTitle(tr("Earnings, last 30 days"));
    m_devices->setTitle(tr("Devices"));
    m_proposals->setTitle(tr("Proposals awaiting your vote"));
    m_activity->setTitle(tr("Recent activity"));
    m_claim->setText(tr("&Claim"));
    m_claim->setAccessibleName(tr("Claim rewards"));
    m_activeCaption->setText(tr("Active"));
    m_offlineCaption->setText(tr("Offline"));
    m_retiredCaption->setText(tr("Retired"));
    m_proposalList->setAccessibleName(tr("Proposals awaiting your vote"));
    m_activityList->setAccessibleName(tr("Recent activity"));
    m_chart->setAccessibleName(tr("Earnings per day over the last 30 days"));
    findChild<QScrollArea*>(QStringLiteral("overview.scroll"))->setAccessibleName(tr("Overview"));
}

void OverviewPage::subscribe()
{
    if (!m_services.hasNetwork())
        return;
    m_networkChanged = m_services.network->handleChanged(onGui(this, [this](const NetworkChange& change) {
        if (!m_accounts.current())
            return;
        if (change.earnings || change.rolledBack) {
            loadEarnings();
            loadActivity();
        }
        if (change.devices || change.rolledBack)
            loadDevices();
        if (change.proposals || change.rolledBack)
            loadProposals();
    }));
    // Balances and the claimable move with any block (a transfer has no network event).
    m_cacheChanged = m_services.sync->handleCacheChanged(onGui(this, [this](const CacheChange&) {
        if (!m_accounts.current())
            return;
        loadBalances();
        loadClaimable();
        loadActivity();
    }));
}

void OverviewPage::reload()
{
    ++m_generation;
    if (m_shownAccount != m_accounts.current()) {
        // Another account: its cards start over (never the last account's figures under this one).
        m_shownAccount = m_accounts.current();
        m_balancesBlock.reset();
        m_claimableBlock.reset();
        m_claimable.reset();
        m_claim->setEnabled(false);
        m_balancesProofFailure.clear();
        m_claimableProofFailure.clear();
        m_filledSignalled = false;
        for (Card* card : {m_balances, m_claimableCard, m_earnings, m_devices, m_proposals, m_activity})
            card->showLoading(QString());
    }
    if (!m_services.hasNetwork() || !m_accounts.current()) {
        m_stack->setCurrentIndex(0);
        if (!m_services.hasNetwork() && !m_services.networkError.isEmpty())
            m_empty->setTexts(m_title->text(), m_services.networkError);
        return;
    }
    m_stack->setCurrentIndex(1);
    loadBalances();
    loadClaimable();
    loadEarnings();
    loadDevices();
    loadProposals();
    loadActivity();
}

void OverviewPage::showLoading(Card* card, const QString& sentence)
{
    if (card->state() != Card::State::Body)
        card->showLoading(sentence);
}

bool OverviewPage::isFilled() const
{
    if (m_stack->currentIndex() != 1)
        return false;
    for (const Card* card : {m_balances, m_claimableCard, m_earnings, m_devices, m_proposals, m_activity})
        if (card->state() == Card::State::Loading)
            return false;
    return true;
}

void OverviewPage::checkFilled()
{
    if (m_filledSignalled || !isFilled())
        return;
    m_filledSignalled = true;
    Q_EMIT filled();
}

QString OverviewPage::tokenSymbol() const { return QString::fromStdString(m_services.profile->token.symbol); }
unsigned OverviewPage::tokenDecimals() const { return m_services.profile->token.decimals; }

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
