#include "ui/pages/OverviewPage.h"

#include "ui/common/Formatting.h"
#include "ui/common/GuiCallback.h"
#include "ui/pages/EmptyStatePage.h"
#include "ui/pages/OverviewText.h"
#include "ui/widgets/Card.h"
#include "ui/widgets/EarningsChart.h"

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


} // namespace plinth::ui
