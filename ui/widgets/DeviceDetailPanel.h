#pragma once
// DeviceDetailPanel: what the Devices page shows about the selected device (a NetworkServices
// DeviceDetail): owner, kind, capacity, region, metadata, registration, stake, earnings to date, its
// scores and uptime as the verified rewards give them, its earnings chart, and the owner's actions
// (update, transfer, retire, stake), which it only announces: the page opens the dialogs.
//
// Widgets (objectName): "devices.detail.title", "devices.detail.state" (loading/error sentence),
// "devices.detail.<field>" for each value label (owner, kind, capacity, region, metadata, registered,
// stake, earned, rewards, score, uptime, offline, previousOwners), "devices.detail.chart",
// "devices.detail.update", "devices.detail.transfer", "devices.detail.retire", "devices.detail.stake".
//
// Ownership: Qt parent. Threading: GUI thread only. Errors: setError shows a sentence instead of values.

#include "wallet/api/NetworkSnapshots.h"

#include <QWidget>

#include <map>

class QFormLayout;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace plinth::ui {

class DeviceEarningsChart;

class DeviceDetailPanel : public QWidget {
    Q_OBJECT
public:
    DeviceDetailPanel(unsigned tokenDecimals, QString tokenSymbol, QWidget* parent = nullptr);

    void showNothing();                   // no device selected
    void showLoading();                   // its detail is being read
    void showError(const QString& message);
    // `actionsAllowed`: the current account owns it and it is not retired.
    void showDetail(const DeviceDetail& detail, bool actionsAllowed);

    const std::optional<DeviceDetail>& detail() const { return m_detail; }

Q_SIGNALS:
    void updateRequested();
    void transferRequested();
    void retireRequested();
    void stakeRequested();

private:
    QLabel* addField(QFormLayout* form, const QString& key, const QString& label);
    QPushButton* addAction(const QString& key, const QString& text, const QString& accessible);
    void showState(const QString& sentence);
    QString uptimeText(const DeviceDetail& detail) const;

    unsigned m_decimals;
    QString m_symbol;
    std::optional<DeviceDetail> m_detail;
    QLabel* m_title;
    QLabel* m_state;
    QStackedWidget* m_pages;
    QWidget* m_body;
    std::map<QString, QLabel*> m_fields;
    DeviceEarningsChart* m_chart;
    std::vector<QPushButton*> m_actions;
    QWidget* m_actionRow;
};

} // namespace plinth::ui
