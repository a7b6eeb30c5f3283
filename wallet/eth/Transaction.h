#pragma once
// Ethereum transactions of type 0 (legacy, EIP-155 replay protection), 1 (EIP-2930 access lists) and
// 2 (EIP-1559 fees): parsing the JSON of eth_sendTransaction, encoding, the signing hash, signing, the
// raw bytes for eth_sendRawTransaction and their hash, and decoding raw signed bytes back to fields with
// the sender recovered from the signature.
//
// Threading: value types and pure functions, safe on any thread.
// Errors: InvalidArgument naming the field ("transaction \"gas\" is missing", "\"maxFeePerGas\" must be
// a hex quantity"), or the part of raw bytes that does not decode.

#include "wallet/codec/UInt256.h"
#include "wallet/common/Bytes.h"
#include "wallet/common/Result.h"
#include "wallet/crypto/Secp256k1.h"
#include "wallet/crypto/SecureBytes.h"
#include "wallet/eth/Address.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plinth {

struct AccessListEntry {
    Address address;
    std::vector<Hash32> storageKeys;
    bool operator==(const AccessListEntry&) const = default;
};

struct TransactionRequest {
    std::uint8_t type = 2;           // 0, 1 or 2
    std::uint64_t chainId = 0;       // never 0 when signing (replay protection)
    std::uint64_t nonce = 0;
    std::optional<Address> from;     // not part of the encoding; when set, signing checks the key matches
    std::optional<Address> to;       // empty for contract creation
    UInt256 value = 0;               // wei
    Bytes data;
    std::uint64_t gas = 0;           // gas limit
    UInt256 gasPrice = 0;            // types 0 and 1
    UInt256 maxFeePerGas = 0;        // type 2
    UInt256 maxPriorityFeePerGas = 0; // type 2
    std::vector<AccessListEntry> accessList; // types 1 and 2
    bool operator==(const TransactionRequest&) const = default;
};

// The JSON object of eth_sendTransaction plus chainId, nonce and type. Quantities are hex strings
// ("0x5208"); non-negative JSON integers are also accepted. Required: chainId, nonce, gas (or "gasLimit"),
// and the fee fields of the type (gasPrice; or maxFeePerGas and maxPriorityFeePerGas). Optional: type
// (inferred from the fee fields when absent), from, to (absent or null for contract creation), value,
// data or input (equal if both are given), accessList. Fields of unsupported types (blobs, authorizations)
// are rejected; other unknown fields are ignored.
Result<TransactionRequest> parseTransactionJson(std::string_view json);

// The JSON form parseTransactionJson reads (hex quantities, EIP-55 addresses).
std::string transactionToJson(const TransactionRequest& tx);

// The bytes whose keccak256 is signed: type byte || RLP of the unsigned fields (EIP-155 form for type 0).
Bytes unsignedTransactionBytes(const TransactionRequest& tx);
Hash32 signingHash(const TransactionRequest& tx);

struct SignedTransaction {
    Bytes raw;   // for eth_sendRawTransaction
    Hash32 hash; // keccak256(raw): the transaction hash
};

// Checks the request (chain id set, fee fields consistent, from matches the key), then signs.
Result<SignedTransaction> signTransaction(const TransactionRequest& tx, const SecureBytes& privateKey);

// Encodes tx with an existing signature.
SignedTransaction encodeSignedTransaction(const TransactionRequest& tx, const RecoverableSignature& sig);

struct DecodedTransaction {
    TransactionRequest tx; // from is set to the recovered sender
    RecoverableSignature signature;
    Address sender;
    Hash32 hash;
    Hash32 signingHash;
};

// Decodes raw signed bytes (strict RLP) of type 0, 1 or 2 and recovers the sender. Legacy transactions
// without EIP-155 (v = 27/28) decode with chainId 0.
Result<DecodedTransaction> decodeSignedTransaction(ByteView raw);

} // namespace plinth
