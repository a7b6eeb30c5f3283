// abiDecode with a fuzzed type list and fuzzed data: input is "<types>\n<data>", e.g.
// "(uint256,string[],(bytes,int8)[2])\n...". Whatever decodes must encode again, and that encoding
// must decode to the same values; the JSON form must parse back.
#include "wallet/codec/Abi.h"

#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto nl = text.find('\n');
    if (nl == std::string_view::npos || nl > 512)
        return 0;
    auto tuple = plinth::parseAbiType(text.substr(0, nl));
    if (!tuple || tuple->kind != plinth::AbiType::Kind::Tuple)
        return 0;
    const plinth::ByteView body(data + nl + 1, size - nl - 1);
    auto values = plinth::abiDecode(tuple->components, body);
    if (!values)
        return 0;
    auto encoded = plinth::abiEncode(tuple->components, *values);
    if (!encoded)
        std::abort();
    auto again = plinth::abiDecode(tuple->components, *encoded);
    if (!again || !(*again == *values))
        std::abort();
    const std::string json = plinth::abiValuesToJson(tuple->components, *values);
    // The JSON form always parses back; it equals the values unless a string had invalid UTF-8 (shown
    // with U+FFFD), and in every case it is stable under another round trip.
    auto fromJson = plinth::abiValuesFromJson(tuple->components, json);
    if (!fromJson || plinth::abiValuesToJson(tuple->components, *fromJson) != json)
        std::abort();
    return 0;
}
