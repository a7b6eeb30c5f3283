// rlpDecode on arbitrary bytes. Decoding is strict, so whatever it accepts must re-encode to exactly the
// input: any other outcome means two encodings decode to the same item.
#include "wallet/codec/Rlp.h"

#include <algorithm>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const plinth::ByteView input(data, size);
    auto item = plinth::rlpDecode(input);
    if (!item)
        return 0;
    const plinth::Bytes again = plinth::rlpEncode(*item);
    if (!std::equal(again.begin(), again.end(), input.begin(), input.end()))
        std::abort();
    if (!item->isList) {
        auto n = plinth::rlpToUInt256(*item); // exercise the integer rules too
        static_cast<void>(n);
    }
    return 0;
}
