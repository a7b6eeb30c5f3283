#pragma once
// BlockHeader: an Ethereum execution-layer block header with every field from Frontier to Prague, its
// consensus RLP encoding and its hash (keccak256 of that encoding). A light client trusts a header only
// through its hash: the hash is recomputed here from the fields, never taken from the server.
//
// The fields added by later forks are optional and form a prefix, in this order: baseFeePerGas (London),
// withdrawalsRoot (Shanghai), blobGasUsed, excessBlobGas, parentBeaconBlockRoot (Cancun), requestsHash
// (Prague). A later one present without an earlier one is an error, as the encoding could not say which
// field is which.
//
// Threading: value type and pure functions, safe on any thread.
// Errors: InvalidArgument naming the block and the field ("block 1234: field 'stateRoot' has 31 bytes,
// expected 32"); Unverified when the JSON's "hash" differs from the recomputed one.

#include "wallet/codec/UInt256.h"
#include "wallet/common/Bytes.h"
#include "wallet/common/Result.h"
#include "wallet/eth/Address.h"
#include "wallet/eth/Bloom.h"

#include <boost/json/value.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace plinth {

struct BlockHeader {
    Hash32 parentHash{};
    Hash32 ommersHash{}; // "sha3Uncles" in JSON-RPC
    Address miner;       // the coinbase (fee recipient)
    Hash32 stateRoot{};
    Hash32 transactionsRoot{};
    Hash32 receiptsRoot{};
    Bloom logsBloom;
    UInt256 difficulty = 0;
    std::uint64_t number = 0;
    std::uint64_t gasLimit = 0;
    std::uint64_t gasUsed = 0;
    std::uint64_t timestamp = 0;
    Bytes extraData;
    Hash32 mixHash{}; // prevRandao since the merge
    FixedBytes<8> nonce{};
    std::optional<UInt256> baseFeePerGas;
    std::optional<Hash32> withdrawalsRoot;
    std::optional<std::uint64_t> blobGasUsed;
    std::optional<std::uint64_t> excessBlobGas;
    std::optional<Hash32> parentBeaconBlockRoot;
    std::optional<Hash32> requestsHash;

    bool operator==(const BlockHeader&) const = default;
};

// The consensus encoding, rlp([parentHash, ..., nonce, baseFeePerGas?, ..., requestsHash?]).
Bytes encodeBlockHeader(const BlockHeader& header);
// keccak256(encodeBlockHeader(header)).
Hash32 blockHeaderHash(const BlockHeader& header);

// A block object of eth_getBlockByNumber / eth_getBlockByHash (transactions, if any, are ignored). When
// the object carries "hash", it must equal the recomputed hash. A pending block (null number or hash)
// is rejected: it cannot be verified.
Result<BlockHeader> parseBlockHeaderJson(const boost::json::value& block);
Result<BlockHeader> parseBlockHeaderJson(std::string_view jsonText);

// The raw RLP form (as debug_getRawHeader returns it). Strict: canonical RLP, exact field sizes,
// 15 to 21 fields, nothing after the list. encodeBlockHeader(decodeBlockHeaderRlp(x)) == x.
Result<BlockHeader> decodeBlockHeaderRlp(ByteView rlp);

// "block 1234" for messages.
std::string blockLabel(std::uint64_t number);

} // namespace plinth
