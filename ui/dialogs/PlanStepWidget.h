#pragma once
// PlanStepWidget: one transaction of a previewed plan in the confirmation dialog, in words: what it
// does (an approval's own sentence: who may take how much, for the step after it), the decoded call,
// the maximum and the likely fee, the simulation's outcome (always marked unverified, with the endpoint
// that answered) or why it could not be built; then, while the plan is sent, its state (sent, confirmed
// in block N, failed with the decoded revert, replaced, dropped, still pending at the timeout).
// Child objectNames: "confirm.stepTitle", "confirm.stepCall", "confirm.stepFees", "confirm.stepSimulation",
// "confirm.stepState".
//
// Ownership: Qt parent. Threading: GUI thread only. Errors: none (it shows what it is given).

#include "wallet/api/NetworkActions.h"
#include "wallet/network/NetworkProfile.h"

#include <QFrame>

class QLabel;

namespace plinth::ui {

class PlanStepWidget : public QFrame {
    Q_OBJECT
public:
    // `index` counts from 0; `count` is the plan's number of steps.
    PlanStepWidget(const PreviewedStep& step, int index, int count, const NetworkProfile& profile, QWidget* parent = nullptr);

    // The step's progress while it is sent.
    void showProgress(const TrackedTransaction& tracked);
    // A state in words (e.g. not sent because an earlier step failed).
    void showState(const QString& sentence);

    // Why Send is disabled because of this step, as the dialog's whole status sentence ("Send is disabled:
    // step 2 would fail: …"); empty when the step can be sent. `index` and `count` as above: a plan of
    // one step does not name its number.
    static QString blockedSentence(const PreviewedStep& step, int index, int count);

private:
    QString callText(const PreviewedStep& step) const;
    QString feesText(const PreviewedStep& step) const;
    QString simulationText(const PreviewedStep& step) const;

    const NetworkProfile& m_profile;
    QLabel* m_state = nullptr;
};

} // namespace plinth::ui
