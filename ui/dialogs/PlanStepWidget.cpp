#include "ui/dialogs/PlanStepWidget.h"

#include "ui/common/Formatting.h"
#include "wallet/codec/Hex.h"
#include "wallet/network/ActionDecoder.h"
#include "wallet/tx/TransactionPreview.h"

#include <QLabel>
#include <QStringList>
#include <QVBoxLayout>

namespace plinth::ui {
namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

// The profile's key of a reference contract, in the user's words.
QString contractName(const std::string& key)
{
    if (key == "token")
        return PlanStepWidget::tr("the network's token");
    if (key == "staking")
        return PlanStepWidget::tr("the staking contract");
    if (key == "devices")
        return PlanStepWidget::tr("the device registry");
    if (key == "rewards")
        return PlanStepWidget::tr("the rewards contract");
    if (key == "governor")
        return PlanStepWidget::tr("the governor");
    if (key == "timelock")
        return PlanStepWidget::tr("the timelock");
    return {};
}

QLabel* label(const QString& text, const char* name, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    l->setObjectName(QLatin1String(name));
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setTextFormat(Qt::PlainText);
    return l;
}

} // namespace

PlanStepWidget::PlanStepWidget(const PreviewedStep& step, int index, int count, const NetworkProfile& profile, QWidget* parent)
    : QFrame(parent), m_profile(profile)
{
    setObjectName(QStringLiteral("confirm.step"));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    if (count > 1) {
        //: %1 this step's number, %2 how many steps the plan has
        layout->addWidget(label(tr("Step %1 of %2").arg(index + 1).arg(count), "confirm.stepNumber", this));
    }
    QString title = qs(step.call.preview.description);
    if (step.approval) {
        const ActionDecoder names(profile.contracts);
        QString spender = contractName(names.nameOf(step.approval->spender));
        if (spender.isEmpty())
            spender = fullAddress(step.approval->spender);
        //: %1 a contract ("the staking contract"), %2 an amount with its symbol
        title = tr("Allow %1 to take up to %2 from your balance, for the next step").arg(spender,
                                                                                        fullAmount(step.approval->amount, profile.token.decimals,
                                                                                                   qs(profile.token.symbol)));
    }
    auto* titleLabel = label(title, "confirm.stepTitle", this);
    titleLabel->setAccessibleName(title);
    layout->addWidget(titleLabel);
    layout->addWidget(label(callText(step), "confirm.stepCall", this));
    layout->addWidget(label(feesText(step), "confirm.stepFees", this));
    QLabel* simulation = label(simulationText(step), "confirm.stepSimulation", this);
    const auto& sim = step.call.preview.simulation;
    if ((sim && !sim->success) || step.call.buildError)
        simulation->setProperty("state", QStringLiteral("fails")); // red in the sheet
    layout->addWidget(simulation);
    m_state = label(QString(), "confirm.stepState", this);
    m_state->hide();
    layout->addWidget(m_state);
}

QString PlanStepWidget::callText(const PreviewedStep& step) const
{
    const DecodedAction& call = step.call.preview.call;
    QString target = contractName(call.targetName);
    if (target.isEmpty())
        target = fullAddress(call.target);
    const QString symbol = qs(m_profile.currency.symbol);
    if (call.calldata.empty()) {
        //: %1 an amount with its symbol, %2 the recipient's address
        return tr("Sends %1 to %2").arg(fullAmount(call.value, m_profile.currency.decimals, symbol), fullAddress(call.target));
    }
    QStringList lines;
    if (call.function.empty()) {
        //: %1 a contract or an address, %Ln the number of bytes of call data
        lines << tr("Calls %1 with %Ln byte(s) of data that Plinth cannot decode", nullptr, int(call.calldata.size())).arg(target);
    } else {
        //: %1 a function's signature, e.g. "claim(address)", %2 a contract ("the rewards contract") or an address
        lines << tr("Calls %1 on %2").arg(qs(call.function), target);
        for (const DecodedArgument& a : call.arguments) {
            //: one argument of a decoded call: %1 its name, %2 its value
            lines << tr("  %1: %2").arg(qs(a.name.empty() ? a.type : a.name),
                                        decodedValueText(a.unit, a.value, m_profile.token.decimals, qs(m_profile.token.symbol)));
        }
    }
    if (call.value > 0) {
        //: %1 an amount of the native currency
        lines << tr("Sends %1 with the call").arg(fullAmount(call.value, m_profile.currency.decimals, symbol));
    }
    return lines.join(QLatin1Char('\n'));
}

