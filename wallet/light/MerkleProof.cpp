#include "wallet/light/MerkleProof.h"

#include "wallet/codec/Hex.h"
#include "wallet/codec/Rlp.h"
#include "wallet/crypto/Keccak.h"
#include "wallet/light/RpcFields.h"
#include "wallet/light/TrieEncoding.h"

#include <boost/json/array.hpp>

namespace plinth {

namespace json = boost::json;

const Hash32 kEmptyCodeHash = {0xc5, 0xd2, 0x46, 0x01, 0x86, 0xf7, 0x23, 0x3c, 0x92, 0x7e, 0x7d,
                               0xb2, 0xdc, 0xc7, 0x03, 0xc0, 0xe5, 0x00, 0xb6, 0x53, 0xca, 0x82,
                               0x27, 0x3b, 0x7b, 0xfa, 0xd8, 0x04, 0x5d, 0x85, 0xa4, 0x70};

namespace {

// Walks one proof from the root along the key's path. A node is either a whole proof element (referenced
// by hash) or a short node embedded in the element being walked.
class ProofWalk {
public:
    ProofWalk(const Hash32& root, ByteView key, std::span<const Bytes> proof, const std::string& what)
        : m_path(toNibbles(key)), m_proof(proof), m_what(what), m_expected(root)
    {
    }

    Result<std::optional<Bytes>> run()
    {
        if (m_proof.empty()) {
            if (m_expected == kEmptyTrieRoot)
                return std::optional<Bytes>{};
            return fail("the proof has no nodes but the trie is not empty");
        }
        for (;;) {
            RlpItem node;
            if (m_byHash) {
                if (m_next >= m_proof.size())
                    return fail("the proof ends after node " + std::to_string(m_next - 1)
                                + " but the path continues (a node is missing)");
                if (keccak256(m_proof[m_next]) != m_expected)
                    return fail("node " + std::to_string(m_next) + " does not hash to its reference");
                auto decoded = rlpDecode(m_proof[m_next]);
                if (!decoded)
                    return fail("node " + std::to_string(m_next) + " is not valid RLP");
                node = std::move(*decoded);
                m_current = m_next++;
            } else {
                node = std::move(m_embedded);
            }
            auto step = visit(node);
            if (!step)
                return step.error();
            if (*step == Step::Continue)
                continue;
            if (m_next != m_proof.size())
                return fail("the proof has " + std::to_string(m_proof.size() - m_next)
                            + " extra node(s) after the end of the path (node " + std::to_string(m_next) + " onward)");
            return std::move(m_value);
        }
    }

private:
    enum class Step { Continue, Done };

    Error fail(const std::string& what) const { return makeError(ErrorCode::Unverified, m_what + ": " + what); }
    std::string nodeName() const { return "node " + std::to_string(m_current); }

    Result<Step> visit(const RlpItem& node)
    {
        if (!node.isList) {
            // rlp("") hashes to the empty root: the only non-list node, and only as the root itself.
            if (node.bytes.empty() && m_current == 0 && m_depth == 0 && m_byHash)
                return Step::Done;
            return fail(nodeName() + " is not a trie node");
        }
        if (node.items.size() == 17)
            return branch(node);
        if (node.items.size() == 2)
            return shortNode(node);
        return fail(nodeName() + " has " + std::to_string(node.items.size()) + " items, expected 2 or 17");
    }

    Result<Step> branch(const RlpItem& node)
    {
        if (m_depth == m_path.size()) {
            const RlpItem& value = node.items[16];
            if (value.isList)
                return fail(nodeName() + " has a list as its value");
            if (!value.bytes.empty())
                m_value = value.bytes;
            return Step::Done;
        }
        const RlpItem& child = node.items[m_path[m_depth++]];
        if (!child.isList && child.bytes.empty())
            return Step::Done; // empty slot: the key is absent
        return follow(child);
    }

