// fromHex on arbitrary text; what it accepts must print back as the same digits in lowercase.
#include "wallet/codec/Hex.h"

#include <cctype>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto bytes = plinth::fromHex(text);
    if (!bytes)
        return 0;
    std::string expected(text.substr(plinth::hasHexPrefix(text) ? 2 : 0));
    for (auto& c : expected)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (plinth::toHex(*bytes, false) != expected)
        std::abort();
    return 0;
}
