#include "app/cli/GovernanceOutput.h"

#include "wallet/codec/Hex.h"
#include "wallet/network/ParameterValues.h"

namespace plinth::cli {

QString stateName(ProposalState s) { return qs(std::string(proposalStateName(s))); }

QString supportName(VoteSupport s)
{
    return s == VoteSupport::For ? QStringLiteral("for") : s == VoteSupport::Against ? QStringLiteral("against") : QStringLiteral("abstain");
}

QString stateText(ProposalState s)
{
    switch (s) {
    //: a proposal's state, inside sentences such as "PIP-3 is %2"
    case ProposalState::Pending: return QCoreApplication::translate("cli", "pending");
    case ProposalState::Active: return QCoreApplication::translate("cli", "active");
    case ProposalState::Canceled: return QCoreApplication::translate("cli", "canceled");
    case ProposalState::Defeated: return QCoreApplication::translate("cli", "defeated");
    case ProposalState::Succeeded: return QCoreApplication::translate("cli", "succeeded");
    case ProposalState::Queued: return QCoreApplication::translate("cli", "queued");
    case ProposalState::Expired: return QCoreApplication::translate("cli", "expired");
    case ProposalState::Executed: return QCoreApplication::translate("cli", "executed");
    }
    return stateName(s);
}

QString supportText(VoteSupport s)
{
    switch (s) {
    //: how a vote was cast, inside sentences such as "Vote %1 on %2"
    case VoteSupport::For: return QCoreApplication::translate("cli", "for");
    case VoteSupport::Against: return QCoreApplication::translate("cli", "against");
    case VoteSupport::Abstain: return QCoreApplication::translate("cli", "abstain");
    }
    return supportName(s);
}

QString GovernanceText::value(const ChainSession& s, ValueUnit unit, const UInt256& v)
{
    switch (unit) {
    case ValueUnit::Token: return s.tokenText(v);
    //: a reward rate: %1 the amount, %2 the token's symbol
    case ValueUnit::TokenPerSecond: return tr("%1 %2/s").arg(qs(formatUnits(v, s.profile().token.decimals)), s.symbol());
    case ValueUnit::Seconds:
        if (v > 0 && v % 86400 == 0)
            return tr("%n day(s)", nullptr, static_cast<int>(v / 86400));
        return tr("%n second(s)", nullptr, static_cast<int>(v));
    case ValueUnit::Percent: return tr("%1%").arg(decimalText(v));
    case ValueUnit::Address:
    case ValueUnit::Raw: break;
    }
    return decimalText(v);
}

QString GovernanceText::reason(ZeroPowerReason r)
{
    switch (r) {
    case ZeroPowerReason::None: return {};
    case ZeroPowerReason::NoTokens: return tr("the account held no tokens at the snapshot");
    case ZeroPowerReason::NotDelegated:
        return tr("the account's tokens were not delegated at the snapshot: votes count only once delegated, even to oneself");
    case ZeroPowerReason::DelegatedToOther: return tr("the account had delegated its votes to another account at the snapshot");
    case ZeroPowerReason::TokensAfterSnapshot: return tr("the account's tokens or delegation arrived after the snapshot");
    }
    return {};
}

QString GovernanceText::duration(std::uint64_t seconds)
{
    const int days = static_cast<int>(seconds / 86400);
    const int hours = static_cast<int>(seconds % 86400 / 3600);
    const int minutes = static_cast<int>(seconds % 3600 / 60);
    // Two units are one whole form per pair, as in the desktop app (ui/common/Formatting): the
    // translator orders the units and gives the larger one its plural.
    //: a duration of days and hours: %n is the number of days, %1 the hours ("3 hours")
    const QString daysAndHours = tr("%n day(s) %1", nullptr, days).arg(tr("%n hour(s)", nullptr, hours));
    //: a duration of hours and minutes: %n is the number of hours, %1 the minutes ("45 minutes")
    const QString hoursAndMinutes = tr("%n hour(s) %1", nullptr, hours).arg(tr("%n minute(s)", nullptr, minutes));
    if (days > 0 && hours > 0)
        return daysAndHours;
    if (days > 0)
        return tr("%n day(s)", nullptr, days);
    if (hours > 0 && minutes > 0)
        return hoursAndMinutes;
    if (hours > 0)
        return tr("%n hour(s)", nullptr, hours);
    if (minutes > 0)
        return tr("%n minute(s)", nullptr, minutes);
    return tr("%n second(s)", nullptr, static_cast<int>(seconds));
}

QString reasonCode(ZeroPowerReason r)
{
    switch (r) {
    case ZeroPowerReason::None: return {};
    case ZeroPowerReason::NoTokens: return QStringLiteral("noTokens");
    case ZeroPowerReason::NotDelegated: return QStringLiteral("notDelegated");
    case ZeroPowerReason::DelegatedToOther: return QStringLiteral("delegatedToOther");
    case ZeroPowerReason::TokensAfterSnapshot: return QStringLiteral("tokensAfterSnapshot");
    }
    return {};
}

QJsonObject actionJson(ChainSession& s, DecodedAction& a)
{
    QJsonArray args;
    for (const DecodedArgument& arg : a.arguments) {
        QJsonObject o{{QStringLiteral("name"), qs(arg.name)}, {QStringLiteral("type"), qs(arg.type)}, {QStringLiteral("value"), qs(arg.value)}};
        if (auto n = parseUInt256(arg.value); n && arg.unit != ValueUnit::Raw && arg.unit != ValueUnit::Address)
            o.insert(QStringLiteral("display"), GovernanceText::value(s, arg.unit, *n));
        args.append(o);
    }
    QJsonObject o{{QStringLiteral("target"), addressText(a.target)},
                  {QStringLiteral("targetName"), a.targetName.empty() ? QJsonValue() : QJsonValue(qs(a.targetName))},
                  {QStringLiteral("value"), decimalText(a.value)},
                  {QStringLiteral("function"), a.function.empty() ? QJsonValue() : QJsonValue(qs(a.function))},
                  {QStringLiteral("calldata"), qs(toHex(a.calldata))},
                  {QStringLiteral("arguments"), args}};
    if (a.change) {
        ParameterChange& c = *a.change;
        const ActionDecoder decoder(s.profile().contracts);
        // Never changed by an event, so the value now is the value then: proven from its storage slot
        // where the layout is known (the facade's NetworkServices::proposal proves the same way), else
        // read with a view call nobody can prove.
        if (auto read = parameterRead(decoder, a); !c.oldValue && read)
            if (auto word = s.proveStorage(read->contract, read->slot))
                takeProvenValue(a, *read, *word, s.verifiedBlock());
        if (!c.oldValue) {
            if (auto call = decoder.currentValueCall(a))
                if (auto read = s.engine().viewCall(a.target, *call); read && read->value.size() == 32) {
                    c.oldValue = fromBigEndian(read->value).value();
                    c.oldVerified = false;
                    c.oldFrom = OldValueFrom::ViewCall;
                    c.oldBlock = read->blockNumber;
                    c.oldSource = "eth_call " + c.getter + " at block " + std::to_string(read->blockNumber) +
                                  " (no change event since deployment)";
                }
        }
        o.insert(QStringLiteral("change"),
                 QJsonObject{{QStringLiteral("parameter"), qs(c.parameter)},
                             {QStringLiteral("old"), c.oldValue ? QJsonValue(decimalText(*c.oldValue)) : QJsonValue()},
                             {QStringLiteral("oldDisplay"), c.oldValue ? QJsonValue(GovernanceText::value(s, c.unit, *c.oldValue)) : QJsonValue()},
                             {QStringLiteral("oldVerified"), c.oldVerified},
                             {QStringLiteral("oldSource"), qs(c.oldSource)},
                             {QStringLiteral("new"), decimalText(c.newValue)},
                             {QStringLiteral("newDisplay"), GovernanceText::value(s, c.unit, c.newValue)}});
    }
    return o;
}

const Proposal* findProposal(const ProposalBook& book, const QString& text)
{
    if (auto id = parseUInt256(text.toStdString()))
        if (const Proposal* p = book.find(*id))
            return p;
    for (const Proposal& p : book.proposals()) // "PIP-7"
        if (qs(p.title).startsWith(text + QLatin1Char(':'), Qt::CaseInsensitive))
            return &p;
    return nullptr;
}

void printActions(QTextStream& out, const QJsonArray& actions)
{
    for (const QJsonValue& v : actions) {
        const QJsonObject a = v.toObject();
        const QString target = a.value(QStringLiteral("targetName")).isNull()
                                   ? a.value(QStringLiteral("target")).toString()
                                   : a.value(QStringLiteral("targetName")).toString();
        QStringList args;
        for (const QJsonValue& x : a.value(QStringLiteral("arguments")).toArray())
            args << x.toObject().value(x.toObject().contains(QStringLiteral("display")) ? QStringLiteral("display") : QStringLiteral("value")).toString();
        if (a.value(QStringLiteral("function")).isNull())
            //: %1 the target contract, %2 the calldata in hex
            out << "  " << GovernanceText::tr("%1: undecoded call %2").arg(target, a.value(QStringLiteral("calldata")).toString()) << '\n';
        else
            out << "  " << target << '.' << a.value(QStringLiteral("function")).toString().section(QLatin1Char('('), 0, 0) << '('
                << args.join(QStringLiteral(", ")) << ")\n";
        const QJsonObject c = a.value(QStringLiteral("change")).toObject();
        if (!c.isEmpty()) {
            const QString old = c.value(QStringLiteral("oldDisplay")).isNull() ? GovernanceText::tr("unknown") : c.value(QStringLiteral("oldDisplay")).toString();
            //: a parameter change: %1 the parameter, %2 the old value, %3 the new value
            out << "    " << GovernanceText::tr("%1: %2 -> %3").arg(c.value(QStringLiteral("parameter")).toString(), old, c.value(QStringLiteral("newDisplay")).toString());
            if (!c.value(QStringLiteral("oldVerified")).toBool() && !c.value(QStringLiteral("oldDisplay")).isNull())
                out << ' ' << GovernanceText::tr("(old value unverified: %1)").arg(c.value(QStringLiteral("oldSource")).toString());
            out << '\n';
        }
    }
}

} // namespace plinth::cli
