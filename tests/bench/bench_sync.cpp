// The sync benchmark of the issue "Verified light-client sync": a verified sync of a devnet with 20,000
// blocks and 5,000 relevant events, against (D) merely downloading the same headers and receipts and
// (E) an unverified ethers.js script reading the same events with eth_getLogs. Prints figures; the goal
// (verification adds at most 15% to the download) is reported, not asserted. Exits non-zero when the
// three modes do not count the same events (a correctness bug) or when a mode fails.
//
//   bench_sync [--runs N] [--blocks B] [--events E] [--rtt MS]
//                                                      the full bench (prepares or reuses the devnet);
//                                                      --rtt: every mode through a relay that adds MS of
//                                                      round-trip time (LinkDelay), as a remote provider
//   bench_sync --smoke                                 the seeded fixture, each mode once (CTest)
//   bench_sync --mode verified --profile P --data-dir D          (internal: one verified sync)
//   bench_sync --mode download --profile P --to T [--from F]     (internal: one unverified download)
//
// Each mode runs in its own child process so that its peak RSS (VmHWM) is its own. The devnet is
// prepared once (contracts/devnet start --history-blocks B, then tests/bench/sync_bench_events.js for
// the events), stopped so anvil saves it, and kept in build/bench-devnet/<key>, where the key covers the
// contracts' fixture key, the preparation script and B and E; later runs resume it (a few seconds).
// The resumed devnet keeps mining (a block every 2 s, an oracle epoch every 30 s), so each run's verified
// sync decides the range ([checkpoint, head - 1]) and the download and the ethers script use that range.
#include "DevnetFixture.h"
#include "LinkDelay.h"

#include "wallet/codec/Hex.h"
#include "wallet/crypto/Keccak.h"
#include "wallet/eth/Address.h"
#include "wallet/eth/Bloom.h"
#include "wallet/light/LogFilter.h"
#include "wallet/network/NetworkProfile.h"
#include "wallet/rpc/EndpointPool.h"
#include "wallet/rpc/RpcSync.h"
#include "wallet/store/CacheStore.h"
#include "wallet/sync/NetworkCache.h"
#include "wallet/sync/ProfileEndpoints.h"
#include "wallet/sync/SyncEngine.h"

#include <boost/json.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <deque>
#include <fstream>
#include <future>
#include <optional>
#include <set>
#include <string>
#include <vector>

using namespace plinth;

namespace {

using Clock = std::chrono::steady_clock;

// "0x1a": a block number as JSON-RPC wants it.
std::string quantity(std::uint64_t n)
{
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "0x%llx", static_cast<unsigned long long>(n));
    return buffer;
}

double msSince(Clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

// This process's peak resident set (kB), from /proc/self/status.
long procStatusKb(const char* field)
{
    std::ifstream in("/proc/self/status");
    std::string line;
    const std::string prefix = std::string(field) + ":";
    while (std::getline(in, line))
        if (line.rfind(prefix, 0) == 0)
            return std::stol(line.substr(prefix.size()));
    return -1;
}

// CPU time (user + system) of this process so far, all threads: less sensitive than wall time to a noisy
// machine, and it shows what verification costs apart from waiting for the node.
double cpuMs()
{
    rusage u{};
    ::getrusage(RUSAGE_SELF, &u);
    const auto ms = [](const timeval& t) { return double(t.tv_sec) * 1000.0 + double(t.tv_usec) / 1000.0; };
    return ms(u.ru_utime) + ms(u.ru_stime);
}

std::string loadAverage()
{
    std::ifstream in("/proc/loadavg");
    double a = 0, b = 0, c = 0;
    in >> a >> b >> c;
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.2f %.2f %.2f", a, b, c);
    return buffer;
}

int fail(const std::string& message)
{
    std::fprintf(stderr, "bench_sync: %s\n", message.c_str());
    return 1;
}

std::optional<QString> option(const QStringList& args, const QString& name)
{
    const qsizetype i = args.indexOf(name);
    if (i < 0 || i + 1 >= args.size())
        return std::nullopt;
    return args.at(i + 1);
}

Result<NetworkProfile> loadProfile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, "cannot read " + path.toStdString());
    return parseNetworkProfile(f.readAll().toStdString());
}

