#pragma once
// Settling: turns verified headers into the rows the cache keeps. For each header whose logsBloom may
// match the watched contracts, the block's receipts are fetched and proven (ChainReader::sendBlockLogs
// and receiveBlockLogs); for the others the bloom itself proves the block holds no watched log. In two halves: startSettle asks
// for the receipts and returns at once, finishSettle waits for them and proves them, so that the engine
// verifies the next headers while the receipts travel. Internal to the sync module.
//
// decodeReferenceEvents then names each log as a reference-network event (wallet/network/ReferenceEvents.h);
// it is separate so that the engine can do it on the thread that writes the cache.
// Threading: the sync engine's thread. Errors: ChainReader's; nothing is written here.
// Ownership: a SettleInFlight keeps its headers' numbers and hashes, not the headers: the engine keeps
// them, and before finishing checks they are still the ones it verified (a reorg meanwhile drops it).

#include "wallet/light/LogFilter.h"
#include "wallet/store/StoreTypes.h"
#include "wallet/sync/ChainReader.h"

#include <vector>

namespace plinth {

struct SettledBlocks {
    std::vector<VerifiedBlock> blocks; // one per header, in order
    std::uint64_t logCount = 0;
    std::uint64_t receiptsChecked = 0; // blocks whose receipts were fetched and proven
};

struct SettleInFlight {
    std::vector<std::pair<std::uint64_t, Hash32>> blocks; // number and hash of each header, in order
    std::vector<std::size_t> neededAt;                    // the headers whose receipts are asked
    ChainReader::LogsInFlight receipts;
};

// receiptsPerBatch: eth_getBlockReceipts calls per batch (SyncOptions::receiptsPerBatch).
SettleInFlight startSettle(ChainReader& reader, const LogFilter& filter, const std::vector<const FetchedHeader*>& headers,
                           std::size_t receiptsPerBatch);
// `headers`: the same blocks as were started (the caller checks them against inFlight.blocks).
Result<SettledBlocks> finishSettle(ChainReader& reader, const LogFilter& filter, SettleInFlight& inFlight,
                                   const std::vector<const FetchedHeader*>& headers);
// Fills StoredLog::event and argsJson where a log decodes as a reference event.
void decodeReferenceEvents(std::vector<VerifiedBlock>& blocks);

} // namespace plinth
