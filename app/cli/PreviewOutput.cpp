#include "app/cli/PreviewOutput.h"

#include "wallet/codec/Hex.h"
#include "wallet/tx/Amount.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace plinth::cli {
namespace {

QString q(const std::string& text) { return QString::fromStdString(text); }
QString dec(const UInt256& v) { return q(toDecimalString(v)); }
QString gwei(const UInt256& v) { return q(formatAmount(v, 9, "gwei")); }

QString unitName(ValueUnit unit)
{
    switch (unit) {
    case ValueUnit::Token: return QStringLiteral("token");
    case ValueUnit::TokenPerSecond: return QStringLiteral("tokenPerSecond");
    case ValueUnit::Seconds: return QStringLiteral("seconds");
    case ValueUnit::Percent: return QStringLiteral("percent");
    case ValueUnit::Address: return QStringLiteral("address");
    case ValueUnit::Raw: break;
    }
    return QStringLiteral("raw");
}

// The argument as a person reads it: token amounts with the token's decimals.
QString argumentText(const DecodedArgument& a, const NetworkProfile& profile)
{
    if (a.unit == ValueUnit::Token)
        if (auto n = parseUInt256(a.value))
            return q(formatAmount(*n, profile.token.decimals, profile.token.symbol));
    return q(a.value);
}

QString target(const DecodedAction& call)
{
    const QString address = q(toChecksumAddress(call.target));
    return call.targetName.empty() ? address : QStringLiteral("%1 (%2)").arg(address, q(call.targetName));
}

} // namespace

QJsonObject revertJson(const ExplainedRevert& r)
{
    return QJsonObject{{QStringLiteral("selector"), r.reason.selector ? QJsonValue(q(toHex(*r.reason.selector))) : QJsonValue()},{QStringLiteral("reason"), q(r.sentence)},
                       {QStringLiteral("error"), r.errorName.empty() ? QJsonValue() : QJsonValue(q(r.errorName))},
                       {QStringLiteral("contract"), r.contract.empty() ? QJsonValue() : QJsonValue(q(r.contract))},
                       {QStringLiteral("malformed"), r.malformed}};
}

QString previewText(const TransactionPreview& v, const NetworkProfile& profile, int step, int steps)
{
    QString out;
    const QString head = steps > 1 ? QCoreApplication::translate("cli", "Step %1 of %2: %3").arg(step).arg(steps).arg(q(v.description))
                                   : q(v.description);
    out += head + QLatin1Char('\n');
    const DecodedAction& c = v.call;
    if (c.function.empty()) {
        //: %1 the contract, %2 the raw calldata
        out += QCoreApplication::translate("cli", "  Call:        %1, undecoded data %2").arg(target(c), q(toHex(c.calldata))) + QLatin1Char('\n');
    } else {
        //: %1 the contract, %2 the function signature
        out += QCoreApplication::translate("cli", "  Call:        %1 %2").arg(target(c), q(c.function)) + QLatin1Char('\n');
        for (const DecodedArgument& a : c.arguments)
            out += QStringLiteral("                 %1 = %2\n").arg(q(a.name), argumentText(a, profile));
    }
    if (c.value != 0)
        out += QCoreApplication::translate("cli", "  Value:       %1").arg(q(formatAmount(c.value, profile.currency.decimals, profile.currency.symbol)))
            + QLatin1Char('\n');
    const QString from = q(toChecksumAddress(v.from));
    out += (v.nonce ? QCoreApplication::translate("cli", "  From:        %1 (nonce %2)").arg(from).arg(*v.nonce)
                    : QCoreApplication::translate("cli", "  From:        %1").arg(from))
        + QLatin1Char('\n');
    if (v.fees) {
        const FeeEstimate& f = *v.fees;
        //: %1 the most the fees can cost, %2 gas limit, %3 max fee per gas
        out += QCoreApplication::translate("cli", "  Fee maximum: %1 (gas limit %2 at %3 per gas)")
                   .arg(q(formatFee(f.maximum, profile.currency)))
                   .arg(f.gasLimit)
                   .arg(gwei(f.maxFeePerGas))
            + QLatin1Char('\n');
        //: %1 the likely fee, %2 estimated gas, %3 likely price per gas
        out += QCoreApplication::translate("cli", "  Fee likely:  %1 (estimated %2 gas at %3 per gas)")
                   .arg(q(formatFee(f.likely, profile.currency)))
                   .arg(f.gasEstimate)
                   .arg(gwei(f.likelyFeePerGas))
            + QLatin1Char('\n');
    }
    if (v.simulation) {
        const Simulation& s = *v.simulation;
        const QString where = s.assumption.empty()
            ? QCoreApplication::translate("cli", "eth_call at %1 on %2, unverified").arg(q(s.block), q(s.endpoint))
            //: %3 the assumption, e.g. "assuming the approval before it is confirmed"
            : QCoreApplication::translate("cli", "eth_call at %1 on %2, unverified, %3").arg(q(s.block), q(s.endpoint), q(s.assumption));
        out += (s.success ? QCoreApplication::translate("cli", "  Simulation:  succeeds (%1)").arg(where)
                          : QCoreApplication::translate("cli", "  Simulation:  REVERTS: %1 (%2)").arg(q(s.revert->sentence), where))
            + QLatin1Char('\n');
    }
    if (!v.deferred.empty())
        out += QCoreApplication::translate("cli", "  Fees:        %1").arg(q(v.deferred)) + QLatin1Char('\n');
    return out;
}