    Result<Step> shortNode(const RlpItem& node)
    {
        if (node.items[0].isList)
            return fail(nodeName() + " has a list as its path");
        auto hp = hexPrefixDecode(node.items[0].bytes);
        if (!hp)
            return fail(nodeName() + ": " + hp.error().message);
        const Nibbles& part = hp->path;
        const bool matches = m_path.size() - m_depth >= part.size()
                             && std::equal(part.begin(), part.end(), m_path.begin() + static_cast<std::ptrdiff_t>(m_depth));
        if (hp->leaf) {
            if (node.items[1].isList || node.items[1].bytes.empty())
                return fail(nodeName() + " is a leaf without a value");
            if (matches && m_depth + part.size() == m_path.size())
                m_value = node.items[1].bytes;
            return Step::Done; // a leaf for another key proves this one absent
        }
        if (part.empty())
            return fail(nodeName() + " is an extension with an empty path");
        if (!matches)
            return Step::Done; // the path leaves the trie here: absent
        m_depth += part.size();
        if (!node.items[1].isList && node.items[1].bytes.empty())
            return fail(nodeName() + " is an extension without a child");
        return follow(node.items[1]);
    }

    // Sets the next reference from a child slot: a 32-byte hash, or an embedded node.
    Result<Step> follow(const RlpItem& child)
    {
        if (!child.isList) {
            if (child.bytes.size() != 32)
                return fail(nodeName() + " has a child reference of " + std::to_string(child.bytes.size()) + " bytes");
            std::copy(child.bytes.begin(), child.bytes.end(), m_expected.begin());
            m_byHash = true;
            return Step::Continue;
        }
        if (rlpEncode(child).size() >= 32)
            return fail(nodeName() + " embeds a child of 32 bytes or more, which must be referenced by hash");
        m_embedded = child;
        m_byHash = false;
        return Step::Continue;
    }

