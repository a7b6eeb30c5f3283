#include "ui/dialogs/OnboardingWizard.h"

#include "ui/common/FileChooser.h"
#include "ui/common/Formatting.h"
#include "ui/common/GuiCallback.h"
#include "ui/dialogs/TransactionConfirmDialog.h"
#include "ui/models/DevicesModel.h"
#include "ui/widgets/OnboardingChecksView.h"
#include "ui/widgets/ThisComputerForm.h"
#include "wallet/api/NetworkActions.h"
#include "wallet/tx/Amount.h"

#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStyle>
#include <QThreadPool>
#include <QVBoxLayout>

namespace plinth::ui {
namespace {

QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

OnboardingWizard::OnboardingWizard(UiServices& services, Address account, QWidget* parent)
    : QDialog(parent), m_services(services), m_account(account), m_pages(new QStackedWidget(this)),
      m_modePayload(new QRadioButton(tr("&Paste or open a device's signed payload"), this)),
      m_modeComputer(new QRadioButton(tr("Register &this computer: the wallet makes the device's key"), this)),
      m_payload(new QPlainTextEdit(this)), m_openFile(new QPushButton(tr("&Open a file…"), this)), m_computer(new ThisComputerForm(this)),
      m_stake(new QLineEdit(this)), m_stakeRow(new QWidget(this)), m_checks(new OnboardingChecksView(this)), m_summary(new QLabel(this)),
      m_status(new QLabel(this)), m_back(new QPushButton(tr("&Back"), this)), m_next(new QPushButton(this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("onboarding"));
    setWindowTitle(tr("Onboard a device"));
    setMinimumSize(620, 520);
    m_modePayload->setObjectName(QStringLiteral("onboarding.modePayload"));
    m_modeComputer->setObjectName(QStringLiteral("onboarding.modeComputer"));
    m_modePayload->setChecked(true);
    m_payload->setObjectName(QStringLiteral("onboarding.payload"));
    m_payload->setAccessibleName(tr("Signed onboarding payload"));
    m_payload->setPlaceholderText(tr("Paste the payload's JSON or its QR text (plinth-onboard:1;…)"));
    m_payload->setTabChangesFocus(true);
    m_openFile->setObjectName(QStringLiteral("onboarding.openFile"));
    m_stake->setObjectName(QStringLiteral("onboarding.stake"));
    m_stake->setAccessibleName(tr("Stake"));
    m_stake->setPlaceholderText(tr("Empty: the payload's stake, or the registry's minimum"));
    m_summary->setObjectName(QStringLiteral("onboarding.summary"));
    m_summary->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("onboarding.status"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Onboarding status"));
    m_back->setObjectName(QStringLiteral("onboarding.back"));
    m_next->setObjectName(QStringLiteral("onboarding.next"));
    m_next->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("onboarding.cancel"));

    auto* choose = new QWidget;
    auto* chooseLayout = new QVBoxLayout(choose);
    chooseLayout->addWidget(paragraph(tr("A device proves it is yours by signing an onboarding message with its own key. "
                                         "How do you want to onboard it?"),
                                      choose));
    chooseLayout->addWidget(m_modePayload);
    chooseLayout->addWidget(m_modeComputer);
    chooseLayout->addStretch(1);

    auto* payload = new QWidget;
    auto* payloadLayout = new QVBoxLayout(payload);
    payloadLayout->addWidget(paragraph(tr("On the device, run plinth-cli device-key sign-onboarding with this account as the owner, "
                                          "then paste what it printed, or open the file it wrote."),
                                       payload));
    payloadLayout->addWidget(m_payload, 1);
    auto* fileRow = new QHBoxLayout;
    fileRow->addStretch(1);
    fileRow->addWidget(m_openFile);
    payloadLayout->addLayout(fileRow);

    auto* review = new QWidget;
    auto* reviewLayout = new QVBoxLayout(review);
    reviewLayout->addWidget(m_checks, 1);
    reviewLayout->addWidget(m_summary);

    m_pages->addWidget(choose);
    m_pages->addWidget(payload);
    m_pages->addWidget(m_computer);
    m_pages->addWidget(review);

    auto* stakeForm = new QFormLayout(m_stakeRow);
    stakeForm->setContentsMargins(0, 0, 0, 0);
    //: %1 the token's symbol
    auto* stakeLabel = new QLabel(tr("&Stake (%1)").arg(QString::fromStdString(m_services.profile->token.symbol)), m_stakeRow);
    stakeLabel->setBuddy(m_stake);
    stakeForm->addRow(stakeLabel, m_stake);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_stakeRow);
    layout->addLayout(buttons);

