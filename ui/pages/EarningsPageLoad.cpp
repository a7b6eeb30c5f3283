// The Earnings page's loads: one range's main snapshot (totals, table rows), then one snapshot per chart
// series (by device or by kind), all at one verified block, drawn together by finish(). The page's
// construction and its controls are in EarningsPage.cpp.
#include "ui/pages/EarningsPage.h"

#include "ui/common/Formatting.h"
#include "ui/common/GuiCallback.h"
#include "ui/models/EarningsModel.h"
#include "ui/widgets/Card.h"
#include "ui/widgets/EarningsChart.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>

#include <algorithm>
#include <map>

namespace plinth::ui {

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
    requestMain(load);
}

void EarningsPage::requestMain(const std::shared_ptr<Load>& load)
{
    m_services.network->earnings(load->filter, load->period, kTableRows, onGui(this, [this, load](Result<EarningsSnapshot> r) {
        if (load->generation != m_generation)
            return;
        if (!r) {
            //: %1 why the earnings could not be read, a sentence from the wallet
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
            return requestMain(std::make_shared<Load>(
                Load{load->generation, load->groupBy, load->period, load->filter, std::nullopt, {}, {}, 0, load->attempts}));
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
    //: %1 a resource kind, %2 its amount
    for (const KindTotal& k : main.summary.byKind)
        kinds << tr("%1: %2").arg(EarningsModel::kindText(k.kind), formatAmount(k.amount, decimals, symbol));
    m_byKind->setText(kinds.join(QLatin1Char('\n')));
    m_totals->showBody();

    m_model->setRows(main.rows);
    // An if rather than ?:, so that lupdate carries both translator comments (it drops one inside ?:).
    //: %1 rows shown, %2 rewards in the range
    if (main.rows.size() < main.summary.rewards)
        m_tableCaption->setText(tr("The latest %1 of %2 rewards; export CSV for all of them.")
                                    .arg(formatCount(main.rows.size()), formatCount(main.summary.rewards)));
    else
        //: %Ln the number of rewards in the range (all of them are in the table)
        m_tableCaption->setText(tr("%Ln reward(s)", nullptr, int(main.summary.rewards)));
    m_rows->showBody();
    m_shown = main;
    Q_EMIT loaded();
}

} // namespace plinth::ui
