#include "ui/widgets/EarningsChart.h"

#include "ui/common/Formatting.h"
#include "ui/style/Theme.h"
#include "ui/widgets/ChartAxis.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QLegend>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace plinth::ui {

double chartValue(const UInt256& baseUnits, unsigned decimals)
{
    return QString::fromStdString(formatUnits(baseUnits, decimals)).toDouble();
}

EarningsChart::EarningsChart(const QString& objectName, QWidget* parent) : QChartView(parent)
{
    setObjectName(objectName);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
    setFrameShape(QFrame::NoFrame);
    auto* chart = new QChart;
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    setChart(chart); // the view owns it
    applyPalette();
}

void EarningsChart::setData(const QStringList& categories, std::vector<ChartSeries> series, unsigned decimals, const QString& symbol)
{
    m_categories = categories;
    m_series = std::move(series);
    m_decimals = decimals;
    m_symbol = symbol;

    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes())
        c->removeAxis(axis), delete axis;

    auto* bars = new QStackedBarSeries;
    double highest = 0;
    std::vector<double> stacks(static_cast<std::size_t>(categories.size()), 0.0);
    for (const ChartSeries& s : m_series) {
        auto* set = new QBarSet(s.name);
        for (std::size_t i = 0; i < s.amounts.size() && i < stacks.size(); ++i) {
            const double v = chartValue(s.amounts[i], decimals);
            set->append(v);
            stacks[i] += v;
        }
        bars->append(set);
    }
    for (double v : stacks)
        highest = std::max(highest, v);
    connect(bars, &QStackedBarSeries::hovered, this, [this](bool on, int index, QBarSet* set) {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        const qsizetype si = set ? set->property("seriesIndex").toLongLong() : -1;
        if (si < 0 || std::size_t(si) >= m_series.size() || index < 0 || index >= m_categories.size())
            return;
        //: %1 the series (a device or a kind), %2 the period, %3 the amount
        QToolTip::showText(QCursor::pos(), tr("%1, %2: %3")
                                               .arg(m_series[std::size_t(si)].name, m_categories[index],
                                                    fullAmount(m_series[std::size_t(si)].amounts[std::size_t(index)], m_decimals, m_symbol)));
    });
    const auto sets = bars->barSets();
    for (qsizetype i = 0; i < sets.size(); ++i)
        sets[i]->setProperty("seriesIndex", i);
    c->addSeries(bars);
    c->legend()->setVisible(m_series.size() > 1);
    // Many series (devices) do not fit in a row under the chart without cutting their names.
    c->legend()->setAlignment(m_series.size() > 4 ? Qt::AlignRight : Qt::AlignBottom);

    auto* x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsAngle(categories.size() > 12 ? -90 : 0);
    QFont small = x->labelsFont();
    small.setPointSizeF(small.pointSizeF() * (categories.size() > 12 ? 0.8 : 1.0));
    x->setLabelsFont(small);
    auto* y = new QValueAxis;
    setLocalizedValueRange(*c, *y, highest); // grouped by the locale, nice round ticks
    y->setTitleText(symbol);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    applyPalette();
}

UInt256 EarningsChart::exactTotal() const
{
    UInt256 sum = 0;
    for (const ChartSeries& s : m_series)
        for (const UInt256& a : s.amounts)
            sum += a;
    return sum;
}

double EarningsChart::plottedTotal() const
{
    double sum = 0;
    for (QAbstractSeries* s : chart()->series())
        if (auto* bars = qobject_cast<QStackedBarSeries*>(s))
            for (QBarSet* set : bars->barSets())
                sum += set->sum();
    return sum;
}

void EarningsChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QChartView::changeEvent(event);
}

void EarningsChart::applyPalette()
{
    // QtCharts does not follow the widget palette: hand it the theme's text and grid colours.
    const QPalette p = QApplication::palette();
    setBackgroundBrush(p.color(QPalette::Base)); // the card's surface, not the view's grey
    QChart* c = chart();
    c->legend()->setLabelColor(p.color(QPalette::Text));
    for (QAbstractAxis* axis : c->axes()) {
        axis->setLabelsColor(p.color(QPalette::PlaceholderText));
        axis->setTitleBrush(p.color(QPalette::PlaceholderText));
        axis->setGridLineColor(p.color(QPalette::AlternateBase).darker(110));
        axis->setLinePenColor(p.color(QPalette::AlternateBase).darker(120));
    }
    // Series colours: the theme's, the accent first.
    const std::vector<QColor> hues = Theme::seriesColors(Theme::modeOf(p));
    std::size_t i = 0;
    for (QAbstractSeries* s : c->series())
        if (auto* bars = qobject_cast<QStackedBarSeries*>(s))
            for (QBarSet* set : bars->barSets()) {
                const QColor hue = hues[i % hues.size()];
                set->setColor(hue);
                set->setBorderColor(hue);
                ++i;
            }
}

} // namespace plinth::ui
