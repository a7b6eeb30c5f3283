// MerkleProof: every eth_getProof answer of a real chain (anvil) verified against the state root of a
// verified header, present and absent accounts and slots; the contract's storage layout ("credit mapping at
// slot 0, total at slot 1") used to compute the slots, and the proven values checked against the sums of
// the Rewarded events; every kind of tampering caught; embedded (short) nodes handled.
#include "wallet/codec/Hex.h"
#include "wallet/codec/Rlp.h"
#include "wallet/crypto/Keccak.h"
#include "wallet/eth/BlockHeader.h"
#include "wallet/eth/Log.h"
#include "wallet/light/MerkleProof.h"
#include "wallet/light/OrderedTrie.h"
#include "wallet/light/TrieEncoding.h"

#include <boost/json.hpp>

#include <QTest>

#include <fstream>
#include <map>
#include <sstream>

using namespace plinth;
namespace json = boost::json;

namespace {

json::value loadJson(const std::string& path)
{
    std::ifstream in(path);
    if (!in)
        qFatal("cannot open %s", path.c_str());
    std::stringstream text;
    text << in.rdbuf();
    return json::parse(text.str());
}

const json::value& chain()
{
    static const json::value c = loadJson(PLINTH_VECTORS_DIR "/anvil-chain.json");
    return c;
}

std::string str(const json::value& v) { return std::string(v.as_string()); }

// The state root from the verified header of the block the proofs were taken at (not the proof's own
// "stateRoot" field, which is the server's word).
Hash32 provenStateRoot()
{
    const auto& first = chain().at("proofs").at(0);
    const std::uint64_t number = std::stoull(str(first.at("blockNumber")), nullptr, 16);
    auto header = parseBlockHeaderJson(chain().at("blocks").at(number).at("block"));
    if (!header)
        qFatal("%s", header.error().message.c_str());
    return header->stateRoot;
}

json::object proofOf(const std::string& address)
{
    for (const auto& p : chain().at("proofs").as_array())
        if (str(p.at("proof").at("address")) == address)
            return p.at("proof").as_object();
    qFatal("no proof for %s", address.c_str());
}

std::vector<Hash32> requestedSlots(const json::object& proof)
{
    std::vector<Hash32> slots;
    for (const auto& s : proof.at("storageProof").as_array())
        slots.push_back(*parseStorageKey(str(s.at("key"))));
    return slots;
}

Result<ProvenAccount> verify(const json::object& proof, const Hash32& root = provenStateRoot())
{
    const Address address = *parseAddress(str(proof.at("address")));
    const std::vector<Hash32> slots = requestedSlots(proof);
    return verifyGetProofJson(root, address, slots, proof);
}

bool failsWith(const Result<ProvenAccount>& r, const std::string& fragment)
{
    if (r) {
        qWarning("verified, expected an error containing '%s'", fragment.c_str());
        return false;
    }
    if (r.error().message.find(fragment) == std::string::npos) {
        qWarning("error '%s' lacks '%s'", r.error().message.c_str(), fragment.c_str());
        return false;
    }
    return true;
}

json::array& accountProof(json::object& proof) { return proof["accountProof"].as_array(); }

std::string flipByte(const std::string& hex, std::size_t byteIndex)
{
    Bytes b = *fromHex(hex);
    if (byteIndex >= b.size())
        qFatal("flipByte: node has only %zu bytes", b.size());
    b[byteIndex] ^= 0x01;
    return toHex(b);
}

const std::string kEmitter = "0x9fe46736679d2d9a65f0992f2272de9f3c7fa6e0";
const std::string kDeployer = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";
const std::string kAbsent = "0x6d16cbcfb20e77049b0f9a4c6b1c0c9a5c605a00";

} // namespace

