#include "wallet/sync/SyncSettler.h"

#include "wallet/network/ReferenceEvents.h"

namespace plinth {
namespace {

StoredLog storedLog(const VerifiedLog& v)
{
    StoredLog out;
    out.blockNumber = v.blockNumber;
    out.logIndex = static_cast<std::uint32_t>(v.logIndex);
    out.blockHash = v.blockHash;
    out.txIndex = static_cast<std::uint32_t>(v.transactionIndex);
    out.txHash = v.transactionHash;
    out.address = v.log.address.bytes;
    out.topics = v.log.topics;
    out.data = v.log.data;
    return out;
}

} // namespace

SettleInFlight startSettle(ChainReader& reader, const LogFilter& filter, const std::vector<const FetchedHeader*>& headers,
                           std::size_t receiptsPerBatch)
{
    SettleInFlight out;
    out.blocks.reserve(headers.size());
    std::vector<const FetchedHeader*> needed;
    for (std::size_t i = 0; i < headers.size(); ++i) {
        out.blocks.emplace_back(headers[i]->header.number, headers[i]->hash);
        if (receiptsNeeded(headers[i]->header, filter)) {
            needed.push_back(headers[i]);
            out.neededAt.push_back(i);
        }
    }
    out.receipts = reader.sendBlockLogs(needed, receiptsPerBatch);
    return out;
}

Result<SettledBlocks> finishSettle(ChainReader& reader, const LogFilter& filter, SettleInFlight& inFlight,
                                   const std::vector<const FetchedHeader*>& headers)
{
    std::vector<const FetchedHeader*> needed;
    needed.reserve(inFlight.neededAt.size());
    for (const std::size_t i : inFlight.neededAt)
        needed.push_back(headers[i]);
    auto logs = reader.receiveBlockLogs(inFlight.receipts, needed, filter);
    if (!logs)
        return logs.error();

    SettledBlocks out;
    out.receiptsChecked = needed.size();
    out.blocks.resize(headers.size());
    for (std::size_t i = 0; i < headers.size(); ++i) {
        const FetchedHeader& f = *headers[i];
        StoredHeader& h = out.blocks[i].header;
        h.number = f.header.number;
        h.hash = f.hash;
        h.parentHash = f.header.parentHash;
        h.timestamp = f.header.timestamp;
        h.stateRoot = f.header.stateRoot;
        h.receiptsRoot = f.header.receiptsRoot;
    }
    for (std::size_t k = 0; k < needed.size(); ++k) {
        auto& blockLogs = out.blocks[inFlight.neededAt[k]].logs;
        for (const VerifiedLog& v : (*logs)[k])
            blockLogs.push_back(storedLog(v));
        out.logCount += blockLogs.size();
    }
    return out;
}

void decodeReferenceEvents(std::vector<VerifiedBlock>& blocks)
{
    for (VerifiedBlock& block : blocks)
        for (StoredLog& log : block.logs) {
            // A proven log that is not the event its topic names stays undecoded (kept, never dropped).
            auto decoded = decodeReferenceEvent(log.topics, log.data);
            if (decoded && *decoded) {
                log.event = (*decoded)->name;
                log.argsJson = std::move((*decoded)->argsJson);
            }
        }
}

} // namespace plinth
