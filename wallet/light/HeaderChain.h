#pragma once
// HeaderChain: the light client's verified view of the chain, anchored at a trusted checkpoint (a block
// number and hash from the network profile). A header enters only if its hash, recomputed from its fields,
// is the parentHash of the next one down to the checkpoint; the server's word is never taken for a hash.
//
// It keeps the headers above the finalized block (tip - finalityDepth, never below the checkpoint) so it
// can detect and resolve reorgs; below that, blocks are final and only the boundary's hash is kept.
//
// Reorgs: the caller hands evaluate()/apply() a branch, consecutive linked headers ending at the head a
// server reported (at first just that head). The answer says what the branch means:
//   Extend         it continues the tip (also: catch-up with many headers)
//   AlreadyKnown   every header is already held
//   Reorg          it forks off a held block (the common ancestor); the blocks above it are replaced
//   NeedParent     its first header's parent is not held: fetch that block by hash and call again with
//                  it prepended (walking back to the common ancestor, one header at a time)
//   Gap            it starts above tip + 1: fetch the headers in between first
//   BeyondFinality it would replace a final block: a distinct outcome, never applied; sync must stop and
//                  the user be told
//
// Threading: not thread-safe; one owner (the sync engine) uses it from one thread at a time.
// Errors: Unverified for headers that do not link ("block 1235: parentHash 0x.. is not the hash of block
// 1234 (0x..)"), InvalidArgument for a branch that is empty or out of order.

#include "wallet/common/Bytes.h"
#include "wallet/common/Result.h"
#include "wallet/eth/BlockHeader.h"

#include <cstdint>
#include <deque>
#include <optional>
#include <span>
#include <vector>

namespace plinth {

struct TrustedCheckpoint {
    std::uint64_t number = 0;
    Hash32 hash{};
};

struct ChainUpdate {
    enum class Kind { Extend, AlreadyKnown, Reorg, NeedParent, Gap, BeyondFinality };
    Kind kind = Kind::AlreadyKnown;
    // Extend, Reorg: the held block the branch builds on (the tip for Extend).
    std::uint64_t ancestorNumber = 0;
    Hash32 ancestorHash{};
    // Reorg: how many held blocks the branch replaces; BeyondFinality: how many it would at least replace.
    std::uint64_t replacedBlocks = 0;
    // Extend, Reorg: index into the branch of the first header not yet held.
    std::size_t firstNew = 0;
    // NeedParent: the block to fetch (by hash). Gap: the first missing number is tip + 1, the last is
    // neededNumber.
    std::uint64_t neededNumber = 0;
    Hash32 neededHash{};
};

class HeaderChain {
public:
    // finalityDepth: blocks below tip - finalityDepth are final (a reorg there is BeyondFinality).
    HeaderChain(TrustedCheckpoint checkpoint, std::uint64_t finalityDepth);

    const TrustedCheckpoint& checkpoint() const { return m_checkpoint; }
    std::uint64_t finalityDepth() const { return m_finalityDepth; }
    std::uint64_t tipNumber() const { return m_entries.back().number; }
    const Hash32& tipHash() const { return m_entries.back().hash; }
    // The lowest block held: the final boundary (blocks at or below it cannot be reorganised).
    std::uint64_t finalizedNumber() const { return m_entries.front().number; }

    // The verified hash of a held block (between finalizedNumber() and tipNumber()).
    std::optional<Hash32> hashAt(std::uint64_t number) const;
    // The verified header of a held block; nullptr when not held (or the checkpoint, whose header was
    // never supplied).
    const BlockHeader* headerAt(std::uint64_t number) const;
    const BlockHeader* tipHeader() const { return headerAt(tipNumber()); }

    // What the branch would do to the chain; changes nothing.
    Result<ChainUpdate> evaluate(std::span<const BlockHeader> branch) const;
    // evaluate(), then performs Extend and Reorg (and records headers of held blocks whose header was
    // missing, like the checkpoint's). Other outcomes leave the chain unchanged.
    Result<ChainUpdate> apply(std::span<const BlockHeader> branch);
    // The same with the branch's hashes already computed by the caller (blockHeaderHash of each header,
    // or a "hash" field parseBlockHeaderJson checked against it): saves hashing every header twice.
    Result<ChainUpdate> apply(std::span<const BlockHeader> branch, std::span<const Hash32> hashes);
    // Catch-up: the headers must extend the tip (or already be held). Anything else (a reorg included)
    // leaves the chain unchanged and is an error naming the first header that does not link.
    Result<void> extend(std::span<const BlockHeader> headers);

private:
    struct Entry {
        std::uint64_t number = 0;
        Hash32 hash{};
        std::optional<BlockHeader> header;
    };

    const Entry* entryAt(std::uint64_t number) const;
    // evaluate(), also handing back the recomputed hashes of the branch (or taking them, when `given`).
    Result<ChainUpdate> evaluate(std::span<const BlockHeader> branch, std::vector<Hash32>& hashes,
                                 bool given = false) const;
    void applyEvaluated(std::span<const BlockHeader> branch, const std::vector<Hash32>& hashes,
                        const ChainUpdate& update);
    void prune();

    TrustedCheckpoint m_checkpoint;
    std::uint64_t m_finalityDepth;
    std::deque<Entry> m_entries; // consecutive numbers, front = finalized boundary, back = tip
};

} // namespace plinth
