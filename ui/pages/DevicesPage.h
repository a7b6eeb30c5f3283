#pragma once
// The Devices page: the current account's devices (NetworkServices::devices with the owner) in a
// sortable, filterable table (DevicesModel under DevicesFilterModel), and a detail panel for the selected
// one (NetworkServices::device: earnings chart, scores, metadata, actions). The owner's actions (update,
// transfer, retire, stake) go through DeviceActionDialog and then TransactionConfirmDialog; "Onboard a
// device…" opens the OnboardingWizard. The page reloads when the account changes and when a sync changed
// devices or earnings (NetworkServices::handleChanged).
//
// Widgets (objectName): "devices.title", "devices.filter", "devices.kind", "devices.status",
// "devices.onboard", "devices.verified", "devices.count", "devices.state" (loading, empty and error
// sentences), "devices.table", and the panel's "devices.detail.*" (DeviceDetailPanel.h).
//
// Ownership: a child of the page stack; keeps references to the window's UiServices and AccountContext,
// which outlive it. Threading: GUI thread only; every facade answer arrives through onGui().
// Errors: shown in "devices.state" (the list) or in the detail panel (one device), in a sentence.

#include "ui/AccountContext.h"
#include "ui/UiServices.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace plinth::ui {

class DeviceDetailPanel;
class DevicesFilterModel;
class DevicesModel;

class DevicesPage : public QWidget {
    Q_OBJECT
public:
    DevicesPage(UiServices& services, AccountContext& accounts, QWidget* parent = nullptr);
    ~DevicesPage() override;
    // Sets the page title and the sentence shown while the page has nothing to show.
    void setEmptyTexts(const QString& title, const QString& message);

    DevicesModel* model() const { return m_model; }
    DevicesFilterModel* proxy() const { return m_proxy; }

public Q_SLOTS:
    void reload();
    void openOnboarding();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showState(const QString& sentence);
    void showTable();
    void updateCount();
    void selectionChanged();
    void loadDetail();
    std::optional<Address> selectedDevice() const;
    void openAction(int kind);
    void retire();

    UiServices& m_services;
    AccountContext& m_accounts;
    DevicesModel* m_model;
    DevicesFilterModel* m_proxy;
    QLabel* m_title;
    QLineEdit* m_filter;
    QComboBox* m_kind;
    QComboBox* m_status;
    QPushButton* m_onboard;
    QLabel* m_verified;
    QLabel* m_count;
    QLabel* m_state;
    QStackedWidget* m_stack;
    QTableView* m_table;
    DeviceDetailPanel* m_detail;
    QString m_waitingText;
    std::unique_ptr<SubscriptionHandle> m_changed;
    std::uint64_t m_listRequest = 0, m_detailRequest = 0; // answers to older requests are dropped
};

} // namespace plinth::ui
