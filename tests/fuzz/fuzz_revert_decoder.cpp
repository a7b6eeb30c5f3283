// RevertDecoder::explain with fuzzed revert data (what a node returns for a failing call: untrusted).
// The first byte picks the called contract (none, or one of the six), the rest is the data. Every input
// must give a sentence; a decoded custom error's sentence names it at the end, with every placeholder
// of its template filled.
#include "wallet/network/RevertDecoder.h"

#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    static const plinth::NetworkContracts contracts{
        "0xA15BB66138824a1c7167f5E85b957d04Dd34E468", "0xe1Aa25618fA0c7A1CFDab5d6B456af611873b629",
        "0x8ce361602B935680E8DeC218b820ff5056BeB7af", "0xe1DA8919f262Ee86f9BE05059C9280142CF23f48",
        "0xb19b36b1456E65E3A6D514D3F715f204BD59f431", "0x700b6A60ce7EaaEA56F065753d8dcB9653dbAD35"};
    static const plinth::RevertDecoder decoder(contracts, plinth::CurrencyInfo{"PLNTH", 18});
    const std::string* addresses[] = {&contracts.token,   &contracts.devices,  &contracts.staking,
                                      &contracts.rewards, &contracts.governor, &contracts.timelock};
    std::optional<plinth::Address> called;
    if (const unsigned pick = data[0] % 7; pick > 0)
        called = plinth::parseAddress(*addresses[pick - 1]).value();
    const plinth::ExplainedRevert r = decoder.explain(plinth::ByteView(data + 1, size - 1), called);
    if (r.sentence.empty())
        std::abort();
    if (r.reason.kind == plinth::RevertReason::Kind::Custom) {
        const std::string tail = " (" + r.errorName + ")";
        if (r.sentence.size() < tail.size() || r.sentence.compare(r.sentence.size() - tail.size(), tail.size(), tail) != 0)
            std::abort();
        if (r.contract.empty())
            std::abort();
    }
    return 0;
}
