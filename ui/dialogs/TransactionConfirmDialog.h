#pragma once
// TransactionConfirmDialog: the one confirmation every transaction of the GUI goes through (claim, stake,
// vote, send, onboarding...). It previews the action (TransactionsService::previewAction) on the service's
// worker, shows the plan (each step in words, the decoded call, the maximum and the likely fee, the
// simulation's outcome, an approval step first when one is needed), lets the user pick the fee speed,
// asks for the vault password when the vault is locked, then sends the plan and shows each step's state
// until it is confirmed, fails or times out. A reverting simulation disables Send and says why.
//
// Use: `auto* d = new TransactionConfirmDialog(services, from, action, this); d->open();` (never exec():
// STYLE.md "Avoid" 3). The dialog deletes itself on close.
// Widgets for tests (objectName): "confirm.summary", "confirm.steps", "confirm.fee", "confirm.password",
// "confirm.send", "confirm.cancel", "confirm.status"; each step is a "confirm.step" (PlanStepWidget.h).
//
// A replacement (speed-up or cancel of a pending transaction, TransactionsService::speedUp/cancel) goes
// through the same dialog: the second constructor previews it instead of an action.
//
// Ownership: Qt parent; holds a reference to UiServices (which outlive it). Threading: GUI thread only;
// every service call returns at once and answers through onGui(). Closing the dialog while a plan is
// being sent does not stop it: the service goes on and journals it (the Activity page shows it).
// Errors: shown in the dialog ("confirm.status"), in a sentence; nothing is sent after an error.

#include "ui/UiServices.h"
#include "wallet/api/NetworkActions.h"

#include <QDialog>

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace plinth::ui {

class PlanStepWidget;

// A pending transaction to replace: faster (speed-up) or by a transfer of nothing to itself (cancel).
struct ReplacementRequest {
    Hash32 hash{};
    bool speedUp = true;
};

class TransactionConfirmDialog : public QDialog {
    Q_OBJECT
public:
    TransactionConfirmDialog(UiServices& services, Address from, NetworkAction action, QWidget* parent = nullptr);
    TransactionConfirmDialog(UiServices& services, Address from, ReplacementRequest replacement, QWidget* parent = nullptr);

Q_SIGNALS:
    // Once the plan was sent and every step settled: true when every step was confirmed.
    void completed(bool confirmed);
    // The user closed the dialog before anything was sent.
    void abandoned();

private:
    enum class Stage { Previewing, Ready, Unlocking, Sending, Done };

    void buildUi(const QString& summary);
    FeeSpeed speed() const;
    void preview();
    void checkSigner();
    static QString watchOnlySentence();
    void showPlan(PreviewedPlan plan);
    void showError(const QString& sentence);
    void send();
    void sendPlan();
    void finish(const std::vector<TrackedTransaction>& settled);
    void setStage(Stage stage);

    UiServices& m_services;
    Address m_from;
    std::optional<NetworkAction> m_action;
    std::optional<ReplacementRequest> m_replacement;
    std::optional<PreviewedPlan> m_plan;
    Stage m_stage = Stage::Previewing;
    int m_generation = 0; // the latest preview asked for: an older answer is dropped
    bool m_sent = false;
    bool m_watchOnly = false; // the vault holds no key for m_from: previewed, never sendable

    QLabel* m_summary = nullptr;
    QWidget* m_steps = nullptr;
    QVBoxLayout* m_stepsLayout = nullptr;
    std::vector<PlanStepWidget*> m_stepWidgets;
    QLabel* m_total = nullptr;
    QComboBox* m_fee = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace plinth::ui
