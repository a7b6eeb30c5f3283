#include "ui/widgets/OnboardingChecksView.h"

#include "ui/common/Formatting.h"

#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

#include <limits>

namespace plinth::ui {

OnboardingChecksView::OnboardingChecksView(QWidget* parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_facts(new QLabel(this))
{
    m_list->setObjectName(QStringLiteral("onboarding.checks"));
    m_list->setAccessibleName(tr("Checks of the payload"));
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setIconSize(QSize(18, 18));
    m_facts->setObjectName(QStringLiteral("onboarding.facts"));
    m_facts->setProperty("plinthRole", QStringLiteral("caption"));
    m_facts->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_facts);
}

void OnboardingChecksView::clear()
{
    m_list->clear();
    m_facts->clear();
}

void OnboardingChecksView::addCheck(const OnboardingCheckResult& check, std::initializer_list<OnboardingProblemCode> codes,
                                    const QString& passed)
{
    QStringList failures;
    for (const OnboardingProblem& p : check.problems)
        for (OnboardingProblemCode code : codes)
            if (p.code == code)
                failures << QString::fromStdString(p.sentence);
    // The core's sentences are exact and complete; they are shown as they are (one per problem).
    const bool ok = failures.isEmpty();
    auto* item = new QListWidgetItem(QIcon(ok ? QStringLiteral(":/icons/check-passed.svg") : QStringLiteral(":/icons/check-failed.svg")),
                                     ok ? passed : failures.join(QLatin1Char('\n')), m_list);
    item->setData(Qt::UserRole, ok);
    // What a screen reader says: the verdict and the check's sentence in one translated pattern.
    item->setData(Qt::AccessibleTextRole, ok ? //: what a screen reader says for a passed check; %1 the check's sentence
                                               tr("Passed: %1").arg(item->text())
                                             : //: what a screen reader says for a failed check; %1 why it failed
                                               tr("Failed: %1").arg(item->text()));
}

void OnboardingChecksView::setReview(const OnboardingReview& review, const NetworkProfile& profile)
{
    m_list->clear();
    const OnboardingPayload& p = review.payload;
    const OnboardingFacts& f = review.facts;
    const OnboardingCheckResult& c = review.check;
    const unsigned decimals = profile.token.decimals;
    const QString symbol = QString::fromStdString(profile.token.symbol);
    const auto tokens = [&](const UInt256& v) { return formatAmount(v, decimals, symbol); };
    using Code = OnboardingProblemCode;

    //: %1 the device's address
    const QString signedBy = tr("Signed by the device's own key, %1.").arg(fullAddress(p.device));
    addCheck(c, {Code::BadSignature}, signedBy);
    addCheck(c, {Code::WrongChain, Code::NodeOnOtherChain},
             //: %1 chain id
             tr("Signed for chain %1, this network's, and the node is on that chain.").arg(p.chainId));
    addCheck(c, {Code::WrongRegistry}, tr("Signed for this network's device registry, %1.").arg(fullAddress(p.registry)));
    const auto deadline = p.deadline > UInt256(std::numeric_limits<std::uint64_t>::max())
                              ? std::numeric_limits<std::uint64_t>::max()
                              : p.deadline.convert_to<std::uint64_t>();
    addCheck(c, {Code::Expired},
             //: %1 date and time, %2 a duration such as "23 hours"
             tr("Valid until %1, %2 after the chain's latest block.")
                 .arg(formatDateTime(deadline), formatDuration(deadline > f.latestTimestamp ? deadline - f.latestTimestamp : 0)));
    //: %1 block number
    const QString notRegisteredAt = tr("Not registered and never retired (the verified cache at block %1 agrees).")
                                        .arg(f.registrationVerifiedAt ? formatCount(*f.registrationVerifiedAt) : QString());
    addCheck(c, {Code::AlreadyRegistered, Code::Retired},
             f.registrationVerifiedAt ? notRegisteredAt : tr("Not registered and never retired."));
    addCheck(c, {Code::NonceUsed}, tr("Its onboarding nonce has not been used."));
    addCheck(c, {Code::OwnerIsNotSender}, tr("It names this account, %1, as its owner.").arg(fullAddress(p.owner)));
    //: %1 amount
    const QString stakeAtMinimum = tr("Stake %1: the registry's minimum, as the payload names none.").arg(tokens(p.stake));
    //: %1 the stake, %2 the registry's minimum stake
    const QString stakeAboveMinimum = tr("Stake %1, at least the registry's minimum of %2.").arg(tokens(p.stake), tokens(f.minStake));
    addCheck(c, {Code::StakeBelowMinimum}, review.minimumStake ? stakeAtMinimum : stakeAboveMinimum);
    addCheck(c, {Code::BalanceTooLow},
             //: %1 the account's token balance, %2 the onboarding fee, %3 stake + fee
             tr("Your balance of %1 covers the stake and the %2 fee (%3 in all).")
                 .arg(tokens(f.senderBalance), tokens(f.onboardingFee), tokens(c.needed)));

    //: %1 block number
    m_facts->setText(c.unverified ? tr("The registry's state and your balance were read with eth_call at block %1: unverified.")
                                        .arg(formatCount(f.latestBlock))
                                  : tr("The registry's state and your balance are proven at block %1.").arg(formatCount(f.latestBlock)));
}

} // namespace plinth::ui