struct Connection {
    NetworkThread thread;
    std::unique_ptr<EndpointPool> pool;
};

// The pool as the sync service makes it (default options): the verified and the plain download share it.
Result<std::unique_ptr<Connection>> connect(const NetworkProfile& profile)
{
    auto endpoints = endpointsFromProfile(profile);
    if (!endpoints)
        return endpoints.error();
    auto c = std::make_unique<Connection>();
    auto pool = EndpointPool::create(c->thread, endpoints->http, PoolOptions{});
    if (!pool)
        return pool.error();
    c->pool = std::move(*pool);
    return c;
}

void printResult(const QJsonObject& o)
{
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

// (V) SyncEngine::syncToHead from the checkpoint on a fresh cache.
int runVerified(const NetworkProfile& profile, const QString& dataDir)
{
    auto c = connect(profile);
    if (!c)
        return fail(c.error().message);
    auto store = openNetworkCache(dataDir.toStdString(), profile);
    if (!store)
        return fail(store.error().message);
    SyncEngine engine(profile, *(*c)->pool, **store);
    const long rssBefore = procStatusKb("VmRSS");
    const double cpu0 = cpuMs();
    const auto t0 = Clock::now();
    auto report = engine.syncToHead();
    const double ms = msSince(t0);
    const double cpu = cpuMs() - cpu0;
    if (!report)
        return fail("verified sync: " + report.error().message);
    if (!report->faults.empty())
        return fail("verified sync: a fault was reported: " + report->faults.front().problem);
    auto stored = (*store)->logCount();
    if (!stored)
        return fail(stored.error().message);
    const SyncProgress& p = report->progress;
    printResult(QJsonObject{{QStringLiteral("mode"), QStringLiteral("verified")},
                            {QStringLiteral("ms"), ms},
                            {QStringLiteral("cpuMs"), cpu},
                            {QStringLiteral("from"), qint64(p.startHeight + 1)},
                            {QStringLiteral("to"), qint64(p.verifiedHeight)},
                            {QStringLiteral("blocks"), qint64(p.verifiedHeight - p.startHeight)},
                            {QStringLiteral("logs"), qint64(p.logsStored)},
                            {QStringLiteral("logsInCache"), qint64(*stored)},
                            {QStringLiteral("receipts"), qint64(p.receiptsChecked)},
                            {QStringLiteral("rssBeforeKb"), qint64(rssBefore)},
                            {QStringLiteral("hwmKb"), qint64(procStatusKb("VmHWM"))}});
    return 0;
}

// (D) The engine's requests without the verification, sent when the engine sends them: the checkpoint
// alone, then SyncOptions::headersPerBatch eth_getBlockByNumber calls at a time up to the head the engine
// fetches (`to` + 1), each batch asked as soon as the previous one's answers arrive (the engine's
// prefetch); after each header batch, the blocks up to the tip less one confirmation are settled as
// SyncEngine::settle does: at most headersPerBatch headers at a time, their bloom-matching blocks'
// eth_getBlockReceipts (by hash) SyncOptions::receiptsPerBatch a batch, two batches in flight (as
// ChainReader::blockLogs). All through the same EndpointPool. The answers are parsed JSON (the pool
// parses them); from each block only its "hash" and "logsBloom" are read, and from the receipts the logs
// of the watched contracts are counted. No hash is recomputed, no trie built, nothing stored.
class PlainDownload {
public:
    PlainDownload(const NetworkProfile& profile, EndpointPool& pool) : m_pool(pool)
    {
        const NetworkContracts& c = profile.contracts;
        for (const std::string* text : {&c.token, &c.devices, &c.staking, &c.rewards, &c.governor, &c.timelock})
            if (auto a = parseAddress(*text)) {
                m_filter.addresses.push_back(*a);
                std::string lower = *text;
                std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char ch) { return char(std::tolower(ch)); });
                m_watched.insert(lower);
            }
    }

    Result<void> run(std::uint64_t from, std::uint64_t to)
    {
        const SyncOptions defaults;
        m_to = to;
        for (const char* method : {"eth_chainId", "eth_blockNumber"})
            if (auto r = callBlocking(m_pool, method, {}); !r.ok())
                return r.result.error();
        if (auto first = readHeaders(from, sendHeaders(from, from).get()); !first)
            return first;
        std::uint64_t tip = from;
        const std::uint64_t head = to + 1; // the engine fetches the head and settles one below it
        std::future<std::vector<RpcReply>> next;
        while (tip < head) {
            const std::uint64_t last = std::min(head, tip + defaults.headersPerBatch);
            std::future<std::vector<RpcReply>> current = next.valid() ? std::move(next) : sendHeaders(tip + 1, last);
            std::vector<RpcReply> replies = current.get();
            if (last < head) // asked before this batch is read, as the engine does
                next = sendHeaders(last + 1, std::min(head, last + defaults.headersPerBatch));
            if (auto got = readHeaders(tip + 1, std::move(replies)); !got)
                return got;
            tip = last;
            const std::uint64_t settleTo = std::min(to, tip - defaults.confirmations);
            while (!m_pending.empty() && m_pending.front().number <= settleTo) {
                std::vector<RpcRequest> requests;
                for (std::uint64_t k = 0;
                     k < defaults.headersPerBatch && !m_pending.empty() && m_pending.front().number <= settleTo; ++k) {
                    if (m_pending.front().mayMatch)
                        requests.push_back(RpcRequest{"eth_getBlockReceipts", boost::json::array{m_pending.front().hash}});
                    m_pending.pop_front();
                }
                if (auto got = receipts(std::move(requests), defaults.receiptsPerBatch); !got)
                    return got;
            }
        }
        return {};
    }

    std::uint64_t logs() const { return m_logs; }
    std::uint64_t receiptsFetched() const { return m_receipts; }
    std::uint64_t blocks() const { return m_blocks; }
    double headersMs() const { return m_headersMs; }   // header batches: round trips and reading
    double receiptsMs() const { return m_receiptsMs; } // receipts batches: the same

