// Fuzz target: receipts JSON from untrusted bytes (eth_getBlockReceipts / eth_getTransactionReceipt),
// then the receipt verifier against a fixed header: parsing, encoding and verification must reject or
// accept without crashing, and an accepted receipt must encode.
#include "wallet/eth/BlockHeader.h"
#include "wallet/eth/Receipt.h"
#include "wallet/light/ReceiptVerifier.h"

#include <boost/json/parse.hpp>

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    boost::system::error_code ec;
    const boost::json::value value =
        boost::json::parse(std::string_view(reinterpret_cast<const char*>(data), size), ec);
    if (ec)
        return 0;
    if (auto receipt = plinth::parseReceiptJson(value))
        (void)plinth::encodeReceipt(receipt->receipt);
    static const plinth::BlockHeader header = [] {
        plinth::BlockHeader h;
        h.number = 4;
        h.baseFeePerGas = 7;
        return h;
    }();
    (void)plinth::verifyBlockReceiptsJson(header, value);
    return 0;
}
