// OrderedTrie: the Merkle-Patricia root builder, cross-checked against a second, independent
// implementation written here (a classic insert-one-key-at-a-time trie with its own hex-prefix and node
// encoding, where OrderedTrie builds from sorted keys), and against roots computed by other clients: the
// Ethereum trie test "puppy", the empty root and the roots of a real chain (anvil).
// tst_orderedtrie_anvil cross-checks blocks of hundreds of transactions against anvil itself.
#include "wallet/codec/Hex.h"
#include "wallet/codec/Rlp.h"
#include "wallet/crypto/Keccak.h"
#include "wallet/light/OrderedTrie.h"
#include "wallet/light/TrieEncoding.h"

#include <QTest>

#include <cstring>
#include <memory>
#include <random>

using namespace plinth;

namespace {

// ---- The reference trie: insert-based, RlpItem-based, sharing nothing with OrderedTrie.cpp but RLP and
// keccak (both tested against other implementations' vectors in their own tests).
struct RefNode {
    enum class Kind { Leaf, Extension, Branch } kind = Kind::Leaf;
    std::vector<int> path; // Leaf, Extension
    Bytes value;           // Leaf, Branch
    std::unique_ptr<RefNode> child;       // Extension
    std::unique_ptr<RefNode> children[16]; // Branch
};

std::vector<int> nibblesOf(const Bytes& key)
{
    std::vector<int> out;
    for (auto b : key) {
        out.push_back(b / 16);
        out.push_back(b % 16);
    }
    return out;
}

std::size_t commonPrefix(const std::vector<int>& a, const std::vector<int>& b)
{
    std::size_t i = 0;
    while (i < a.size() && i < b.size() && a[i] == b[i])
        ++i;
    return i;
}

std::vector<int> tail(const std::vector<int>& v, std::size_t from) { return {v.begin() + static_cast<long>(from), v.end()}; }

std::unique_ptr<RefNode> leaf(std::vector<int> path, Bytes value)
{
    auto n = std::make_unique<RefNode>();
    n->kind = RefNode::Kind::Leaf;
    n->path = std::move(path);
    n->value = std::move(value);
    return n;
}

std::unique_ptr<RefNode> insert(std::unique_ptr<RefNode> node, const std::vector<int>& path, const Bytes& value);

// Puts (path, value) into a branch: into its value slot when the path is used up.
void putInBranch(RefNode& branch, const std::vector<int>& path, const Bytes& value)
{
    if (path.empty())
        branch.value = value;
    else
        branch.children[path[0]] = insert(std::move(branch.children[path[0]]), tail(path, 1), value);
}

std::unique_ptr<RefNode> wrap(std::vector<int> prefix, std::unique_ptr<RefNode> inner)
{
    if (prefix.empty())
        return inner;
    auto ext = std::make_unique<RefNode>();
    ext->kind = RefNode::Kind::Extension;
    ext->path = std::move(prefix);
    ext->child = std::move(inner);
    return ext;
}

std::unique_ptr<RefNode> insert(std::unique_ptr<RefNode> node, const std::vector<int>& path, const Bytes& value)
{
    if (!node)
        return leaf(path, value);
    switch (node->kind) {
    case RefNode::Kind::Branch:
        putInBranch(*node, path, value);
        return node;
    case RefNode::Kind::Leaf: {
        if (node->path == path) {
            node->value = value;
            return node;
        }
        const std::size_t c = commonPrefix(node->path, path);
        auto branch = std::make_unique<RefNode>();
        branch->kind = RefNode::Kind::Branch;
        putInBranch(*branch, tail(node->path, c), node->value);
        putInBranch(*branch, tail(path, c), value);
        return wrap({path.begin(), path.begin() + static_cast<long>(c)}, std::move(branch));
    }
    case RefNode::Kind::Extension: {
        const std::size_t c = commonPrefix(node->path, path);
        if (c == node->path.size()) {
            node->child = insert(std::move(node->child), tail(path, c), value);
            return node;
        }
        auto branch = std::make_unique<RefNode>();
        branch->kind = RefNode::Kind::Branch;
        const int nib = node->path[c];
        branch->children[nib] = wrap(tail(node->path, c + 1), std::move(node->child));
        putInBranch(*branch, tail(path, c), value);
        return wrap({path.begin(), path.begin() + static_cast<long>(c)}, std::move(branch));
    }
    }
    return node;
}

Bytes compactPath(const std::vector<int>& path, bool isLeaf)
{
    Bytes out;
    std::vector<int> p = path;
    int flag = isLeaf ? 2 : 0;
    if (p.size() % 2 == 1) {
        flag += 1;
        p.insert(p.begin(), flag);
    } else {
        p.insert(p.begin(), 0);
        p.insert(p.begin(), flag);
    }
    for (std::size_t i = 0; i < p.size(); i += 2)
        out.push_back(static_cast<std::uint8_t>(p[i] * 16 + p[i + 1]));
    return out;
}

RlpItem nodeItem(const RefNode& n);

// How a parent refers to a child: the child's item itself when its encoding is short, else its hash.
RlpItem reference(const RefNode* child)
{
    if (!child)
        return RlpItem::string({});
    RlpItem item = nodeItem(*child);
    const Bytes encoded = rlpEncode(item);
    if (encoded.size() < 32)
        return item;
    const Hash32 h = keccak256(encoded);
    return RlpItem::string(h);
}

RlpItem nodeItem(const RefNode& n)
{
    switch (n.kind) {
    case RefNode::Kind::Leaf:
        return RlpItem::list({RlpItem::string(compactPath(n.path, true)), RlpItem::string(n.value)});
    case RefNode::Kind::Extension:
        return RlpItem::list({RlpItem::string(compactPath(n.path, false)), reference(n.child.get())});
    case RefNode::Kind::Branch: {
        std::vector<RlpItem> items;
        for (const auto& c : n.children)
            items.push_back(reference(c.get()));
        items.push_back(RlpItem::string(n.value));
        return RlpItem::list(std::move(items));
    }
    }
    return {};
}

Hash32 referenceRoot(const std::vector<std::pair<Bytes, Bytes>>& entries)
{
    std::unique_ptr<RefNode> root;
    for (const auto& [k, v] : entries)
        root = insert(std::move(root), nibblesOf(k), v);
    if (!root)
        return keccak256(rlpEncode(RlpItem::string({})));
    return keccak256(rlpEncode(nodeItem(*root)));
}

Hash32 referenceOrderedRoot(const std::vector<Bytes>& items)
{
    std::vector<std::pair<Bytes, Bytes>> entries;
    for (std::size_t i = 0; i < items.size(); ++i)
        entries.emplace_back(rlpEncode(RlpItem::string(toMinimalBigEndian(UInt256(i)))), items[i]);
    return referenceRoot(entries);
}

// Values of varied sizes, from 1 byte (leaves embedded in their parent) to 120 bytes.
std::vector<Bytes> makeItems(std::size_t count, std::uint32_t seed)
{
    std::mt19937 rng(seed);
    std::vector<Bytes> items;
    for (std::size_t i = 0; i < count; ++i) {
        Bytes v(1 + rng() % 120);
        for (auto& b : v)
            b = static_cast<std::uint8_t>(rng());
        if (rng() % 4 == 0)
            v.resize(1 + rng() % 3);
        items.push_back(std::move(v));
    }
    return items;
}

Bytes text(const char* s) { return Bytes(s, s + std::strlen(s)); }

} // namespace

