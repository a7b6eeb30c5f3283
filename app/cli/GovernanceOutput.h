#pragma once
// What the governance commands (proposals, proposal show, vote, delegate, propose, queue, execute,
// simulate) print alike: state and support names, values in their units, the reason a voting power is
// 0, and a proposal's actions decoded (JSON and text).
//
// Threading: main thread only (actionJson may prove a storage slot or make a view call through the
// session). Errors: none; what cannot be read is shown as unknown.

#include "app/cli/ChainSession.h"
#include "wallet/network/ActionDecoder.h"
#include "wallet/network/CallEncoders.h"
#include "wallet/network/ProposalBook.h"
#include "wallet/network/VotingPower.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QTextStream>

namespace plinth::cli {

// The English names, for --json and for what --state and vote accept.
QString stateName(ProposalState s);
QString supportName(VoteSupport s);
// The same words translated, for sentences a person reads.
QString stateText(ProposalState s);
QString supportText(VoteSupport s);
QString reasonCode(ZeroPowerReason r);

class GovernanceText {
    Q_DECLARE_TR_FUNCTIONS(GovernanceText)
public:
    static QString value(const ChainSession& s, ValueUnit unit, const UInt256& v);
    static QString reason(ZeroPowerReason r);
    // "3 days 4 hours", "5 minutes": how long until something (a timelock's eta), in words.
    static QString duration(std::uint64_t seconds);
};

// The action as JSON; when it changes a parameter whose old value is unknown, the value now is read
// (proven from storage where the slot is known, else an unverified view call) and filled in.
QJsonObject actionJson(ChainSession& s, DecodedAction& a);
// "  rewards.setRewardRate(0.55 PLNTH/s)" and "    rewardRate: 0.5 PLNTH/s -> 0.55 PLNTH/s", per action.
void printActions(QTextStream& out, const QJsonArray& actions);

// By id, or by the number in its title ("PIP-7"); nullptr when the verified cache has no such proposal.
const Proposal* findProposal(const ProposalBook& book, const QString& text);

} // namespace plinth::cli
