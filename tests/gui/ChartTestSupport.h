#pragma once
// What the chart tests read: the texts QtCharts has drawn in a chart view's scene (axis labels and
// titles, legend), and the labels a chart's vertical value axis should show in the current locale (each
// tick written with QLocale, as many decimals as the step needs: ui/widgets/ChartAxis).
//
// Threading: the test's (GUI) thread. Errors: an empty set when the chart has no value axis.

#include "ui/widgets/ChartAxis.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QValueAxis>

#include <algorithm>

namespace plinth::test {

inline QSet<QString> drawnTexts(QChartView* view)
{
    QSet<QString> out;
    for (QGraphicsItem* item : view->scene()->items())
        if (auto* text = qgraphicsitem_cast<QGraphicsTextItem*>(item); text && text->isVisible())
            out.insert(text->toPlainText());
    return out;
}

inline QSet<QString> expectedValueLabels(QChart* chart)
{
    QSet<QString> out;
    const auto axes = chart->axes(Qt::Vertical);
    auto* y = axes.isEmpty() ? nullptr : qobject_cast<QValueAxis*>(axes.front());
    if (!y || y->tickCount() < 2)
        return out;
    const double step = (y->max() - y->min()) / (y->tickCount() - 1);
    for (int i = 0; i < y->tickCount(); ++i)
        out.insert(QLocale().toString(y->min() + i * step, 'f', ui::decimalsForStep(step)));
    return out;
}

// A label that is a number of four or more digits without a group separator (dates do not count).
inline bool hasUngroupedNumber(const QSet<QString>& texts)
{
    static const QRegularExpression run(QStringLiteral("^\\d{4,}([.,]\\d+)?$"));
    for (const QString& t : texts)
        if (run.match(t).hasMatch())
            return true;
    return false;
}

// The chart's value axis drawn as the current locale writes its ticks, with some label grouped.
inline bool valueAxisDrawnGrouped(QChartView* view)
{
    const QSet<QString> expected = expectedValueLabels(view->chart());
    const QString group = QLocale().groupSeparator();
    const bool grouped = std::any_of(expected.begin(), expected.end(), [&](const QString& t) { return t.contains(group); });
    const QSet<QString> drawn = drawnTexts(view);
    return grouped && drawn.contains(expected) && !hasUngroupedNumber(drawn);
}

} // namespace plinth::test
