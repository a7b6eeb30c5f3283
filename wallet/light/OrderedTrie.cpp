#include "wallet/light/OrderedTrie.h"

#include "wallet/codec/Rlp.h"
#include "wallet/crypto/Keccak.h"
#include "wallet/light/TrieEncoding.h"

#include <algorithm>

namespace plinth {
namespace {

struct Entry {
    Nibbles key;
    ByteView value;
};

// Builds the node for entries [lo, hi), all of which share their first `depth` nibbles, and returns its
// RLP encoding. Entries are sorted by key and unique, so the longest prefix shared by all of them is the
// one shared by the first and the last.
class Builder {
public:
    explicit Builder(const std::vector<Entry>& entries) : m_entries(entries) {}

    Bytes node(std::size_t lo, std::size_t hi, std::size_t depth) const
    {
        const Entry& first = m_entries[lo];
        if (hi - lo == 1)
            return leaf(first.key, depth, first.value);

        const Entry& last = m_entries[hi - 1];
        std::size_t shared = depth;
        while (shared < first.key.size() && shared < last.key.size() && first.key[shared] == last.key[shared])
            ++shared;
        if (shared > depth)
            return extension(first.key, depth, shared, node(lo, hi, shared));
        return branch(lo, hi, depth);
    }

private:
    static Bytes leaf(const Nibbles& key, std::size_t depth, ByteView value)
    {
        RlpEncoder e;
        e.beginList();
        e.addBytes(hexPrefixEncode(key, depth, true));
        e.addBytes(value);
        e.endList();
        return e.finish();
    }

    // path is key[depth, end).
    static Bytes extension(const Nibbles& key, std::size_t depth, std::size_t end, const Bytes& child)
    {
        const Nibbles path(key.begin(), key.begin() + static_cast<std::ptrdiff_t>(end));
        RlpEncoder e;
        e.beginList();
        e.addBytes(hexPrefixEncode(path, depth, false));
        addReference(e, child);
        e.endList();
        return e.finish();
    }

    Bytes branch(std::size_t lo, std::size_t hi, std::size_t depth) const
    {
        RlpEncoder e;
        e.beginList();
        // A key that ends here stores its value in the branch's 17th slot; sorted first, it comes first.
        ByteView value;
        if (m_entries[lo].key.size() == depth)
            value = m_entries[lo++].value;
        std::size_t start = lo;
        for (std::uint8_t nibble = 0; nibble < 16; ++nibble) {
            std::size_t end = start;
            while (end < hi && m_entries[end].key[depth] == nibble)
                ++end;
            if (end == start)
                e.addBytes({});
            else
                addReference(e, node(start, end, depth + 1));
            start = end;
        }
        e.addBytes(value);
        e.endList();
        return e.finish();
    }

    // A child shorter than 32 bytes is embedded as is; a longer one by its hash.
    static void addReference(RlpEncoder& e, const Bytes& child)
    {
        if (child.size() < 32)
            e.addRaw(child);
        else
            e.addBytes(keccak256(child));
    }

    const std::vector<Entry>& m_entries;
};

Hash32 rootOf(std::vector<Entry>& entries)
{
    if (entries.empty())
        return kEmptyTrieRoot;
    // The root is always referenced by hash, however short it is.
    return keccak256(Builder(entries).node(0, entries.size(), 0));
}

} // namespace

Hash32 orderedTrieRoot(std::span<const Bytes> items)
{
    std::vector<Entry> entries;
    entries.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        RlpEncoder key;
        key.addUInt(static_cast<std::uint64_t>(i));
        entries.push_back(Entry{toNibbles(key.finish()), items[i]});
    }
    // rlp(i) does not sort like i (rlp(0) is 0x80, rlp(1) is 0x01), so sort by key.
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.key < b.key; });
    // Empty values are absent from a trie, as in trieRoot.
    std::erase_if(entries, [](const Entry& e) { return e.value.empty(); });
    return rootOf(entries);
}

Hash32 trieRoot(std::vector<std::pair<Bytes, Bytes>> input)
{
    std::vector<Entry> entries;
    entries.reserve(input.size());
    for (const auto& [key, value] : input)
        entries.push_back(Entry{toNibbles(key), value});
    // Stable, so that among duplicates the last one given stays last and wins below.
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.key < b.key; });
    std::vector<Entry> unique;
    unique.reserve(entries.size());
    for (auto& entry : entries) {
        if (!unique.empty() && unique.back().key == entry.key)
            unique.back() = std::move(entry);
        else
            unique.push_back(std::move(entry));
    }
    std::erase_if(unique, [](const Entry& e) { return e.value.empty(); });
    return rootOf(unique);
}

} // namespace plinth
