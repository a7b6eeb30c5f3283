// `sync [--follow]`, `status` and `balance [ADDRESS]`: the light client from the command line. Every
// number printed was verified (header chain, receipts, proofs); what could not be is said, never shown
// as 0.
#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "app/cli/PasswordInput.h"
#include "wallet/api/SyncService.h"
#include "wallet/codec/Hex.h"
#include "wallet/codec/UInt256.h"
#include "wallet/rpc/RpcSync.h"
#include "wallet/store/CacheStore.h"
#include "wallet/sync/NetworkCache.h"
#include "wallet/sync/ProfileEndpoints.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>

#include <atomic>
#include <chrono>
#include <csignal>
#include <future>

namespace plinth::cli {
namespace {

std::atomic<bool> g_interrupted{false};
extern "C" void onInterrupt(int) { g_interrupted.store(true); }

QString qs(const std::string& s) { return QString::fromStdString(s); }

QString when(std::uint64_t unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(unixSeconds)).toString(Qt::ISODate);
}

QJsonArray faultsJson(const std::vector<EndpointFault>& faults)
{
    QJsonArray out;
    for (const EndpointFault& f : faults)
        out.append(QJsonObject{{QStringLiteral("endpoint"), qs(f.endpoint)}, {QStringLiteral("problem"), qs(f.problem)}});
    return out;
}

Result<std::unique_ptr<SyncService>> openService(CliContext& context, NetworkProfile* profileOut = nullptr)
{
    auto selected = context.network();
    if (!selected)
        return selected.error();
    if (profileOut)
        *profileOut = selected->profile;
    return SyncService::create(selected->profile, context.dataDir().toStdString());
}

template <class T, class Start>
Result<T> wait(Start start)
{
    std::promise<Result<T>> promise;
    auto future = promise.get_future();
    start([&promise](Result<T> r) { promise.set_value(std::move(r)); });
    return future.get();
}

class SyncCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)
public:
    QStringList words() const override { return {QStringLiteral("sync")}; }
    QString summary() const override { return tr("Sync and verify the chain into the local cache"); }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addOption({QStringLiteral("follow"), tr("Keep following new blocks until interrupted (Ctrl+C)")});
    }

    int run(CliContext& context) const override
    {
        auto service = openService(context);
        if (!service)
            return context.fail(service.error());
        QTextStream& err = context.err();
        auto progress = (*service)->handleProgress([&err](const SyncProgress& p) {
            const std::uint64_t span = p.targetHeight > p.startHeight ? p.targetHeight - p.startHeight : 0;
            const std::uint64_t done = p.verifiedHeight > p.startHeight ? p.verifiedHeight - p.startHeight : 0;
            const int percent = span ? static_cast<int>(done * 100 / span) : 100;
            //: progress of a sync: %1 the verified block, %2 the block synced to, %3 a percentage
            err << tr("verified block %1 of %2 (%3%)").arg(p.verifiedHeight).arg(p.targetHeight).arg(percent) << ", "
                << tr("%n log(s) stored", nullptr, static_cast<int>(p.logsStored)) << ", "
                << tr("receipts proven for %n block(s)", nullptr, static_cast<int>(p.receiptsChecked)) << '\n';
            err.flush();
        });
        if (!context.isSet(QStringLiteral("follow"))) {
            auto report = wait<SyncReport>([&](auto done) { (*service)->syncOnce(std::move(done)); });
            progress.reset();
            if (!report)
                return context.fail(report.error());
            return printReport(context, *report, (*service)->status());
        }
        g_interrupted.store(false);
        std::signal(SIGINT, onInterrupt);
        std::signal(SIGTERM, onInterrupt);
        std::atomic<bool> failed{false};
        (*service)->follow([&](const Result<SyncReport>& r) {
            if (!r && r.error().code != ErrorCode::Cancelled) {
                err << tr("sync failed, retrying: %1").arg(qs(r.error().message)) << '\n';
                err.flush();
            }
            failed.store(!r);
        });
        while (!g_interrupted.load())
            QThread::msleep(100);
        (*service)->stop();
        progress.reset();
        const SyncStatus status = (*service)->status();
        if (status.lastError && status.lastError->code != ErrorCode::Cancelled)
            return context.fail(*status.lastError);
        SyncReport last;
        last.progress = status.progress;
        last.faults = status.faults;
        last.disagreement = status.disagreement;
        return printReport(context, last, status);
    }

