// Fuzz target: block headers from untrusted bytes, in both forms a server sends them: raw RLP
// (debug_getRawHeader) and the JSON block object. A header that decodes must re-encode to exactly the
// input (the decoder is strict, so the encoding is unique) and its hash must be computable.
#include "wallet/eth/BlockHeader.h"

#include <boost/json/parse.hpp>

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const plinth::ByteView bytes(data, size);
    if (auto header = plinth::decodeBlockHeaderRlp(bytes)) {
        const plinth::Bytes again = plinth::encodeBlockHeader(*header);
        if (again.size() != size || !std::equal(again.begin(), again.end(), data))
            std::abort(); // a header decoded from bytes it does not encode to: hashes would lie
    }
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (auto header = plinth::parseBlockHeaderJson(text))
        (void)plinth::blockHeaderHash(*header);
    return 0;
}
