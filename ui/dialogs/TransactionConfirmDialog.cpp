#include "ui/dialogs/TransactionConfirmDialog.h"

#include "ui/common/Formatting.h"
#include "ui/common/GuiCallback.h"
#include "ui/dialogs/PlanStepWidget.h"
#include "ui/style/Theme.h"
#include "wallet/crypto/SecureBytes.h"
#include "wallet/tx/TransactionPreview.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace plinth::ui {
namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

bool confirmed(const TrackedTransaction& t)
{
    return !t.timedOut && t.status.state == TransactionStatus::State::Included && t.status.receipt && t.status.receipt->success;
}

} // namespace

TransactionConfirmDialog::TransactionConfirmDialog(UiServices& services, Address from, NetworkAction action, QWidget* parent)
    : QDialog(parent), m_services(services), m_from(from), m_action(std::move(action))
{
    buildUi(qs(m_action->description));
    preview();
    checkSigner();
}

TransactionConfirmDialog::TransactionConfirmDialog(UiServices& services, Address from, ReplacementRequest replacement, QWidget* parent)
    : QDialog(parent), m_services(services), m_from(from), m_replacement(replacement)
{
    buildUi(replacement.speedUp ? tr("Speed up a pending transaction") : tr("Cancel a pending transaction"));
    preview();
    checkSigner();
}

void TransactionConfirmDialog::checkSigner()
{
    if (!m_services.wallet)
        return;
    // A watched address has no key in the vault: the preview still says what would happen, but Send
    // stays off and says why, rather than failing after the password.
    m_services.wallet->accounts(onGui(this, [this](Result<std::vector<VaultAccount>> r) {
        if (!r)
            return;
        for (const VaultAccount& a : *r)
            if (a.address == m_from && a.kind == AccountKind::WatchOnly)
                m_watchOnly = true;
        if (!m_watchOnly)
            return;
        if (m_stage == Stage::Ready && m_plan) {
            Theme::setStyleProperty(m_status, "state", QStringLiteral("blocked"));
            m_status->setText(watchOnlySentence());
        }
        setStage(m_stage);
    }));
}

QString TransactionConfirmDialog::watchOnlySentence()
{
    return tr("This account is only watched: the vault holds no key for it, so this can be previewed but not sent.");
}

void TransactionConfirmDialog::buildUi(const QString& summary)
{
    setObjectName(QStringLiteral("confirmDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Confirm transaction"));
    setMinimumWidth(600);
    auto* layout = new QVBoxLayout(this);

    m_summary = new QLabel(summary, this);
    m_summary->setObjectName(QStringLiteral("confirm.summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAccessibleName(tr("What this does"));
    layout->addWidget(m_summary);

    auto* scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Transaction steps"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_steps = new QWidget(scroll);
    m_steps->setObjectName(QStringLiteral("confirm.steps"));
    m_steps->setAccessibleName(tr("The transactions to send"));
    m_stepsLayout = new QVBoxLayout(m_steps);
    m_stepsLayout->setContentsMargins(0, 0, 0, 0);
    m_stepsLayout->addStretch(1);
    scroll->setWidget(m_steps);
    scroll->setMinimumHeight(280); // a step's call, fees and simulation readable without scrolling
    layout->addWidget(scroll, 1);

    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("confirm.total"));
    m_total->setWordWrap(true);
    m_total->hide();
    layout->addWidget(m_total);

    auto* form = new QFormLayout;
    m_fee = new QComboBox(this);
    m_fee->setObjectName(QStringLiteral("confirm.fee"));
    m_fee->setAccessibleName(tr("Fee speed"));
    m_fee->addItem(tr("Slow (cheaper)"), int(FeeSpeed::Slow));
    m_fee->addItem(tr("Normal"), int(FeeSpeed::Normal));
    m_fee->addItem(tr("Fast (costs more)"), int(FeeSpeed::Fast));
    m_fee->setCurrentIndex(1);
    form->addRow(tr("&Fee speed:"), m_fee);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("confirm.password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Vault password"));
    m_password->setPlaceholderText(tr("The vault is locked: its password signs this"));
    form->addRow(tr("&Password:"), m_password);
    m_passwordLabel = qobject_cast<QLabel*>(form->labelForField(m_password));
    if (m_passwordLabel)
        m_passwordLabel->setObjectName(QStringLiteral("confirm.passwordLabel"));
    layout->addLayout(form);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("confirm.status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Status"));
    layout->addWidget(m_status);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("confirm.cancel"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_send = new QPushButton(tr("&Send"), this);
    m_send->setObjectName(QStringLiteral("confirm.send"));
    m_send->setAccessibleName(tr("Send"));
    m_send->setDefault(true);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_send);
    layout->addLayout(buttons);
    setTabOrder(m_fee, m_password);
    setTabOrder(m_password, m_send);
    setTabOrder(m_send, m_cancel);

    connect(m_fee, &QComboBox::currentIndexChanged, this, [this] {
        if (m_stage == Stage::Previewing || m_stage == Stage::Ready)
            preview();
    });
    connect(m_send, &QPushButton::clicked, this, &TransactionConfirmDialog::send);
    connect(m_password, &QLineEdit::returnPressed, this, [this] {
        if (m_send->isEnabled())
            send();
    });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(this, &QDialog::rejected, this, [this] {
        if (!m_sent)
            Q_EMIT abandoned();
    });
    setStage(Stage::Previewing);
}

