#include "ui/common/VotingPowerText.h"

#include "ui/common/Formatting.h"

#include <QCoreApplication>

namespace plinth::ui {
QString votingPowerHeadline(const VotingPowerReport& power, bool snapshotPassed, const TokenUnits& units)
{
    const QString amount = formatAmount(power.votes, units.decimals, units.symbol);
    //: %1 an amount of votes
    return snapshotPassed ? QCoreApplication::translate("plinth::ui::VotingPower", "Your voting power at the snapshot: %1").arg(amount)
                          //: %1 an amount of votes
                          : QCoreApplication::translate("plinth::ui::VotingPower", "Your voting power now (the snapshot is still ahead, it can change): %1").arg(amount);
}

QString votingPowerReason(const VotingPowerReport& power, const TokenUnits& units)
{
    if (power.votes > 0) {
        const bool self = power.delegateAtTimepoint && *power.delegateAtTimepoint == power.account;
        if (self && power.votes > power.balanceAtTimepoint)
            return QCoreApplication::translate("plinth::ui::VotingPower", "You delegated your tokens to yourself, and other holders delegated theirs to you.");
        if (self)
            return QCoreApplication::translate("plinth::ui::VotingPower", "You delegated your tokens to yourself.");
        return QCoreApplication::translate("plinth::ui::VotingPower", "Other holders delegated their votes to you.");
    }
    switch (power.reason) {
    case ZeroPowerReason::None:
    case ZeroPowerReason::NoTokens: return QCoreApplication::translate("plinth::ui::VotingPower", "You held no tokens at the snapshot and hold none now.");
    case ZeroPowerReason::NotDelegated:
        return QCoreApplication::translate("plinth::ui::VotingPower", "You held tokens but had not delegated them, not even to yourself, by the snapshot: undelegated tokens do not vote.");
    case ZeroPowerReason::DelegatedToOther:
        //: %1 the delegate's address
        return QCoreApplication::translate("plinth::ui::VotingPower", "Your tokens were delegated to %1 at the snapshot: that account votes with them.")
            .arg(power.delegateAtTimepoint ? fullAddress(*power.delegateAtTimepoint) : QString());
    case ZeroPowerReason::TokensAfterSnapshot:
        //: %1 an amount of tokens
        return QCoreApplication::translate("plinth::ui::VotingPower", "Your tokens or your delegation arrived after the snapshot; you hold %1 now, which counts for later proposals.")
            .arg(formatAmount(power.balanceNow, units.decimals, units.symbol));
    }
    return {};
}

QString delegationText(const Address& account, const std::optional<Address>& delegate, std::uint64_t verifiedBlock)
{
    const QString block = formatCount(verifiedBlock);
    if (!delegate)
        //: %1 a block number
        return QCoreApplication::translate("plinth::ui::VotingPower", "Your votes are delegated to nobody now, so your tokens do not vote (verified at block %1).")
            .arg(block);
    if (*delegate == account)
        //: %1 a block number
        return QCoreApplication::translate("plinth::ui::VotingPower", "Your votes are delegated to yourself now (verified at block %1).").arg(block);
    //: %1 the delegate's short address, %2 a block number
    return QCoreApplication::translate("plinth::ui::VotingPower", "Your votes are delegated to %1 now (verified at block %2).")
        .arg(shortAddress(*delegate), block);
}

} // namespace plinth::ui
