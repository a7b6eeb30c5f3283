// hashTypedData on arbitrary JSON text: must return a digest or an error, never crash or hang.
#include "wallet/eth/Eip712.h"

#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    auto h = plinth::hashTypedData(std::string_view(reinterpret_cast<const char*>(data), size));
    static_cast<void>(h);
    return 0;
}