FeeSpeed TransactionConfirmDialog::speed() const { return FeeSpeed(m_fee->currentData().toInt()); }

void TransactionConfirmDialog::setStage(Stage stage)
{
    m_stage = stage;
    const bool before = stage == Stage::Previewing || stage == Stage::Ready;
    m_fee->setEnabled(before);
    const bool locked = m_services.wallet && !m_services.wallet->isUnlocked();
    // A watched account has no key to unlock: asking for the password would promise a send that cannot be.
    const bool askPassword = before && locked && !m_watchOnly;
    m_password->setVisible(askPassword);
    m_password->setEnabled(stage == Stage::Ready);
    if (m_passwordLabel)
        m_passwordLabel->setVisible(askPassword);
    m_send->setEnabled(stage == Stage::Ready && m_plan && m_plan->sendable() && !m_watchOnly);
    m_send->setVisible(stage != Stage::Done);
    m_cancel->setText(m_sent ? tr("Close") : tr("Cancel"));
    m_cancel->setEnabled(stage != Stage::Unlocking);
}

void TransactionConfirmDialog::showError(const QString& sentence)
{
    Theme::setStyleProperty(m_status, "state", QStringLiteral("blocked"));
    m_status->setText(sentence);
    setStage(Stage::Ready);
}

void TransactionConfirmDialog::preview()
{
    m_plan.reset();
    if (!m_services.transactions) {
        showError(m_services.networkError.isEmpty() ? tr("No network is selected, so nothing can be sent.")
                                                    : //: %1 why the network could not be opened
                                                      tr("Nothing can be sent: %1").arg(m_services.networkError));
        return;
    }
    const int generation = ++m_generation;
    Theme::setStyleProperty(m_status, "state", QString());
    m_status->setText(tr("Preparing the transaction and simulating it…"));
    setStage(Stage::Previewing);
    if (m_action) {
        m_services.transactions->previewAction(m_from, *m_action, speed(), onGui(this, [this, generation](Result<PreviewedPlan> r) {
            if (generation != m_generation)
                return;
            //: %1 why the action cannot be prepared
            if (!r)
                return showError(tr("This cannot be prepared: %1").arg(qs(r.error().message)));
            showPlan(std::move(*r));
        }));
        return;
    }
    auto done = onGui(this, [this, generation](Result<PreviewedCall> r) {
        if (generation != m_generation)
            return;
        if (!r)
            return showError(tr("This cannot be prepared: %1").arg(qs(r.error().message)));
        PreviewedPlan plan;
        plan.from = m_from;
        plan.description = r->preview.description;
        PreviewedStep step;
        step.call = std::move(*r);
        if (step.call.prepared)
            plan.totalMaxCost = step.call.prepared->maxCost;
        plan.steps.push_back(std::move(step));
        showPlan(std::move(plan));
    });
    if (m_replacement->speedUp)
        m_services.transactions->speedUp(m_replacement->hash, speed(), std::move(done));
    else
        m_services.transactions->cancel(m_replacement->hash, speed(), std::move(done));
}