private:
    struct Pending {
        std::uint64_t number = 0;
        std::string hash;
        bool mayMatch = false;
    };

    std::future<std::vector<RpcReply>> sendHeaders(std::uint64_t first, std::uint64_t last)
    {
        std::vector<RpcRequest> requests;
        for (std::uint64_t n = first; n <= last; ++n)
            requests.push_back(RpcRequest{"eth_getBlockByNumber", boost::json::array{quantity(n), false}});
        return sendAsync(std::move(requests));
    }

    std::future<std::vector<RpcReply>> sendAsync(std::vector<RpcRequest> requests)
    {
        auto promise = std::make_shared<std::promise<std::vector<RpcReply>>>();
        auto future = promise->get_future();
        m_pool.batch(std::move(requests), [promise](std::vector<RpcReply> replies) { promise->set_value(std::move(replies)); });
        return future;
    }

    Result<void> readHeaders(std::uint64_t first, std::vector<RpcReply> replies)
    {
        const auto t0 = Clock::now();
        struct Add {
            double& to;
            Clock::time_point t0;
            ~Add() { to += msSince(t0); }
        } add{m_headersMs, t0};
        for (std::size_t i = 0; i < replies.size(); ++i) {
            if (!replies[i].ok())
                return replies[i].result.error();
            if (replies[i].result.value().is_null() && first + i > m_to)
                break; // the block above the range is not mined yet: the engine stops there too
            const boost::json::object* block = replies[i].result.value().if_object();
            if (!block || !block->contains("hash") || !block->contains("logsBloom"))
                return makeError(ErrorCode::InvalidArgument, "block " + std::to_string(first + i) + " is not a block");
            auto bloom = Bloom::fromHex(block->at("logsBloom").as_string());
            if (!bloom)
                return bloom.error();
            m_pending.push_back(Pending{first + i, std::string(block->at("hash").as_string()), m_filter.mayMatch(*bloom)});
            ++m_blocks;
        }
        return {};
    }

    // The requests perBatch a batch, two batches in flight.
    Result<void> receipts(std::vector<RpcRequest> requests, std::size_t perBatch)
    {
        if (requests.empty())
            return {};
        const auto t0 = Clock::now();
        struct Add {
            double& to;
            Clock::time_point t0;
            ~Add() { to += msSince(t0); }
        } add{m_receiptsMs, t0};
        std::vector<std::vector<RpcRequest>> batches;
        for (std::size_t start = 0; start < requests.size(); start += perBatch)
            batches.emplace_back(requests.begin() + std::ptrdiff_t(start),
                                 requests.begin() + std::ptrdiff_t(std::min(requests.size(), start + perBatch)));
        std::vector<std::future<std::vector<RpcReply>>> inFlight(batches.size());
        for (std::size_t k = 0; k < std::min<std::size_t>(2, batches.size()); ++k)
            inFlight[k] = sendAsync(batches[k]);
        for (std::size_t k = 0; k < batches.size(); ++k) {
            std::vector<RpcReply> replies = inFlight[k].get();
            if (k + 2 < batches.size())
                inFlight[k + 2] = sendAsync(batches[k + 2]);
            if (auto counted = countLogs(replies); !counted)
                return counted;
        }
        return {};
    }

    Result<void> countLogs(std::vector<RpcReply>& replies)
    {
        for (RpcReply& reply : replies) {
            if (!reply.ok())
                return reply.result.error();
            const boost::json::array* list = reply.result.value().if_array();
            if (!list)
                return makeError(ErrorCode::InvalidArgument, "eth_getBlockReceipts did not answer a list");
            ++m_receipts;
            for (const boost::json::value& receipt : *list)
                for (const boost::json::value& log : receipt.at("logs").as_array()) {
                    std::string address(log.at("address").as_string());
                    std::transform(address.begin(), address.end(), address.begin(),
                                   [](unsigned char ch) { return char(std::tolower(ch)); });
                    m_logs += m_watched.count(address);
                }
        }
        return {};
    }

    EndpointPool& m_pool;
    LogFilter m_filter;
    std::set<std::string> m_watched;
    std::deque<Pending> m_pending;
    std::uint64_t m_logs = 0;
    std::uint64_t m_receipts = 0;
    std::uint64_t m_blocks = 0;
    std::uint64_t m_to = 0;
    double m_headersMs = 0;
    double m_receiptsMs = 0;
};

