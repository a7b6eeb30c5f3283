#pragma once
// EIP-712 typed structured data, in the JSON form of eth_signTypedData_v4:
//   {"types": {"EIP712Domain": [...], "Mail": [{"name": "from", "type": "Person"}, ...]},
//    "primaryType": "Mail", "domain": {...}, "message": {...}}
// Nested structs, arrays (dynamic and fixed, of structs and of atomic types, nested), bytes, string,
// bytesN, intN/uintN, bool and address are supported. If "types" has no EIP712Domain entry it is
// inferred from the domain's fields (name, version, chainId, verifyingContract, salt, in that order),
// as ethers does.
//
// The data is checked against its types before anything is hashed, so that what a person is shown is
// exactly what is signed: an unknown type, a missing field, a field the type does not declare, a value of
// the wrong kind, a number out of range or bytes of the wrong length are errors naming the field
// ("Onboard.meta.uri: missing field").
//
// Threading: pure functions, safe on any thread.
// Errors: InvalidArgument with the message above; invalid key for signing.

#include "wallet/common/Bytes.h"
#include "wallet/common/Result.h"
#include "wallet/crypto/Secp256k1.h"
#include "wallet/crypto/SecureBytes.h"

#include <string>
#include <string_view>

namespace plinth {

struct TypedDataHashes {
    Hash32 domainSeparator{};
    Hash32 messageHash{}; // hashStruct(primaryType, message); zero when primaryType is EIP712Domain
    Hash32 digest{};      // keccak256(0x19 0x01 || domainSeparator || messageHash): what is signed
};

Result<TypedDataHashes> hashTypedData(std::string_view eth_signTypedData_v4_json);

// The digest only.
Result<Hash32> typedDataHash(std::string_view eth_signTypedData_v4_json);

Result<RecoverableSignature> signTypedData(std::string_view eth_signTypedData_v4_json, const SecureBytes& privateKey);

} // namespace plinth