void TransactionConfirmDialog::showPlan(PreviewedPlan plan)
{
    for (PlanStepWidget* w : m_stepWidgets)
        w->deleteLater();
    m_stepWidgets.clear();
    const int count = int(plan.steps.size());
    for (int i = 0; i < count; ++i) {
        auto* w = new PlanStepWidget(plan.steps[std::size_t(i)], i, count, *m_services.profile, m_steps);
        m_stepsLayout->insertWidget(i, w);
        m_stepWidgets.push_back(w);
    }
    if (count > 1) {
        //: %1 the most the whole plan can cost in value and fees, %n the number of transactions
        m_total->setText(tr("Together these %n transactions cost at most %1 in value and fees.", nullptr, count)
                             .arg(qs(formatFee(plan.totalMaxCost, m_services.profile->currency))));
        m_total->show();
    } else {
        m_total->hide();
    }
    QString status;
    for (int i = 0; i < count && status.isEmpty(); ++i)
        status = PlanStepWidget::blockedSentence(plan.steps[std::size_t(i)], i, count);
    if (status.isEmpty() && m_watchOnly)
        status = watchOnlySentence();
    const bool blocked = !status.isEmpty();
    Theme::setStyleProperty(m_status, "state", blocked ? QStringLiteral("blocked") : QString()); // a refusal is red
    if (status.isEmpty())
        status = m_services.wallet->isUnlocked() ? tr("Check the details, then send.") : tr("Enter the vault password, then send.");
    m_plan = std::move(plan);
    m_status->setText(status);
    setStage(Stage::Ready);
}

void TransactionConfirmDialog::send()
{
    if (!m_plan || !m_plan->sendable() || m_stage != Stage::Ready)
        return;
    if (m_services.wallet->isUnlocked())
        return sendPlan();
    if (m_password->text().isEmpty()) {
        m_status->setText(tr("Enter the vault password to sign this."));
        m_password->setFocus();
        return;
    }
    SecureString password(m_password->text().toStdString());
    m_password->clear();
    Theme::setStyleProperty(m_status, "state", QString());
    m_status->setText(tr("Unlocking the vault…"));
    setStage(Stage::Unlocking);
    m_services.wallet->unlock(std::move(password), onGui(this, [this](Result<void> r) {
        if (!r) {
            if (r.error().code == ErrorCode::WrongPassword)
                showError(tr("The password is wrong. Nothing was sent."));
            else
                //: %1 why the vault could not be unlocked
                showError(tr("The vault could not be unlocked: %1. Nothing was sent.").arg(inSentence(r.error().message)));
            m_password->setFocus();
            return;
        }
        sendPlan();
    }));
}

void TransactionConfirmDialog::sendPlan()
{
    m_sent = true;
    setStage(Stage::Sending);
    Theme::setStyleProperty(m_status, "state", QString());
    //: %n the number of transactions
    m_status->setText(tr("Signing and sending %n transaction(s)…", nullptr, int(m_plan->steps.size())));
    m_services.transactions->sendPlan(
        *m_plan,
        onGui(this, [this](PlanProgress p) {
            if (p.step < m_stepWidgets.size())
                m_stepWidgets[p.step]->showProgress(p.tracked);
        }),
        onGui(this, [this](Result<std::vector<TrackedTransaction>> r) {
            if (!r) {
                //: %1 why sending stopped
                m_status->setText(tr("Sending stopped: %1").arg(qs(r.error().message)));
                setStage(Stage::Done);
                Q_EMIT completed(false);
                return;
            }
            finish(*r);
        }));
}

void TransactionConfirmDialog::finish(const std::vector<TrackedTransaction>& settled)
{
    for (std::size_t i = 0; i < settled.size() && i < m_stepWidgets.size(); ++i)
        m_stepWidgets[i]->showProgress(settled[i]);
    const bool all = settled.size() == m_plan->steps.size() && std::all_of(settled.begin(), settled.end(), confirmed);
    for (std::size_t i = settled.size(); i < m_stepWidgets.size(); ++i)
        m_stepWidgets[i]->showState(tr("Not sent: the step before did not succeed."));
    if (all)
        m_status->setText(tr("Confirmed."));
    else if (!settled.empty() && settled.back().timedOut)
        m_status->setText(tr("Still pending. Plinth stopped waiting; the Activity page keeps following it."));
    else
        m_status->setText(tr("It did not succeed: see the step above."));
    setStage(Stage::Done);
    Q_EMIT completed(all);
}

} // namespace plinth::ui
