#include "wallet/network/ProvenSlots.h"

#include "wallet/codec/Hex.h"
#include "wallet/light/MerkleProof.h"
#include "wallet/rpc/RpcSync.h"
#include "wallet/store/CacheStore.h"

#include <boost/json/array.hpp>

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

namespace plinth {

Hash32 rewardsAccruedSlot(const Address& owner) { return storageSlotForMapping(owner, UInt256(1)); }

Hash32 tokenAllowanceSlot(const Address& owner, const Address& spender)
{
    const Hash32 inner = storageSlotForMapping(owner, UInt256(1));
    return storageSlotForMapping(spender, *fromBigEndian(inner));
}

Result<ProvenStorageValue> proveStorageSlot(EndpointPool& pool, CacheStore& store, const Address& contract,
                                            const Hash32& slot)
{
    auto cursor = store.cursor();
    if (!cursor)
        return cursor.error();
    if (!*cursor)
        return makeError(ErrorCode::NotFound, "nothing is verified yet: sync first");
    auto header = store.header((*cursor)->number);
    if (!header)
        return header.error();
    if (!*header)
        return makeError(ErrorCode::Corrupt, "the cache has no header at its cursor, block " + std::to_string((*cursor)->number));
    const StoredHeader& at = **header;

    char block[24];
    std::snprintf(block, sizeof block, "0x%llx", static_cast<unsigned long long>(at.number));
    const std::vector<Hash32> slots{slot};
    CallOptions options;
    std::optional<Error> lastLie;
    // One try per endpoint: a liar is set aside and the next one asked.
    for (std::size_t attempt = 0; attempt <= pool.endpointNames().size(); ++attempt) {
        RpcReply reply = callBlocking(
            pool, "eth_getProof", boost::json::array{toChecksumAddress(contract), boost::json::array{toHex(slot)}, block}, options);
        if (!reply.ok()) {
            if (lastLie)
                return *lastLie;
            return makeError(reply.kind == RpcErrorKind::Remote ? ErrorCode::Remote : ErrorCode::Network,
                             reply.result.error().message);
        }
        auto proven = reply.result.value().is_null()
                          ? Result<ProvenAccount>(makeError(ErrorCode::Unverified, "no proof for block " + std::to_string(at.number)))
                          : verifyGetProofJson(at.stateRoot, contract, slots, reply.result.value());
        if (proven) {
            ProvenStorageValue out{proven->slots.at(0).value, at.number, at.hash};
            if (auto kept = store.putProvenValue(ProvenValue{"storage", contract.bytes, slot, toBigEndian32(out.value),
                                                             at.number, at.hash});
                !kept)
                return kept.error();
            return out;
        }
        lastLie = makeError(ErrorCode::Unverified, reply.endpoint + ": " + proven.error().message);
        pool.markBad(reply.endpoint, proven.error().message);
        options.avoid.push_back(reply.endpoint);
    }
    return *lastLie;
}

} // namespace plinth
