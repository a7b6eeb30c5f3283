#include "ui/widgets/ProposalDetailPanel.h"

#include "ui/common/Formatting.h"
#include "ui/common/VotingPowerText.h"
#include "ui/models/ProposalsModel.h"
#include "ui/widgets/QuorumBar.h"
#include "ui/widgets/StateChip.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace plinth::ui {
namespace {

QLabel* label(const QString& id, QWidget* parent, const QString& role = {})
{
    auto* l = new QLabel(parent);
    l->setObjectName(role.isEmpty() ? id : role);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

} // namespace

ProposalDetailPanel::ProposalDetailPanel(QWidget* parent)
    : QWidget(parent)
    , m_title(label(QStringLiteral("governance.title"), this, QStringLiteral("sectionTitle")))
    , m_state(new StateChip(this))
    , m_meta(label(QStringLiteral("governance.meta"), this, QStringLiteral("mutedNote")))
    , m_countdown(label(QStringLiteral("governance.countdown"), this))
    , m_bar(new QuorumBar(this))
    , m_tally(label(QStringLiteral("governance.tally"), this))
    , m_power(label(QStringLiteral("governance.power"), this))
    , m_actions(new QListWidget(this))
    , m_simulationTitle(label(QStringLiteral("governance.simulationTitle"), this, QStringLiteral("unverifiedNote")))
    , m_simulation(label(QStringLiteral("governance.simulation"), this))
    , m_description(new QTextBrowser(this))
    , m_link(label(QStringLiteral("governance.link"), this, QStringLiteral("mutedNote")))
{
    setObjectName(QStringLiteral("governance.detail"));
    m_actions->setObjectName(QStringLiteral("governance.actions"));
    m_actions->setAccessibleName(tr("Actions"));
    m_actions->setWordWrap(true);
    m_actions->setMaximumHeight(120);
    m_description->setObjectName(QStringLiteral("governance.description"));
    m_description->setAccessibleName(tr("Description"));
    // A proposal's description is anyone's text: its links are shown, never followed on a click.
    m_description->setOpenLinks(false);
    m_description->setOpenExternalLinks(false);
    m_bar->setAccessibleName(tr("Votes against the quorum"));

    const auto button = [this](const QString& id, const QString& text) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(id);
        b->setAccessibleName(b->text().remove(QLatin1Char('&')));
        return b;
    };
    m_vote = button(QStringLiteral("governance.vote"), tr("&Vote…"));
    m_simulate = button(QStringLiteral("governance.simulate"), tr("Si&mulate"));
    m_queue = button(QStringLiteral("governance.queue"), tr("&Queue"));
    m_execute = button(QStringLiteral("governance.execute"), tr("E&xecute"));
    m_delegate = button(QStringLiteral("governance.delegate"), tr("Delegate to &yourself"));
    m_changeDelegate = button(QStringLiteral("governance.changeDelegate"), tr("Change &delegate…"));
    m_changeDelegate->setToolTip(tr("Choose who votes with your tokens: yourself or another address"));
    m_openLink = button(QStringLiteral("governance.openLink"), tr("Open in browser"));
    m_simulate->setToolTip(tr("Run the actions by eth_call from the timelock on the node's latest state (unverified)"));
    m_delegate->setToolTip(tr("Undelegated tokens do not vote: delegate them to yourself to vote with them on later proposals"));
    connect(m_vote, &QPushButton::clicked, this, &ProposalDetailPanel::voteRequested);
    connect(m_simulate, &QPushButton::clicked, this, &ProposalDetailPanel::simulateRequested);
    connect(m_queue, &QPushButton::clicked, this, &ProposalDetailPanel::queueRequested);
    connect(m_execute, &QPushButton::clicked, this, &ProposalDetailPanel::executeRequested);
    connect(m_delegate, &QPushButton::clicked, this, &ProposalDetailPanel::delegateRequested);
    connect(m_changeDelegate, &QPushButton::clicked, this, &ProposalDetailPanel::changeDelegateRequested);
    connect(m_description, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        m_clickedLink = url;
        //: %1 a web address from the proposal's description
        m_link->setText(tr("The description links to %1").arg(url.toDisplayString()));
        m_link->show();
        m_openLink->show();
    });
    connect(m_openLink, &QPushButton::clicked, this, [this] {
        if (m_clickedLink.isValid())
            QDesktopServices::openUrl(m_clickedLink);
    });

    auto* head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_state, 0, Qt::AlignTop);
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    for (QPushButton* b : {m_vote, m_simulate, m_queue, m_execute})
        buttons->addWidget(b);
    buttons->addStretch(1);
    // Beside the voting power it changes.
    auto* delegation = new QHBoxLayout;
    delegation->setSpacing(8);
    delegation->addWidget(m_delegate);
    delegation->addWidget(m_changeDelegate);
    delegation->addStretch(1);
    auto* link = new QHBoxLayout;
    link->addWidget(m_link, 1);
    link->addWidget(m_openLink);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(head);
    layout->addWidget(m_meta);
    layout->addWidget(m_countdown);
    layout->addWidget(m_bar);
    layout->addWidget(m_tally);
    layout->addWidget(m_power);
    layout->addLayout(delegation);
    layout->addLayout(buttons);
    layout->addWidget(m_actions);
    layout->addWidget(m_simulationTitle);
    layout->addWidget(m_simulation);
    layout->addWidget(m_description, 1);
    layout->addLayout(link);
    m_link->hide();
    m_openLink->hide();
    m_simulationTitle->hide();
    m_simulation->hide();
    updateButtons();
}

