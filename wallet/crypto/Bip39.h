#pragma once
// BIP-39 mnemonics with the English word list (resources/bip39-english.txt, compiled in).
//
// Threading: pure functions, safe on any thread (the word list is built once, thread-safely).
// Errors: InvalidArgument with a message for the person who typed the words: which word (by position) is
// not in the list, a wrong word count, or "bad checksum". Messages never contain the mnemonic or a word.
// Normalisation: mnemonic and passphrase are NFKD-normalised as BIP-39 requires. Mnemonics are also
// lower-cased and their whitespace collapsed to single spaces, so that a phrase typed with extra spaces
// or capitals gives the same entropy and the same seed as its canonical form (every other wallet
// canonicalises it the same way before deriving the seed).

#include "wallet/common/Bytes.h"
#include "wallet/common/Result.h"
#include "wallet/crypto/SecureBytes.h"

#include <string_view>

namespace plinth {

// 12, 15, 18, 21 or 24 words from OpenSSL's RAND_bytes (the OS CSPRNG).
Result<SecureString> generateMnemonic(int words);

// Checks every word and the checksum; returns the 16..32 bytes of entropy.
Result<SecureBytes> mnemonicToEntropy(std::string_view mnemonic);

// entropy: 16, 20, 24, 28 or 32 bytes.
Result<SecureString> entropyToMnemonic(ByteView entropy);

// PBKDF2-HMAC-SHA512, 2048 rounds, salt "mnemonic" + passphrase; 64 bytes. Does not validate the
// mnemonic (BIP-39 allows any phrase): call mnemonicToEntropy first to check it.
SecureBytes mnemonicToSeed(std::string_view mnemonic, std::string_view passphrase);

// The canonical form used by mnemonicToSeed: NFKD, lower-case, words separated by one space.
SecureString normalizeMnemonic(std::string_view mnemonic);

} // namespace plinth
