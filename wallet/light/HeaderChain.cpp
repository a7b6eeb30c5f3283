#include "wallet/light/HeaderChain.h"

#include "wallet/codec/Hex.h"

namespace plinth {

HeaderChain::HeaderChain(TrustedCheckpoint checkpoint, std::uint64_t finalityDepth)
    : m_checkpoint(checkpoint), m_finalityDepth(finalityDepth)
{
    m_entries.push_back(Entry{checkpoint.number, checkpoint.hash, std::nullopt});
}

const HeaderChain::Entry* HeaderChain::entryAt(std::uint64_t number) const
{
    if (number < m_entries.front().number || number > m_entries.back().number)
        return nullptr;
    return &m_entries[static_cast<std::size_t>(number - m_entries.front().number)];
}

std::optional<Hash32> HeaderChain::hashAt(std::uint64_t number) const
{
    const Entry* e = entryAt(number);
    return e ? std::optional<Hash32>(e->hash) : std::nullopt;
}

const BlockHeader* HeaderChain::headerAt(std::uint64_t number) const
{
    const Entry* e = entryAt(number);
    return e && e->header ? &*e->header : nullptr;
}

Result<ChainUpdate> HeaderChain::evaluate(std::span<const BlockHeader> branch) const
{
    std::vector<Hash32> hashes;
    return evaluate(branch, hashes);
}

Result<ChainUpdate> HeaderChain::evaluate(std::span<const BlockHeader> branch, std::vector<Hash32>& hashes,
                                          bool given) const
{
    if (branch.empty())
        return makeError(ErrorCode::InvalidArgument, "no headers to verify");
    if (given && hashes.size() != branch.size())
        return makeError(ErrorCode::InvalidArgument, "one hash per header is needed");
    if (!given) {
        hashes.clear();
        hashes.reserve(branch.size());
    }
    for (std::size_t i = 0; i < branch.size(); ++i) {
        if (!given)
            hashes.push_back(blockHeaderHash(branch[i]));
        if (i == 0)
            continue;
        const BlockHeader& h = branch[i];
        const BlockHeader& prev = branch[i - 1];
        if (prev.number == UINT64_MAX || h.number != prev.number + 1)
            return makeError(ErrorCode::Unverified, blockLabel(h.number) + " follows " + blockLabel(prev.number)
                                                        + ": block numbers are not consecutive");
        if (h.parentHash != hashes[i - 1])
            return makeError(ErrorCode::Unverified, blockLabel(h.number) + ": parentHash " + toHex(h.parentHash)
                                                        + " is not the hash of " + blockLabel(prev.number) + " ("
                                                        + toHex(hashes[i - 1]) + ")");
    }

    const std::uint64_t floor = finalizedNumber();
    const std::uint64_t tip = tipNumber();
    ChainUpdate update;

    // The highest header of the branch that the chain holds. The branch is hash-linked, so every header
    // below it is held too: that header is the common ancestor.
    std::optional<std::size_t> held;
    for (std::size_t i = branch.size(); i-- > 0;) {
        const Entry* e = entryAt(branch[i].number);
        if (e && e->hash == hashes[i]) {
            held = i;
            break;
        }
    }
    auto buildsOn = [&](std::uint64_t number, const Hash32& hash, std::size_t firstNew) {
        update.ancestorNumber = number;
        update.ancestorHash = hash;
        update.firstNew = firstNew;
        if (firstNew == branch.size()) {
            update.kind = ChainUpdate::Kind::AlreadyKnown;
        } else if (number == tip) {
            update.kind = ChainUpdate::Kind::Extend;
        } else {
            update.kind = ChainUpdate::Kind::Reorg;
            update.replacedBlocks = tip - number;
        }
        return update;
    };
    if (held)
        return buildsOn(branch[*held].number, hashes[*held], *held + 1);

    const BlockHeader& first = branch.front();
    const BlockHeader& last = branch.back();
    if (first.number == 0)
        return makeError(ErrorCode::Unverified, "block 0 has hash " + toHex(hashes[0])
                                                    + ", not the one this chain descends from");
    const std::uint64_t parent = first.number - 1;
    if (parent > tip) {
        update.kind = ChainUpdate::Kind::Gap;
        update.neededNumber = parent;
        update.neededHash = first.parentHash;
        return update;
    }
    if (last.number < floor)
        return makeError(ErrorCode::InvalidArgument, blockLabel(last.number) + " is below the finalized "
                                                         + blockLabel(floor) + ", which this chain no longer tracks");
    if (parent >= floor) {
        // parent is held.
        if (*hashAt(parent) == first.parentHash)
            return buildsOn(parent, first.parentHash, 0);
        if (parent > floor) {
            update.kind = ChainUpdate::Kind::NeedParent;
            update.neededNumber = parent;
            update.neededHash = first.parentHash;
            return update;
        }
    }
    // The branch disagrees with the chain at or below the final boundary.
    update.kind = ChainUpdate::Kind::BeyondFinality;
    update.replacedBlocks = tip - floor + 1;
    update.neededNumber = parent;
    update.neededHash = first.parentHash;
    return update;
}

Result<ChainUpdate> HeaderChain::apply(std::span<const BlockHeader> branch)
{
    std::vector<Hash32> hashes;
    auto update = evaluate(branch, hashes);
    if (update)
        applyEvaluated(branch, hashes, *update);
    return update;
}

Result<ChainUpdate> HeaderChain::apply(std::span<const BlockHeader> branch, std::span<const Hash32> given)
{
    std::vector<Hash32> hashes(given.begin(), given.end());
    auto update = evaluate(branch, hashes, true);
    if (update)
        applyEvaluated(branch, hashes, *update);
    return update;
}

void HeaderChain::applyEvaluated(std::span<const BlockHeader> branch, const std::vector<Hash32>& hashes,
                                 const ChainUpdate& update)
{
    const ChainUpdate::Kind kind = update.kind;
    if (kind != ChainUpdate::Kind::Extend && kind != ChainUpdate::Kind::Reorg && kind != ChainUpdate::Kind::AlreadyKnown)
        return;
    // Held blocks whose header was not yet recorded (the checkpoint's) get it: its hash is verified.
    for (std::size_t i = 0; i < update.firstNew; ++i) {
        const Entry* e = entryAt(branch[i].number);
        if (e && !e->header && e->hash == hashes[i])
            m_entries[static_cast<std::size_t>(branch[i].number - finalizedNumber())].header = branch[i];
    }
    if (kind == ChainUpdate::Kind::AlreadyKnown)
        return;
    while (m_entries.back().number > update.ancestorNumber)
        m_entries.pop_back();
    for (std::size_t i = update.firstNew; i < branch.size(); ++i)
        m_entries.push_back(Entry{branch[i].number, hashes[i], branch[i]});
    prune();
}

Result<void> HeaderChain::extend(std::span<const BlockHeader> headers)
{
    std::vector<Hash32> hashes;
    auto update = evaluate(headers, hashes);
    if (!update)
        return update.error();
    const BlockHeader& first = headers.front();
    switch (update->kind) {
    case ChainUpdate::Kind::Extend:
    case ChainUpdate::Kind::AlreadyKnown:
        applyEvaluated(headers, hashes, *update);
        return {};
    case ChainUpdate::Kind::Gap:
        return makeError(ErrorCode::InvalidArgument, blockLabel(first.number) + " does not follow the verified tip, "
                                                         + blockLabel(tipNumber()) + " (blocks are missing in between)");
    case ChainUpdate::Kind::Reorg:
    case ChainUpdate::Kind::NeedParent:
    case ChainUpdate::Kind::BeyondFinality:
        break;
    }
    if (update->kind == ChainUpdate::Kind::Reorg) {
        const BlockHeader& h = headers[update->firstNew];
        return makeError(ErrorCode::Unverified, blockLabel(h.number) + ": hash " + toHex(hashes[update->firstNew])
                                                    + " differs from the verified one (" + toHex(*hashAt(h.number))
                                                    + "): a reorg or a wrong block");
    }
    const std::optional<Hash32> ours = hashAt(first.number - 1);
    return makeError(ErrorCode::Unverified, blockLabel(first.number) + ": parentHash " + toHex(first.parentHash)
                                                + " does not match the verified " + blockLabel(first.number - 1)
                                                + (ours ? " (" + toHex(*ours) + ")" : std::string())
                                                + ": a reorg or a wrong block");
}

void HeaderChain::prune()
{
    const std::uint64_t tip = tipNumber();
    const std::uint64_t boundary = tip > m_finalityDepth ? tip - m_finalityDepth : 0;
    while (m_entries.size() > 1 && m_entries.front().number < boundary)
        m_entries.pop_front();
}

} // namespace plinth