void ProposalDetailPanel::setDetail(ProposalDetail detail, TokenUnits units, std::uint64_t now, bool provingParameters)
{
    m_provingParameters = provingParameters;
    const bool same = m_detail && m_detail->proposal.id == detail.proposal.id;
    m_detail = std::move(detail);
    m_units = std::move(units);
    const Proposal& p = m_detail->proposal;
    const auto amount = [this](const UInt256& v) { return formatAmount(v, m_units.decimals, m_units.symbol); };
    m_title->setText(QString::fromStdString(p.title));
    m_state->setState(p.state);
    //: %1 the proposer's address, %2 a date, %3 a block number
    m_meta->setText(tr("Proposed by %1 on %2 (block %3)").arg(fullAddress(p.proposer), formatDateTime(p.createdAt), formatCount(p.createdBlock)));
    m_bar->setShares(ProposalsModel::shares(p));
    const bool reached = quorumReached(p.facts());
    //: %1-%3 amounts for, against and abstaining, %4 the quorum, %5 its percentage of the supply
    m_tally->setText((reached ? tr("For %1 · Against %2 · Abstain %3 — quorum of %4 (%5% of the supply at the snapshot) reached")
                              : tr("For %1 · Against %2 · Abstain %3 — quorum of %4 (%5% of the supply at the snapshot) not reached"))
                         .arg(amount(p.forVotes), amount(p.againstVotes), amount(p.abstainVotes), amount(p.quorum),
                              QString::fromStdString(toDecimalString(p.quorumNumerator))));
    if (m_detail->power) {
        const bool snapshotPassed = p.snapshot < m_detail->at.timestamp;
        QString text = votingPowerHeadline(*m_detail->power, snapshotPassed, m_units) + QLatin1Char('\n') +
                       votingPowerReason(*m_detail->power, m_units);
        if (m_detail->impact && m_detail->impact->existingVote)
            //: %1 for, against or abstain
            text += QLatin1Char('\n') + tr("You voted: %1.").arg(m_detail->impact->existingVote->support == VoteSupport::For ? tr("for")
                                                                 : m_detail->impact->existingVote->support == VoteSupport::Against
                                                                     ? tr("against")
                                                                     : tr("abstain"));
        // Before the snapshot the reason above already speaks of the delegation now; the line on who
        // holds the votes now is added when it says something else.
        if (snapshotPassed || m_detail->power->delegateNow != m_detail->power->delegateAtTimepoint)
            text += QLatin1Char('\n') + delegationText(m_detail->power->account, m_detail->power->delegateNow, m_detail->at.block.number);
        m_power->setText(text);
        m_power->setToolTip(m_detail->power->delegateNow ? fullAddress(*m_detail->power->delegateNow) : QString());
    } else {
        m_power->setText(tr("No account selected: voting power is shown for the current account."));
        m_power->setToolTip(QString());
    }
    m_actions->clear();
    for (std::size_t i = 0; i < m_detail->actions.size(); ++i) {
        const auto value = std::find_if(m_detail->parameterValues.begin(), m_detail->parameterValues.end(),
                                        [i](const ParameterValueNow& v) { return v.action == i; });
        m_actions->addItem(actionText(m_detail->actions[i], value == m_detail->parameterValues.end() ? nullptr : &*value));
    }
    if (m_detail->actions.empty())
        m_actions->addItem(tr("This proposal has no actions."));
    m_description->setMarkdown(QString::fromStdString(p.description));
    if (!same) {
        m_link->hide();
        m_openLink->hide();
        m_simulationTitle->hide();
        m_simulation->hide();
    }
    setNow(now);
}

