#include "ui/widgets/ChartAxis.h"

#include <QChart>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace plinth::ui {

int decimalsForStep(double step)
{
    if (!(step > 0) || !std::isfinite(step))
        return 0;
    for (int decimals = 0; decimals < 6; ++decimals) {
        const double scaled = step * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) <= 1e-6 * std::max(1.0, scaled))
            return decimals;
    }
    return 6;
}

void setLocalizedValueRange(QChart& chart, QValueAxis& axis, double highest)
{
    // The chart's locale is copied when it is set: set it with every new data, so a language switched in
    // Settings shows in the next chart drawn.
    chart.setLocale(QLocale());
    chart.setLocalizeNumbers(true);
    axis.setRange(0, highest > 0 ? highest : 1);
    axis.applyNiceNumbers();
    const double step = (axis.max() - axis.min()) / std::max(1, axis.tickCount() - 1);
    // With localized numbers QtCharts reads only the precision of an "f" format and formats the value
    // with QLocale::toString(value, 'f', precision), which groups the thousands.
    axis.setLabelFormat(QStringLiteral("%.%1f").arg(decimalsForStep(step)));
}

} // namespace plinth::ui