int runDownload(const NetworkProfile& profile, std::uint64_t from, std::uint64_t to)
{
    auto c = connect(profile);
    if (!c)
        return fail(c.error().message);
    PlainDownload download(profile, *(*c)->pool);
    const long rssBefore = procStatusKb("VmRSS");
    const double cpu0 = cpuMs();
    const auto t0 = Clock::now();
    auto done = download.run(from, to);
    const double ms = msSince(t0);
    const double cpu = cpuMs() - cpu0;
    if (!done)
        return fail("download: " + done.error().message);
    printResult(QJsonObject{{QStringLiteral("mode"), QStringLiteral("download")},
                            {QStringLiteral("ms"), ms},
                            {QStringLiteral("cpuMs"), cpu},
                            {QStringLiteral("from"), qint64(from)},
                            {QStringLiteral("to"), qint64(to)},
                            {QStringLiteral("blocks"), qint64(to - from + 1)},
                            {QStringLiteral("logs"), qint64(download.logs())},
                            {QStringLiteral("receipts"), qint64(download.receiptsFetched())},
                            {QStringLiteral("headersMs"), download.headersMs()},
                            {QStringLiteral("receiptsMs"), download.receiptsMs()},
                            {QStringLiteral("rssBeforeKb"), qint64(rssBefore)},
                            {QStringLiteral("hwmKb"), qint64(procStatusKb("VmHWM"))}});
    return 0;
}

