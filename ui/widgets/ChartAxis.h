#pragma once
// The value axis of Plinth's charts (EarningsChart, DeviceEarningsChart) in the user's locale. QtCharts
// writes axis labels with printf, without thousands separators ("1008"), unless the chart localizes its
// numbers: then it writes them through the chart's QLocale, grouping included ("1,008", German "1.008").
// setLocalizedValueRange() turns that on with the application's current locale (the language chosen in
// Settings), rounds the range to nice ticks, and gives the labels as many decimals as the tick step
// needs, so that an axis of amounts below one token does not read "0, 0, 0, 1".
//
// Threading: GUI thread only. Ownership: touches only the chart and axis it is given. Errors: none.

class QChart;
class QValueAxis;

namespace plinth::ui {

// Formats `axis` of `chart` for values from 0 to `highest` (in whole tokens; 0 or less: an empty 0..1).
void setLocalizedValueRange(QChart& chart, QValueAxis& axis, double highest);

// The decimals that label every tick of a step exactly: 0 for 5,000, 1 for 0.5, 2 for 0.25 (at most 6).
int decimalsForStep(double step);

} // namespace plinth::ui
