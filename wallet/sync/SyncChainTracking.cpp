// SyncEngine: the verified chain as the engine tracks it (see SyncEngineImpl.h).
#include "wallet/sync/SyncEngineImpl.h"

namespace plinth {

Result<void> SyncEngine::Impl::start(SyncReport& report, const RollbackCallback& rollback)
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
    if (auto written = flushWrite(report, {}); !written)
        return written;
    auto cursor = m_store.cursor();
    if (!cursor)
        return cursor.error();
    if (m_chain && *cursor == m_settled)
        return {};
    // First run, or the cache moved under us (another process synced it): start again from the cache.
    m_chain.reset();
    m_unsettled.clear();
    m_settled = *cursor;
    return initChain(report, rollback);
}

Result<void> SyncEngine::Impl::initChain(SyncReport& report, const RollbackCallback& rollback)
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
    const std::vector<FetchedHeader> fetched = *headers;
    if (!headers->empty()) {
        if (auto applied = applyBranch(std::move(*headers), report, rollback); !applied)
            return applied.error();
    }
    // Where the chain now differs from the cache, the cache goes back to the last block they share.
    for (std::uint64_t n = anchor + 1; n <= cursor; ++n) {
        auto mine = m_store.header(n);
        if (!mine)
            return mine.error();
        const std::optional<Hash32> theirs = m_chain->hashAt(n);
        if (!*mine || !theirs || (*mine)->hash != *theirs) {
            ++report.reorgs;
            if (auto rolled = rollbackCache(n - 1, report, rollback); !rolled)
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
        return lastAgreedBlock(compared, lowest);
    }
    return highest;
}

std::uint64_t SyncEngine::Impl::lastAgreedBlock(const std::vector<EndpointHead>& endpoints, std::uint64_t disputed)
{
    // Forks that split stay split, so "they agree at n" holds up to the fork point and not after it: a
    // binary search finds it. The checkpoint is agreed by definition (it is trusted).
    const auto agreeAt = [&](std::uint64_t n) {
        std::vector<EndpointHead> heads;
        for (const EndpointHead& e : endpoints)
            if (auto h = m_reader.headerOf(e.endpoint, n))
                heads.push_back(EndpointHead{e.endpoint, n, h->hash});
        return bool(checkHeadsAgree(heads));
    };
    std::uint64_t good = m_profile.checkpoint.number;
    std::uint64_t bad = disputed;
    while (bad - good > 1 && !m_cancelled.load()) {
        const std::uint64_t mid = good + (bad - good) / 2;
        (agreeAt(mid) ? good : bad) = mid;
    }
    return good;
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
    if (auto written = flushWrite(report, {}); !written)
        return written;
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
        std::vector<Hash32> hashes;
        plain.reserve(branch.size());
        hashes.reserve(branch.size());
        for (const FetchedHeader& f : branch) {
            plain.push_back(f.header);
            hashes.push_back(f.hash); // verified by ChainReader
        }
        auto update = m_chain->apply(plain, hashes);
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

} // namespace plinth
