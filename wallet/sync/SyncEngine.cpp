#include "wallet/sync/SyncEngine.h"

#include "wallet/codec/Hex.h"
#include "wallet/light/HeadAgreement.h"
#include "wallet/light/HeaderChain.h"
#include "wallet/light/LogFilter.h"
#include "wallet/rpc/EndpointPool.h"
#include "wallet/store/CacheStore.h"
#include "wallet/sync/ChainReader.h"
#include "wallet/sync/SyncSettler.h"

#include <algorithm>
#include <map>
#include <optional>

namespace plinth {

class SyncEngine::Impl {
public:
    Impl(NetworkProfile profile, EndpointPool& pool, CacheStore& store, SyncOptions options,
         const std::atomic<bool>& cancelled)
        : m_profile(std::move(profile)), m_store(store), m_options(options), m_cancelled(cancelled),
          m_rpc(pool, options.attemptsPerQuestion, cancelled), m_reader(m_rpc)
    {
        m_options.confirmations = std::max<std::uint64_t>(1, m_options.confirmations);
        m_options.headersPerBatch = std::max<std::uint64_t>(1, m_options.headersPerBatch);
        m_options.receiptsPerBatch = std::max<std::uint64_t>(1, m_options.receiptsPerBatch);
        const NetworkContracts& c = m_profile.contracts;
        for (const std::string* text : {&c.token, &c.devices, &c.staking, &c.rewards, &c.governor, &c.timelock})
            if (auto a = parseAddress(*text))
                m_filter.addresses.push_back(*a);
    }

    Result<SyncReport> run(const ProgressCallback& progress, const RollbackCallback& rollback);
    Result<ProvenBalances> prove(const Address& holder);
    const LogFilter& filter() const { return m_filter; }

private:
    Result<void> start();
    Result<void> initChain();
    Result<std::uint64_t> agreedHead(SyncReport& report);
    // Applies a verified, internally linked branch, walking back by parentHash for a reorg.
    Result<void> applyBranch(std::vector<FetchedHeader> branch, SyncReport& report, const RollbackCallback& rollback);
    Result<void> rollbackCache(std::uint64_t ancestor, SyncReport& report, const RollbackCallback& rollback);
    // Checks the branch links internally; on a break, finds (and blames) the endpoint that lied.
    Result<bool> branchLinks(const std::vector<FetchedHeader>& branch);
    Result<void> settle(std::uint64_t upTo, SyncReport& report, const ProgressCallback& progress);
    Error cancelledError() const { return makeError(ErrorCode::Cancelled, "sync was cancelled"); }