private:
    static int printReport(CliContext& context, const SyncReport& report, const SyncStatus& status)
    {
        const auto& v = status.verified;
        if (context.json()) {
            QJsonObject o{{QStringLiteral("verifiedBlock"), v ? QJsonValue(qint64(v->number)) : QJsonValue()},
                          {QStringLiteral("verifiedHash"), v ? QJsonValue(qs(toHex(v->hash))) : QJsonValue()},
                          {QStringLiteral("head"), qint64(status.head)},
                          {QStringLiteral("logsStored"), qint64(report.progress.logsStored)},
                          {QStringLiteral("receiptsChecked"), qint64(report.progress.receiptsChecked)},
                          {QStringLiteral("reorgs"), qint64(report.reorgs)},
                          {QStringLiteral("blocksRolledBack"), qint64(report.blocksRolledBack)},
                          {QStringLiteral("faults"), faultsJson(report.faults)},
                          {QStringLiteral("disagreement"),
                           report.disagreement ? QJsonValue(qs(*report.disagreement)) : QJsonValue()}};
            context.printJson(o);
            return kExitOk;
        }
        QTextStream& out = context.out();
        if (v)
            out << tr("Verified up to block %1 (%2), %3").arg(v->number).arg(qs(toHex(v->hash)), when(status.verifiedTimestamp))
                << '\n';
        else
            out << tr("Nothing verified yet: no block after the checkpoint has a verified child block yet.") << '\n';
        out << tr("%n new log(s) stored", nullptr, static_cast<int>(report.progress.logsStored)) << '\n';
        if (report.reorgs)
            out << tr("Followed %n reorg(s)", nullptr, static_cast<int>(report.reorgs)) << '\n';
        for (const EndpointFault& f : report.faults)
            out << tr("Endpoint %1 gave an answer that failed verification, so it was set aside: %2")
                       .arg(qs(f.endpoint), qs(f.problem))
                << '\n';
        if (report.disagreement)
            out << tr("Warning: the endpoints disagree, so sync did not advance: %1").arg(qs(*report.disagreement)) << '\n';
        out.flush();
        return kExitOk;
    }
};

class StatusCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(StatusCommand)
public:
    QStringList words() const override { return {QStringLiteral("status")}; }
    QString summary() const override { return tr("Show the verified height, each endpoint's head and the last sync error"); }

    int run(CliContext& context) const override
    {
        auto selected = context.network();
        if (!selected)
            return context.fail(selected.error());
        const NetworkProfile& profile = selected->profile;
        auto store = openNetworkCache(context.dataDir().toStdString(), profile);
        if (!store)
            return context.fail(store.error());
        auto cursor = (*store)->cursor();
        if (!cursor)
            return context.fail(cursor.error());
        std::uint64_t verifiedTime = 0;
        if (*cursor)
            if (auto h = (*store)->header((**cursor).number); h && *h)
                verifiedTime = (**h).timestamp;
        auto kept = (*store)->syncStatus();
        if (!kept)
            return context.fail(kept.error());
        auto endpoints = endpointsFromProfile(profile);
        if (!endpoints)
            return context.fail(endpoints.error());

        // Each endpoint asked alone for its head: a quick health check, not a verification.
        NetworkThread net;
        PoolOptions options;
        options.maxAttempts = 1;
        auto pool = EndpointPool::create(net, endpoints->http, options);
        if (!pool)
            return context.fail(pool.error());
        QJsonArray endpointRows;
        for (const std::string& name : (*pool)->endpointNames()) {
            CallOptions call;
            call.deadline = std::chrono::milliseconds(10000);
            for (const std::string& other : (*pool)->endpointNames())
                if (other != name)
                    call.avoid.push_back(other);
            const auto started = std::chrono::steady_clock::now();
            RpcReply reply = callBlocking(**pool, "eth_blockNumber", {}, call);
            const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
            QJsonObject row{{QStringLiteral("endpoint"), qs(name)}};
            if (reply.ok() && reply.result.value().is_string()) {
                row.insert(QStringLiteral("head"), qint64(std::stoull(std::string(reply.result.value().as_string()), nullptr, 16)));
                row.insert(QStringLiteral("latencyMs"), qint64(ms.count()));
            } else {
                row.insert(QStringLiteral("error"), reply.ok() ? tr("not a block number") : qs(reply.result.error().message));
            }
            endpointRows.append(row);
        }
        pool->reset();

        const bool hasCursor = bool(*cursor);
        if (context.json()) {
            QJsonObject o{{QStringLiteral("network"), qs(profile.name)},
                          {QStringLiteral("chainId"), qint64(profile.chainId)},
                          {QStringLiteral("verifiedBlock"), hasCursor ? QJsonValue(qint64((**cursor).number)) : QJsonValue()},
                          {QStringLiteral("verifiedHash"), hasCursor ? QJsonValue(qs(toHex((**cursor).hash))) : QJsonValue()},
                          {QStringLiteral("verifiedTime"), hasCursor ? QJsonValue(qint64(verifiedTime)) : QJsonValue()},
                          {QStringLiteral("endpoints"), endpointRows}};
            if (*kept && !(**kept).lastError.empty())
                o.insert(QStringLiteral("lastError"),
                         QJsonObject{{QStringLiteral("message"), qs((**kept).lastError)},
                                     {QStringLiteral("endpoint"), qs((**kept).lastErrorEndpoint)},
                                     {QStringLiteral("at"), qint64((**kept).lastErrorAt)}});
            else
                o.insert(QStringLiteral("lastError"), QJsonValue());
            context.printJson(o);
            return kExitOk;
        }
        QTextStream& out = context.out();
        out << tr("Network:   %1 (chain %2)").arg(qs(profile.name)).arg(profile.chainId) << '\n';
        if (hasCursor)
            out << tr("Verified:  block %1, %2").arg((**cursor).number).arg(when(verifiedTime)) << '\n';
        else
            out << tr("Verified:  nothing yet (run plinth-cli sync)") << '\n';
        for (const QJsonValue& v : endpointRows) {
            const QJsonObject r = v.toObject();
            if (r.contains(QStringLiteral("head")))
                out << tr("Endpoint:  %1, head %2, %3 ms")
                           .arg(r.value(QStringLiteral("endpoint")).toString())
                           .arg(r.value(QStringLiteral("head")).toInteger())
                           .arg(r.value(QStringLiteral("latencyMs")).toInteger())
                    << '\n';
            else
                out << tr("Endpoint:  %1, not answering: %2")
                           .arg(r.value(QStringLiteral("endpoint")).toString(), r.value(QStringLiteral("error")).toString())
                    << '\n';
        }
        if (*kept && !(**kept).lastError.empty())
            out << tr("Last error (%1): %2").arg(when(std::uint64_t((**kept).lastErrorAt)), qs((**kept).lastError)) << '\n';
        out.flush();
        return kExitOk;
    }
};

class BalanceCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(BalanceCommand)
public:
    QStringList words() const override { return {QStringLiteral("balance")}; }
    QString summary() const override { return tr("Show an address's balances, proven at the verified block"); }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("address"), tr("The address (default: the wallet's first account)"),
                                     QStringLiteral("[ADDRESS]"));
    }

    int run(CliContext& context) const override
    {
        const QStringList args = context.positional();
        if (args.size() > 1)
            return context.fail(tr("balance takes at most one address"), kExitUsage);
        Address holder;
        if (!args.isEmpty()) {
            auto parsed = parseAddress(args.first().toStdString());
            if (!parsed)
                return context.fail(tr("%1 is not an address: %2").arg(args.first(), qs(parsed.error().message)), kExitUsage);
            holder = *parsed;
        } else {
            auto first = firstAccount(context);
            if (!first)
                return context.fail(first.error());
            if (!*first)
                return context.fail(tr("the wallet has no account: pass an address"));
            holder = **first;
        }
        NetworkProfile profile;
        auto service = openService(context, &profile);
        if (!service)
            return context.fail(service.error());
        // Prove at a fresh verified block: sync first (it is quick when the cache is current).
        auto report = wait<SyncReport>([&](auto done) { (*service)->syncOnce(std::move(done)); });
        if (!report)
            return context.fail(report.error());
        auto balances = wait<ProvenBalances>([&](auto done) { (*service)->proveBalances(holder, std::move(done)); });
        if (!balances)
            return context.fail(balances.error());
        const std::string tokenSymbol = profile.token.symbol.empty() ? std::string("token") : profile.token.symbol;
        const auto amount = [](const ProvenAmount& a, unsigned decimals, const std::string& symbol) {
            return QJsonObject{{QStringLiteral("amount"), qs(formatUnits(a.amount, decimals))},
                               {QStringLiteral("raw"), qs(toDecimalString(a.amount))},
                               {QStringLiteral("symbol"), qs(symbol)},
                               {QStringLiteral("block"), qint64(a.blockNumber)},
                               {QStringLiteral("blockHash"), qs(toHex(a.blockHash))},
                               {QStringLiteral("verified"), true}};
        };
        const QJsonObject native = amount(balances->native, profile.currency.decimals, profile.currency.symbol);
        const QJsonObject token = amount(balances->token, profile.token.decimals, tokenSymbol);
        if (context.json()) {
            context.printJson(QJsonObject{{QStringLiteral("address"), qs(toChecksumAddress(holder))},
                                          {QStringLiteral("native"), native},
                                          {QStringLiteral("token"), token}});
            return kExitOk;
        }
        QTextStream& out = context.out();
        out << qs(toChecksumAddress(holder)) << '\n';
        for (const QJsonObject& o : {native, token})
            out << tr("%1 %2, proven at block %3")
                       .arg(o.value(QStringLiteral("amount")).toString(), o.value(QStringLiteral("symbol")).toString())
                       .arg(o.value(QStringLiteral("block")).toInteger())
                << '\n';
        out.flush();
        return kExitOk;
    }
};

} // namespace

PLINTH_CLI_COMMAND(SyncCommand)
PLINTH_CLI_COMMAND(StatusCommand)
PLINTH_CLI_COMMAND(BalanceCommand)

} // namespace plinth::cli
