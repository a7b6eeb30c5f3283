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
// "confirm.send", "confirm.cancel", "confirm.status".
//
// Ownership: Qt parent; holds a reference to UiServices (which outlive it). Threading: GUI thread only.
// Errors: shown in the dialog ("confirm.status"), in a sentence; nothing is sent after an error.

#include "ui/UiServices.h"
#include "wallet/api/NetworkActions.h"

#include <QDialog>

namespace plinth::ui {

class TransactionConfirmDialog : public QDialog {
    Q_OBJECT
public:
    TransactionConfirmDialog(UiServices& services, Address from, NetworkAction action, QWidget* parent = nullptr);

Q_SIGNALS:
    // Once the plan was sent and every step settled: true when every step was confirmed.
    void completed(bool confirmed);
    // The user closed the dialog before anything was sent.
    void abandoned();

private:
    UiServices& m_services;
    Address m_from;
    NetworkAction m_action;
};

} // namespace plinth::ui
