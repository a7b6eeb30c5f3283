#pragma once
// TransactionChain: what the TransactionsService works with, as the CLI's TxSession: an RPC pool on the
// profile's HTTP endpoints and its network thread, this data dir's journal for the chain, and the tx
// module's builder, simulator, sender and tracker over them.
//
// Ownership: owns everything it hands out (the pool is destroyed before its network thread: member
// order). Threading: blocking calls: the TransactionsService's worker only.
// Errors: open() fails for a profile without an HTTP endpoint or a journal that cannot be opened.

#include "wallet/common/Result.h"
#include "wallet/network/ActionDecoder.h"
#include "wallet/network/NetworkProfile.h"
#include "wallet/rpc/EndpointPool.h"
#include "wallet/rpc/NetworkThread.h"
#include "wallet/tx/CallSimulator.h"
#include "wallet/tx/ChainClient.h"
#include "wallet/tx/TransactionBuilder.h"
#include "wallet/tx/TransactionSender.h"
#include "wallet/tx/TransactionTracker.h"
#include "wallet/tx/TxJournal.h"

#include <filesystem>
#include <memory>

namespace plinth {

class ActionPlanner;

class TransactionChain {
public:
    static Result<std::unique_ptr<TransactionChain>> open(NetworkProfile profile, const std::filesystem::path& dataDir);
    ~TransactionChain();

    const NetworkProfile& profile() const { return m_profile; }
    const ActionDecoder& decoder() const { return *m_decoder; }
    ChainClient& chain() { return *m_chain; }
    EndpointPool& pool() { return *m_pool; } // for reads ChainClient does not offer (onboarding facts)
    TxJournal& journal() { return *m_journal; }
    TransactionBuilder& builder() { return *m_builder; }
    CallSimulator& simulator() { return *m_simulator; }
    TransactionSender& sender() { return *m_sender; }
    TransactionTracker& tracker() { return *m_tracker; }
    // A planner over this chain (a cheap value of references).
    ActionPlanner planner();

private:
    TransactionChain() = default;
    NetworkProfile m_profile;
    std::unique_ptr<ActionDecoder> m_decoder;
    std::unique_ptr<NetworkThread> m_thread;
    std::unique_ptr<EndpointPool> m_pool;
    std::unique_ptr<ChainClient> m_chain;
    std::unique_ptr<TxJournal> m_journal;
    std::unique_ptr<TransactionBuilder> m_builder;
    std::unique_ptr<CallSimulator> m_simulator;
    std::unique_ptr<TransactionSender> m_sender;
    std::unique_ptr<TransactionTracker> m_tracker;
};

} // namespace plinth