void ProposalDetailPanel::setNow(std::uint64_t now)
{
    m_now = now;
    if (!m_detail)
        return;
    const Proposal& p = m_detail->proposal;
    QString text = ProposalsModel::whenText(p, now);
    if (p.state == ProposalState::Queued && p.eta)
        //: %1 how long until the proposal can be executed ("2 days 3 hours")
        text = *p.eta > now ? tr("Queued: executable in %1").arg(formatDuration(*p.eta - now))
                            //: %1 a date and time
                            : tr("Queued: executable since %1").arg(formatDateTime(*p.eta));
    m_countdown->setText(text);
    updateButtons();
}

void ProposalDetailPanel::updateButtons()
{
    const Proposal* p = m_detail ? &m_detail->proposal : nullptr;
    m_vote->setEnabled(p && p->state == ProposalState::Active && m_detail->impact && m_detail->impact->canVote);
    m_vote->setToolTip(!p || p->state != ProposalState::Active ? tr("Voting is open only while the proposal is active")
                       : m_detail->impact && m_detail->impact->existingVote ? tr("You have already voted")
                       : m_detail->impact && !m_detail->impact->canVote   ? tr("You have no voting power on this proposal")
                                                                          : tr("Vote for, against or abstain"));
    m_simulate->setEnabled(p && !p->actions.targets.empty());
    m_queue->setEnabled(p && p->state == ProposalState::Succeeded);
    m_queue->setToolTip(tr("Queue a succeeded proposal in the timelock"));
    m_execute->setEnabled(p && p->state == ProposalState::Queued && p->eta && *p->eta <= m_now);
    m_execute->setToolTip(tr("Execute a queued proposal once its timelock delay has passed"));
    // Offered to an account that has delegated to nobody, not even itself.
    m_delegate->setVisible(m_detail && m_detail->power && !m_detail->power->delegateNow);
    m_changeDelegate->setVisible(m_detail && m_detail->power);
}

QString ProposalDetailPanel::valueText(ValueUnit unit, const std::string& value) const
{
    return decodedValueText(unit, value, m_units.decimals, m_units.symbol);
}

QString ProposalDetailPanel::actionText(const DecodedAction& a, const ParameterValueNow* now) const
{
    const QString target = a.targetName.empty() ? fullAddress(a.target) : QString::fromStdString(a.targetName);
    if (a.function.empty())
        //: %1 the target contract; %Ln the call data's size in bytes
        return tr("%1: a call that could not be decoded (%Ln byte(s) of call data)", nullptr, static_cast<int>(a.calldata.size())).arg(target);
    QStringList args;
    for (const DecodedArgument& arg : a.arguments)
        args << valueText(arg.unit, arg.value);
    QString text = QStringLiteral("%1.%2(%3)").arg(target, QString::fromStdString(a.functionName), args.join(QStringLiteral(", ")));
    if (a.change)
        text += QLatin1Char('\n') + changeText(*a.change, now);
    return text;
}