    Nibbles m_path;
    std::span<const Bytes> m_proof;
    const std::string& m_what;
    Hash32 m_expected;
    bool m_byHash = true;
    RlpItem m_embedded;
    std::size_t m_next = 0;
    std::size_t m_current = 0;
    std::size_t m_depth = 0;
    std::optional<Bytes> m_value;
};

std::string accountLabel(const Address& address) { return "account proof for " + toChecksumAddress(address); }

std::string slotLabel(const Address& account, const Hash32& slot)
{
    return "storage proof for slot " + toHex(slot) + " of " + toChecksumAddress(account);
}

Result<std::vector<Bytes>> proofNodes(const RpcFields& fields, std::string_view name)
{
    auto v = fields.value(name);
    if (!v)
        return v.error();
    if (!(*v)->is_array())
        return fields.fieldError(name, "is not an array");
    std::vector<Bytes> nodes;
    const json::array& array = (*v)->get_array();
    nodes.reserve(array.size());
    for (std::size_t i = 0; i < array.size(); ++i) {
        const json::value& node = array[i];
        auto bytes = node.is_string() ? parseRpcData(std::string_view(node.get_string().data(), node.get_string().size()))
                                      : Result<Bytes>(makeError(ErrorCode::InvalidArgument, "is not a string"));
        if (!bytes)
            return fields.error("node " + std::to_string(i) + " of '" + std::string(name) + "' " + bytes.error().message);
        nodes.push_back(std::move(*bytes));
    }
    return nodes;
}

Result<void> verifySlotsJson(const RpcFields& fields, const ProvenAccount& account, std::span<const Hash32> slots,
                             std::vector<ProvenSlot>& out);

} // namespace

Result<std::optional<Bytes>> verifyTrieProof(const Hash32& root, ByteView key, std::span<const Bytes> proof,
                                             const std::string& what)
{
    return ProofWalk(root, key, proof, what).run();
}

Result<ProvenAccount> verifyAccountProof(const Hash32& stateRoot, const Address& address,
                                         std::span<const Bytes> accountProof)
{
    const std::string what = accountLabel(address);
    auto value = verifyTrieProof(stateRoot, keccak256(address.bytes), accountProof, what);
    if (!value)
        return value.error();
    ProvenAccount out;
    out.address = address;
    if (!*value) {
        out.state = AccountState{0, 0, kEmptyTrieRoot, kEmptyCodeHash};
        return out;
    }
    auto decoded = rlpDecode(**value);
    if (!decoded || !decoded->isList || decoded->items.size() != 4 || decoded->items[2].isList
        || decoded->items[2].bytes.size() != 32 || decoded->items[3].isList || decoded->items[3].bytes.size() != 32)
        return makeError(ErrorCode::Unverified, what + ": the proven value is not an account [nonce, balance, storageRoot, codeHash]");
    auto nonce = rlpToUInt256(decoded->items[0]);
    auto balance = rlpToUInt256(decoded->items[1]);
    if (!nonce || !balance)
        return makeError(ErrorCode::Unverified, what + ": the proven account has a malformed nonce or balance");
    out.exists = true;
    out.state.nonce = *nonce;
    out.state.balance = *balance;
    std::copy(decoded->items[2].bytes.begin(), decoded->items[2].bytes.end(), out.state.storageRoot.begin());
    std::copy(decoded->items[3].bytes.begin(), decoded->items[3].bytes.end(), out.state.codeHash.begin());
    return out;
}

Result<ProvenSlot> verifyStorageProof(const Hash32& storageRoot, const Hash32& slot, std::span<const Bytes> proof,
                                      const Address& account)
{
    const std::string what = slotLabel(account, slot);
    auto value = verifyTrieProof(storageRoot, keccak256(slot), proof, what);
    if (!value)
        return value.error();
    ProvenSlot out;
    out.slot = slot;
    if (!*value)
        return out;
    auto decoded = rlpDecode(**value);
    auto number = decoded ? rlpToUInt256(*decoded) : Result<UInt256>(decoded.error());
    if (!number)
        return makeError(ErrorCode::Unverified, what + ": the proven value is not a canonical RLP integer");
    // A canonical trie deletes a slot set to zero, but anvil keeps it as a leaf holding 0x80 (seen after
    // Rewards.claim zeroes accrued(owner)). The root commits to that leaf all the same, so it proves the
    // value 0 as surely as an exclusion proof would: report the slot as absent, value 0.
    if (*number == 0)
        return out;
    out.value = *number;
    out.present = true;
    return out;
}

Result<ProvenAccount> verifyGetProofJson(const Hash32& stateRoot, const Address& address,
                                         std::span<const Hash32> slots, const json::value& result)
{
    const std::string what = accountLabel(address);
    auto fields = RpcFields::of(result, what);
    if (!fields)
        return fields.error();
    auto claimedAddress = fields->address("address");
    if (!claimedAddress)
        return claimedAddress.error();
    if (*claimedAddress != address)
        return makeError(ErrorCode::Unverified, what + ": the server answered for another account, "
                                                    + toChecksumAddress(*claimedAddress));
    auto nodes = proofNodes(*fields, "accountProof");
    if (!nodes)
        return nodes.error();
    auto account = verifyAccountProof(stateRoot, address, *nodes);
    if (!account)
        return account.error();

    auto balance = fields->quantity("balance");
    auto nonce = fields->quantity("nonce");
    auto codeHash = fields->hash("codeHash");
    auto storageHash = fields->hash("storageHash");
    for (const Error* e : {balance ? nullptr : &balance.error(), nonce ? nullptr : &nonce.error(),
                           codeHash ? nullptr : &codeHash.error(), storageHash ? nullptr : &storageHash.error()})
        if (e)
            return *e;
    const AccountState& proven = account->state;
    auto mismatch = [&](const std::string& field, const std::string& claimed, const std::string& actual) {
        return makeError(ErrorCode::Unverified, what + ": the server states " + field + " " + claimed
                                                    + " but the proof shows " + actual);
    };
    if (*balance != proven.balance)
        return mismatch("balance", toHexQuantity(*balance), toHexQuantity(proven.balance));
    if (*nonce != proven.nonce)
        return mismatch("nonce", toHexQuantity(*nonce), toHexQuantity(proven.nonce));
    // For an absent account some nodes state zero hashes instead of the empty code hash and empty root:
    // both say "nothing here" and neither is used, the proven (empty) values are.
    const bool absentZero = !account->exists && *codeHash == Hash32{} && *storageHash == Hash32{};
    if (*codeHash != proven.codeHash && !absentZero)
        return mismatch("codeHash", toHex(*codeHash), toHex(proven.codeHash));
    if (*storageHash != proven.storageRoot && !absentZero)
        return mismatch("storageHash", toHex(*storageHash), toHex(proven.storageRoot));

    Result<void> slotsOk = verifySlotsJson(*fields, *account, slots, account->slots);
    if (!slotsOk)
        return slotsOk.error();
    return account;
}

namespace {

Result<void> verifySlotsJson(const RpcFields& fields, const ProvenAccount& account, std::span<const Hash32> slots,
                             std::vector<ProvenSlot>& out)
{
    auto v = fields.value("storageProof");
    if (!v)
        return v.error();
    if (!(*v)->is_array())
        return fields.fieldError("storageProof", "is not an array");
    const json::array& array = (*v)->get_array();
    if (array.size() != slots.size())
        return makeError(ErrorCode::Unverified, fields.context() + ": " + std::to_string(array.size())
                                                    + " storage proofs for " + std::to_string(slots.size()) + " requested slots");
    for (std::size_t i = 0; i < slots.size(); ++i) {
        const std::string what = slotLabel(account.address, slots[i]);
        auto slotFields = RpcFields::of(array[i], what);
        if (!slotFields)
            return slotFields.error();
        auto keyText = slotFields->value("key");
        if (!keyText)
            return keyText.error();
        auto key = (*keyText)->is_string()
                       ? parseStorageKey(std::string_view((*keyText)->get_string().data(), (*keyText)->get_string().size()))
                       : Result<Hash32>(slotFields->fieldError("key", "is not a string"));
        if (!key)
            return slotFields->fieldError("key", key.error().message);
        if (*key != slots[i])
            return makeError(ErrorCode::Unverified, what + ": the server answered for slot " + toHex(*key));
        auto claimed = slotFields->quantity("value");
        if (!claimed)
            return claimed.error();
        auto nodes = proofNodes(*slotFields, "proof");
        if (!nodes)
            return nodes.error();
        auto proven = verifyStorageProof(account.state.storageRoot, slots[i], *nodes, account.address);
        if (!proven)
            return proven.error();
        if (*claimed != proven->value)
            return makeError(ErrorCode::Unverified, what + ": the server states value " + toHexQuantity(*claimed)
                                                        + " but the proof shows " + toHexQuantity(proven->value));
        out.push_back(*proven);
    }
    return {};
}

} // namespace

Hash32 storageSlotForMapping(const Hash32& key32, const UInt256& slot)
{
    Bytes preimage(key32.begin(), key32.end());
    const FixedBytes<32> slotWord = toBigEndian32(slot);
    preimage.insert(preimage.end(), slotWord.begin(), slotWord.end());
    return keccak256(preimage);
}

Hash32 storageSlotForMapping(const Address& key, const UInt256& slot)
{
    Hash32 padded{};
    std::copy(key.bytes.begin(), key.bytes.end(), padded.begin() + 12);
    return storageSlotForMapping(padded, slot);
}

Hash32 storageSlotForMapping(const UInt256& key, const UInt256& slot)
{
    return storageSlotForMapping(toBigEndian32(key), slot);
}

Result<Hash32> parseStorageKey(std::string_view text)
{
    if (!hasHexPrefix(text) || text.size() < 3 || text.size() > 66)
        return makeError(ErrorCode::InvalidArgument, "is not 0x and 1 to 64 hex digits");
    std::string digits(text.substr(2));
    if (digits.size() % 2 == 1)
        digits.insert(digits.begin(), '0');
    auto bytes = fromHex(digits);
    if (!bytes)
        return makeError(ErrorCode::InvalidArgument, "is not hex");
    Hash32 out{};
    std::copy(bytes->begin(), bytes->end(), out.end() - static_cast<std::ptrdiff_t>(bytes->size()));
    return out;
}

} // namespace plinth
