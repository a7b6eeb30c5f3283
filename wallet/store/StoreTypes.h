#pragma once
// The verified facts the cache keeps (ARCHITECTURE.md "Data flow"): only what the light client has
// proven enters here, each row with the block number and hash it was proven at.

#include "wallet/common/Bytes.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace plinth {

// A header the light client verified (hash recomputed, linked to the checkpoint).
struct StoredHeader {
    std::uint64_t number = 0;
    Hash32 hash{};
    Hash32 parentHash{};
    std::uint64_t timestamp = 0;
    Hash32 stateRoot{};
    Hash32 receiptsRoot{};
    bool operator==(const StoredHeader&) const = default;
};

// A log taken from a receipt proven against its header's receiptsRoot.
struct StoredLog {
    std::uint64_t blockNumber = 0;
    std::uint32_t logIndex = 0; // position in the block
    Hash32 blockHash{};
    std::uint32_t txIndex = 0;
    Hash32 txHash{};
    FixedBytes<20> address{};
    std::vector<Hash32> topics; // at most 4
    Bytes data;
    // The log decoded as an event of the reference network (wallet/network/ReferenceEvents.h): its name
    // and its arguments as a JSON object by parameter name. Both empty for a log of no known event.
    std::string event;
    std::string argsJson;
    bool operator==(const StoredLog&) const = default;
};

// A verified block as the sync engine hands it over: its header and the watched logs it contains
// (none when the header's bloom proved there are none).
struct VerifiedBlock {
    StoredHeader header;
    std::vector<StoredLog> logs;
};

// A value proven with eth_getProof. `kind` says what it is ("balance", "nonce", "storage");
// `slot` is the storage slot for "storage", empty otherwise.
struct ProvenValue {
    std::string kind;
    FixedBytes<20> address{};
    std::optional<Hash32> slot;
    Hash32 value{}; // big-endian, left-padded
    std::uint64_t blockNumber = 0;
    Hash32 blockHash{};
    bool operator==(const ProvenValue&) const = default;
};

// How far sync has verified: every block up to and including `number` is in the cache.
struct SyncCursor {
    std::uint64_t number = 0;
    Hash32 hash{};
    bool operator==(const SyncCursor&) const = default;
};

// What the last sync saw: the head the endpoints reported and the last error (empty when the last sync
// succeeded), with the endpoint it came from when one was to blame. Times are unix seconds.
struct SyncStatusRecord {
    std::uint64_t head = 0;
    std::int64_t updatedAt = 0;
    std::string lastError;
    std::string lastErrorEndpoint;
    std::int64_t lastErrorAt = 0;
    bool operator==(const SyncStatusRecord&) const = default;
};

// Which logs a query wants; an empty field matches everything.
struct LogQuery {
    std::vector<FixedBytes<20>> addresses;
    std::optional<Hash32> topic0;
    std::optional<Hash32> topic1;
    std::optional<Hash32> topic2;
    std::string event; // a decoded event's name, e.g. "DeviceRewarded"
    std::uint64_t fromBlock = 0;
    std::uint64_t toBlock = UINT64_MAX;
};

} // namespace plinth
