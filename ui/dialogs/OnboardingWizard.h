#pragma once
// OnboardingWizard: onboarding a device, in three steps.
//   1. How: paste or open a device's signed payload (JSON or the QR text made by
//      `plinth-cli device-key sign-onboarding`), or register this computer (ThisComputerForm: the
//      wallet makes the device key, as `device register --this-computer` does).
//   2. The payload or the computer's resources, and the stake (empty: the payload's, else the
//      registry's minimum).
//   3. The checks (OnboardingService::review or prepareThisComputer, on the service's worker): every
//      check's result in words (OnboardingChecksView); Register… opens the TransactionConfirmDialog with
//      a RegisterDeviceAction, and the wizard closes once the registration is confirmed.
// Nothing is parsed, read or checked on the GUI thread; a payload file is read on a pool thread.
//
// Use: `auto* w = new OnboardingWizard(services, account, parent); w->open();` Deletes itself on close.
// Widgets (objectName): "onboarding.modePayload", "onboarding.modeComputer", "onboarding.payload",
// "onboarding.openFile", "onboarding.stake", "onboarding.status", "onboarding.summary",
// "onboarding.back", "onboarding.next" (Next, Check, Register…), "onboarding.cancel", and those of
// ThisComputerForm.h and OnboardingChecksView.h.
//
// Ownership: Qt parent; holds a reference to UiServices (which outlive it). Threading: GUI thread only.
// Errors: in "onboarding.status", in a sentence (a payload that does not parse gives the parser's exact
// phrase; a refusal of the checks is in the list, each sentence exactly as the core words it).

#include "ui/UiServices.h"
#include "wallet/api/OnboardingService.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace plinth::ui {

class OnboardingChecksView;
class ThisComputerForm;

class OnboardingWizard : public QDialog {
    Q_OBJECT
public:
    OnboardingWizard(UiServices& services, Address account, QWidget* parent = nullptr);

    // The review of the last check (for the page and tests); nullopt before one arrived.
    const std::optional<OnboardingReview>& review() const { return m_review; }

Q_SIGNALS:
    // The registration of `device` was confirmed on chain.
    void registered(const QString& device);

private:
    enum Step { Choose, Payload, Computer, Checks };
    void goTo(Step step);
    void next();
    void back();
    void check();
    void openFile();
    void showReview(const OnboardingReview& review, const QString& keystore);
    void registerDevice();
    void setBusy(bool busy, const QString& status, bool error = false);

    UiServices& m_services;
    Address m_account;
    Step m_step = Choose;
    std::optional<OnboardingReview> m_review;
    std::uint64_t m_request = 0;
    QStackedWidget* m_pages;
    QRadioButton* m_modePayload;
    QRadioButton* m_modeComputer;
    QPlainTextEdit* m_payload;
    QPushButton* m_openFile;
    ThisComputerForm* m_computer;
    bool m_measured = false;
    QLineEdit* m_stake;
    QWidget* m_stakeRow;
    OnboardingChecksView* m_checks;
    QLabel* m_summary;
    QLabel* m_status;
    QPushButton* m_back;
    QPushButton* m_next;
    QPushButton* m_cancel;
};

} // namespace plinth::ui
