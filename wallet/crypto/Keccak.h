#pragma once
// Keccak-256: Ethereum's hash (the original Keccak padding, not NIST SHA3-256).
//
// Threading: pure function, safe on any thread. Errors: none.

#include "wallet/common/Bytes.h"

namespace plinth {

Hash32 keccak256(ByteView data);

} // namespace plinth