    connect(m_next, &QPushButton::clicked, this, &OnboardingWizard::next);
    connect(m_back, &QPushButton::clicked, this, &OnboardingWizard::back);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_openFile, &QPushButton::clicked, this, &OnboardingWizard::openFile);
    goTo(Choose);
}

void OnboardingWizard::goTo(Step step)
{
    m_step = step;
    m_pages->setCurrentIndex(int(step));
    m_back->setEnabled(step != Choose);
    m_stakeRow->setVisible(step == Payload || step == Computer);
    setBusy(false, QString());
    switch (step) {
    case Choose: m_next->setText(tr("&Next")); break;
    case Payload:
    case Computer: m_next->setText(tr("&Check")); break;
    case Checks: m_next->setText(tr("&Register…")); break;
    }
    if (step == Computer && !m_measured) {
        m_measured = true;
        m_computer->showMeasuring();
        m_services.onboarding->measureResources(onGui(this, [this](Result<LocalResources> r) {
            if (r)
                m_computer->setResources(*r);
            else
                m_computer->showMeasureError(QString::fromStdString(r.error().message));
        }));
    }
}

void OnboardingWizard::back()
{
    ++m_request; // an answer still on its way is dropped
    if (m_step == Checks)
        goTo(m_modePayload->isChecked() ? Payload : Computer);
    else
        goTo(Choose);
}

void OnboardingWizard::next()
{
    switch (m_step) {
    case Choose: goTo(m_modePayload->isChecked() ? Payload : Computer); return;
    case Payload:
    case Computer: check(); return;
    case Checks: registerDevice(); return;
    }
}

void OnboardingWizard::setBusy(bool busy, const QString& status, bool error)
{
    m_next->setEnabled(!busy);
    m_status->setProperty("plinthRole", error ? QStringLiteral("error") : QString());
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
    m_status->setText(status);
}

void OnboardingWizard::check()
{
    const auto& token = m_services.profile->token;
    std::optional<UInt256> stake;
    if (!m_stake->text().trimmed().isEmpty()) {
        auto parsed = parseAmount(m_stake->text().trimmed().toStdString(), token.decimals, token.symbol);
        if (!parsed) {
            //: %1 why the amount is not valid
            setBusy(false, tr("The stake is not an amount: %1.").arg(inSentence(parsed.error().message)), true);
            return;
        }
        stake = *parsed;
    }
    const std::uint64_t id = ++m_request;
    auto fail = [this](const Error& e) { setBusy(false, QString::fromStdString(e.message), true); };
    if (m_step == Payload) {
        const QString text = m_payload->toPlainText().trimmed();
        if (text.isEmpty()) {
            setBusy(false, tr("Paste a payload or open its file first."));
            return;
        }
        setBusy(true, tr("Checking the payload against the chain…"));
        m_services.onboarding->review(text.toStdString(), m_account, stake, onGui(this, [this, id, fail](Result<OnboardingReview> r) {
            if (id != m_request)
                return;
            if (!r)
                return fail(r.error());
            showReview(*r, QString());
        }));
        return;
    }
    QString problem;
    auto request = m_computer->request(problem);
    if (!request) {
        setBusy(false, problem);
        return;
    }
    request->stake = stake;
    setBusy(true, tr("Making the device key, signing its onboarding and checking it against the chain…"));
    m_services.onboarding->prepareThisComputer(m_account, std::move(*request),
                                               onGui(this, [this, id, fail](Result<ThisComputerDevice> r) {
                                                   if (id != m_request)
                                                       return;
                                                   if (!r)
                                                       return fail(r.error());
                                                   showReview(r->review, QString::fromStdString(r->keystore.string()));
                                               }));
}

