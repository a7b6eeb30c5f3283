#include "wallet/light/ReceiptVerifier.h"

#include "wallet/codec/Hex.h"
#include "wallet/light/OrderedTrie.h"
#include "wallet/light/RpcFields.h"

namespace plinth {
namespace {

class BlockReceiptsCheck {
public:
    // bloomsChecked: each receipt's logsBloom is already known to match its logs (parseReceiptJson
    // checks it), so it is not computed again: it costs a Keccak per address and topic of every log.
    BlockReceiptsCheck(const BlockHeader& header, std::span<const RpcReceipt> receipts, std::span<const Hash32> txHashes,
                       bool bloomsChecked)
        : m_header(header), m_receipts(receipts), m_txHashes(txHashes), m_hash(blockHeaderHash(header)),
          m_label(blockLabel(header.number)), m_bloomsChecked(bloomsChecked)
    {
    }

    Result<std::vector<VerifiedLog>> run(const LogFilter* filter)
    {
        if (!m_txHashes.empty() && m_txHashes.size() != m_receipts.size())
            return fail(std::to_string(m_receipts.size()) + " receipts for " + std::to_string(m_txHashes.size())
                        + " transactions");
        Bloom blockBloom;
        std::vector<Bytes> encoded;
        encoded.reserve(m_receipts.size());
        std::uint64_t logIndex = 0;
        for (std::size_t i = 0; i < m_receipts.size(); ++i) {
            if (auto ok = checkClaims(i, logIndex); !ok)
                return ok.error();
            const Receipt& r = m_receipts[i].receipt;
            if (!m_bloomsChecked && Bloom::ofLogs(r.logs) != r.logsBloom)
                return fail("receipt " + std::to_string(i) + ": logsBloom does not match its logs");
            blockBloom |= r.logsBloom;
            encoded.push_back(encodeReceipt(r));
            logIndex += r.logs.size();
        }
        const Hash32 root = orderedTrieRoot(encoded);
        if (root != m_header.receiptsRoot)
            return fail("receiptsRoot mismatch (computed " + toHex(root) + " from " + std::to_string(m_receipts.size())
                        + " receipts, header " + toHex(m_header.receiptsRoot) + ")");
        if (blockBloom != m_header.logsBloom)
            return fail("the receipts' blooms do not combine to the header's logsBloom");

        std::vector<VerifiedLog> logs;
        logIndex = 0;
        for (std::size_t i = 0; i < m_receipts.size(); ++i) {
            for (const Log& log : m_receipts[i].receipt.logs) {
                const std::uint64_t index = logIndex++;
                if (filter && !filter->matches(log))
                    continue;
                VerifiedLog v;
                v.log = log;
                v.blockNumber = m_header.number;
                v.blockHash = m_hash;
                v.transactionIndex = i;
                v.logIndex = index;
                v.transactionHashProven = !m_txHashes.empty();
                v.transactionHash = v.transactionHashProven ? m_txHashes[i] : m_receipts[i].transactionHash;
                logs.push_back(std::move(v));
            }
        }
        return logs;
    }

private:
    Error fail(const std::string& what) const { return makeError(ErrorCode::Unverified, m_label + ": " + what); }

    // The fields the server states beside the proven data must agree with it: a server that sends another
    // block's receipts, or mislabels positions, is caught here with a precise message.
    Result<void> checkClaims(std::size_t i, std::uint64_t firstLogIndex) const
    {
        const RpcReceipt& r = m_receipts[i];
        const std::string receipt = "receipt " + std::to_string(i);
        if (r.transactionIndex != i)
            return fail(receipt + " has transactionIndex " + quantityText(r.transactionIndex)
                        + " (receipts are missing, extra or out of order)");
        if (r.blockNumber != m_header.number)
            return fail(receipt + " belongs to " + blockLabel(r.blockNumber));
        if (r.blockHash != m_hash)
            return fail(receipt + " names block hash " + toHex(r.blockHash) + ", the verified hash is " + toHex(m_hash));
        if (!m_txHashes.empty() && r.transactionHash != m_txHashes[i])
            return fail(receipt + " is for transaction " + toHex(r.transactionHash) + ", the block's transaction "
                        + std::to_string(i) + " is " + toHex(m_txHashes[i]));
        if (r.claimedLogPositions.size() != r.receipt.logs.size())
            return fail(receipt + ": log positions do not match its logs");
        for (std::size_t j = 0; j < r.claimedLogPositions.size(); ++j) {
            const ClaimedLogPosition& c = r.claimedLogPositions[j];
            const std::string log = receipt + ", log " + std::to_string(j);
            if (c.removed)
                return fail(log + " is marked removed");
            if ((c.blockNumber && *c.blockNumber != m_header.number) || (c.blockHash && *c.blockHash != m_hash))
                return fail(log + " names another block");
            if ((c.transactionIndex && *c.transactionIndex != i) || (c.transactionHash && *c.transactionHash != r.transactionHash))
                return fail(log + " names another transaction");
            if (c.logIndex && *c.logIndex != firstLogIndex + j)
                return fail(log + " has logIndex " + quantityText(*c.logIndex) + ", expected "
                            + quantityText(firstLogIndex + j));
        }
        return {};
    }

    const BlockHeader& m_header;
    std::span<const RpcReceipt> m_receipts;
    std::span<const Hash32> m_txHashes;
    Hash32 m_hash;
    std::string m_label;
    bool m_bloomsChecked;
};

} // namespace

bool receiptsNeeded(const BlockHeader& header, const LogFilter& filter) { return filter.mayMatch(header.logsBloom); }

Result<std::vector<VerifiedLog>> verifyBlockReceipts(const BlockHeader& header, std::span<const RpcReceipt> receipts,
                                                     std::span<const Hash32> provenTransactionHashes, const LogFilter* filter)
{
    return BlockReceiptsCheck(header, receipts, provenTransactionHashes, false).run(filter);
}

Result<std::vector<VerifiedLog>> verifyBlockReceiptsJson(const BlockHeader& header, const boost::json::value& receipts,
                                                         std::span<const Hash32> provenTransactionHashes,
                                                         const LogFilter* filter)
{
    auto parsed = parseBlockReceiptsJson(receipts, blockLabel(header.number));
    if (!parsed)
        return parsed.error();
    return BlockReceiptsCheck(header, *parsed, provenTransactionHashes, true).run(filter);
}

} // namespace plinth
