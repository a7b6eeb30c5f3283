#include "ui/dialogs/VoteDialog.h"

#include "ui/common/VotingPowerText.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace plinth::ui {

VoteDialog::VoteDialog(const QString& title, VoteImpact impact, bool snapshotPassed, TokenUnits units, QWidget* parent)
    : QDialog(parent)
    , m_impact(std::move(impact))
    , m_units(std::move(units))
    , m_choices(new QButtonGroup(this))
    , m_reason(new QPlainTextEdit(this))
    , m_impactText(new QLabel(this))
{
    setObjectName(QStringLiteral("voteDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Vote"));
    auto* heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("sectionTitle"));
    heading->setWordWrap(true);
    auto* power = new QLabel(votingPowerHeadline(m_impact.power, snapshotPassed, m_units) + QLatin1Char('\n') +
                                 votingPowerReason(m_impact.power, m_units),
                             this);
    power->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(power);
    const struct {
        VoteSupport support;
        const char* id;
        QString text;
    } options[] = {{VoteSupport::For, "voteDialog.for", tr("&For")},
                   {VoteSupport::Against, "voteDialog.against", tr("&Against")},
                   {VoteSupport::Abstain, "voteDialog.abstain", tr("A&bstain")}};
    for (const auto& o : options) {
        auto* radio = new QRadioButton(o.text, this);
        radio->setObjectName(QLatin1String(o.id));
        radio->setAccessibleName(radio->text().remove(QLatin1Char('&')));
        m_choices->addButton(radio, static_cast<int>(o.support));
        layout->addWidget(radio);
    }
    m_choices->button(static_cast<int>(VoteSupport::For))->setChecked(true);

    auto* reasonLabel = new QLabel(tr("&Reason (optional, public on chain)"), this);
    reasonLabel->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("voteDialog.reason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(72);
    m_impactText->setObjectName(QStringLiteral("voteDialog.impact"));
    m_impactText->setWordWrap(true);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_impactText);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("voteDialog.ok"));
    ok->setText(tr("Continue"));
    ok->setEnabled(m_impact.canVote);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("voteDialog.cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_choices, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateImpact();
    });
    updateImpact();
}

VoteSupport VoteDialog::support() const { return static_cast<VoteSupport>(m_choices->checkedId()); }

std::string VoteDialog::reason() const { return m_reason->toPlainText().trimmed().toStdString(); }

void VoteDialog::updateImpact()
{
    if (!m_impact.canVote) {
        m_impactText->setText(m_impact.existingVote ? tr("You have already voted on this proposal.")
                                                    : tr("You cannot vote on this proposal now."));
        return;
    }
    const VoteSupport s = support();
    const ChoiceImpact& c = s == VoteSupport::For ? m_impact.forChoice : s == VoteSupport::Against ? m_impact.againstChoice : m_impact.abstainChoice;
    QStringList lines;
    if (c.reachesQuorum)
        lines << tr("Your vote brings the proposal to quorum.");
    else if (!m_impact.quorumReachedNow)
        lines << (s == VoteSupport::Against ? tr("Votes against do not count toward the quorum, which is not reached yet.")
                                            : tr("The proposal stays short of quorum even with your vote."));
    if (c.changesOutcome)
        lines << (m_impact.passingNow ? tr("Your vote turns the outcome: as the votes stand, the proposal would then fail.")
                                      : tr("Your vote turns the outcome: as the votes stand, the proposal would then pass."));
    else
        lines << tr("Your vote does not change the outcome as the votes stand.");
    m_impactText->setText(lines.join(QLatin1Char('\n')));
}

} // namespace plinth::ui