QString PlanStepWidget::feesText(const PreviewedStep& step) const
{
    const auto& fees = step.call.preview.fees;
    if (!fees) {
        if (step.afterPrevious)
            return tr("Its fee is worked out once the step before is confirmed.");
        return tr("No fee could be worked out: it cannot be built.");
    }
    //: %1 the most this transaction can cost in fees, %2 what it will likely cost
    QString text = tr("Fee: at most %1, likely %2").arg(qs(formatFee(fees->maximum, m_profile.currency)),
                                                       qs(formatFee(fees->likely, m_profile.currency)));
    if (step.afterPrevious)
        text += QLatin1Char('\n') + tr("Estimated as if the approval before it were confirmed; worked out again once it is.");
    return text;
}

QString PlanStepWidget::simulationText(const PreviewedStep& step) const
{
    const auto& sim = step.call.preview.simulation;
    if (sim && sim->success) {
        if (!sim->assumption.empty())
            //: %1 the RPC endpoint that ran the simulation
            return tr("Simulated as if the approval before it were confirmed: it succeeds (unverified: what %1 says)").arg(qs(sim->endpoint));
        //: %1 the RPC endpoint that ran the simulation
        return tr("Simulated: it succeeds (unverified: what %1 says)").arg(qs(sim->endpoint));
    }
    if (sim && sim->revert) {
        //: %1 why it fails (the decoded revert), %2 the RPC endpoint that ran the simulation
        return tr("Simulated: it would fail: %1 (unverified: what %2 says)").arg(qs(sim->revert->sentence), qs(sim->endpoint));
    }
    if (step.call.buildError) {
        //: %1 why the transaction could not be prepared
        return tr("It cannot be prepared: %1").arg(qs(step.call.buildError->message));
    }
    return tr("It was not simulated.");
}

QString PlanStepWidget::blockedSentence(const PreviewedStep& step, int index, int count)
{
    // One whole sentence per case, so that translators never see a fragment glued to a step number.
    const auto& sim = step.call.preview.simulation;
    const bool numbered = count > 1;
    const int number = index + 1;
    if (sim && !sim->success && sim->revert) {
        const QString why = inSentence(sim->revert->sentence);
        return numbered ? //: %1 the step's number, %2 why it fails (the decoded revert)
                   tr("Send is disabled: step %1 would fail: %2.").arg(QString::number(number), why)
                        : //: %1 why it fails (the decoded revert)
                   tr("Send is disabled: it would fail: %1.").arg(why);
    }
    if (step.call.buildError) {
        const QString why = inSentence(step.call.buildError->message);
        return numbered ? //: %1 the step's number, %2 why the transaction could not be prepared
                   tr("Send is disabled: step %1 cannot be prepared: %2.").arg(QString::number(number), why)
                        : //: %1 why the transaction could not be prepared
                   tr("Send is disabled: it cannot be prepared: %1.").arg(why);
    }
    if (!step.call.sendable())
        return numbered ? //: %1 the step's number
                   tr("Send is disabled: step %1 could not be simulated.").arg(number)
                        : tr("Send is disabled: it could not be simulated.");
    return {};
}

void PlanStepWidget::showState(const QString& sentence)
{
    m_state->setText(sentence);
    m_state->setVisible(!sentence.isEmpty());
}

void PlanStepWidget::showProgress(const TrackedTransaction& t)
{
    using State = TransactionStatus::State;
    const QString hash = qs(toHex(t.sent.hash));
    QString text;
    if (t.timedOut) {
        //: %1 a transaction hash
        text = tr("Still pending when Plinth stopped waiting; it may still be included (%1)").arg(hash);
    } else {
        switch (t.status.state) {
        case State::Pending:
            //: %1 a transaction hash
            text = tr("Sent, waiting for a block (%1)").arg(hash);
            break;
        case State::Included:
            if (t.status.receipt && t.status.receipt->success)
                //: %1 a block number, %2 a transaction hash
                text = tr("Confirmed in block %1 (%2)").arg(formatCount(t.status.receipt->blockNumber), hash);
            else if (t.revert)
                //: %1 a block number, %2 why it failed (the decoded revert)
                text = tr("Failed in block %1: %2").arg(formatCount(t.status.receipt ? t.status.receipt->blockNumber : 0), qs(t.revert->sentence));
            else
                //: %1 a block number
                text = tr("Failed in block %1; the reason could not be found").arg(formatCount(t.status.receipt ? t.status.receipt->blockNumber : 0));
            break;
        case State::Replaced:
            text = tr("Replaced by another transaction with the same nonce");
            break;
        case State::Dropped:
            text = tr("Dropped: the node no longer has it and its nonce was not used, so nothing was spent");
            break;
        }
    }
    showState(text);
}

} // namespace plinth::ui