QJsonObject previewJson(const TransactionPreview& v, const NetworkProfile& profile)
{
    const DecodedAction& c = v.call;
    QJsonArray args;
    for (const DecodedArgument& a : c.arguments)
        args.append(QJsonObject{{QStringLiteral("name"), q(a.name)},
                                {QStringLiteral("type"), q(a.type)},
                                {QStringLiteral("value"), q(a.value)},
                                {QStringLiteral("unit"), unitName(a.unit)},
                                {QStringLiteral("display"), argumentText(a, profile)}});
    QJsonObject o{{QStringLiteral("description"), q(v.description)},
                  {QStringLiteral("kind"), q(v.kind)},
                  {QStringLiteral("from"), q(toChecksumAddress(v.from))},
                  {QStringLiteral("to"), q(toChecksumAddress(c.target))},
                  {QStringLiteral("targetName"), c.targetName.empty() ? QJsonValue() : QJsonValue(q(c.targetName))},
                  {QStringLiteral("value"), dec(c.value)},
                  {QStringLiteral("function"), c.function.empty() ? QJsonValue() : QJsonValue(q(c.function))},
                  {QStringLiteral("arguments"), args},
                  {QStringLiteral("calldata"), q(toHex(c.calldata))},
                  {QStringLiteral("nonce"), v.nonce ? QJsonValue(qint64(*v.nonce)) : QJsonValue()}};
    if (v.fees) {
        const FeeEstimate& f = *v.fees;
        o.insert(QStringLiteral("fees"), QJsonObject{{QStringLiteral("currency"), q(profile.currency.symbol)},
                                                     {QStringLiteral("gasLimit"), qint64(f.gasLimit)},
                                                     {QStringLiteral("gasEstimate"), qint64(f.gasEstimate)},
                                                     {QStringLiteral("maxFeePerGas"), dec(f.maxFeePerGas)},
                                                     {QStringLiteral("likelyFeePerGas"), dec(f.likelyFeePerGas)},
                                                     {QStringLiteral("maximum"), dec(f.maximum)},
                                                     {QStringLiteral("likely"), dec(f.likely)},
                                                     {QStringLiteral("maximumText"), q(formatFee(f.maximum, profile.currency))},
                                                     {QStringLiteral("likelyText"), q(formatFee(f.likely, profile.currency))}});
    }
    if (v.simulation) {
        const Simulation& s = *v.simulation;
        QJsonObject sim{{QStringLiteral("success"), s.success},
                        {QStringLiteral("verified"), Simulation::verified},
                        {QStringLiteral("block"), q(s.block)},
                        {QStringLiteral("endpoint"), q(s.endpoint)},
                        {QStringLiteral("assumption"), s.assumption.empty() ? QJsonValue() : QJsonValue(q(s.assumption))}};
        if (s.success)
            sim.insert(QStringLiteral("returnData"), q(toHex(s.returnData)));
        else
            sim.insert(QStringLiteral("revert"), revertJson(*s.revert));
        o.insert(QStringLiteral("simulation"), sim);
    }
    if (!v.deferred.empty())
        o.insert(QStringLiteral("deferred"), q(v.deferred));
    return o;
}

} // namespace plinth::cli