void OnboardingWizard::showReview(const OnboardingReview& review, const QString& keystore)
{
    m_review = review;
    goTo(Checks);
    m_checks->setReview(review, *m_services.profile);
    const auto& token = m_services.profile->token;
    const QString symbol = QString::fromStdString(token.symbol);
    const OnboardingPayload& p = review.payload;
    if (review.check.ok()) {
        //: %1 device address, %2 kind, %3 capacity with unit, %4 stake, %5 onboarding fee
        QString summary = tr("Device %1 (%2, %3) can be registered to this account, staking %4 and paying the %5 onboarding fee.")
                              .arg(fullAddress(p.device), DevicesModel::kindText(static_cast<std::uint8_t>(p.kind)),
                                   formatAmount(p.capacity, 0, QString::fromStdString(p.unit)),
                                   formatAmount(p.stake, token.decimals, symbol), formatAmount(review.facts.onboardingFee, token.decimals, symbol));
        if (!keystore.isEmpty())
            summary += QLatin1Char('\n') + tr("The device key is kept in %1.").arg(keystore);
        m_summary->setText(summary);
        m_next->setEnabled(true);
    } else {
        m_summary->setText(tr("%n check(s) failed: this payload would be refused, so nothing can be sent. No device key was kept.",
                              nullptr, static_cast<int>(review.check.problems.size())));
        m_next->setEnabled(false);
    }
}

void OnboardingWizard::registerDevice()
{
    if (!m_review || !m_review->check.ok())
        return;
    const OnboardingPayload& p = m_review->payload;
    const auto& token = m_services.profile->token;
    const QString device = fullAddress(p.device);
    //: %1 device address, %2 stake with symbol
    const QString description = tr("Register device %1, staking %2").arg(device, fullAmount(p.stake, token.decimals, QString::fromStdString(token.symbol)));
    auto* confirm = new TransactionConfirmDialog(m_services, m_account,
                                                 NetworkAction{description.toStdString(), RegisterDeviceAction{m_review->payloadJson}}, this);
    connect(confirm, &TransactionConfirmDialog::completed, this, [this, device](bool confirmed) {
        if (!confirmed) {
            setBusy(false, tr("The registration was not confirmed: see the confirmation dialog for why."));
            return;
        }
        Q_EMIT registered(device);
        accept();
    });
    confirm->open();
}

void OnboardingWizard::openFile()
{
    // Through FileChooser: an open() dialog, and the seam the GUI tests answer the choice with.
    chooseOpenFile(this, tr("Open an onboarding payload"), tr("Onboarding payloads (*.json *.txt);;All files (*)"), [this](const QString& path) {
        if (path.isEmpty())
            return; // cancelled
        setBusy(true, tr("Reading %1…").arg(path));
        // The disk is read on a pool thread; the text comes back through onGui.
        auto deliver = onGui(this, [this](QString text, QString error) {
            setBusy(false, error, !error.isEmpty());
            if (error.isEmpty())
                m_payload->setPlainText(text);
        });
        QThreadPool::globalInstance()->start([path, deliver]() mutable {
            QFile file(path);
            //: %1 file, %2 the system's reason
            if (!file.open(QIODevice::ReadOnly))
                return deliver(QString(), OnboardingWizard::tr("%1 could not be read: %2").arg(path, file.errorString()));
            // A payload is under a kilobyte; anything much larger is not one.
            deliver(QString::fromUtf8(file.read(64 * 1024)), QString());
        });
    });
}

} // namespace plinth::ui
