#pragma once
// LedgerView: the payout ledger of an account (NetworkServices::ledger) as four figures and a verdict:
// rewarded, claimable (proven), claimed, received, and whether they reconcile (rewarded − claimed =
// claimable and every claim received in full), each mismatch listed with its reason.
//
// Widgets for tests (objectName, with the prefix given): "<p>.rewarded", "<p>.claimable", "<p>.claimed",
// "<p>.received" (full amounts in tooltips), "<p>.status" (the verdict; property "balanced").
//
// Ownership: a Qt child. Threading: GUI thread only. Errors: none (the page shows failed requests).

#include "wallet/api/NetworkSnapshots.h"

#include <QWidget>

class QLabel;

namespace plinth::ui {

class LedgerView : public QWidget {
    Q_OBJECT
public:
    LedgerView(const QString& prefix, QWidget* parent = nullptr);
    void setLedger(const LedgerSnapshot& snapshot, unsigned decimals, const QString& symbol);
    void retranslate();

private:
    QLabel* m_captions[4];
    QLabel* m_values[4];
    QLabel* m_status;
};

} // namespace plinth::ui
