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

#include <map>

namespace plinth::ui {
namespace {

std::uint64_t utcSeconds(const QDate& d) { return static_cast<std::uint64_t>(QDateTime(d, QTime(0, 0), Qt::UTC).toSecsSinceEpoch()); }

} // namespace

// One load of the range: the main snapshot (totals, rows) and one snapshot per chart series.
struct EarningsPage::Load {
    std::uint64_t generation = 0;
    GroupBy groupBy = GroupBy::Total;
    EarningsPeriod period = EarningsPeriod::Day;
    EarningsFilter filter;
    std::optional<EarningsSnapshot> main;
    std::vector<QString> names;
    std::vector<std::optional<EarningsSnapshot>> parts;
    std::size_t left = 0;
    int attempts = 3; // a sync between the requests: load again so that every figure is at one block
};

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

void EarningsPage::loadEarnings()
{
    if (!m_services.hasNetwork() || !m_accounts.current())
        return;
    const std::uint64_t g = ++m_generation;
    m_shown.reset();
    if (m_to->date() < m_from->date()) {
        const QString why = tr("The first day is after the last day: pick a range that ends after it starts.");
        for (Card* c : {m_totals, m_chartCard, m_rows})
            c->showEmpty(why);
        return;
    }
    for (Card* c : {m_totals, m_chartCard, m_rows})
        if (c->state() != Card::State::Body)
            c->showLoading(tr("Adding up your rewards in the verified cache…"));
    auto load = std::make_shared<Load>();
    load->generation = g;
    load->groupBy = static_cast<GroupBy>(m_groupBy->currentIndex());
    load->period = period();
    load->filter = filter();
    m_services.network->earnings(load->filter, load->period, kTableRows, onGui(this, [this, load](Result<EarningsSnapshot> r) {
        if (load->generation != m_generation)
            return;
        if (!r) {
            for (Card* c : {m_totals, m_chartCard, m_rows})
                c->showFailure(r.error(), tr("Could not read your earnings: %1"));
            return;
        }
        load->main = std::move(*r);
        requestSeries(load);
    }));
}

void EarningsPage::requestSeries(const std::shared_ptr<Load>& load)
{
    const auto ask = [this, load](std::vector<std::pair<QString, EarningsFilter>> parts) {
        load->left = parts.size();
        load->parts.assign(parts.size(), std::nullopt);
        if (parts.empty())
            return finish(load);
        for (std::size_t i = 0; i < parts.size(); ++i) {
            load->names.push_back(parts[i].first);
            m_services.network->earnings(parts[i].second, load->period, 0, onGui(this, [this, load, i](Result<EarningsSnapshot> r) {
                if (load->generation != m_generation)
                    return;
                if (r)
                    load->parts[i] = std::move(*r);
                if (--load->left == 0)
                    finish(load);
            }));
        }
    };
    if (load->groupBy == GroupBy::Total || load->main->summary.rewards == 0)
        return finish(load);
    if (load->groupBy == GroupBy::Kind) {
        std::vector<std::pair<QString, EarningsFilter>> parts;
        for (const KindTotal& k : load->main->summary.byKind) {
            EarningsFilter f = load->filter;
            f.kind = k.kind;
            parts.emplace_back(EarningsModel::kindText(k.kind), f);
        }
        return ask(std::move(parts));
    }
    // By device: the account's devices now; rewards of devices it owned before and gave away go to
    // "Other devices" (the total minus the named series), so that the stacks still add up to the total.
    m_services.network->devices(load->filter.owner, onGui(this, [this, load, ask](Result<DevicesSnapshot> r) {
        if (load->generation != m_generation)
            return;
        std::vector<std::pair<QString, EarningsFilter>> parts;
        if (r)
            for (const Device& d : r->devices) {
                EarningsFilter f = load->filter;
                f.device = d.address;
                parts.emplace_back(shortAddress(d.address), f);
            }
        ask(std::move(parts));
    }));
}

void EarningsPage::finish(const std::shared_ptr<Load>& load)
{
    const EarningsSnapshot& main = *load->main;
    for (const auto& part : load->parts)
        if (!part || part->at.block != main.at.block) {
            // A sync landed between the requests (or one failed): every figure must be at one block.
            if (--load->attempts <= 0) {
                // Out of attempts: draw without the series that are missing or at another block; their
                // rewards stay in "Other devices", so the stacks still add up to the total.
                for (auto& p : load->parts)
                    if (p && p->at.block != main.at.block)
                        p.reset();
                break;
            }
            auto again = std::make_shared<Load>(Load{load->generation, load->groupBy, load->period, load->filter, std::nullopt, {}, {}, 0, load->attempts});
            m_services.network->earnings(again->filter, again->period, kTableRows, onGui(this, [this, again](Result<EarningsSnapshot> r) {
                if (again->generation != m_generation)
                    return;
                if (!r) {
                    for (Card* c : {m_totals, m_chartCard, m_rows})
                        c->showFailure(r.error(), tr("Could not read your earnings: %1"));
                    return;
                }
                again->main = std::move(*r);
                requestSeries(again);
            }));
            return;
        }
    const unsigned decimals = m_services.profile->token.decimals;
    const QString symbol = QString::fromStdString(m_services.profile->token.symbol);
    m_model->setToken(decimals, symbol);
    if (main.summary.rewards == 0) {
        const QString why = tr("None of your devices earned a reward in this range.");
        for (Card* c : {m_totals, m_chartCard, m_rows})
            c->showEmpty(why);
        m_model->clear();
        m_shown = main;
        Q_EMIT loaded();
        return;
    }
    // The chart: one bar per period with rewards, one stack segment per series.
    std::map<std::uint64_t, std::size_t> column;
    QStringList categories;
    for (const EarningsBucket& b : main.summary.periods) {
        column.emplace(b.start, std::size_t(categories.size()));
        categories << formatPeriod(b.start, load->period);
    }
    std::vector<ChartSeries> series;
    std::vector<UInt256> rest(column.size(), 0);
    for (const EarningsBucket& b : main.summary.periods)
        rest[column.at(b.start)] = b.amount;
    for (std::size_t i = 0; i < load->parts.size(); ++i) {
        if (!load->parts[i])
            continue;
        ChartSeries s{load->names[i], std::vector<UInt256>(column.size(), 0)};
        for (const EarningsBucket& b : load->parts[i]->summary.periods)
            if (auto it = column.find(b.start); it != column.end()) {
                s.amounts[it->second] = b.amount;
                rest[it->second] -= b.amount;
            }
        if (load->parts[i]->summary.rewards > 0)
            series.push_back(std::move(s));
    }
    const bool restLeft = std::any_of(rest.begin(), rest.end(), [](const UInt256& v) { return v != 0; });
    if (load->groupBy == GroupBy::Total || restLeft)
        series.push_back({load->groupBy == GroupBy::Total ? tr("All devices") : tr("Other devices"), std::move(rest)});
    m_chart->setData(categories, std::move(series), decimals, symbol);
    m_chartCard->showBody();

    m_total->setText(formatAmount(main.summary.total, decimals, symbol));
    m_total->setToolTip(fullAmount(main.summary.total, decimals, symbol));
    //: %Ln rewards, %1 the verified block
    m_count->setText(tr("in %Ln reward(s), verified at block %1", nullptr, int(main.summary.rewards)).arg(formatCount(main.at.block.number)));
    QStringList kinds;
    for (const KindTotal& k : main.summary.byKind)
        //: %1 a resource kind, %2 its amount
        kinds << tr("%1: %2").arg(EarningsModel::kindText(k.kind), formatAmount(k.amount, decimals, symbol));
    m_byKind->setText(kinds.join(QLatin1Char('\n')));
    m_totals->showBody();

    m_model->setRows(main.rows);
    m_tableCaption->setText(main.rows.size() < main.summary.rewards
                                //: %1 rows shown, %2 rewards in the range
                                ? tr("The latest %1 of %2 rewards; export CSV for all of them.")
                                      .arg(formatCount(main.rows.size()), formatCount(main.summary.rewards))
                                : tr("%Ln reward(s)", nullptr, int(main.summary.rewards)));
    m_rows->showBody();
    m_shown = main;
    Q_EMIT loaded();
}

} // namespace plinth::ui
