#pragma once
// DeviceEarningsChart: one device's earnings over time, as the running total of its rewards: a line over
// the rewards' verified block times (per-epoch bars would be unreadable at 1,000 epochs). The chart's
// tooltip gives the exact total (ui/common/Formatting); colours come from the application palette
// (style/Theme), so the chart follows the light and dark themes.
//
// Ownership: Qt parent. Threading: GUI thread only. Errors: none; no rewards shows the empty text.

#include "wallet/network/EarningsIndex.h"

#include <QWidget>

#include <vector>

class QChartView;
class QLabel;
class QStackedLayout;

namespace plinth::ui {

class DeviceEarningsChart : public QWidget {
    Q_OBJECT
public:
    explicit DeviceEarningsChart(QWidget* parent = nullptr);

    // `rewards` in chain order. `emptyText` is shown instead of a chart when there are none.
    void setRewards(const std::vector<RewardRecord>& rewards, unsigned decimals, const QString& symbol,
                    const QString& emptyText);
    // Points plotted (for tests): one per reward, plus the starting zero.
    int pointCount() const { return m_points; }

private:
    QChartView* m_view;
    QLabel* m_empty;
    QStackedLayout* m_stack;
    int m_points = 0;
};

} // namespace plinth::ui