    NetworkProfile m_profile;
    CacheStore& m_store;
    SyncOptions m_options;
    const std::atomic<bool>& m_cancelled;
    VerifiedRpc m_rpc;
    ChainReader m_reader;
    LogFilter m_filter;
    bool m_chainIdChecked = false;
    std::optional<HeaderChain> m_chain;
    std::map<std::uint64_t, FetchedHeader> m_unsettled; // verified and linked, not yet in the cache
    std::optional<SyncCursor> m_settled;                // the cache's cursor as this engine knows it
};

Result<void> SyncEngine::Impl::start()
{
    if (!m_chainIdChecked) {
        auto id = m_reader.chainId();
        if (!id)
            return id.error();
        if (*id != m_profile.chainId)
            return makeError(ErrorCode::InvalidArgument,
                             "the endpoints serve chain " + std::to_string(*id) + ", but the network profile '"
                                 + m_profile.name + "' is chain " + std::to_string(m_profile.chainId));
        m_chainIdChecked = true;
    }
    auto cursor = m_store.cursor();
    if (!cursor)
        return cursor.error();
    if (m_chain && *cursor == m_settled)
        return {};
    // First run, or the cache moved under us (another process synced it): start again from the cache.
    m_chain.reset();
    m_unsettled.clear();
    m_settled = *cursor;
    return initChain();
}

Result<void> SyncEngine::Impl::initChain()
{
    auto checkpointHash = fromHexFixed<32>(m_profile.checkpoint.hash);
    if (!checkpointHash)
        return makeError(ErrorCode::InvalidArgument, "the profile's checkpoint hash: " + checkpointHash.error().message);
    const std::uint64_t checkpoint = m_profile.checkpoint.number;
    const std::uint64_t depth = m_profile.finalityDepth;

    if (!m_settled) {
        // A new cache: the checkpoint block is the first one settled, and it must be the profile's.
        auto header = m_reader.header(checkpoint);
        if (!header)
            return header.error();
        if (header->hash != *checkpointHash)
            return m_rpc.blame(header->endpoint, blockLabel(checkpoint) + " has hash " + toHex(header->hash)
                                                     + ", but the profile's trusted checkpoint is "
                                                     + m_profile.checkpoint.hash);
        m_chain.emplace(TrustedCheckpoint{checkpoint, *checkpointHash}, depth);
        const BlockHeader h = header->header;
        auto applied = m_chain->apply(std::span<const BlockHeader>(&h, 1));
        if (!applied)
            return applied.error();
        m_unsettled.emplace(checkpoint, std::move(*header));
        return {};
    }

    // Resuming: blocks more than the finality depth below the cursor are final; the ones above are
    // checked again, since a reorg may have replaced them while Plinth was not running.
    const std::uint64_t cursor = m_settled->number;
    const std::uint64_t anchor = std::max(checkpoint, cursor > depth ? cursor - depth : 0);
    auto stored = m_store.header(anchor);
    if (!stored)
        return stored.error();
    if (!*stored)
        return makeError(ErrorCode::Corrupt, "the cache has no header for " + blockLabel(anchor) + " below its cursor");
    m_chain.emplace(TrustedCheckpoint{anchor, (*stored)->hash}, depth);
    if (cursor == anchor)
        return {};
    auto headers = m_reader.headers(anchor + 1, cursor);
    if (!headers)
        return headers.error();
    SyncReport ignored;
    const std::vector<FetchedHeader> fetched = *headers;
    if (!headers->empty()) {
        if (auto applied = applyBranch(std::move(*headers), ignored, {}); !applied)
            return applied.error();
    }
    // Where the chain now differs from the cache, the cache goes back to the last block they share.
    for (std::uint64_t n = anchor + 1; n <= cursor; ++n) {
        auto mine = m_store.header(n);
        if (!mine)
            return mine.error();
        const std::optional<Hash32> theirs = m_chain->hashAt(n);
        if (!*mine || !theirs || (*mine)->hash != *theirs) {
            if (auto rolled = rollbackCache(n - 1, ignored, {}); !rolled)
                return rolled;
            for (const FetchedHeader& f : fetched)
                if (f.header.number > m_settled->number && m_chain->hashAt(f.header.number) == f.hash)
                    m_unsettled.insert_or_assign(f.header.number, f);
            break;
        }
    }
    for (auto it = m_unsettled.begin(); it != m_unsettled.end();)
        it = it->first <= m_settled->number ? m_unsettled.erase(it) : std::next(it);
    return {};
}

Result<std::uint64_t> SyncEngine::Impl::agreedHead(SyncReport& report)
{
    const std::vector<std::string> names = m_rpc.pool().endpointNames();
    if (names.size() < 2)
        return m_reader.headNumber();
    // Each endpoint's head, then each one's header at the lowest of them: two hashes for one block
    // number mean two forks, or a lie.
    std::vector<std::pair<std::string, std::uint64_t>> heads;
    for (const std::string& name : names)
        if (auto n = m_reader.headNumberOf(name))
            heads.emplace_back(name, *n);
    if (heads.empty())
        return m_reader.headNumber(); // says why nobody answers
    std::uint64_t lowest = UINT64_MAX, highest = 0;
    for (const auto& [name, n] : heads) {
        lowest = std::min(lowest, n);
        highest = std::max(highest, n);
    }
    std::vector<EndpointHead> compared;
    for (const auto& [name, n] : heads)
        if (auto h = m_reader.headerOf(name, lowest))
            compared.push_back(EndpointHead{name, lowest, h->hash});
    if (auto agree = checkHeadsAgree(compared); !agree) {
        report.disagreement = agree.error().message;
        return std::min(lowest, m_settled ? m_settled->number : lowest);
    }
    return highest;
}

Result<bool> SyncEngine::Impl::branchLinks(const std::vector<FetchedHeader>& branch)
{
    for (std::size_t i = 1; i < branch.size(); ++i) {
        if (branch[i].header.parentHash == branch[i - 1].hash)
            continue;
        const std::uint64_t child = branch[i].header.number;
        std::vector<std::string> suspects{branch[i].endpoint};
        if (branch[i - 1].endpoint != branch[i].endpoint)
            suspects.push_back(branch[i - 1].endpoint);
        // Each suspect answers for both blocks alone: a node whose own two headers do not link lied
        // (one altered header with its hash recomputed is caught here by its child).
        bool blamed = false;
        for (const std::string& who : suspects) {
            auto parent = m_reader.headerOf(who, child - 1);
            auto mine = m_reader.headerOf(who, child);
            if (parent && mine && mine->header.parentHash != parent->hash) {
                m_rpc.blame(who, blockLabel(child) + ": parentHash " + toHex(mine->header.parentHash)
                                     + " is not the hash of its " + blockLabel(child - 1) + " (" + toHex(parent->hash)
                                     + ")");
                blamed = true;
            }
        }
        if (!blamed && suspects.size() == 1)
            m_rpc.blame(suspects.front(), blockLabel(child) + " does not link to " + blockLabel(child - 1)
                                              + " in the same answer");
        return false;
    }
    return true;
}

Result<void> SyncEngine::Impl::rollbackCache(std::uint64_t ancestor, SyncReport& report, const RollbackCallback& rollback)
{
    if (!m_settled || ancestor >= m_settled->number)
        return {};
    const std::uint64_t replaced = m_settled->number - ancestor;
    if (auto rolled = m_store.rollbackTo(ancestor); !rolled) {
        m_chain.reset();
        return rolled;
    }
    auto header = m_store.header(ancestor);
    if (!header || !*header) {
        m_chain.reset();
        return header ? makeError(ErrorCode::Corrupt, "the cache lost " + blockLabel(ancestor)) : header.error();
    }
    m_settled = SyncCursor{ancestor, (*header)->hash};
    report.blocksRolledBack += replaced;
    if (rollback)
        rollback(ancestor, replaced);
    return {};
}

Result<void> SyncEngine::Impl::applyBranch(std::vector<FetchedHeader> branch, SyncReport& report,
                                           const RollbackCallback& rollback)
{
    for (std::uint64_t walked = 0;; ++walked) {
        if (m_cancelled.load())
            return cancelledError();
        std::vector<BlockHeader> plain;
        plain.reserve(branch.size());
        for (const FetchedHeader& f : branch)
            plain.push_back(f.header);
        auto update = m_chain->apply(plain);
        if (!update)
            return update.error();
        switch (update->kind) {
        case ChainUpdate::Kind::AlreadyKnown:
        case ChainUpdate::Kind::Extend:
        case ChainUpdate::Kind::Reorg:
            break;
        case ChainUpdate::Kind::NeedParent: {
            if (walked > m_profile.finalityDepth + 1)
                return makeError(ErrorCode::Unverified, "the walk back to a common ancestor passed the finality depth");
            auto parent = m_reader.headerByHash(update->neededHash, update->neededNumber);
            if (!parent)
                return parent.error();
            branch.insert(branch.begin(), std::move(*parent));
            continue;
        }
        case ChainUpdate::Kind::Gap:
            return makeError(ErrorCode::Internal, "headers were skipped before " + blockLabel(branch.front().header.number));
        case ChainUpdate::Kind::BeyondFinality:
            return makeError(ErrorCode::Unverified,
                             "reorg deeper than the finality depth (" + std::to_string(m_profile.finalityDepth)
                                 + " blocks): " + blockLabel(branch.front().header.number) + " from "
                                 + branch.front().endpoint + " does not descend from the final "
                                 + blockLabel(m_chain->finalizedNumber()) + "; sync stopped and the cache is unchanged");
        }
        if (update->kind == ChainUpdate::Kind::Reorg) {
            ++report.reorgs;
            m_unsettled.erase(m_unsettled.upper_bound(update->ancestorNumber), m_unsettled.end());
            if (auto rolled = rollbackCache(update->ancestorNumber, report, rollback); !rolled)
                return rolled;
        }
        for (std::size_t i = update->firstNew; i < branch.size(); ++i) {
            const std::uint64_t n = branch[i].header.number;
            if (!m_settled || n > m_settled->number)
                m_unsettled.insert_or_assign(n, std::move(branch[i]));
        }
        return {};
    }
}

Result<void> SyncEngine::Impl::settle(std::uint64_t upTo, SyncReport& report, const ProgressCallback& progress)
{
    // Receipts are asked receiptsPerBatch headers at a time, but the blocks are written up to
    // headersPerBatch per cache transaction (so normally one commit per header batch): each commit
    // rewrites every index page it touched, and the header-hash and log indexes take random keys, so
    // commits of 50 blocks wrote ~120 MB to the WAL for a 7 MB cache of 20,000 blocks.
    while (!m_unsettled.empty() && m_unsettled.begin()->first <= upTo) {
        SettledBlocks pending;
        const FetchedHeader* last = nullptr;
        auto it = m_unsettled.begin();
        while (it != m_unsettled.end() && it->first <= upTo && pending.blocks.size() < m_options.headersPerBatch) {
            if (m_cancelled.load())
                return cancelledError();
            std::vector<const FetchedHeader*> chunk;
            for (; it != m_unsettled.end() && it->first <= upTo && chunk.size() < m_options.receiptsPerBatch; ++it)
                chunk.push_back(&it->second);
            auto blocks = settleBlocks(m_reader, m_filter, chunk);
            if (!blocks)
                return blocks.error();
            pending.blocks.insert(pending.blocks.end(), std::make_move_iterator(blocks->blocks.begin()),
                                  std::make_move_iterator(blocks->blocks.end()));
            pending.logCount += blocks->logCount;
            pending.receiptsChecked += blocks->receiptsChecked;
            last = chunk.back();
        }
        if (auto written = m_store.appendBlocks(pending.blocks); !written) {
            m_chain.reset(); // the cache did not take them: start from the cache again next time
            return written;
        }
        report.progress.logsStored += pending.logCount;
        report.progress.receiptsChecked += pending.receiptsChecked;
        m_settled = SyncCursor{last->header.number, last->hash};
        m_unsettled.erase(m_unsettled.begin(), m_unsettled.upper_bound(m_settled->number));
        report.progress.verifiedHeight = m_settled->number;
        if (progress)
            progress(report.progress);
    }
    return {};
}

Result<SyncReport> SyncEngine::Impl::run(const ProgressCallback& progress, const RollbackCallback& rollback)
{
    SyncReport report;
    m_rpc.clearFaults();
    auto finish = [&](Result<void> outcome) -> Result<SyncReport> {
        report.faults = m_rpc.faults();
        if (!outcome)
            return outcome.error();
        return report;
    };
    if (auto started = start(); !started)
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
            auto fetched = m_reader.headers(tip + 1, std::min(*head, tip + m_options.headersPerBatch));
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
        auto settled = settle(settleTo, report, progress);
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
    if (auto started = start(); !started)
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

const LogFilter& SyncEngine::filter() const { return m_impl->filter(); }

} // namespace plinth
