#pragma once
// settleBlocks: turns verified headers into the rows the cache keeps. For each header whose logsBloom
// may match the watched contracts, the block's receipts are fetched and proven (ChainReader::blockLogs);
// for the others the bloom itself proves the block holds no watched log. Internal to the sync module.
//
// decodeReferenceEvents then names each log as a reference-network event (wallet/network/ReferenceEvents.h);
// it is separate so that the engine can do it on the thread that writes the cache.
// Threading: the sync engine's thread. Errors: ChainReader's; nothing is written here.

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

// receiptsPerBatch: eth_getBlockReceipts calls per batch (SyncOptions::receiptsPerBatch).
Result<SettledBlocks> settleBlocks(ChainReader& reader, const LogFilter& filter,
                                   const std::vector<const FetchedHeader*>& headers, std::size_t receiptsPerBatch);
// Fills StoredLog::event and argsJson where a log decodes as a reference event.
void decodeReferenceEvents(std::vector<VerifiedBlock>& blocks);

} // namespace plinth
