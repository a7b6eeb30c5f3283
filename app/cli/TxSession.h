#pragma once
// What the transaction commands (send, tx status, tx speed-up, tx cancel, and the write commands through
// WriteFlow) work with: the selected
// network's profile, an RPC pool on its HTTP endpoints, the journal of this data dir for that chain, and
// the tx module's builder, sender and tracker over them.
//
// Ownership: the session owns everything it hands out; references stay valid while it lives. The RPC pool
// is destroyed before its network thread (member order).
// Threading: main thread only; every call blocks (see wallet/tx). The network thread is the session's own.
// Errors: open() fails with the reason (no network selected, a profile without an HTTP endpoint, a
// journal that cannot be opened); nothing is sent by opening.

#include "app/cli/CliContext.h"
#include "wallet/common/Result.h"
#include "wallet/network/NetworkProfile.h"
#include "wallet/rpc/EndpointPool.h"
#include "wallet/rpc/NetworkThread.h"
#include "wallet/tx/ChainClient.h"
#include "wallet/tx/TransactionBuilder.h"
#include "wallet/tx/TransactionSender.h"
#include "wallet/tx/TransactionTracker.h"
#include "wallet/tx/TxJournal.h"

#include <memory>

namespace plinth::cli {

class TxSession {
public:
    static Result<std::unique_ptr<TxSession>> open(CliContext& context);
    ~TxSession();
    TxSession(const TxSession&) = delete;
    TxSession& operator=(const TxSession&) = delete;

    const NetworkProfile& profile() const { return m_profile; }
    ChainClient& chain() { return *m_chain; }
    // For reads ChainClient does not offer (device register reads the latest block's timestamp).
    EndpointPool& pool() { return *m_pool; }
    TxJournal& journal() { return *m_journal; }
    TransactionBuilder& builder() { return *m_builder; }
    TransactionSender& sender() { return *m_sender; }
    TransactionTracker& tracker() { return *m_tracker; }

private:
    TxSession() = default;

    NetworkProfile m_profile;
    std::unique_ptr<NetworkThread> m_thread;
    std::unique_ptr<EndpointPool> m_pool;
    std::unique_ptr<ChainClient> m_chain;
    std::unique_ptr<TxJournal> m_journal;
    std::unique_ptr<TransactionBuilder> m_builder;
    std::unique_ptr<TransactionSender> m_sender;
    std::unique_ptr<TransactionTracker> m_tracker;
};

} // namespace plinth::cli
