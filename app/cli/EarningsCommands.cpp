// `earnings` and `ledger`: rewards per device and epoch with totals per day, week or month, CSV export,
// and the payout ledger that reconciles rewarded -> claimable (proven) -> claimed -> received.
#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "app/cli/NetworkSession.h"
#include "app/cli/ProvenClaimable.h"
#include "wallet/codec/Hex.h"
#include "wallet/network/DeviceDirectory.h"
#include "wallet/network/EarningsCsv.h"
#include "wallet/network/EarningsQuery.h"
#include "wallet/network/PayoutLedger.h"
#include "wallet/network/ProvenSlots.h"
#include "wallet/rpc/EndpointPool.h"
#include "wallet/sync/NetworkCache.h"
#include "wallet/sync/ProfileEndpoints.h"
#include "wallet/sync/SyncEngine.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace plinth::cli {
namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }
QString addr(const Address& a) { return qs(toChecksumAddress(a)); }
QString dateOf(std::uint64_t t) { return qs(isoUtc(t)).left(10); }
QString signedText(const Int256& v) { return qs(v.str()); }

class EarningsCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(EarningsCommand)
public:
    QStringList words() const override { return {QStringLiteral("earnings")}; }
    QString summary() const override { return tr("Show rewards per day, week or month from the verified cache, or export them as CSV"); }
    void addOptions(QCommandLineParser& parser) const override
    {
        addOwnerOption(parser);
        parser.addOption({QStringLiteral("device"), tr("Only this device"), QStringLiteral("DEVICE")});
        parser.addOption({QStringLiteral("period"), tr("Totals per day, week (ISO, from Monday) or month, UTC"),
                          QStringLiteral("day|week|month")});
        parser.addOption({QStringLiteral("from"), tr("First day (UTC), YYYY-MM-DD"), QStringLiteral("DATE")});
        parser.addOption({QStringLiteral("to"), tr("Last day (UTC, included), YYYY-MM-DD"), QStringLiteral("DATE")});
        parser.addOption({QStringLiteral("csv"), tr("Write every reward (one row per device and epoch) to this CSV file"),
                          QStringLiteral("FILE")});
    }

    int run(CliContext& context) const override
    {
        if (!context.positional().isEmpty())
            return context.fail(tr("earnings takes no arguments"), kExitUsage);
        EarningsFilter filter;
        EarningsPeriod period = EarningsPeriod::All;
        if (context.isSet(QStringLiteral("period"))) {
            const QString p = context.value(QStringLiteral("period"));
            if (p == QLatin1String("day"))
                period = EarningsPeriod::Day;
            else if (p == QLatin1String("week"))
                period = EarningsPeriod::Week;
            else if (p == QLatin1String("month"))
                period = EarningsPeriod::Month;
            else
                return context.fail(tr("--period is day, week or month, not %1").arg(p), kExitUsage);
        }
        for (const QString& name : {QStringLiteral("from"), QStringLiteral("to")}) {
            if (!context.isSet(name))
                continue;
            const QDate d = QDate::fromString(context.value(name), Qt::ISODate);
            if (!d.isValid())
                return context.fail(tr("--%1 is a date YYYY-MM-DD, not %2").arg(name, context.value(name)), kExitUsage);
            const auto t = static_cast<std::uint64_t>(QDateTime(d, QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
            (name == QLatin1String("from") ? filter.from : filter.to) = name == QLatin1String("from") ? t : t + 86400;
        }
        if (context.isSet(QStringLiteral("device"))) {
            auto d = parseAddress(context.value(QStringLiteral("device")).toStdString());
            if (!d)
                return context.fail(tr("--device: %1").arg(qs(d.error().message)), kExitUsage);
            filter.device = *d;
        }
        // A device's earnings need no owner; otherwise the owner's (--owner or the wallet's first account).
        if (!filter.device || context.isSet(QStringLiteral("owner"))) {
            auto owner = ownerFor(context);
            if (!owner)
                return context.fail(owner.error(), owner.error().code == ErrorCode::InvalidArgument ? kExitUsage : kExitFailed);
            filter.owner = *owner;
        }
        auto session = openNetworkSession(context);
        if (!session)
            return context.fail(session.error());
        const EarningsIndex& index = *session->index;
        const EarningsSummary s = summarizeEarnings(index, filter, period);
        if (context.isSet(QStringLiteral("csv"))) {
            const QString file = context.value(QStringLiteral("csv"));
            if (auto ok = writeEarningsCsv(file.toStdString(), index, selectRewards(index, filter), session->profile.token.decimals); !ok)
                return context.fail(ok.error());
        }
        const unsigned decimals = session->profile.token.decimals;
        if (context.json()) {
            QJsonArray periods, kinds;
            for (const EarningsBucket& b : s.periods)
                periods.append(QJsonObject{{QStringLiteral("start"), period == EarningsPeriod::All ? QJsonValue() : QJsonValue(dateOf(b.start))},
                                           {QStringLiteral("amount"), qs(formatUnits(b.amount, decimals))},
                                           {QStringLiteral("raw"), qs(toDecimalString(b.amount))},
                                           {QStringLiteral("rewards"), qint64(b.rewards)}});
            for (const KindTotal& k : s.byKind)
                kinds.append(QJsonObject{{QStringLiteral("kind"), qs(resourceKindName(k.kind))},
                                         {QStringLiteral("amount"), qs(formatUnits(k.amount, decimals))},
                                         {QStringLiteral("raw"), qs(toDecimalString(k.amount))},
                                         {QStringLiteral("rewards"), qint64(k.rewards)}});
            context.printJson(QJsonObject{
                {QStringLiteral("owner"), filter.owner ? QJsonValue(addr(*filter.owner)) : QJsonValue()},
                {QStringLiteral("device"), filter.device ? QJsonValue(addr(*filter.device)) : QJsonValue()},
                {QStringLiteral("total"), qs(formatUnits(s.total, decimals))},
                {QStringLiteral("totalRaw"), qs(toDecimalString(s.total))},
                {QStringLiteral("rewards"), qint64(s.rewards)},
                {QStringLiteral("periods"), periods},
                {QStringLiteral("byKind"), kinds},
                {QStringLiteral("verifiedBlock"), qint64(session->cursor.number)},
                {QStringLiteral("csv"), context.isSet(QStringLiteral("csv")) ? QJsonValue(context.value(QStringLiteral("csv"))) : QJsonValue()}});
            return kExitOk;
        }
        QTextStream& out = context.out();
        if (period != EarningsPeriod::All)
            for (const EarningsBucket& b : s.periods)
                out << tr("%1  %2  (%n reward(s))", nullptr, static_cast<int>(b.rewards)).arg(dateOf(b.start), session->amount(b.amount)) << '\n';
        for (const KindTotal& k : s.byKind)
            out << tr("%1: %2").arg(qs(resourceKindName(k.kind)), session->amount(k.amount)) << '\n';
        out << tr("Total: %1 in %n reward(s), verified up to block %2", nullptr, static_cast<int>(s.rewards))
                   .arg(session->amount(s.total))
                   .arg(session->cursor.number)
            << '\n';
        if (context.isSet(QStringLiteral("csv")))
            out << tr("Wrote %1").arg(context.value(QStringLiteral("csv"))) << '\n';
        out.flush();
        return kExitOk;
    }
};

class LedgerCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(LedgerCommand)
public:
    QStringList words() const override { return {QStringLiteral("ledger")}; }
    QString summary() const override { return tr("Reconcile rewarded, claimable (proven), claimed and received"); }
    void addOptions(QCommandLineParser& parser) const override { addOwnerOption(parser); }

    int run(CliContext& context) const override
    {
        if (!context.positional().isEmpty())
            return context.fail(tr("ledger takes no arguments"), kExitUsage);
        auto owner = ownerFor(context);
        if (!owner)
            return context.fail(owner.error(), owner.error().code == ErrorCode::InvalidArgument ? kExitUsage : kExitFailed);
        auto claimable = syncAndProveClaimable(context, *owner);
        if (!claimable)
            return context.fail(claimable.error());
        auto s = openNetworkSession(context);
        if (!s)
            return context.fail(s.error());
        auto ledger = buildPayoutLedger(*s->store, s->contracts, *s->index, *owner, *claimable);
        if (!ledger)
            return context.fail(ledger.error());
        return print(context, *s, *ledger);
    }

private:
    static int print(CliContext& context, const NetworkSession& s, const PayoutLedger& l)
    {
        const unsigned decimals = s.profile.token.decimals;
        const auto amount = [&](const UInt256& v) {
            return QJsonObject{{QStringLiteral("amount"), qs(formatUnits(v, decimals))}, {QStringLiteral("raw"), qs(toDecimalString(v))}};
        };
        if (context.json()) {
            QJsonArray claims, mismatches;
            for (const LedgerClaim& c : l.claims)
                claims.append(QJsonObject{{QStringLiteral("block"), qint64(c.ref.blockNumber)},
                                          {QStringLiteral("date"), qs(isoUtc(c.timestamp))},
                                          {QStringLiteral("transaction"), qs(toHex(c.ref.txHash))},
                                          {QStringLiteral("logIndex"), qint64(c.ref.logIndex)},
                                          {QStringLiteral("to"), addr(c.to)},
                                          {QStringLiteral("claimed"), amount(c.amount)},
                                          {QStringLiteral("received"), amount(c.received)}});
            for (const LedgerMismatch& m : l.mismatches)
                mismatches.append(QJsonObject{{QStringLiteral("what"), qs(m.what)},
                                              {QStringLiteral("difference"), signedText(m.difference)},
                                              {QStringLiteral("reason"), qs(m.reason)}});
            QJsonObject claimable = amount(l.claimable);
            claimable.insert(QStringLiteral("verified"), true);
            claimable.insert(QStringLiteral("block"), qint64(l.blockNumber));
            claimable.insert(QStringLiteral("blockHash"), qs(toHex(l.blockHash)));
            context.printJson(QJsonObject{{QStringLiteral("owner"), addr(l.owner)},
                                          {QStringLiteral("block"), qint64(l.blockNumber)},
                                          {QStringLiteral("rewarded"), amount(l.rewarded)},
                                          {QStringLiteral("claimable"), claimable},
                                          {QStringLiteral("claimed"), amount(l.claimed)},
                                          {QStringLiteral("received"), amount(l.received)},
                                          {QStringLiteral("unexplained"), signedText(l.unexplained)},
                                          {QStringLiteral("unpaid"), signedText(l.unpaid)},
                                          {QStringLiteral("balanced"), l.balanced()},
                                          {QStringLiteral("claims"), claims},
                                          {QStringLiteral("mismatches"), mismatches}});
            return kExitOk;
        }
        QTextStream& out = context.out();
        out << tr("Payout ledger of %1 at block %2").arg(addr(l.owner)).arg(l.blockNumber) << '\n'
            << tr("Rewarded:   %1 (%n reward(s))", nullptr, static_cast<int>(l.rewardCount)).arg(s.amount(l.rewarded)) << '\n'
            << tr("Claimable:  %1 (proven)").arg(s.amount(l.claimable)) << '\n'
            << tr("Claimed:    %1").arg(s.amount(l.claimed)) << '\n'
            << tr("Received:   %1").arg(s.amount(l.received)) << '\n';
        for (const LedgerClaim& c : l.claims)
            out << tr("Claim on %1: %2 to %3, received %4").arg(dateOf(c.timestamp), s.amount(c.amount), addr(c.to), s.amount(c.received))
                << '\n';
        if (l.balanced())
            out << tr("Balanced: rewarded - claimed = claimable, and every claim was received in full.") << '\n';
        for (const LedgerMismatch& m : l.mismatches)
            out << tr("Mismatch (%1, off by %2 base units): %3").arg(qs(m.what), signedText(m.difference), qs(m.reason)) << '\n';
        out.flush();
        return kExitOk;
    }
};

} // namespace

PLINTH_CLI_COMMAND(EarningsCommand)
PLINTH_CLI_COMMAND(LedgerCommand)

} // namespace plinth::cli
