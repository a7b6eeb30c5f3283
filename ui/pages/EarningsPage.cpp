#include "ui/pages/EarningsPage.h"

#include "ui/common/Formatting.h"
#include "ui/common/GuiCallback.h"
#include "ui/models/EarningsModel.h"
#include "ui/pages/EmptyStatePage.h"
#include "ui/widgets/Card.h"
#include "ui/widgets/CsvExportBar.h"
#include "ui/widgets/EarningsChart.h"
#include "ui/widgets/LedgerView.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace plinth::ui {
namespace {

std::uint64_t utcSeconds(const QDate& d) { return static_cast<std::uint64_t>(QDateTime(d, QTime(0, 0), Qt::UTC).toSecsSinceEpoch()); }

} // namespace

EarningsPage::EarningsPage(UiServices& services, AccountContext& accounts, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_accounts(accounts)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyStatePage(QStringLiteral("earnings.empty"), m_stack))
{
    setObjectName(QStringLiteral("page.earnings"));
    auto* content = new QWidget;
    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("pageTitle"));

    m_groupBy = new QComboBox(content);
    m_groupBy->setObjectName(QStringLiteral("earnings.groupBy"));
    m_period = new QComboBox(content);
    m_period->setObjectName(QStringLiteral("earnings.period"));
    m_fromLabel = new QLabel(content);
    m_from = new QDateEdit(content);
    m_from->setObjectName(QStringLiteral("earnings.from"));
    m_toLabel = new QLabel(content);
    m_to = new QDateEdit(content);
    m_to->setObjectName(QStringLiteral("earnings.to"));
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setTimeSpec(Qt::UTC);
    }
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_exportBar = new CsvExportBar(m_services, [this]() -> std::optional<EarningsFilter> {
        if (!m_accounts.current())
            return std::nullopt;
        return filter();
    }, QStringLiteral("earnings"), content);
    connect(m_exportBar, &CsvExportBar::finished, this, &EarningsPage::exportFinished);

    auto* controls = new QHBoxLayout;
    controls->setSpacing(8);
    controls->addWidget(m_groupBy);
    controls->addWidget(m_period);
    controls->addSpacing(16);
    controls->addWidget(m_fromLabel);
    controls->addWidget(m_from);
    controls->addWidget(m_toLabel);
    controls->addWidget(m_to);
    controls->addStretch(1);
    controls->addWidget(m_exportBar);

    m_totals = new Card(QStringLiteral("earnings.totals"), content);
    auto* totals = new QWidget;
    m_total = roleLabel(QStringLiteral("earnings.total"), totals, "bigFigure");
    m_count = roleLabel(QStringLiteral("earnings.count"), totals, "caption");
    m_byKind = roleLabel(QStringLiteral("earnings.byKind"), totals, "figure");
    auto* tl = new QVBoxLayout(totals);
    tl->setContentsMargins(0, 0, 0, 0);
    tl->addWidget(m_total);
    tl->addWidget(m_count);
    tl->addWidget(m_byKind);
    tl->addStretch(1);
    m_totals->setBody(totals);

    m_chartCard = new Card(QStringLiteral("earnings.chartCard"), content);
    m_chart = new EarningsChart(QStringLiteral("earnings.chart"));
    m_chartCard->setBody(m_chart);

    m_ledgerCard = new Card(QStringLiteral("earnings.ledger"), content);
    m_ledger = new LedgerView(QStringLiteral("earnings.ledger"));
    m_ledgerCard->setBody(m_ledger);

    m_rows = new Card(QStringLiteral("earnings.rows"), content);
    auto* rows = new QWidget;
    m_model = new EarningsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EarningsModel::kSortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter = new QLineEdit(rows);
    m_filter->setObjectName(QStringLiteral("earnings.filter"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_table = new QTableView(rows);
    m_table->setObjectName(QStringLiteral("earnings.table"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EarningsModel::Date, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(240);
    // Fit the columns once the rows are in, measuring a sample rather than every one of thousands of rows.
    m_table->horizontalHeader()->setResizeContentsPrecision(200);
    connect(m_model, &EarningsModel::finished, m_table, &QTableView::resizeColumnsToContents);
    m_tableCaption = roleLabel(QStringLiteral("earnings.tableCaption"), rows, "caption");
    auto* rl = new QVBoxLayout(rows);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(m_filter);
    rl->addWidget(m_table, 1);
    rl->addWidget(m_tableCaption);
    m_rows->setBody(rows);

    auto* grid = new QGridLayout(content);
    grid->setContentsMargins(32, 24, 32, 24);
    grid->setSpacing(16);
    grid->addWidget(m_title, 0, 0, 1, 3);
    grid->addLayout(controls, 1, 0, 1, 3);
    grid->addWidget(m_exportBar->statusLabel(), 2, 0, 1, 3);
    grid->addWidget(m_chartCard, 3, 0, 1, 2);
    grid->addWidget(m_totals, 3, 2);
    grid->addWidget(m_rows, 4, 0, 1, 2);
    grid->addWidget(m_ledgerCard, 4, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(3, 2);
    grid->setRowStretch(4, 3);

    auto* scroll = new QScrollArea(m_stack);
    scroll->setObjectName(QStringLiteral("earnings.scroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(scroll);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    retranslate();
    m_groupBy->setCurrentIndex(1); // by device: what a contributor looks for first
    m_period->setCurrentIndex(1);  // per week
    setTabOrder(m_groupBy, m_period);
    setTabOrder(m_period, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_exportBar);
    setTabOrder(m_exportBar, m_filter);
    setTabOrder(m_filter, m_table);

    const auto again = [this] { loadEarnings(); };
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, again);
    connect(m_period, &QComboBox::currentIndexChanged, this, again);
    connect(m_from, &QDateEdit::dateChanged, this, again);
    connect(m_to, &QDateEdit::dateChanged, this, again);
    connect(&m_accounts, &AccountContext::currentChanged, this, &EarningsPage::reload);
    if (m_services.hasNetwork())
        m_networkChanged = m_services.network->handleChanged(onGui(this, [this](const NetworkChange& change) {
            if (change.earnings || change.rolledBack)
                reload();
        }));
    reload();
}

EarningsPage::~EarningsPage() = default;

void EarningsPage::setEmptyTexts(const QString& title, const QString& message)
{
    m_empty->setTexts(title, message);
    m_title->setText(title);
}

void EarningsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

void EarningsPage::retranslate()
{
    const QSignalBlocker a(m_groupBy), b(m_period);
    const int group = m_groupBy->currentIndex(), period = m_period->currentIndex();
    m_groupBy->clear();
    m_groupBy->addItems({tr("All devices"), tr("By device"), tr("By kind")});
    m_groupBy->setCurrentIndex(group);
    m_groupBy->setAccessibleName(tr("Group the chart"));
    m_period->clear();
    m_period->addItems({tr("Per day"), tr("Per week"), tr("Per month")});
    m_period->setCurrentIndex(period);
    m_period->setAccessibleName(tr("Period of each bar"));
    m_fromLabel->setText(tr("&From"));
    m_toLabel->setText(tr("&To"));
    m_from->setAccessibleName(tr("First day (UTC)"));
    m_to->setAccessibleName(tr("Last day (UTC, included)"));
    m_exportBar->retranslate();
    m_filter->setPlaceholderText(tr("Filter by device, kind or date"));
    m_filter->setAccessibleName(tr("Filter rewards"));
    findChild<QScrollArea*>(QStringLiteral("earnings.scroll"))->setAccessibleName(tr("Earnings"));
    m_table->setAccessibleName(tr("Rewards"));
    m_chart->setAccessibleName(tr("Earnings chart"));
    m_totals->setTitle(tr("Totals"));
    m_chartCard->setTitle(tr("Earnings"));
    m_ledgerCard->setTitle(tr("Payout ledger"));
    m_rows->setTitle(tr("Rewards"));
    m_ledger->retranslate();
}

EarningsFilter EarningsPage::filter() const
{
    EarningsFilter f;
    f.owner = m_accounts.current();
    f.from = utcSeconds(m_from->date());
    f.to = utcSeconds(m_to->date()) + 86400; // the last day is included
    return f;
}

EarningsPeriod EarningsPage::period() const
{
    const int i = m_period->currentIndex();
    return i == 0 ? EarningsPeriod::Day : i == 2 ? EarningsPeriod::Month : EarningsPeriod::Week;
}

void EarningsPage::reload()
{
    ++m_generation;
    if (!m_services.hasNetwork() || !m_accounts.current()) {
        m_stack->setCurrentIndex(0);
        if (!m_services.hasNetwork() && !m_services.networkError.isEmpty())
            m_empty->setTexts(m_title->text(), m_services.networkError);
        return;
    }
    m_stack->setCurrentIndex(1);
    if (!m_rangeSet) {
        // The last year of verified chain time (the chain's clock decides which day a reward is on).
        const SyncStatus status = m_services.sync->status();
        const QDate last = status.verifiedTimestamp
                               ? QDateTime::fromSecsSinceEpoch(qint64(status.verifiedTimestamp), Qt::UTC).date()
                               : QDateTime::currentDateTimeUtc().date();
        const QSignalBlocker a(m_from), b(m_to);
        m_to->setDate(last);
        m_from->setDate(last.addYears(-1).addDays(1));
        m_rangeSet = status.verifiedTimestamp != 0;
    }
    loadEarnings();
    loadLedger();
}

void EarningsPage::loadLedger()
{
    if (m_ledgerCard->state() != Card::State::Body)
        m_ledgerCard->showLoading(tr("Proving your claimable rewards and reconciling the ledger…"));
    const Address me = *m_accounts.current();
    m_services.network->ledger(me, onGui(this, [this, me](Result<LedgerSnapshot> r) {
        if (m_accounts.current() != me)
            return;
        if (!r)
            return m_ledgerCard->showFailure(r.error(), tr("Could not build the payout ledger: %1"));
        m_ledger->setLedger(*r, m_services.profile->token.decimals, QString::fromStdString(m_services.profile->token.symbol));
        m_ledgerCard->showBody();
    }));
}


} // namespace plinth::ui
