// `stakes [--owner A]`: stakes per device and delegations, unbondings with their release time, and slashes
// with their reasons, all projected from verified Staking events (wallet/network/StakeBook.h).
#include "app/cli/ChainSession.h"
#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "wallet/network/GovernanceLoader.h"

#include <QJsonArray>
#include <QJsonObject>

namespace plinth::cli {
namespace {

class StakesCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(StakesCommand)
public:
    QStringList words() const override { return {QStringLiteral("stakes")}; }
    QString summary() const override { return tr("Show stakes, delegations, unbondings and slashes, from verified events"); }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addOption({QStringLiteral("owner"),
                          tr("Only what concerns this address: its stakes, stakes on its devices, its unbondings and slashes"),
                          QStringLiteral("ADDRESS")});
        ChainSession::addOptions(parser);
    }

    int run(CliContext& context) const override
    {
        if (!context.positional().isEmpty())
            return context.fail(tr("stakes takes no arguments"), kExitUsage);
        std::optional<Address> owner;
        if (context.isSet(QStringLiteral("owner"))) {
            auto parsed = addressOption(context, QStringLiteral("owner"));
            if (!parsed)
                return context.fail(parsed.error(), kExitUsage);
            owner = *parsed;
        }
        auto session = ChainSession::open(context);
        if (!session)
            return context.fail(session.error());
        auto loaded = loadStakes((*session)->store(), (*session)->profile());
        if (!loaded)
            return context.fail(loaded.error());
        const StakeBook book = owner ? loaded->concerning(*owner) : std::move(*loaded);
        const ChainSession& s = **session;
        const std::uint64_t now = s.verifiedTime();

        QJsonArray stakes;
        for (const StakePosition& p : book.positions()) {
            QJsonObject o{{QStringLiteral("device"), addressText(p.device)},
                          {QStringLiteral("staker"), addressText(p.staker)},
                          {QStringLiteral("deviceOwner"), p.deviceOwner ? QJsonValue(addressText(*p.deviceOwner)) : QJsonValue()},
                          {QStringLiteral("delegation"), p.delegation},
                          {QStringLiteral("active"), s.tokenJson(p.amount)},
                          {QStringLiteral("deposited"), s.tokenJson(p.deposited)},
                          {QStringLiteral("unbonded"), s.tokenJson(p.unbonding)},
                          {QStringLiteral("slashed"), s.tokenJson(p.slashed)}};
            stakes.append(o);
        }
        QJsonArray unbondings;
        for (const Unbonding& b : book.unbondings()) {
            const QString status = b.withdrawn ? QStringLiteral("withdrawn")
                                   : b.releaseAt <= now ? QStringLiteral("withdrawable")
                                                        : QStringLiteral("unbonding");
            unbondings.append(QJsonObject{{QStringLiteral("id"), decimalText(b.id)},
                                          {QStringLiteral("device"), addressText(b.device)},
                                          {QStringLiteral("staker"), addressText(b.staker)},
                                          {QStringLiteral("amount"), s.tokenJson(b.amount)},
                                          {QStringLiteral("requestedAt"), qint64(b.requestedAt)},
                                          {QStringLiteral("releaseAt"), qint64(b.releaseAt)},
                                          {QStringLiteral("releaseDate"), dateText(b.releaseAt)},
                                          {QStringLiteral("status"), status},
                                          {QStringLiteral("withdrawnAt"), b.withdrawnAt ? QJsonValue(qint64(*b.withdrawnAt)) : QJsonValue()}});
        }
        QJsonArray slashes;
        for (const Slash& x : book.slashes())
            slashes.append(QJsonObject{{QStringLiteral("device"), addressText(x.device)},
                                       {QStringLiteral("staker"), addressText(x.staker)},
                                       {QStringLiteral("slasher"), addressText(x.slasher)},
                                       {QStringLiteral("amount"), s.tokenJson(x.amount)},
                                       {QStringLiteral("reason"), qs(x.reason)},
                                       {QStringLiteral("block"), qint64(x.blockNumber)},
                                       {QStringLiteral("time"), qint64(x.timestamp)},
                                       {QStringLiteral("date"), dateText(x.timestamp)}});
        if (context.json()) {
            context.printJson(QJsonObject{{QStringLiteral("verifiedBlock"), qint64(s.verifiedBlock())},
                                          {QStringLiteral("verifiedTime"), qint64(now)},
                                          {QStringLiteral("verified"), true},
                                          {QStringLiteral("stakes"), stakes},
                                          {QStringLiteral("unbondings"), unbondings},
                                          {QStringLiteral("slashes"), slashes}});
            return kExitOk;
        }
        QTextStream& out = context.out();
        out << tr("Verified at block %1 (%2)").arg(s.verifiedBlock()).arg(dateText(now)) << "\n\n";
        out << tr("Stakes:") << '\n';
        if (book.positions().empty())
            out << "  " << tr("none") << '\n';
        for (const StakePosition& p : book.positions()) {
            out << "  " << (p.delegation ? //: %1 the staker, %2 the amount, %3 the device
                                tr("%1 delegates %2 to device %3")
                                         : //: %1 the staker, %2 the amount, %3 the device
                                tr("%1 stakes %2 on device %3"))
                              .arg(addressText(p.staker), s.tokenText(p.amount), addressText(p.device));
            if (p.slashed > 0)
                out << " " << tr("(slashed %1)").arg(s.tokenText(p.slashed));
            out << '\n';
        }
        out << '\n' << tr("Unbondings:") << '\n';
        if (book.unbondings().empty())
            out << "  " << tr("none") << '\n';
        for (const Unbonding& b : book.unbondings()) {
            const QString line = b.withdrawn ? //: %1 the unbonding id, %2 the amount, %3 the staker, %4 the device
                                     tr("#%1: %2 of %3 from device %4, withdrawn")
                                 : b.releaseAt <= now ? //: %1 the unbonding id, %2 the amount, %3 the staker, %4 the device, %5 the date it became withdrawable
                                     tr("#%1: %2 of %3 from device %4, withdrawable since %5")
                                                      : //: %1 the unbonding id, %2 the amount, %3 the staker, %4 the device, %5 the release date
                                     tr("#%1: %2 of %3 from device %4, released on %5");
            QString text = line.arg(decimalText(b.id), s.tokenText(b.amount), addressText(b.staker), addressText(b.device));
            if (!b.withdrawn)
                text = text.arg(dateText(b.releaseAt));
            out << "  " << text << '\n';
        }
        out << '\n' << tr("Slashes:") << '\n';
        if (book.slashes().empty())
            out << "  " << tr("none") << '\n';
        for (const Slash& x : book.slashes())
            //: %1 the amount, %2 the staker, %3 the device, %4 the date, %5 the slasher's reason
            out << "  " << tr("%1 of %2 on device %3, %4: %5")
                               .arg(s.tokenText(x.amount), addressText(x.staker), addressText(x.device), dateText(x.timestamp),
                                    qs(x.reason))
                << '\n';
        out.flush();
        return kExitOk;
    }
};

} // namespace

PLINTH_CLI_COMMAND(StakesCommand)

} // namespace plinth::cli
