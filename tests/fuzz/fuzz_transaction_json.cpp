// parseTransactionJson on arbitrary JSON text. An accepted request must survive transactionToJson and
// parse to the same fields, and encode without failing.
#include "wallet/eth/Transaction.h"

#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    auto tx = plinth::parseTransactionJson(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!tx)
        return 0;
    auto again = plinth::parseTransactionJson(plinth::transactionToJson(*tx));
    if (!again || !(*again == *tx))
        std::abort();
    const plinth::Hash32 h = plinth::signingHash(*tx);
    static_cast<void>(h);
    return 0;
}
