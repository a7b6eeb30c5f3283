#pragma once
// Unicode normalisation of passwords. The vault derives its key from the NFKD form of the password, so
// "ä" typed as one code point or as "a" plus a combining mark unlocks the same vault; keystore import
// tries NFKD as its second form (ethers writes keystores that way).
//
// Threading: pure function; safe on any thread.

#include "wallet/crypto/SecureBytes.h"

#include <string_view>

namespace plinth {

// The NFKD form of UTF-8 `text`. ASCII is returned unchanged without passing through Qt; otherwise the
// temporary UTF-16 copies are wiped before return (best effort: Qt's own internal buffers are not).
SecureString nfkdPassword(std::string_view text);

} // namespace plinth
