#pragma once
// The Solidity contract ABI encoding of a list of values (a tuple): head/tail layout, 32-byte words.
//
// Decoding treats the data as untrusted: every offset and length is bounds-checked, integers must fit
// their type (no dirty high bits), bools must be 0 or 1, addresses must have 12 zero bytes in front,
// bytesN must be zero-padded, and the total number of decoded values is bounded by the data size so
// that offsets pointing at the same region cannot blow up memory.
//
// Threading: pure functions, safe on any thread.
// Errors: InvalidArgument naming the element path and the problem ("data too short", "offset out of range").

#include "wallet/codec/AbiType.h"
#include "wallet/codec/AbiValue.h"
#include "wallet/common/Bytes.h"
#include "wallet/common/Result.h"

#include <vector>

namespace plinth {

Result<Bytes> abiEncode(const std::vector<AbiType>& types, const std::vector<AbiValue>& values);
Result<std::vector<AbiValue>> abiDecode(const std::vector<AbiType>& types, ByteView data);

} // namespace plinth
