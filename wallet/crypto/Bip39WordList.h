#pragma once
// The BIP-39 English word list, compiled in from resources/bip39-english.txt (see crypto/sources.cmake).
// Internal to the crypto module.

#include <array>
#include <string_view>

namespace plinth::bip39 {

constexpr std::size_t kWordCount = 2048;

// The words in list order (which is also sorted order). Built once; safe to call from any thread.
const std::array<std::string_view, kWordCount>& englishWords();

// The index of word in the list, or -1.
int indexOfWord(std::string_view word);

} // namespace plinth::bip39