class TestOrderedTrie : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void emptyRoot()
    {
        QCOMPARE(toHex(kEmptyTrieRoot), std::string("0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421"));
        QCOMPARE(kEmptyTrieRoot, keccak256(Bytes{0x80}));
        QCOMPARE(orderedTrieRoot({}), kEmptyTrieRoot);
        QCOMPARE(trieRoot({}), kEmptyTrieRoot);
    }

    void ethereumTrieTestPuppy()
    {
        // ethereum/tests TrieTests "puppy": keys that are prefixes of each other (branch value slots).
        std::vector<std::pair<Bytes, Bytes>> entries = {
            {text("do"), text("verb")}, {text("horse"), text("stallion")}, {text("doge"), text("coin")}, {text("dog"), text("puppy")}};
        QCOMPARE(toHex(trieRoot(entries)), std::string("0x5991bb8c6514148a29db676a14ac506cd2cd5775ace63c30a4fe457715e9ac84"));
        QCOMPARE(referenceRoot(entries), trieRoot(entries));
    }

    void orderedAgainstReference_data()
    {
        QTest::addColumn<int>("count");
        for (int n : {0, 1, 2, 3, 15, 16, 17, 127, 128, 129, 200, 255, 256, 257, 1000})
            QTest::newRow(std::to_string(n).c_str()) << n;
    }

    void orderedAgainstReference()
    {
        QFETCH(int, count);
        for (std::uint32_t seed : {1u, 2u, 3u}) {
            const std::vector<Bytes> items = makeItems(static_cast<std::size_t>(count), seed * 1000 + static_cast<std::uint32_t>(count));
            QCOMPARE(toHex(orderedTrieRoot(items)), toHex(referenceOrderedRoot(items)));
        }
    }

    void everyItemMatters()
    {
        const std::vector<Bytes> items = makeItems(129, 7);
        const Hash32 root = orderedTrieRoot(items);
        for (std::size_t i : {std::size_t{0}, std::size_t{1}, std::size_t{127}, std::size_t{128}}) {
            std::vector<Bytes> changed = items;
            changed[i].back() ^= 1;
            QVERIFY(orderedTrieRoot(changed) != root);
            std::vector<Bytes> dropped = items;
            dropped.erase(dropped.begin() + static_cast<long>(i));
            QVERIFY(orderedTrieRoot(dropped) != root);
        }
        std::vector<Bytes> swapped = items;
        std::swap(swapped[3], swapped[4]);
        QVERIFY(orderedTrieRoot(swapped) != root);
    }

    void arbitraryKeysAgainstReference()
    {
        std::mt19937 rng(42);
        for (int round = 0; round < 50; ++round) {
            std::vector<std::pair<Bytes, Bytes>> entries;
            const int n = 1 + static_cast<int>(rng() % 60);
            for (int i = 0; i < n; ++i) {
                // Short keys over a small alphabet: shared prefixes, keys that are prefixes of others.
                Bytes key(rng() % 4);
                for (auto& b : key)
                    b = static_cast<std::uint8_t>(rng() % 3 * 0x11);
                Bytes value(1 + rng() % 40, static_cast<std::uint8_t>(rng()));
                entries.emplace_back(key, value);
            }
            QCOMPARE(toHex(trieRoot(entries)), toHex(referenceRoot(entries)));
        }
    }

    void hexPrefix()
    {
        const Nibbles path = {1, 2, 3, 4, 5};
        QCOMPARE(hexPrefixEncode(path, 0, false), (Bytes{0x11, 0x23, 0x45}));
        QCOMPARE(hexPrefixEncode(path, 1, false), (Bytes{0x00, 0x23, 0x45}));
        QCOMPARE(hexPrefixEncode(path, 1, true), (Bytes{0x20, 0x23, 0x45}));
        QCOMPARE(hexPrefixEncode(path, 0, true), (Bytes{0x31, 0x23, 0x45}));
        QCOMPARE(hexPrefixEncode(path, 5, true), (Bytes{0x20}));
        auto d = hexPrefixDecode(Bytes{0x31, 0x23, 0x45});
        QVERIFY(d && d->leaf);
        QCOMPARE(d->path, path);
        QVERIFY(!hexPrefixDecode(Bytes{0x01, 0x23}));  // even path with a non-zero padding nibble
        QVERIFY(!hexPrefixDecode(Bytes{0x40}));        // flag above 3
        QVERIFY(!hexPrefixDecode(Bytes{}));
    }
};

QTEST_GUILESS_MAIN(TestOrderedTrie)
#include "tst_orderedtrie.moc"
