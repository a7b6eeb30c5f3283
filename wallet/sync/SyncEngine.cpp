#include "wallet/sync/SyncEngine.h"

#include "wallet/sync/SyncEngineImpl.h"

#include <boost/json/object.hpp>

namespace plinth {

Result<void> SyncEngine::Impl::settle(std::uint64_t upTo, bool wait, SyncReport& report, const ProgressCallback& progress)
{
    // Up to headersPerBatch blocks per cache transaction (so normally one commit per header batch): each
    // commit rewrites every index page it touched, and the log indexes take random keys. The last batch's
    // receipts are left travelling (unless `wait`) while the engine fetches and verifies the next headers:
    // on a link with real latency, waiting for them here cost the sync a round trip per batch.
    for (;;) {
        if (m_cancelled.load())
            return cancelledError();
        if (m_inFlight)
            if (auto finished = settleInFlight(report, progress); !finished)
                return finished;
        std::vector<const FetchedHeader*> batch;
        auto it = m_unsettled.begin();
        for (; it != m_unsettled.end() && it->first <= upTo && batch.size() < m_options.headersPerBatch; ++it)
            batch.push_back(&it->second);
        if (batch.empty())
            return {};
        m_inFlight = startSettle(m_reader, m_filter, batch, m_options.receiptsPerBatch);
        const bool more = it != m_unsettled.end() && it->first <= upTo;
        if (!more && !wait)
            return {};
    }
}

Result<void> SyncEngine::Impl::settleInFlight(SyncReport& report, const ProgressCallback& progress)
{
    SettleInFlight inFlight = std::move(*m_inFlight);
    m_inFlight.reset();
    // Its blocks must still be the ones that were verified when it started: a reorg since then replaced
    // them among the unsettled (or a failed write dropped them), and the new ones are settled in turn.
    std::vector<const FetchedHeader*> batch;
    batch.reserve(inFlight.blocks.size());
    for (const auto& [number, hash] : inFlight.blocks) {
        const auto at = m_unsettled.find(number);
        if (at == m_unsettled.end() || at->second.hash != hash)
            return {};
        batch.push_back(&at->second);
    }
    auto settled = finishSettle(m_reader, m_filter, inFlight, batch);
    if (!settled)
        return settled.error();
    if (auto written = flushWrite(report, progress); !written)
        return written;
    const FetchedHeader* last = batch.back();
    const SyncCursor cursor{last->header.number, last->hash};
    // The blocks are moved into the job: nothing it uses belongs to the engine but the store, which
    // outlives it (and ~future of std::async waits for the job).
    m_write = PendingWrite{std::async(std::launch::async,
                                      [&store = m_store, blocks = std::move(settled->blocks)]() mutable {
                                          decodeReferenceEvents(blocks);
                                          return store.appendBlocks(blocks);
                                      }),
                           cursor, settled->logCount, settled->receiptsChecked};
    m_settled = cursor; // as it will be; a failed write resets the chain (flushWrite)
    m_unsettled.erase(m_unsettled.begin(), m_unsettled.upper_bound(cursor.number));
    return {};
}

Result<void> SyncEngine::Impl::flushWrite(SyncReport& report, const ProgressCallback& progress)
{
    if (!m_write)
        return {};
    PendingWrite write = std::move(*m_write);
    m_write.reset();
    if (auto written = write.done.get(); !written) {
        m_chain.reset(); // the cache did not take them: start from the cache again next time
        m_unsettled.clear();
        return written;
    }
    report.progress.logsStored += write.logs;
    report.progress.receiptsChecked += write.receipts;
    report.progress.verifiedHeight = write.settled.number;
    if (progress)
        progress(report.progress);
    return {};
}

Result<SyncReport> SyncEngine::Impl::run(const ProgressCallback& progress, const RollbackCallback& rollback)
{
    SyncReport report;
    m_rpc.clearFaults();
    auto finish = [&](Result<void> outcome) -> Result<SyncReport> {
        // Receipts still travelling are waited for on success; after an error or a cancel they are
        // dropped, and their blocks settle in the next run.
        if (m_inFlight) {
            if (outcome)
                outcome = settleInFlight(report, progress);
            m_inFlight.reset();
        }
        // The last batch's write, whatever the outcome: nothing is left running when run() returns.
        if (auto written = flushWrite(report, progress); !written && outcome)
            outcome = written;
        report.faults = m_rpc.faults();
        if (!outcome)
            return outcome.error();
        return report;
    };
    if (auto started = start(report, rollback); !started)
        return finish(started);
    const auto height = [&] {
        return m_settled ? m_settled->number : std::max<std::uint64_t>(m_profile.checkpoint.number, 1) - 1;
    };
    report.progress.startHeight = report.progress.verifiedHeight = height();

    auto head = agreedHead(report);
    if (!head)
        return finish(head.error());
    std::uint64_t target = *head >= m_options.confirmations ? *head - m_options.confirmations : 0;
    report.progress.targetHeight = std::max(target, report.progress.startHeight);

    // The head itself, when it is not above the tip: a reorg to a chain no longer than ours shows here.
    bool tipChecked = false;
    unsigned retries = 0;
    for (;;) {
        if (m_cancelled.load())
            return finish(cancelledError());
        const std::uint64_t tip = m_chain->tipNumber();
        std::vector<FetchedHeader> branch;
        if (tip < *head) {
            const std::uint64_t to = std::min(*head, tip + m_options.headersPerBatch);
            // The next batch travels while this one is hashed, linked, its receipts proven and written.
            // (When this batch comes back short, the next asks from elsewhere and the prefetch is dropped.)
            std::optional<ChainReader::Range> next;
            if (to < *head)
                next = ChainReader::Range{to + 1, std::min(*head, to + m_options.headersPerBatch)};
            auto fetched = m_reader.headers(tip + 1, to, next);
            if (!fetched)
                return finish(fetched.error());
            if (fetched->empty())
                *head = tip; // nobody has the next block after all
            branch = std::move(*fetched);
        } else if (!tipChecked) {
            auto h = m_reader.header(*head);
            if (!h && h.error().code != ErrorCode::NotFound)
                return finish(h.error());
            if (h)
                branch.push_back(std::move(*h));
        }
        tipChecked = true;
        if (!branch.empty()) {
            auto links = branchLinks(branch);
            if (!links)
                return finish(links.error());
            if (!*links) {
                if (++retries > m_options.attemptsPerQuestion)
                    return finish(makeError(ErrorCode::Unverified, "headers from " + branch.front().endpoint
                                                                       + " do not link to each other"));
                continue; // asked again: the liar is quarantined
            }
            if (auto applied = applyBranch(std::move(branch), report, rollback); !applied)
                return finish(applied);
        }
        // A block is settled once `confirmations` verified children link to it.
        const std::uint64_t tipNow = m_chain->tipNumber();
        const std::uint64_t settleTo = std::min(target, tipNow >= m_options.confirmations ? tipNow - m_options.confirmations : 0);
        auto settled = settle(settleTo, /*wait=*/tipNow >= *head, report, progress);
        if (!settled) {
            // Receipts of a block that is gone: a reorg under way. Look at the head again.
            if (settled.error().code == ErrorCode::NotFound && ++retries <= m_options.attemptsPerQuestion) {
                tipChecked = false;
                continue;
            }
            return finish(settled);
        }
        if (m_chain->tipNumber() >= *head) {
            report.progress.verifiedHeight = height();
            return finish({});
        }
    }
}

Result<ProvenBalances> SyncEngine::Impl::prove(const Address& holder)
{
    SyncReport ignored; // a reorg found here is rolled back; the next sync reports its own
    if (auto started = start(ignored, {}); !started)
        return started.error();
    if (!m_settled)
        return makeError(ErrorCode::NotFound, "nothing is verified yet: sync first");
    auto stored = m_store.header(m_settled->number);
    if (!stored)
        return stored.error();
    if (!*stored)
        return makeError(ErrorCode::Corrupt, "the cache has no header at its cursor " + blockLabel(m_settled->number));
    const StoredHeader& at = **stored;
    ProvenBalances out;
    out.holder = holder;

    auto account = m_reader.proof(at.stateRoot, at.number, holder, {});
    if (!account)
        return account.error();
    out.native = ProvenAmount{account->state.balance, at.number, at.hash};

    auto token = parseAddress(m_profile.contracts.token);
    if (!token)
        return makeError(ErrorCode::InvalidArgument, "the profile's token address: " + token.error().message);
    // PlinthToken keeps ERC-20 balances in the mapping at storage slot 0 (contracts/README.md).
    const Hash32 slot = storageSlotForMapping(holder, UInt256(0));
    auto tokenAccount = m_reader.proof(at.stateRoot, at.number, *token, {slot});
    if (!tokenAccount)
        return tokenAccount.error();
    out.token = ProvenAmount{tokenAccount->slots.at(0).value, at.number, at.hash};

    if (auto kept = m_store.putProvenValue(ProvenValue{"balance", holder.bytes, std::nullopt,
                                                      toBigEndian32(out.native.amount), at.number, at.hash});
        !kept)
        return kept.error();
    if (auto kept = m_store.putProvenValue(
            ProvenValue{"storage", token->bytes, slot, toBigEndian32(out.token.amount), at.number, at.hash});
        !kept)
        return kept.error();
    return out;
}

Result<UnverifiedValue> SyncEngine::Impl::view(const Address& to, const Bytes& data)
{
    SyncReport ignored;
    if (auto started = start(ignored, {}); !started)
        return started.error();
    if (!m_settled)
        return makeError(ErrorCode::NotFound, "nothing is verified yet: sync first");
    boost::json::object call{{"to", toChecksumAddress(to)}, {"data", toHex(data)}};
    UnverifiedValue out;
    out.blockNumber = m_settled->number;
    auto asked = m_rpc.ask(RpcRequest{"eth_call", boost::json::array{call, blockQuantity(m_settled->number)}},
                           [&](const boost::json::value& v, const std::string& endpoint) -> Result<void> {
                               auto bytes = v.is_string() ? fromHex(v.as_string()) : Result<Bytes>(makeError(
                                   ErrorCode::InvalidArgument, "eth_call did not answer with hex data"));
                               if (!bytes)
                                   return bytes.error();
                               out.value = std::move(*bytes);
                               out.endpoint = endpoint;
                               return {};
                           });
    if (!asked)
        return asked.error();
    return out;
}

SyncEngine::SyncEngine(NetworkProfile profile, EndpointPool& pool, CacheStore& store, SyncOptions options)
    : m_impl(std::make_unique<Impl>(std::move(profile), pool, store, options, m_cancelled))
{
}

SyncEngine::~SyncEngine() = default;

Result<SyncReport> SyncEngine::syncToHead(const ProgressCallback& progress, const RollbackCallback& rollback)
{
    return m_impl->run(progress, rollback);
}

Result<ProvenBalances> SyncEngine::proveBalances(const Address& holder) { return m_impl->prove(holder); }

Result<UnverifiedValue> SyncEngine::viewCall(const Address& to, const Bytes& data) { return m_impl->view(to, data); }

const LogFilter& SyncEngine::filter() const { return m_impl->filter(); }

} // namespace plinth