// ------------------------------------------------------------------------------------------ orchestration

struct Figures {
    double ms = 0;
    double cpuMs = -1;
    qint64 from = 0, to = 0, blocks = 0, logs = 0, receipts = -1, hwmKb = 0;
};

QString contractsDir()
{
    const QString env = qEnvironmentVariable("PLINTH_CONTRACTS_DIR");
    return env.isEmpty() ? QStringLiteral(PLINTH_SOURCE_DIR "/contracts") : env;
}

QString nodeProgram()
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    return node.isEmpty() ? QStringLiteral("node") : node;
}

// Runs a program to its end; its stdout, or nullopt (with stderr printed) on failure.
std::optional<QByteArray> run(const QString& program, const QStringList& args, int timeoutMs = 3600000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    p.start(program, args);
    if (!p.waitForStarted(30000)) {
        std::fprintf(stderr, "bench_sync: cannot start %s\n", qPrintable(program));
        return std::nullopt;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        std::fprintf(stderr, "bench_sync: %s %s timed out\n", qPrintable(program), qPrintable(args.join(u' ')));
        return std::nullopt;
    }
    const QByteArray err = p.readAllStandardError();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "bench_sync: %s %s failed (exit %d):\n%s\n", qPrintable(program),
                     qPrintable(args.join(u' ')), p.exitCode(), err.constData());
        return std::nullopt;
    }
    return p.readAllStandardOutput();
}

