#pragma once
// ReferenceEvents: the events of the reference DePIN network's contracts (token, device registry,
// staking, rewards, governor, timelock; contracts/README.md), and the decoding of a verified log into one
// of them. The app knows its reference network's interface as a wallet knows ERC-20; addresses and chain
// still come from the profile.
//
// Two events may share a topic (ERC-20 and ERC-721 Transfer): the one whose indexed parameters match the
// log's topics is taken.
//
// Threading: pure functions over an immutable table, safe on any thread.
// Errors: decodeReferenceEvent returns nullopt for a log of no known event (not an error: contracts may
// emit more than we read), and InvalidArgument for a log whose topic is known but whose data does not
// decode (a broken contract, never a lie: logs reach here only after their receipts were proven).

#include "wallet/common/Bytes.h"
#include "wallet/common/Result.h"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace plinth {

struct ReferenceEvent {
    std::string name;      // "DeviceRewarded"
    std::string canonical; // "DeviceRewarded(uint256,address,address,uint256,uint32)": what topic0 hashes
    std::size_t parameters = 0;
    std::size_t indexed = 0; // how many parameters are topics (ERC-20 and ERC-721 Transfer differ only here)
    Hash32 topic0{};
};

// Every known event, in a stable order.
std::span<const ReferenceEvent> referenceEvents();

struct DecodedEvent {
    std::string name;      // e.g. "DeviceRewarded"
    std::string signature; // canonical, e.g. "DeviceRewarded(uint256,address,address,uint256,uint32)"
    std::string argsJson;  // {"epoch": "12", "device": "0x…", ...}: AbiValue's JSON form, keyed by parameter name
};

Result<std::optional<DecodedEvent>> decodeReferenceEvent(const std::vector<Hash32>& topics, ByteView data);

} // namespace plinth
