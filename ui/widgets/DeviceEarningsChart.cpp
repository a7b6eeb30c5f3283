#include "ui/widgets/DeviceEarningsChart.h"

#include "ui/common/Formatting.h"
#include "ui/widgets/ChartAxis.h"
#include "wallet/tx/Amount.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLineSeries>
#include <QPalette>
#include <QStackedLayout>
#include <QValueAxis>

namespace plinth::ui {
namespace {

// For plotting only: the exact figures are in the labels and tooltips.
double tokens(const UInt256& baseUnits, unsigned decimals)
{
    return QString::fromStdString(formatUnits(baseUnits, decimals)).toDouble();
}

} // namespace

DeviceEarningsChart::DeviceEarningsChart(QWidget* parent)
    : QWidget(parent), m_view(new QChartView(this)), m_empty(new QLabel(this)), m_stack(new QStackedLayout(this))
{
    m_view->setObjectName(QStringLiteral("devices.detail.chart"));
    m_view->setAccessibleName(tr("Earnings over time"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(180);
    m_empty->setObjectName(QStringLiteral("devices.detail.chartEmpty"));
    m_empty->setProperty("plinthRole", QStringLiteral("stateMessage"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
}

void DeviceEarningsChart::setRewards(const std::vector<RewardRecord>& rewards, unsigned decimals, const QString& symbol,
                                     const QString& emptyText)
{
    m_points = 0;
    if (rewards.empty()) {
        m_empty->setText(emptyText);
        m_stack->setCurrentWidget(m_empty);
        m_view->setChart(new QChart); // the old chart is deleted by the view
        return;
    }
    const QPalette pal = palette();
    auto* series = new QLineSeries;
    series->setName(tr("Earned to date"));
    QPen pen(pal.color(QPalette::Highlight));
    pen.setWidth(2);
    series->setPen(pen);
    UInt256 total = 0;
    // The running total starts at zero just before the first reward, so one reward still draws a step.
    series->append(double(rewards.front().timestamp) * 1000.0 - 1.0, 0.0);
    for (const RewardRecord& r : rewards) {
        total += r.amount;
        series->append(double(r.timestamp) * 1000.0, tokens(total, decimals));
    }
    m_points = static_cast<int>(series->count());

    auto* chart = new QChart;
    chart->addSeries(series);
    chart->legend()->hide();
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* x = new QDateTimeAxis;
    x->setFormat(QLocale().dateFormat(QLocale::ShortFormat));
    x->setTickCount(5);
    auto* y = new QValueAxis;
    y->setTitleText(symbol);
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(x), static_cast<QAbstractAxis*>(y)}) {
        axis->setLabelsColor(pal.color(QPalette::WindowText));
        axis->setGridLineColor(pal.color(QPalette::Mid));
        axis->setTitleBrush(pal.color(QPalette::PlaceholderText));
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    setLocalizedValueRange(*chart, *y, tokens(total, decimals)); // the running total ends highest
    //: %1 the device's total earnings, every digit
    m_view->setToolTip(tr("Earned to date: %1").arg(fullAmount(total, decimals, symbol)));
    m_view->setChart(chart);
    m_stack->setCurrentWidget(m_view);
}

} // namespace plinth::ui