std::optional<QJsonObject> lastJsonLine(const QByteArray& out)
{
    const QList<QByteArray> lines = out.trimmed().split('\n');
    if (lines.isEmpty())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(lines.last());
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

std::optional<Figures> runChild(const QStringList& args)
{
    auto out = run(QCoreApplication::applicationFilePath(), args);
    if (!out)
        return std::nullopt;
    auto o = lastJsonLine(*out);
    if (!o)
        return std::nullopt;
    Figures f;
    f.ms = o->value(QStringLiteral("ms")).toDouble();
    f.cpuMs = o->value(QStringLiteral("cpuMs")).toDouble();
    f.from = o->value(QStringLiteral("from")).toInteger();
    f.to = o->value(QStringLiteral("to")).toInteger();
    f.blocks = o->value(QStringLiteral("blocks")).toInteger();
    f.logs = o->value(QStringLiteral("logs")).toInteger();
    f.receipts = o->value(QStringLiteral("receipts")).toInteger();
    f.hwmKb = o->value(QStringLiteral("hwmKb")).toInteger();
    return f;
}

std::optional<Figures> runEthers(const QString& profilePath, qint64 from, qint64 to)
{
    auto out = run(nodeProgram(), {QStringLiteral(PLINTH_SOURCE_DIR "/tests/bench/ethers_getlogs.js"),
                                   QStringLiteral("--profile"), profilePath, QStringLiteral("--from"),
                                   QString::number(from), QStringLiteral("--to"), QString::number(to)});
    if (!out)
        return std::nullopt;
    auto o = lastJsonLine(*out);
    if (!o)
        return std::nullopt;
    Figures f;
    f.ms = o->value(QStringLiteral("ms")).toDouble();
    f.cpuMs = o->value(QStringLiteral("cpuMs")).toDouble();
    f.from = from;
    f.to = to;
    f.blocks = to - from + 1;
    f.logs = o->value(QStringLiteral("logs")).toInteger();
    f.hwmKb = o->value(QStringLiteral("maxRssKb")).toInteger();
    return f;
}

int freePort()
{
    const int s = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = 0;
    socklen_t len = sizeof a;
    int port = 0;
    if (s >= 0 && ::bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0
        && ::getsockname(s, reinterpret_cast<sockaddr*>(&a), &len) == 0)
        port = ntohs(a.sin_port);
    if (s >= 0)
        ::close(s);
    return port > 0 ? port : 18545;
}

// A devnet of at least `blocks` padding blocks and `events` logs of the six contracts, running; its
// network.json path. Stopped by the caller (stopDevnet).
class BenchDevnet {
public:
    ~BenchDevnet() { stop(); }

    bool prepare(qint64 blocks, qint64 events)
    {
        const QString devnet = contractsDir() + QStringLiteral("/devnet");
        const QString prepScript = QStringLiteral(PLINTH_SOURCE_DIR "/tests/bench/sync_bench_events.js");
        // The fixture key covers the contracts, the seed scripts and anvil's version.
        if (!run(nodeProgram(), {devnet, QStringLiteral("build-fixture"), QStringLiteral("--quiet")}))
            return false;
        QFile keyFile(contractsDir() + QStringLiteral("/build/fixture/.key"));
        QFile script(prepScript);
        if (!keyFile.open(QIODevice::ReadOnly) || !script.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "bench_sync: cannot read the fixture key or %s\n", qPrintable(prepScript));
            return false;
        }
        const QByteArray material = keyFile.readAll().trimmed() + '\n' + script.readAll() + '\n'
                                    + QByteArray::number(blocks) + ' ' + QByteArray::number(events);
        const Hash32 digest = keccak256(ByteView(reinterpret_cast<const std::uint8_t*>(material.constData()),
                                                 std::size_t(material.size())));
        const QString key = QString::fromStdString(toHex(digest)).mid(2, 16);
        m_dir = QStringLiteral(PLINTH_BINARY_DIR "/bench-devnet/") + key;
        const QString marker = m_dir + QStringLiteral("/prepared.json");

        if (!QFileInfo::exists(marker)) {
            std::fprintf(stderr, "bench_sync: preparing a devnet in %s (%lld padding blocks, %lld events; a few "
                                 "minutes, once)\n", qPrintable(m_dir), blocks, events);
            QDir(m_dir).removeRecursively();
            if (!start({QStringLiteral("--history-blocks"), QString::number(blocks)}))
                return false;
            auto added = run(nodeProgram(), {prepScript, QStringLiteral("--profile"), profilePath(),
                                             QStringLiteral("--events"), QString::number(events)});
            if (!added)
                return false;
            // Stopped so that anvil writes its state; resumed below like any later run.
            stop();
            QFile m(marker);
            if (!m.open(QIODevice::WriteOnly))
                return false;
            m.write(added->trimmed() + '\n');
        } else {
            std::fprintf(stderr, "bench_sync: reusing the prepared devnet in %s\n", qPrintable(m_dir));
        }
        return start({});
    }

    QString profilePath() const { return m_dir + QStringLiteral("/network.json"); }

    void stop()
    {
        if (!m_running)
            return;
        run(nodeProgram(), {contractsDir() + QStringLiteral("/devnet"), QStringLiteral("stop"),
                            QStringLiteral("--state-dir"), m_dir});
        m_running = false;
    }

private:
    bool start(const QStringList& extra)
    {
        QStringList args{contractsDir() + QStringLiteral("/devnet"), QStringLiteral("start"), QStringLiteral("--state-dir"),
                         m_dir, QStringLiteral("--port"), QString::number(freePort())};
        args += extra;
        m_running = true; // stop() is harmless if start failed half-way
        return run(nodeProgram(), args).has_value();
    }

    QString m_dir;
    bool m_running = false;
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

void printFigures(const char* label, const Figures& f)
{
    std::printf("  %-9s %6.0f ms (CPU %5.0f ms)  %6.0f blocks/s  blocks %lld (%lld..%lld)  logs %lld", label, f.ms,
                f.cpuMs, f.ms > 0 ? double(f.blocks) * 1000.0 / f.ms : 0.0, f.blocks, f.from, f.to, f.logs);
    if (f.receipts >= 0)
        std::printf("  receipts %lld", f.receipts);
    std::printf("  peak RSS %.1f MiB\n", double(f.hwmKb) / 1024.0);
}

// A copy of the profile at `path` whose only endpoint is `url`, written into `dir`; its path.
std::optional<QString> profileThrough(const QString& path, const QString& url, const QString& dir)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return std::nullopt;
    QJsonObject o = QJsonDocument::fromJson(in.readAll()).object();
    o[QStringLiteral("rpc")] = QJsonArray{url};
    const QString out = dir + QStringLiteral("/network.json");
    QFile f(out);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson()) < 0)
        return std::nullopt;
    return out;
}

