// decodeSignedTransaction on arbitrary bytes (what eth_getRawTransaction or a QR code could carry).
// Decoding is strict, so an accepted transaction must re-encode to exactly the input.
#include "wallet/eth/Transaction.h"

#include <algorithm>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const plinth::ByteView input(data, size);
    auto d = plinth::decodeSignedTransaction(input);
    if (!d)
        return 0;
    const auto again = plinth::encodeSignedTransaction(d->tx, d->signature);
    if (!std::equal(again.raw.begin(), again.raw.end(), input.begin(), input.end()))
        std::abort();
    return 0;
}
