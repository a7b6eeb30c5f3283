#pragma once
// EarningsChart: rewards as stacked bars (QtCharts), one bar per period and one stack segment per
// series (a device, a resource kind, or one series for a total). The amounts are kept exact (UInt256)
// beside the plotted doubles, so that a caller or a test can check that what is drawn adds up to the
// snapshot's totals; tooltips and the axis use ui/common/Formatting.
//
// Ownership: a Qt child; owns its chart. Threading: GUI thread only. Errors: none (empty data draws an
// empty chart; the page shows a sentence instead).

#include "wallet/codec/UInt256.h"

#include <QChartView>
#include <QStringList>

#include <vector>

namespace plinth::ui {

struct ChartSeries {
    QString name;
    std::vector<UInt256> amounts; // one per category
};

class EarningsChart : public QChartView {
    Q_OBJECT
public:
    explicit EarningsChart(const QString& objectName, QWidget* parent = nullptr);

    // Replaces what is drawn. `decimals` and `symbol` are the token's.
    void setData(const QStringList& categories, std::vector<ChartSeries> series, unsigned decimals, const QString& symbol);

    const QStringList& categories() const { return m_categories; }
    const std::vector<ChartSeries>& series() const { return m_series; }
    // Σ of every segment, exact.
    UInt256 exactTotal() const;
    // Σ of the values handed to QtCharts (doubles, in whole tokens).
    double plottedTotal() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();

    QStringList m_categories;
    std::vector<ChartSeries> m_series;
    unsigned m_decimals = 18;
    QString m_symbol;
};

// An amount in whole tokens as a double, for plotting only (never for display or sums).
double chartValue(const UInt256& baseUnits, unsigned decimals);

} // namespace plinth::ui
