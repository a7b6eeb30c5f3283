#pragma once
// TamperingProxy: a hostile JSON-RPC endpoint for light-client tests. It forwards every call to an
// upstream node (anvil) through a FaultyRpcServer and, in its ResponseHook, lies in one chosen way at a
// time. Each lie is made the way a careful attacker would make it: self-consistent where that is cheap
// (a receipt's own logsBloom follows its altered logs, log indexes are renumbered, a header's hash is
// recomputed where the mode says so), so that only the light client's real checks can catch it.
//
// Modes (Lie::mode), each applied only to answers about Lie::block (nullopt: any block it can apply to):
//   ProofBalance            eth_getProof: the stated "balance" + 1 (the proof nodes untouched)
//   ProofStorageValue       eth_getProof: storageProof[slotIndex].value + 1
//   ProofNodeAdded          eth_getProof: a copy of the last accountProof node appended (an extra node)
//   ProofNodeRemoved        eth_getProof: the last accountProof node (the leaf) removed
//   StorageProofNodeAdded   the same two for storageProof[slotIndex].proof
//   StorageProofNodeRemoved
//   HeaderField             eth_getBlockByNumber / eth_getBlockByHash: Lie::headerField changed
//                           (stateRoot, receiptsRoot: last byte flipped; timestamp + 1; logsBloom: one
//                           bit flipped); "hash" left as sent, so the hash check catches it
//   HeaderFieldRehashed     the same with "hash" recomputed (BlockHeader.h): the block looks whole, only
//                           its child's parentHash (or a lookup by hash) can catch it
//   BloomCleared            logsBloom of a block with events zeroed, "hash" recomputed: hides its events
//   LogDropped              eth_getBlockReceipts, eth_getTransactionReceipt: the first log of the first
//                           receipt with logs removed; eth_getLogs: the first log of the block removed
//   LogInjected             the same answers: a fabricated log added after that log (a copy with other
//                           data, or a log of Lie::injectedAddress in a block without logs)
//   ReceiptAltered          Lie::receiptField of the first receipt with logs: status flipped,
//                           cumulativeGasUsed + 1, or its first log's data changed (also in eth_getLogs)
//   WrongBlock              eth_getBlockByNumber(block) answered with block answerWith (default block-1),
//                           fetched from the upstream; needs Lie::block
// An answer that is an error, or null, is never altered. Lie::times bounds how many answers are altered.
//
// Threading: every member may be called from any thread at any time; the hook runs on the server's
// connection threads and holds the proxy's mutex while it decides and alters (answers are serialised,
// which is fine for tests). Ownership: RAII; the destructor stops the server (and its threads).
// Errors: the constructor throws std::runtime_error for an upstream that is not http://IP:port.

#include "tests/support/FaultyRpcServer.h"

#include <boost/json/object.hpp>

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace plinth::test {

class TamperingProxy {
public:
    enum class Mode {
        None,
        ProofBalance,
        ProofStorageValue,
        ProofNodeAdded,
        ProofNodeRemoved,
        StorageProofNodeAdded,
        StorageProofNodeRemoved,
        HeaderField,
        HeaderFieldRehashed,
        BloomCleared,
        LogDropped,
        LogInjected,
        ReceiptAltered,
        WrongBlock,
    };
    enum class HeaderFieldKind { StateRoot, ReceiptsRoot, Timestamp, LogsBloom };
    enum class ReceiptFieldKind { Status, CumulativeGasUsed, LogData };

    struct Lie {
        Mode mode = Mode::None;
        std::optional<std::uint64_t> block;        // the block lied about; nullopt: any
        HeaderFieldKind headerField = HeaderFieldKind::StateRoot;
        ReceiptFieldKind receiptField = ReceiptFieldKind::Status;
        std::size_t slotIndex = 0;                 // storage-proof modes: which storageProof entry
        std::optional<std::uint64_t> answerWith;   // WrongBlock: the block sent instead (default block-1)
        std::string injectedAddress;               // LogInjected in a block without logs: the log's address
        int times = -1;                            // answers to alter; -1: unlimited

        static Lie make(Mode m, std::optional<std::uint64_t> atBlock = std::nullopt)
        {
            Lie l;
            l.mode = m;
            l.block = atBlock;
            return l;
        }
        static Lie header(Mode m, HeaderFieldKind field, std::optional<std::uint64_t> atBlock)
        {
            Lie l = make(m, atBlock);
            l.headerField = field;
            return l;
        }
        static Lie receipt(ReceiptFieldKind field, std::optional<std::uint64_t> atBlock = std::nullopt)
        {
            Lie l = make(Mode::ReceiptAltered, atBlock);
            l.receiptField = field;
            return l;
        }
        static Lie wrongBlock(std::uint64_t asked, std::optional<std::uint64_t> sent = std::nullopt)
        {
            Lie l = make(Mode::WrongBlock, asked);
            l.answerWith = sent;
            return l;
        }
    };

    explicit TamperingProxy(std::string upstreamUrl);
    ~TamperingProxy();
    TamperingProxy(const TamperingProxy&) = delete;
    TamperingProxy& operator=(const TamperingProxy&) = delete;

    std::string url() const { return m_server->url(); }
    std::uint16_t port() const { return m_server->port(); }
    // The server underneath, for transport faults next to (or instead of) lies.
    FaultyRpcServer& server() { return *m_server; }

    void setLie(Lie lie);
    void clearLie() { setLie({}); }
    Lie lie() const;

    // Answers altered since construction (or resetCounters()), in all and per JSON-RPC method.
    std::uint64_t altered() const { return m_altered.load(); }
    std::uint64_t alteredOf(const std::string& method) const;
    // The lowest block number an altered answer was about (nullopt before the first).
    std::optional<std::uint64_t> lowestAlteredBlock() const;
    void resetCounters();

    static const char* modeName(Mode mode);

private:
    // All under m_mutex. Each returns the block it altered, or nullopt when it left the answer alone.
    std::optional<std::uint64_t> alter(const boost::json::object& call, boost::json::value& result);
    std::optional<std::uint64_t> alterProof(const boost::json::object& call, boost::json::object& proof);
    std::optional<std::uint64_t> alterHeader(boost::json::object& block);
    std::optional<std::uint64_t> alterReceipts(boost::json::array& receipts);
    std::optional<std::uint64_t> alterLogs(boost::json::array& logs);
    std::optional<std::uint64_t> wrongBlock(const boost::json::object& call, boost::json::value& result);
    bool targets(std::uint64_t number) const { return !m_lie.block || *m_lie.block == number; }

    std::string m_upstream;
    mutable std::mutex m_mutex;
    std::unique_ptr<FaultyRpcServer> m_server; // reset first in the destructor: its threads run alter()
    Lie m_lie;
    std::atomic<std::uint64_t> m_altered{0};
    std::map<std::string, std::uint64_t> m_alteredOf;
    std::optional<std::uint64_t> m_lowest;
};

} // namespace plinth::test
