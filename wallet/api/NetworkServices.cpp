#include "wallet/api/NetworkServices.h"

#include "wallet/api/NetworkProjection.h"
#include "wallet/api/ServiceWorker.h"
#include "wallet/network/EarningsCsv.h"
#include "wallet/network/ParameterValues.h"

#include <algorithm>
#include <fstream>
#include <system_error>

namespace plinth {
namespace {

constexpr std::size_t kCsvChunk = 2000; // rows between progress reports and cancellation checks
// How often a request that proves (ledger, proposal) reads again when a sync moved the verified block
// between the proof and the cache's read.
constexpr int kProofAttempts = 3;

Error shutDown() { return makeError(ErrorCode::Cancelled, "the network service was shut down before this request ran"); }

} // namespace

Result<std::unique_ptr<NetworkServices>> NetworkServices::create(SyncService& sync, NetworkProfile profile,
                                                                 const std::filesystem::path& dataDir)
{
    auto projection = NetworkProjection::open(std::move(profile), dataDir);
    if (!projection)
        return projection.error();
    return std::unique_ptr<NetworkServices>(new NetworkServices(sync, std::move(*projection)));
}

NetworkServices::NetworkServices(SyncService& sync, std::unique_ptr<NetworkProjection> projection)
    : m_sync(sync), m_projection(std::move(projection)), m_worker(std::make_unique<ServiceWorker>("network"))
{
    m_gate->worker = m_worker.get();
    // The first refresh builds the index from what is already cached, so that the first request after a
    // restart does not pay for it.
    m_worker->post([this](bool cancelled) {
        if (!cancelled)
            buildAtStartup();
    });
    m_cacheChanged = m_sync.handleCacheChanged([this](const CacheChange& change) {
        m_worker->post([this, change](bool cancelled) {
            if (!cancelled)
                onCacheChanged(change);
        });
    });
}

NetworkServices::~NetworkServices()
{
    m_cacheChanged.reset(); // waits for a notification running on the sync worker
    {
        std::lock_guard lock(m_gate->mutex);
        m_gate->worker = nullptr;
    }
    m_worker.reset(); // the running request ends, queued ones hear Cancelled, then it joins
}

NetworkServicesStatus NetworkServices::status() const
{
    std::lock_guard lock(m_statusMutex);
    return m_status;
}

void NetworkServices::publish(const std::optional<VerifiedAt>& at, const std::optional<Error>& error)
{
    std::lock_guard lock(m_statusMutex);
    if (at)
        m_status.verified = at;
    m_status.lastError = error;
    m_status.rewardsIndexed = m_projection->indexedRewards();
}

void NetworkServices::buildAtStartup()
{
    // Worker thread. An empty cache is no error: the first sync's change builds the index.
    auto at = m_projection->verifiedAt();
    if (!at)
        return publish(std::nullopt, at.error().code == ErrorCode::NotFound ? std::nullopt : std::optional(at.error()));
    auto index = m_projection->index();
    publish(*at, index ? std::nullopt : std::optional(index.error()));
}

void NetworkServices::onCacheChanged(const CacheChange& change)
{
    // Worker thread.
    auto changed = m_projection->apply(change);
    if (!changed)
        return publish(std::nullopt, changed.error());
    publish(changed->at, std::nullopt);
    if (changed->any())
        m_changed.notify(*changed);
}

template <class T, class F>
void NetworkServices::request(Callback<T> done, F work)
{
    ServiceWorker* worker = m_worker.get();
    worker->post([this, worker, done = std::move(done), work = std::move(work)](bool cancelled) {
        if (cancelled)
            return done(worker->cancelledError());
        Result<T> result = work(*m_projection);
        if (result)
            publish(result->at, std::nullopt);
        done(std::move(result));
    });
}

void NetworkServices::devices(std::optional<Address> owner, Callback<DevicesSnapshot> done)
{
    request(std::move(done), [owner](NetworkProjection& p) { return p.devices(owner); });
}

void NetworkServices::device(Address device, Callback<DeviceDetail> done)
{
    request(std::move(done), [device](NetworkProjection& p) { return p.device(device); });
}

void NetworkServices::earnings(EarningsFilter filter, EarningsPeriod period, std::size_t rowLimit,
                               Callback<EarningsSnapshot> done)
{
    request(std::move(done), [filter, period, rowLimit](NetworkProjection& p) { return p.earnings(filter, period, rowLimit); });
}

void NetworkServices::stakes(std::optional<Address> account, Callback<StakesSnapshot> done)
{
    request(std::move(done), [account](NetworkProjection& p) { return p.stakes(account); });
}

void NetworkServices::voteDelegation(Address account, Callback<VoteDelegationSnapshot> done)
{
    request(std::move(done), [account](NetworkProjection& p) { return p.voteDelegation(account); });
}

void NetworkServices::proposals(Callback<ProposalsSnapshot> done)
{
    request(std::move(done), [](NetworkProjection& p) { return p.proposals(); });
}

// A proposal's detail and the storage proofs of the parameters its actions change, between the read on
// this service's worker and the proofs' callbacks on the SyncService's.
struct NetworkServices::ProposalProofs {
    struct Read {
        std::size_t action = 0;
        ParameterRead read;
    };
    ProposalDetail detail;
    std::vector<Read> reads;
    std::vector<std::optional<Result<ProvenStorageValue>>> proofs; // one per read, filled on the sync worker
    std::atomic<std::size_t> remaining{0};
};

void NetworkServices::proposal(UInt256 id, std::optional<Address> account, Callback<ProposalDetail> done)
{
    proposal(id, account, ParameterProofs::Prove, std::move(done));
}

void NetworkServices::proposal(UInt256 id, std::optional<Address> account, ParameterProofs proofs,
                               Callback<ProposalDetail> done)
{
    m_worker->post([this, id, account, proofs, done = std::move(done)](bool cancelled) {
        if (cancelled)
            return done(shutDown());
        if (proofs == ParameterProofs::Prove)
            return proveProposal(id, account, kProofAttempts, done);
        auto detail = m_projection->proposal(id, account);
        if (!detail)
            return done(detail.error());
        publish(detail->at, std::nullopt);
        done(std::move(*detail));
    });
}

void NetworkServices::proveProposal(const UInt256& id, const std::optional<Address>& account, int attemptsLeft,
                                    Callback<ProposalDetail> done)
{
    // Worker thread.
    auto detail = m_projection->proposal(id, account);
    if (!detail)
        return done(detail.error());
    publish(detail->at, std::nullopt);
    auto round = std::make_shared<ProposalProofs>();
    round->detail = std::move(*detail);
    ProposalDetail& d = round->detail;
    const ActionDecoder decoder(m_projection->profile().contracts);
    for (std::size_t i = 0; i < d.actions.size(); ++i) {
        if (!d.actions[i].change)
            continue;
        if (auto read = parameterRead(decoder, d.actions[i]))
            round->reads.push_back({i, *read});
        else
            d.parameterValues.push_back(ParameterValueNow{i, std::nullopt, d.at, unprovableReason(d.actions[i])});
    }
    if (round->reads.empty())
        return done(std::move(d));
    round->proofs.resize(round->reads.size());
    round->remaining = round->reads.size();
    // The SyncService proves (it holds the endpoints and is the cache's one writer, which records each
    // proven value); its callbacks run one after another on its worker, and the last hands back here.
    std::weak_ptr<Gate> gate = m_gate;
    for (std::size_t k = 0; k < round->reads.size(); ++k) {
        const ParameterRead& read = round->reads[k].read;
        m_sync.proveStorage(read.contract, read.slot,
                            [this, gate, round, k, id, account, attemptsLeft, done](Result<ProvenStorageValue> proven) {
            round->proofs[k] = std::move(proven);
            if (--round->remaining > 0)
                return;
            handOver(gate, [this, round, id, account, attemptsLeft, done](bool cancelled) {
                if (cancelled)
                    return done(shutDown());
                finishProposal(*round, id, account, attemptsLeft, done);
            });
        });
    }
}

void NetworkServices::finishProposal(ProposalProofs& round, const UInt256& id, const std::optional<Address>& account,
                                     int attemptsLeft, const Callback<ProposalDetail>& done)
{
    // Worker thread. A value proven at another block than the detail's is not the value the detail's
    // events speak of (a change may lie between): read again at the new block, a few times.
    ProposalDetail& d = round.detail;
    const auto elsewhere = [&](const Result<ProvenStorageValue>& r) {
        return r && (r->blockNumber != d.at.block.number || r->blockHash != d.at.block.hash);
    };
    if (attemptsLeft > 1 && std::any_of(round.proofs.begin(), round.proofs.end(), [&](const auto& r) { return elsewhere(*r); }))
        return proveProposal(id, account, attemptsLeft - 1, done);
    for (std::size_t k = 0; k < round.reads.size(); ++k) {
        const std::size_t i = round.reads[k].action;
        const Result<ProvenStorageValue>& r = *round.proofs[k];
        const std::string& parameter = d.actions[i].change->parameter;
        if (!r)
            d.parameterValues.push_back(
                ParameterValueNow{i, std::nullopt, d.at, "the proof of " + parameter + " failed: " + r.error().message});
        else if (elsewhere(r))
            d.parameterValues.push_back(ParameterValueNow{i, std::nullopt, d.at,
                                                          "new blocks kept arriving while " + parameter + " was proven (at block " +
                                                              std::to_string(r->blockNumber) + ", the proposal read at block " +
                                                              std::to_string(d.at.block.number) + ")"});
        else
            d.parameterValues.push_back(
                ParameterValueNow{i, takeProvenValue(d.actions[i], round.reads[k].read, r->value, r->blockNumber), d.at, {}});
    }
    std::sort(d.parameterValues.begin(), d.parameterValues.end(),
              [](const ParameterValueNow& a, const ParameterValueNow& b) { return a.action < b.action; });
    done(std::move(d));
}

void NetworkServices::handOver(const std::weak_ptr<Gate>& gate, ServiceWorker::Job job)
{
    auto open = gate.lock();
    if (!open)
        return job(true);
    std::lock_guard lock(open->mutex); // held while posting: the destructor cannot free the worker meanwhile
    if (!open->worker)
        return job(true);
    open->worker->post(std::move(job));
}

void NetworkServices::ledger(Address owner, Callback<LedgerSnapshot> done)
{
    // A sync may move the cursor between the proof and the logs: prove again (a few times) until both
    // are at one block, since a ledger of two different blocks would report a mismatch that is not there.
    proveAndBuildLedger(owner, kProofAttempts, std::move(done));
}

void NetworkServices::claimable(Address owner, Callback<ProvenStorageValue> done)
{
    // contracts() is fixed when the projection opens, so reading it here, off the worker, is safe.
    m_sync.proveStorage(m_projection->contracts().rewards, rewardsAccruedSlot(owner), std::move(done));
}

void NetworkServices::lastProvenBalances(Address holder, Callback<ProvenBalances> done)
{
    ServiceWorker* worker = m_worker.get();
    worker->post([this, worker, holder, done = std::move(done)](bool cancelled) {
        if (cancelled)
            return done(worker->cancelledError());
        done(m_projection->lastProvenBalances(holder));
    });
}

void NetworkServices::lastProvenClaimable(Address owner, Callback<ProvenStorageValue> done)
{
    ServiceWorker* worker = m_worker.get();
    worker->post([this, worker, owner, done = std::move(done)](bool cancelled) {
        if (cancelled)
            return done(worker->cancelledError());
        done(m_projection->lastProvenStorage(m_projection->contracts().rewards, rewardsAccruedSlot(owner)));
    });
}

void NetworkServices::proveAndBuildLedger(Address owner, int attemptsLeft, Callback<LedgerSnapshot> done)
{
    std::weak_ptr<Gate> gate = m_gate;
    m_sync.proveStorage(m_projection->contracts().rewards, rewardsAccruedSlot(owner),
                        [this, gate, owner, attemptsLeft, done = std::move(done)](Result<ProvenStorageValue> proven) {
        // On the SyncService's worker: hand over to ours, unless this service is going away.
        handOver(gate, [this, owner, attemptsLeft, proven = std::move(proven), done](bool cancelled) {
            if (cancelled)
                return done(shutDown());
            if (!proven)
                return done(proven.error());
            auto at = m_projection->verifiedAt();
            if (at && at->block.number != proven->blockNumber && attemptsLeft > 1)
                return proveAndBuildLedger(owner, attemptsLeft - 1, done);
            auto built = m_projection->ledger(owner, *proven);
            if (built)
                publish(built->at, std::nullopt);
            done(std::move(built));
        });
    });
}

void NetworkServices::exportEarningsCsv(EarningsFilter filter, std::filesystem::path file, Cancellation cancel,
                                        std::function<void(const ExportProgress&)> progress, Callback<std::uint64_t> done)
{
    ServiceWorker* worker = m_worker.get();
    worker->post([this, worker, filter, file = std::move(file), cancel, progress = std::move(progress),
                  done = std::move(done)](bool cancelled) {
        if (cancelled)
            return done(worker->cancelledError());
        auto index = m_projection->index();
        if (!index)
            return done(index.error());
        const EarningsIndex& idx = **index;
        const std::vector<std::uint32_t> selected = selectRewards(idx, filter);
        const unsigned decimals = m_projection->profile().token.decimals;
        std::filesystem::path partial = file;
        partial += ".partial";
        const auto fail = [&](Error e) {
            std::error_code ignored;
            std::filesystem::remove(partial, ignored);
            done(std::move(e));
        };
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        if (!out)
            return fail(makeError(ErrorCode::Io, "cannot write " + partial.string()));
        ExportProgress p{0, selected.size()};
        for (std::size_t first = 0; first < selected.size() || first == 0; first += kCsvChunk) {
            if (cancel.cancelled())
                return fail(makeError(ErrorCode::Cancelled, "the export was cancelled"));
            const std::size_t last = std::min(selected.size(), first + kCsvChunk);
            const std::vector<std::uint32_t> chunk(selected.begin() + std::ptrdiff_t(first), selected.begin() + std::ptrdiff_t(last));
            std::string text = earningsCsv(idx, chunk, decimals);
            if (first > 0) // earningsCsv starts every chunk with the header row: keep only the first
                text.erase(0, text.find("\r\n") + 2);
            out << text;
            if (!out)
                return fail(makeError(ErrorCode::Io, "cannot write " + partial.string()));
            p.written = last;
            if (progress)
                progress(p);
            if (selected.empty())
                break;
        }
        out.close();
        if (!out)
            return fail(makeError(ErrorCode::Io, "cannot write " + partial.string()));
        std::error_code ec;
        std::filesystem::rename(partial, file, ec);
        if (ec)
            return fail(makeError(ErrorCode::Io, "cannot write " + file.string() + ": " + ec.message()));
        done(std::uint64_t(selected.size()));
    });
}

std::unique_ptr<SubscriptionHandle> NetworkServices::handleChanged(std::function<void(const NetworkChange&)> callback)
{
    return m_changed.subscribe(std::move(callback));
}

} // namespace plinth