class TestMerkleProof : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyVectorProofVerifies()
    {
        const Hash32 root = provenStateRoot();
        QCOMPARE(toHex(root), str(chain().at("proofs").at(0).at("stateRoot")));
        int absent = 0;
        for (const auto& p : chain().at("proofs").as_array()) {
            const json::object& proof = p.at("proof").as_object();
            auto account = verify(proof, root);
            QVERIFY2(account, account ? "" : account.error().message.c_str());
            QCOMPARE(toHexQuantity(account->state.balance), str(proof.at("balance")));
            QCOMPARE(toHexQuantity(account->state.nonce), str(proof.at("nonce")));
            QCOMPARE(account->slots.size(), proof.at("storageProof").as_array().size());
            absent += account->exists ? 0 : 1;
        }
        QCOMPARE(absent, 1);
    }

    void absentAccountReadsAsEmpty()
    {
        auto account = verify(proofOf(kAbsent));
        QVERIFY(account);
        QVERIFY(!account->exists);
        QCOMPARE(account->state.balance, UInt256(0));
        QCOMPARE(account->state.storageRoot, kEmptyTrieRoot);
        QCOMPARE(account->state.codeHash, kEmptyCodeHash);
        QCOMPARE(kEmptyCodeHash, keccak256({}));
        // Claiming a balance for it is caught.
        json::object lie = proofOf(kAbsent);
        lie["balance"] = "0x1";
        QVERIFY(failsWith(verify(lie), "states balance 0x1 but the proof shows 0x0"));
    }

    void deployerNonceCountsItsTransactions()
    {
        std::uint64_t sent = 0;
        for (const auto& b : chain().at("blocks").as_array())
            for (const auto& tx : b.at("block").at("transactions").as_array())
                sent += str(tx.at("from")) == kDeployer ? 1 : 0;
        auto account = verify(proofOf(kDeployer));
        QVERIFY(account);
        QVERIFY(account->exists);
        QCOMPARE(account->state.nonce, UInt256(sent));
        QCOMPARE(account->state.codeHash, kEmptyCodeHash);
    }

    void storageLayoutMatchesEvents()
    {
        // Sum the Rewarded(epoch, device, owner, amount) events per owner: credit[owner] and total.
        std::map<std::string, UInt256> credit;
        UInt256 total = 0;
        std::vector<Address> seen;
        for (const auto& b : chain().at("blocks").as_array())
            for (const auto& r : b.at("receipts").as_array())
                for (const auto& l : r.at("logs").as_array()) {
                    const Log log = parseLogJson(l)->log;
                    QCOMPARE(log.topics.size(), std::size_t{4});
                    Address device, owner;
                    std::copy(log.topics[2].begin() + 12, log.topics[2].end(), device.bytes.begin());
                    std::copy(log.topics[3].begin() + 12, log.topics[3].end(), owner.bytes.begin());
                    const UInt256 amount = *fromBigEndian(log.data);
                    credit[toHex(owner.bytes)] += amount;
                    total += amount;
                    seen.push_back(device);
                    seen.push_back(owner);
                }
        QVERIFY(total > 0);
        for (const auto& p : chain().at("proofs").as_array())
            seen.push_back(*parseAddress(str(p.at("proof").at("address"))));

        auto account = verify(proofOf(kEmitter));
        QVERIFY2(account, account ? "" : account.error().message.c_str());
        // Every slot is total (slot 1) or credit[a] of an address seen, with the value the events imply;
        // the vectors' absent slot belongs to an address not in the chain, proven zero.
        int identified = 0, absent = 0;
        for (const ProvenSlot& slot : account->slots) {
            if (slot.slot == toBigEndian32(UInt256(1))) {
                QCOMPARE(slot.value, total);
                ++identified;
                continue;
            }
            bool found = false;
            for (const Address& a : seen) {
                if (storageSlotForMapping(a, UInt256(0)) != slot.slot)
                    continue;
                const auto it = credit.find(toHex(a.bytes));
                QVERIFY(it != credit.end());
                QCOMPARE(slot.value, it->second);
                QVERIFY(slot.present);
                found = true;
                break;
            }
            if (found) {
                ++identified;
            } else {
                QVERIFY(!slot.present);
                QCOMPARE(slot.value, UInt256(0));
                ++absent;
            }
        }
        QCOMPARE(identified, static_cast<int>(credit.size()) + 1); // every owner's credit, and total
        QCOMPARE(absent, 1);
    }

    void mappingSlot()
    {
        // keccak256 of 64 zero bytes: mapping key 0 at slot 0.
        QCOMPARE(toHex(storageSlotForMapping(UInt256(0), UInt256(0))),
                 std::string("0xad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5"));
        Bytes preimage(64, 0);
        const Address a = *parseAddress(kDeployer);
        std::copy(a.bytes.begin(), a.bytes.end(), preimage.begin() + 12);
        preimage[63] = 5;
        QCOMPARE(storageSlotForMapping(a, UInt256(5)), keccak256(preimage));
        Hash32 key{};
        std::copy(a.bytes.begin(), a.bytes.end(), key.begin() + 12);
        QCOMPARE(storageSlotForMapping(key, UInt256(5)), keccak256(preimage));
        QCOMPARE(*parseStorageKey("0x1"), toBigEndian32(UInt256(1)));
        QVERIFY(!parseStorageKey("0x" + std::string(65, '1')));
        QVERIFY(!parseStorageKey("1"));
    }

    void tamperedAccountProofs()
    {
        const json::object good = proofOf(kEmitter);
        QVERIFY(verify(good));
        const std::size_t n = good.at("accountProof").as_array().size();
        QCOMPARE(n, std::size_t{3});

        for (std::size_t i = 0; i < n; ++i) {
            json::object altered = good;
            accountProof(altered)[i] = flipByte(str(altered.at("accountProof").at(i)), 40);
            QVERIFY(failsWith(verify(altered), "node " + std::to_string(i) + " does not hash to its reference"));
        }
        json::object added = good;
        accountProof(added).push_back(accountProof(added)[1]);
        QVERIFY(failsWith(verify(added), "1 extra node(s) after the end of the path"));
        json::object inserted = good;
        accountProof(inserted).insert(accountProof(inserted).begin() + 1, accountProof(inserted)[0]);
        QVERIFY(failsWith(verify(inserted), "node 1 does not hash to its reference"));
        json::object removedLast = good;
        accountProof(removedLast).pop_back();
        QVERIFY(failsWith(verify(removedLast), "a node is missing"));
        json::object removedMiddle = good;
        accountProof(removedMiddle).erase(accountProof(removedMiddle).begin() + 1);
        QVERIFY(failsWith(verify(removedMiddle), "node 1 does not hash to its reference"));
        json::object removedFirst = good;
        accountProof(removedFirst).erase(accountProof(removedFirst).begin());
        QVERIFY(failsWith(verify(removedFirst), "account proof for 0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0: node 0 does not hash"));
        json::object swapped = good;
        std::swap(accountProof(swapped)[1], accountProof(swapped)[2]);
        QVERIFY(failsWith(verify(swapped), "node 1 does not hash"));
        json::object empty = good;
        accountProof(empty).clear();
        QVERIFY(failsWith(verify(empty), "the proof has no nodes but the trie is not empty"));

        // Another block's state root.
        auto block5 = parseBlockHeaderJson(chain().at("blocks").at(5).at("block"));
        QVERIFY(block5 && block5->stateRoot != provenStateRoot());
        QVERIFY(failsWith(verify(good, block5->stateRoot), "node 0 does not hash to its reference"));
    }

    void tamperedClaims()
    {
        const json::object good = proofOf(kDeployer);
        json::object balance = good;
        balance["balance"] = "0x21e19dc64fb221bb90d";
        QVERIFY(failsWith(verify(balance), "states balance 0x21e19dc64fb221bb90d but the proof shows 0x21e19dc64fb221bb90c"));
        json::object nonce = good;
        nonce["nonce"] = "0x7";
        QVERIFY(failsWith(verify(nonce), "states nonce 0x7"));
        json::object codeHash = good;
        codeHash["codeHash"] = toHex(Hash32{});
        QVERIFY(failsWith(verify(codeHash), "states codeHash"));
        json::object storageHash = good;
        storageHash["storageHash"] = str(proofOf(kEmitter).at("storageHash"));
        QVERIFY(failsWith(verify(storageHash), "states storageHash"));

        // Proof of one account presented for another.
        const Address other = *parseAddress("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
        QVERIFY(failsWith(verifyGetProofJson(provenStateRoot(), other, {}, good), "answered for another account"));
        json::object relabelled = good;
        relabelled["address"] = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";
        auto r = verifyGetProofJson(provenStateRoot(), other, {}, relabelled);
        // The other account exists in the trie, so the deployer's path cannot prove anything about it.
        QVERIFY(!r);
    }

    void tamperedStorageProofs()
    {
        const json::object good = proofOf(kEmitter);
        const std::vector<Hash32> slots = requestedSlots(good);
        const Address emitter = *parseAddress(kEmitter);
        auto storage = [](json::object& p) -> json::array& { return p["storageProof"].as_array(); };

        json::object value = good;
        storage(value)[0].as_object()["value"] = "0x136";
        QVERIFY(failsWith(verify(value), "states value 0x136 but the proof shows 0x135"));

        json::object absentClaimed = good;
        storage(absentClaimed)[3].as_object()["value"] = "0x5";
        QVERIFY(failsWith(verify(absentClaimed), "states value 0x5 but the proof shows 0x0"));

        json::object node = good;
        auto& nodes = storage(node)[1].as_object()["proof"].as_array();
        nodes[1] = flipByte(str(nodes[1]), 5);
        QVERIFY(failsWith(verify(node), "storage proof for slot " + toHex(slots[1]) + " of 0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0: node 1 does not hash"));

        json::object extra = good;
        storage(extra)[2].as_object()["proof"].as_array().push_back(storage(extra)[2].at("proof").at(1));
        QVERIFY(failsWith(verify(extra), "extra node"));

        json::object missing = good;
        storage(missing)[0].as_object()["proof"].as_array().pop_back();
        QVERIFY(failsWith(verify(missing), "a node is missing"));

        // Answers must be for the requested slots, in order, none missing or extra.
        QVERIFY(failsWith(verifyGetProofJson(provenStateRoot(), emitter, std::span(slots).first(3), good),
                          "4 storage proofs for 3 requested slots"));
        std::vector<Hash32> reordered = slots;
        std::swap(reordered[0], reordered[1]);
        QVERIFY(failsWith(verifyGetProofJson(provenStateRoot(), emitter, reordered, good), "the server answered for slot"));

        // A present slot's proof cannot be passed off as another slot's.
        json::object moved = good;
        storage(moved)[3].as_object()["proof"] = storage(moved)[0].at("proof");
        QVERIFY(failsWith(verify(moved), "node 1 does not hash to its reference"));
    }

    void embeddedNodes()
    {
        // A tiny trie whose nodes are all shorter than 32 bytes: keys 0x01, 0x02 with 1-byte values.
        // Root: extension [0] -> branch {1: leaf "", 2: leaf ""}, the branch and leaves embedded.
        const RlpItem leaf1 = RlpItem::list({RlpItem::string(Bytes{0x20}), RlpItem::string(Bytes{0xaa})});
        const RlpItem leaf2 = RlpItem::list({RlpItem::string(Bytes{0x20}), RlpItem::string(Bytes{0xbb})});
        std::vector<RlpItem> branchItems(17, RlpItem::string({}));
        branchItems[1] = leaf1;
        branchItems[2] = leaf2;
        const RlpItem branch = RlpItem::list(branchItems);
        QVERIFY(rlpEncode(branch).size() < 32);
        const RlpItem ext = RlpItem::list({RlpItem::string(Bytes{0x10}), branch});
        const Bytes root = rlpEncode(ext);
        const Hash32 rootHash = keccak256(root);
        // The builder agrees that this is the trie of those entries.
        QCOMPARE(trieRoot({{Bytes{0x01}, Bytes{0xaa}}, {Bytes{0x02}, Bytes{0xbb}}}), rootHash);

        const std::vector<Bytes> proof = {root};
        auto v1 = verifyTrieProof(rootHash, Bytes{0x01}, proof, "key 1");
        QVERIFY2(v1, v1 ? "" : v1.error().message.c_str());
        QVERIFY(v1->has_value() && **v1 == Bytes{0xaa});
        auto v2 = verifyTrieProof(rootHash, Bytes{0x02}, proof, "key 2");
        QVERIFY(v2 && v2->has_value() && **v2 == Bytes{0xbb});
        auto absentSlot = verifyTrieProof(rootHash, Bytes{0x03}, proof, "key 3");
        QVERIFY(absentSlot && !absentSlot->has_value());
        auto absentExt = verifyTrieProof(rootHash, Bytes{0x11}, proof, "key 0x11");
        QVERIFY(absentExt && !absentExt->has_value());
        auto longer = verifyTrieProof(rootHash, Bytes{0x01, 0x00}, proof, "key 0x0100");
        QVERIFY(longer && !longer->has_value());

        // An embedded node may not be 32 bytes or more: it would have to be referenced by hash.
        std::vector<RlpItem> bigItems = branchItems;
        bigItems[1] = RlpItem::list({RlpItem::string(Bytes{0x20}), RlpItem::string(Bytes(40, 0xcc))});
        const Bytes badRoot = rlpEncode(RlpItem::list({RlpItem::string(Bytes{0x10}), RlpItem::list(bigItems)}));
        const std::vector<Bytes> badProof = {badRoot};
        auto bad = verifyTrieProof(keccak256(badRoot), Bytes{0x01}, badProof, "key 1");
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.find("32 bytes or more") != std::string::npos, bad.error().message.c_str());

        // A proof element after an embedded node's end is extra.
        const std::vector<Bytes> extra = {root, root};
        QVERIFY(!verifyTrieProof(rootHash, Bytes{0x01}, extra, "key 1"));
    }

    void emptyTrie()
    {
        auto none = verifyTrieProof(kEmptyTrieRoot, Bytes{0x01}, {}, "key");
        QVERIFY(none && !none->has_value());
        const std::vector<Bytes> emptyNode = {Bytes{0x80}};
        auto viaNode = verifyTrieProof(kEmptyTrieRoot, Bytes{0x01}, emptyNode, "key");
        QVERIFY(viaNode && !viaNode->has_value());
        const std::vector<Bytes> garbage = {Bytes{0x01}};
        QVERIFY(!verifyTrieProof(keccak256(garbage[0]), Bytes{0x01}, garbage, "key"));
    }
};

QTEST_GUILESS_MAIN(TestMerkleProof)
#include "tst_merkleproof.moc"
