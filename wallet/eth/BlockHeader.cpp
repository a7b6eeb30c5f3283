#include "wallet/eth/BlockHeader.h"

#include "wallet/codec/Hex.h"
#include "wallet/codec/Rlp.h"
#include "wallet/crypto/Keccak.h"
#include "wallet/light/RpcFields.h"

#include <boost/json/parse.hpp>

#include <array>

namespace plinth {

namespace json = boost::json;

namespace {

constexpr std::size_t kBaseFieldCount = 15;
// The fork fields in encoding order; each may appear only if all before it do.
constexpr std::array<const char*, 6> kForkFields = {"baseFeePerGas", "withdrawalsRoot", "blobGasUsed",
                                                     "excessBlobGas", "parentBeaconBlockRoot", "requestsHash"};

template <class T>
Result<void> assign(Result<T> parsed, T& target)
{
    if (!parsed)
        return parsed.error();
    target = std::move(*parsed);
    return {};
}

template <class T>
Result<void> assign(Result<T> parsed, std::optional<T>& target)
{
    if (!parsed)
        return parsed.error();
    target = std::move(*parsed);
    return {};
}

// Reads fork field i (index into kForkFields) from JSON.
Result<void> readForkField(const RpcFields& f, std::size_t i, BlockHeader& h)
{
    switch (i) {
    case 0: return assign(f.quantity(kForkFields[0]), h.baseFeePerGas);
    case 1: return assign(f.hash(kForkFields[1]), h.withdrawalsRoot);
    case 2: return assign(f.quantity64(kForkFields[2]), h.blobGasUsed);
    case 3: return assign(f.quantity64(kForkFields[3]), h.excessBlobGas);
    case 4: return assign(f.hash(kForkFields[4]), h.parentBeaconBlockRoot);
    default: return assign(f.hash(kForkFields[5]), h.requestsHash);
    }
}

Error rlpFieldError(std::size_t index, const std::string& what)
{
    return makeError(ErrorCode::InvalidArgument, "block header RLP: field " + std::to_string(index) + " " + what);
}

template <std::size_t N>
Result<FixedBytes<N>> rlpFixed(const RlpItem& item, std::size_t index)
{
    if (item.isList || item.bytes.size() != N)
        return rlpFieldError(index, "is not " + std::to_string(N) + " bytes");
    FixedBytes<N> out{};
    std::copy(item.bytes.begin(), item.bytes.end(), out.begin());
    return out;
}

Result<std::uint64_t> rlpU64(const RlpItem& item, std::size_t index)
{
    auto v = rlpToUInt64(item);
    if (!v)
        return rlpFieldError(index, "is not a canonical integer of at most 64 bits");
    return v;
}

Result<UInt256> rlpU256(const RlpItem& item, std::size_t index)
{
    auto v = rlpToUInt256(item);
    if (!v)
        return rlpFieldError(index, "is not a canonical integer of at most 256 bits");
    return v;
}

} // namespace

std::string blockLabel(std::uint64_t number) { return "block " + std::to_string(number); }

Bytes encodeBlockHeader(const BlockHeader& h)
{
    RlpEncoder e;
    // Eight 32-byte roots and hashes, the 256-byte bloom, the integers and extraData, with their prefixes.
    e.reserve(640 + h.extraData.size());
    e.beginList();
    e.addBytes(h.parentHash);
    e.addBytes(h.ommersHash);
    e.addBytes(h.miner.bytes);
    e.addBytes(h.stateRoot);
    e.addBytes(h.transactionsRoot);
    e.addBytes(h.receiptsRoot);
    e.addBytes(h.logsBloom.bytes());
    e.addUInt(h.difficulty);
    e.addUInt(h.number);
    e.addUInt(h.gasLimit);
    e.addUInt(h.gasUsed);
    e.addUInt(h.timestamp);
    e.addBytes(h.extraData);
    e.addBytes(h.mixHash);
    e.addBytes(h.nonce);
    // Fields stop at the first absent one: a header that breaks the prefix rule cannot be built by the
    // parsers, and encoding the prefix keeps this function total.
    if (h.baseFeePerGas) {
        e.addUInt(*h.baseFeePerGas);
        if (h.withdrawalsRoot) {
            e.addBytes(*h.withdrawalsRoot);
            if (h.blobGasUsed) {
                e.addUInt(*h.blobGasUsed);
                if (h.excessBlobGas) {
                    e.addUInt(*h.excessBlobGas);
                    if (h.parentBeaconBlockRoot) {
                        e.addBytes(*h.parentBeaconBlockRoot);
                        if (h.requestsHash)
                            e.addBytes(*h.requestsHash);
                    }
                }
            }
        }
    }
    e.endList();
    return e.finish();
}

Hash32 blockHeaderHash(const BlockHeader& header) { return keccak256(encodeBlockHeader(header)); }

Result<BlockHeader> parseBlockHeaderJson(const json::value& block)
{
    auto parsed = RpcFields::of(block, "block");
    if (!parsed)
        return parsed.error();
    BlockHeader h;
    {
        // The number first, so that every later message can name the block.
        if (!parsed->has("number"))
            return parsed->error("has no number (a pending block cannot be verified)");
        auto number = parsed->quantity64("number");
        if (!number)
            return number.error();
        h.number = *number;
    }
    const RpcFields f(parsed->object(), blockLabel(h.number));

    Result<void> ok;
    if (!(ok = assign(f.hash("parentHash"), h.parentHash))
        || !(ok = assign(f.hash("sha3Uncles"), h.ommersHash))
        || !(ok = assign(f.address("miner"), h.miner))
        || !(ok = assign(f.hash("stateRoot"), h.stateRoot))
        || !(ok = assign(f.hash("transactionsRoot"), h.transactionsRoot))
        || !(ok = assign(f.hash("receiptsRoot"), h.receiptsRoot))
        || !(ok = assign(f.quantity("difficulty"), h.difficulty))
        || !(ok = assign(f.quantity64("gasLimit"), h.gasLimit))
        || !(ok = assign(f.quantity64("gasUsed"), h.gasUsed))
        || !(ok = assign(f.quantity64("timestamp"), h.timestamp))
        || !(ok = assign(f.data("extraData"), h.extraData))
        || !(ok = assign(f.hash("mixHash"), h.mixHash))
        || !(ok = assign(f.fixed<8>("nonce"), h.nonce)))
        return ok.error();
    FixedBytes<Bloom::kSize> bloom{};
    if (!(ok = assign(f.fixed<Bloom::kSize>("logsBloom"), bloom)))
        return ok.error();
    h.logsBloom = Bloom(bloom);

    std::size_t present = 0;
    while (present < kForkFields.size() && f.has(kForkFields[present])) {
        if (!(ok = readForkField(f, present, h)))
            return ok.error();
        ++present;
    }
    for (std::size_t i = present + 1; i < kForkFields.size(); ++i)
        if (f.has(kForkFields[i]))
            return f.error("field '" + std::string(kForkFields[i]) + "' is present but '" + kForkFields[present]
                           + "' is not (fork fields must form a prefix)");

    if (!f.has("hash"))
        return f.error("has no hash (a pending block cannot be verified)");
    auto claimed = f.hash("hash");
    if (!claimed)
        return claimed.error();
    const Hash32 computed = blockHeaderHash(h);
    if (computed != *claimed)
        return makeError(ErrorCode::Unverified, f.context() + ": hash mismatch (computed " + toHex(computed)
                                                    + " from the fields, server says " + toHex(*claimed) + ")");
    return h;
}

Result<BlockHeader> parseBlockHeaderJson(std::string_view jsonText)
{
    boost::system::error_code ec;
    const json::value v = json::parse(jsonText, ec);
    if (ec)
        return makeError(ErrorCode::InvalidArgument, "block: not valid JSON (" + ec.message() + ")");
    return parseBlockHeaderJson(v);
}

Result<BlockHeader> decodeBlockHeaderRlp(ByteView rlp)
{
    auto decoded = rlpDecode(rlp);
    if (!decoded)
        return makeError(ErrorCode::InvalidArgument, "block header " + decoded.error().message);
    if (!decoded->isList)
        return makeError(ErrorCode::InvalidArgument, "block header RLP: not a list");
    const std::vector<RlpItem>& it = decoded->items;
    if (it.size() < kBaseFieldCount || it.size() > kBaseFieldCount + kForkFields.size())
        return makeError(ErrorCode::InvalidArgument, "block header RLP: " + std::to_string(it.size())
                                                         + " fields, expected 15 to 21");
    BlockHeader h;
    Result<void> ok;
    if (!(ok = assign(rlpFixed<32>(it[0], 0), h.parentHash)) || !(ok = assign(rlpFixed<32>(it[1], 1), h.ommersHash))
        || !(ok = assign(rlpFixed<20>(it[2], 2), h.miner.bytes)) || !(ok = assign(rlpFixed<32>(it[3], 3), h.stateRoot))
        || !(ok = assign(rlpFixed<32>(it[4], 4), h.transactionsRoot))
        || !(ok = assign(rlpFixed<32>(it[5], 5), h.receiptsRoot)) || !(ok = assign(rlpU256(it[7], 7), h.difficulty))
        || !(ok = assign(rlpU64(it[8], 8), h.number)) || !(ok = assign(rlpU64(it[9], 9), h.gasLimit))
        || !(ok = assign(rlpU64(it[10], 10), h.gasUsed)) || !(ok = assign(rlpU64(it[11], 11), h.timestamp))
        || !(ok = assign(rlpFixed<32>(it[13], 13), h.mixHash)) || !(ok = assign(rlpFixed<8>(it[14], 14), h.nonce)))
        return ok.error();
    FixedBytes<Bloom::kSize> bloom{};
    if (!(ok = assign(rlpFixed<Bloom::kSize>(it[6], 6), bloom)))
        return ok.error();
    h.logsBloom = Bloom(bloom);
    if (it[12].isList)
        return rlpFieldError(12, "(extraData) is a list");
    h.extraData = it[12].bytes;

    const std::size_t forks = it.size() - kBaseFieldCount;
    for (std::size_t i = 0; i < forks; ++i) {
        const RlpItem& item = it[kBaseFieldCount + i];
        const std::size_t index = kBaseFieldCount + i;
        switch (i) {
        case 0: ok = assign(rlpU256(item, index), h.baseFeePerGas); break;
        case 1: ok = assign(rlpFixed<32>(item, index), h.withdrawalsRoot); break;
        case 2: ok = assign(rlpU64(item, index), h.blobGasUsed); break;
        case 3: ok = assign(rlpU64(item, index), h.excessBlobGas); break;
        case 4: ok = assign(rlpFixed<32>(item, index), h.parentBeaconBlockRoot); break;
        default: ok = assign(rlpFixed<32>(item, index), h.requestsHash); break;
        }
        if (!ok)
            return ok.error();
    }
    return h;
}

} // namespace plinth