int orchestrate(const QString& directProfilePath, int runs, bool smoke, int rttMs)
{
    auto profile = loadProfile(directProfilePath);
    if (!profile)
        return fail(profile.error().message);
    // With --rtt, every mode (ethers too) talks to the node through the same delaying relay.
    QString profilePath = directProfilePath;
    std::unique_ptr<test::LinkDelay> link;
    QTemporaryDir linkDir;
    if (rttMs > 0) {
        const QUrl node(QString::fromStdString(profile->rpc.front()));
        link = std::make_unique<test::LinkDelay>(node.host().toStdString(), static_cast<std::uint16_t>(node.port()),
                                                 std::chrono::milliseconds(rttMs / 2));
        auto through = profileThrough(directProfilePath, QStringLiteral("http://127.0.0.1:%1").arg(link->port()),
                                      linkDir.path());
        if (!through)
            return fail("cannot write the profile that goes through the relay");
        profilePath = *through;
        std::printf("bench_sync: through a relay adding %d ms of round-trip time (one way %d ms)\n", rttMs, rttMs / 2);
    }
    std::vector<double> v, d, e, vCpu, dCpu, eCpu, vd, ve, vHwm, dHwm, eHwm, vRate, dRate, eRate;
    bool countsAgree = true;
    std::printf("bench_sync: %d run(s) against %s (load average %s)\n", runs, qPrintable(profilePath),
                loadAverage().c_str());
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir cache;
        const std::string loadBefore = loadAverage();
        auto fv = runChild({QStringLiteral("--mode"), QStringLiteral("verified"), QStringLiteral("--profile"),
                            profilePath, QStringLiteral("--data-dir"), cache.path()});
        if (!fv)
            return fail("the verified sync failed");
        auto fd = runChild({QStringLiteral("--mode"), QStringLiteral("download"), QStringLiteral("--profile"),
                            profilePath, QStringLiteral("--from"), QString::number(profile->checkpoint.number),
                            QStringLiteral("--to"), QString::number(fv->to)});
        if (!fd)
            return fail("the download failed");
        auto fe = runEthers(profilePath, qint64(profile->checkpoint.number), fv->to);
        if (!fe)
            return fail("the ethers.js script failed");
        std::printf("run %d (load average before %s, after %s):\n", i + 1, loadBefore.c_str(), loadAverage().c_str());
        printFigures("verified", *fv);
        printFigures("download", *fd);
        printFigures("ethers", *fe);
        const bool agree = fv->logs == fd->logs && fv->logs == fe->logs && fv->receipts == fd->receipts;
        std::printf("  events V %lld, D %lld, E %lld; receipts V %lld, D %lld: %s\n", fv->logs, fd->logs, fe->logs,
                    fv->receipts, fd->receipts, agree ? "agree" : "DISAGREE");
        countsAgree = countsAgree && agree;
        v.push_back(fv->ms);
        d.push_back(fd->ms);
        e.push_back(fe->ms);
        vCpu.push_back(fv->cpuMs);
        dCpu.push_back(fd->cpuMs);
        eCpu.push_back(fe->cpuMs);
        vd.push_back(fv->ms / fd->ms);
        ve.push_back(fv->ms / fe->ms);
        vRate.push_back(double(fv->blocks) * 1000.0 / fv->ms);
        dRate.push_back(double(fd->blocks) * 1000.0 / fd->ms);
        eRate.push_back(double(fe->blocks) * 1000.0 / fe->ms);
        vHwm.push_back(double(fv->hwmKb) / 1024.0);
        dHwm.push_back(double(fd->hwmKb) / 1024.0);
        eHwm.push_back(double(fe->hwmKb) / 1024.0);
        std::printf("  V/D %.3f  V/E %.2f\n", vd.back(), ve.back());
    }
    std::printf("median over %d run(s) (load average now %s):\n", runs, loadAverage().c_str());
    std::printf("  verified  %6.0f ms (CPU %5.0f ms)  %6.0f blocks/s  peak RSS %.1f MiB\n", median(v), median(vCpu),
                median(vRate), median(vHwm));
    std::printf("  download  %6.0f ms (CPU %5.0f ms)  %6.0f blocks/s  peak RSS %.1f MiB\n", median(d), median(dCpu),
                median(dRate), median(dHwm));
    std::printf("  ethers    %6.0f ms (CPU %5.0f ms)  %6.0f blocks/s  peak RSS %.1f MiB (node)\n", median(e), median(eCpu),
                median(eRate), median(eHwm));
    const double ratio = median(vd);
    std::printf("  V/D %.3f (goal <= 1.15: %s)  V/E %.2f\n", ratio, ratio <= 1.15 ? "met" : "NOT met", median(ve));
    if (!countsAgree)
        return fail("the modes disagree about the events: a correctness bug");
    if (smoke)
        std::printf("bench_sync --smoke: the counts agree\n");
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();

    if (auto mode = option(args, QStringLiteral("--mode"))) {
        auto profilePath = option(args, QStringLiteral("--profile"));
        if (!profilePath)
            return fail("--mode needs --profile");
        auto profile = loadProfile(*profilePath);
        if (!profile)
            return fail(profile.error().message);
        if (*mode == QLatin1String("verified")) {
            auto dir = option(args, QStringLiteral("--data-dir"));
            return dir ? runVerified(*profile, *dir) : fail("--mode verified needs --data-dir");
        }
        if (*mode == QLatin1String("download")) {
            auto to = option(args, QStringLiteral("--to"));
            const std::uint64_t from =
                option(args, QStringLiteral("--from")).value_or(QString::number(profile->checkpoint.number)).toULongLong();
            return to ? runDownload(*profile, from, to->toULongLong()) : fail("--mode download needs --to");
        }
        return fail("unknown mode " + mode->toStdString());
    }

    if (args.contains(QStringLiteral("--smoke"))) {
        plinth::test::DevnetFixture fixture;
        if (!fixture.start())
            return fail(fixture.error().toStdString());
        return orchestrate(fixture.profilePath(), 1, true, 0);
    }

    const int runs = std::max(1, option(args, QStringLiteral("--runs")).value_or(QStringLiteral("3")).toInt());
    const qint64 blocks = option(args, QStringLiteral("--blocks")).value_or(QStringLiteral("20000")).toLongLong();
    const qint64 events = option(args, QStringLiteral("--events")).value_or(QStringLiteral("5000")).toLongLong();
    BenchDevnet devnet;
    if (!devnet.prepare(blocks, events))
        return fail("the devnet could not be prepared");
    const int rttMs = std::max(0, option(args, QStringLiteral("--rtt")).value_or(QStringLiteral("0")).toInt());
    const int rc = orchestrate(devnet.profilePath(), runs, false, rttMs);
    devnet.stop();
    return rc;
}