QString ProposalDetailPanel::changeText(const ParameterChange& c, const ParameterValueNow* now) const
{
    const QString parameter = QString::fromStdString(c.parameter);
    const QString newValue = valueText(c.unit, toDecimalString(c.newValue));
    QString text;
    if (!c.oldValue) {
        //: %1 the parameter, %2 its new value; the old value is not known (the reason follows on the next line)
        text = tr("%1: unknown → %2").arg(parameter, newValue) + QLatin1Char('\n');
        if (!now && m_provingParameters)
            return text + tr("Proving the old value…");
        text += now && !now->unproven.empty()
                    //: %1 why the value could not be proven, a sentence from the wallet's core (English)
                    ? tr("The old value is unknown: %1.").arg(inSentence(now->unproven))
                    : tr("The old value is unknown: no change event gives it and no proof of it was made.");
        return text;
    }
    const QString oldValue = valueText(c.unit, toDecimalString(*c.oldValue));
    //: %1 the parameter, %2 its old value, %3 its new value
    text = tr("%1: %2 → %3").arg(parameter, oldValue, newValue) + QLatin1Char('\n');
    const QString block = c.oldBlock ? formatCount(*c.oldBlock) : QString();
    switch (c.oldFrom) {
    case OldValueFrom::ChangeEvent:
        //: %1 a block number
        text += tr("Old value from the parameter's verified change event at block %1.").arg(block);
        break;
    case OldValueFrom::StorageProof:
        //: %1 a block number
        text += tr("Old value verified at block %1: proven from the contract's storage, as no event changed it since deployment.")
                    .arg(block);
        break;
    case OldValueFrom::ViewCall:
    case OldValueFrom::Unknown:
        text += tr("The old value is unverified: no proof covers it.");
        break;
    }
    if (now && now->value && *now->value != *c.oldValue)
        //: %1 the parameter's value now, %2 a block number
        text += QLatin1Char('\n') + tr("Now %1, verified at block %2.")
                                        .arg(valueText(c.unit, toDecimalString(*now->value)), formatCount(now->at.block.number));
    return text;
}

void ProposalDetailPanel::showSimulating()
{
    m_simulationTitle->setText(tr("Simulating on the node's latest state (unverified)…"));
    m_simulationTitle->show();
    m_simulation->clear();
    m_simulation->hide();
}

void ProposalDetailPanel::showSimulationError(const QString& message)
{
    m_simulationTitle->setText(tr("The simulation could not run (unverified)"));
    m_simulationTitle->show();
    m_simulation->setText(message);
    m_simulation->show();
}

void ProposalDetailPanel::showSimulation(const ProposalSimulation& s)
{
    //: %1 the timelock's address
    m_simulationTitle->setText(tr("Simulated by eth_call from the timelock %1 on the node's latest state: unverified, no proof covers an execution.")
                                   .arg(fullAddress(s.from)));
    m_simulationTitle->show();
    QStringList lines;
    for (std::size_t i = 0; i < s.actions.size(); ++i) {
        const DecodedAction& a = s.actions[i].action;
        const QString name = a.function.empty() ? fullAddress(a.target)
                                                : QStringLiteral("%1.%2").arg(a.targetName.empty() ? fullAddress(a.target) : QString::fromStdString(a.targetName),
                                                                             QString::fromStdString(a.functionName));
        //: %1 the action's number, %2 contract.function
        const QString succeeds = tr("%1. %2: succeeds").arg(i + 1).arg(name);
        //: %1 the action's number, %2 contract.function, %3 the revert reason
        const QString reverts = tr("%1. %2: reverts: %3").arg(i + 1).arg(name, QString::fromStdString(s.actions[i].revert));
        lines << (s.actions[i].success ? succeeds : reverts);
    }
    if (s.sequenceSkipped)
        //: %1 why
        lines << tr("In sequence: not simulated: %1.").arg(inSentence(*s.sequenceSkipped));
    else if (s.sequenceSuccess)
        lines << tr("In sequence, as execute runs them: every action succeeds.");
    else {
        //: %1 the failing action's number, %2 the revert reason
        lines << tr("In sequence, as execute runs them: action %1 reverts: %2")
                     .arg(s.failedAction + 1)
                     .arg(QString::fromStdString(s.sequenceRevert));
    }
    if (s.touchesGovernor)
        lines << tr("The governor's own settings accept a call only from inside its execute, so a governor action reverts here even when it would succeed.");
    m_simulation->setText(lines.join(QLatin1Char('\n')));
    m_simulation->show();
}

} // namespace plinth::ui
