#include "wallet/eth/Transaction.h"

#include "wallet/codec/Rlp.h"
#include "wallet/crypto/Keccak.h"

#include <algorithm>
#include <limits>

namespace plinth {
namespace {

Error bad(const std::string& what) { return makeError(ErrorCode::InvalidArgument, "transaction: " + what); }

void addAddressOrEmpty(RlpEncoder& e, const std::optional<Address>& a)
{
    if (a)
        e.addBytes(a->bytes);
    else
        e.addBytes({});
}

void addAccessList(RlpEncoder& e, const std::vector<AccessListEntry>& list)
{
    e.beginList();
    for (const auto& entry : list) {
        e.beginList();
        e.addBytes(entry.address.bytes);
        e.beginList();
        for (const auto& key : entry.storageKeys)
            e.addBytes(key);
        e.endList();
        e.endList();
    }
    e.endList();
}

// The fields shared by the signing payload and the signed encoding, without the list header.
void addBody(RlpEncoder& e, const TransactionRequest& tx)
{
    if (tx.type == 0) {
        e.addUInt(tx.nonce);
        e.addUInt(tx.gasPrice);
        e.addUInt(tx.gas);
        addAddressOrEmpty(e, tx.to);
        e.addUInt(tx.value);
        e.addBytes(tx.data);
        return;
    }
    e.addUInt(tx.chainId);
    e.addUInt(tx.nonce);
    if (tx.type == 1) {
        e.addUInt(tx.gasPrice);
    } else {
        e.addUInt(tx.maxPriorityFeePerGas);
        e.addUInt(tx.maxFeePerGas);
    }
    e.addUInt(tx.gas);
    addAddressOrEmpty(e, tx.to);
    e.addUInt(tx.value);
    e.addBytes(tx.data);
    addAccessList(e, tx.accessList);
}

Bytes withType(const TransactionRequest& tx, Bytes rlp)
{
    if (tx.type != 0)
        rlp.insert(rlp.begin(), tx.type);
    return rlp;
}

Bytes minimal(const FixedBytes<32>& b)
{
    const auto first = std::find_if(b.begin(), b.end(), [](auto x) { return x != 0; });
    return Bytes(first, b.end());
}

} // namespace

Bytes unsignedTransactionBytes(const TransactionRequest& tx)
{
    RlpEncoder e;
    e.beginList();
    addBody(e, tx);
    if (tx.type == 0 && tx.chainId != 0) { // EIP-155: chainId, 0, 0
        e.addUInt(tx.chainId);
        e.addUInt(std::uint64_t{0});
        e.addUInt(std::uint64_t{0});
    }
    e.endList();
    return withType(tx, e.finish());
}

Hash32 signingHash(const TransactionRequest& tx) { return keccak256(unsignedTransactionBytes(tx)); }

SignedTransaction encodeSignedTransaction(const TransactionRequest& tx, const RecoverableSignature& sig)
{
    RlpEncoder e;
    e.beginList();
    addBody(e, tx);
    if (tx.type == 0) {
        const UInt256 v = tx.chainId != 0 ? UInt256(tx.chainId) * 2 + 35 + sig.recoveryId : UInt256(27 + sig.recoveryId);
        e.addUInt(v);
    } else {
        e.addUInt(std::uint64_t{sig.recoveryId});
    }
    e.addBytes(minimal(sig.r));
    e.addBytes(minimal(sig.s));
    e.endList();
    SignedTransaction out;
    out.raw = withType(tx, e.finish());
    out.hash = keccak256(out.raw);
    return out;
}

Result<SignedTransaction> signTransaction(const TransactionRequest& tx, const SecureBytes& privateKey)
{
    if (tx.type > 2)
        return bad("type " + std::to_string(tx.type) + " is not supported (0, 1 or 2)");
    if (tx.chainId == 0)
        return bad("\"chainId\" is required for signing (replay protection)");
    if (tx.type == 0 && !tx.accessList.empty())
        return bad("\"accessList\" needs a transaction of type 1 or 2");
    if (tx.type == 2 && tx.maxPriorityFeePerGas > tx.maxFeePerGas)
        return bad("\"maxPriorityFeePerGas\" is above \"maxFeePerGas\"");
    if (tx.from) {
        auto signer = addressFromPrivateKey(privateKey);
        if (!signer)
            return signer.error();
        if (*signer != *tx.from)
            return bad("\"from\" is not the address of the signing key");
    }
    auto sig = signHash(signingHash(tx), privateKey);
    if (!sig)
        return sig.error();
    return encodeSignedTransaction(tx, *sig);
}

namespace {

Result<Bytes> field(const RlpItem& item, const char* name)
{
    if (item.isList)
        return bad("\"" + std::string(name) + "\" is a list, expected bytes");
    return item.bytes;
}

Result<std::optional<Address>> toField(const RlpItem& item)
{
    if (item.isList || (item.bytes.size() != 0 && item.bytes.size() != 20))
        return bad("\"to\" must be empty or 20 bytes");
    if (item.bytes.empty())
        return std::optional<Address>{};
    Address a;
    std::copy(item.bytes.begin(), item.bytes.end(), a.bytes.begin());
    return std::optional<Address>{a};
}

Result<std::vector<AccessListEntry>> accessListField(const RlpItem& item)
{
    if (!item.isList)
        return bad("\"accessList\" must be a list");
    std::vector<AccessListEntry> out;
    for (const auto& e : item.items) {
        if (!e.isList || e.items.size() != 2 || e.items[0].isList || e.items[0].bytes.size() != 20 || !e.items[1].isList)
            return bad("\"accessList\" entry must be [address, [storage keys]]");
        AccessListEntry entry;
        std::copy(e.items[0].bytes.begin(), e.items[0].bytes.end(), entry.address.bytes.begin());
        for (const auto& k : e.items[1].items) {
            if (k.isList || k.bytes.size() != 32)
                return bad("\"accessList\" storage key must be 32 bytes");
            Hash32 key{};
            std::copy(k.bytes.begin(), k.bytes.end(), key.begin());
            entry.storageKeys.push_back(key);
        }
        out.push_back(std::move(entry));
    }
    return out;
}

Result<FixedBytes<32>> scalar(const RlpItem& item, const char* name)
{
    auto v = rlpToUInt256(item);
    if (!v)
        return bad("signature \"" + std::string(name) + "\": " + v.error().message);
    return toBigEndian32(*v);
}

// Reads the fields common to all types; i is the index of nonce in items.
#define PLINTH_TRY(var, expr)                                                                                 \
    auto var = (expr);                                                                                        \
    if (!var)                                                                                                 \
        return var.error();

Result<DecodedTransaction> decodeFields(std::uint8_t type, const std::vector<RlpItem>& it)
{
    const std::size_t expected = type == 0 ? 9 : type == 1 ? 11 : 12;
    if (it.size() != expected)
        return bad("type " + std::to_string(type) + " has " + std::to_string(expected) + " fields, not "
                   + std::to_string(it.size()));
    DecodedTransaction d;
    TransactionRequest& tx = d.tx;
    tx.type = type;
    std::size_t i = 0;
    if (type != 0) {
        PLINTH_TRY(chainId, rlpToUInt64(it[i++]));
        tx.chainId = *chainId;
    }
    PLINTH_TRY(nonce, rlpToUInt64(it[i++]));
    tx.nonce = *nonce;
    if (type == 2) {
        PLINTH_TRY(tip, rlpToUInt256(it[i++]));
        PLINTH_TRY(maxFee, rlpToUInt256(it[i++]));
        tx.maxPriorityFeePerGas = *tip;
        tx.maxFeePerGas = *maxFee;
    } else {
        PLINTH_TRY(price, rlpToUInt256(it[i++]));
        tx.gasPrice = *price;
    }
    PLINTH_TRY(gas, rlpToUInt64(it[i++]));
    tx.gas = *gas;
    PLINTH_TRY(to, toField(it[i++]));
    tx.to = *to;
    PLINTH_TRY(value, rlpToUInt256(it[i++]));
    tx.value = *value;
    PLINTH_TRY(data, field(it[i++], "data"));
    tx.data = std::move(*data);
    if (type != 0) {
        PLINTH_TRY(list, accessListField(it[i++]));
        tx.accessList = std::move(*list);
    }
    PLINTH_TRY(v, rlpToUInt256(it[i++]));
    PLINTH_TRY(r, scalar(it[i++], "r"));
    PLINTH_TRY(s, scalar(it[i++], "s"));
    d.signature.r = *r;
    d.signature.s = *s;
    if (type != 0) {
        if (*v > 1)
            return bad("signature yParity must be 0 or 1");
        d.signature.recoveryId = static_cast<std::uint8_t>(*v);
    } else if (*v == 27 || *v == 28) {
        d.signature.recoveryId = static_cast<std::uint8_t>(*v - 27);
    } else if (*v >= 37) { // EIP-155: v = chainId * 2 + 35 + yParity, chainId >= 1
        const UInt256 chain = (*v - 35) / 2;
        if (chain > UInt256(std::numeric_limits<std::uint64_t>::max()))
            return bad("chain id in v does not fit in 64 bits");
        tx.chainId = static_cast<std::uint64_t>(chain);
        d.signature.recoveryId = static_cast<std::uint8_t>((*v - 35) % 2);
    } else {
        return bad("signature v must be 27, 28 or at least 37 (EIP-155)");
    }
    return d;
}

#undef PLINTH_TRY

} // namespace

Result<DecodedTransaction> decodeSignedTransaction(ByteView raw)
{
    if (raw.empty())
        return bad("no bytes");
    std::uint8_t type = 0;
    ByteView body = raw;
    if (raw[0] < 0xc0) {
        if (raw[0] != 1 && raw[0] != 2)
            return bad("type " + std::to_string(raw[0]) + " is not supported (0, 1 or 2)");
        type = raw[0];
        body = raw.subspan(1);
    }
    auto item = rlpDecode(body);
    if (!item)
        return bad(item.error().message);
    if (!item->isList)
        return bad("expected an RLP list");
    auto d = decodeFields(type, item->items);
    if (!d)
        return d.error();
    d->signingHash = signingHash(d->tx);
    auto pub = recoverPublicKey(d->signingHash, d->signature);
    if (!pub)
        return bad(pub.error().message);
    d->sender = addressFromPublicKey(*pub);
    d->tx.from = d->sender;
    d->hash = keccak256(raw);
    return d;
}

} // namespace plinth
