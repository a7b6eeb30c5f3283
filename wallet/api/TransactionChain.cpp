#include "wallet/api/TransactionChain.h"

#include "wallet/api/ActionPlanner.h"

#include "wallet/sync/ProfileEndpoints.h"

namespace plinth {

TransactionChain::~TransactionChain()
{
    // Users of the pool first, then the pool, then the thread it runs on (member order does the rest).
    m_tracker.reset();
    m_sender.reset();
    m_simulator.reset();
    m_builder.reset();
    m_chain.reset();
    m_pool.reset();
}

ActionPlanner TransactionChain::planner() { return ActionPlanner(*m_chain, *m_pool, *m_builder, *m_simulator, m_profile, *m_decoder); }

Result<std::unique_ptr<TransactionChain>> TransactionChain::open(NetworkProfile profile, const std::filesystem::path& dataDir)
{
    std::unique_ptr<TransactionChain> c(new TransactionChain);
    c->m_profile = std::move(profile);
    auto endpoints = endpointsFromProfile(c->m_profile);
    if (!endpoints)
        return endpoints.error();
    c->m_thread = std::make_unique<NetworkThread>();
    auto pool = EndpointPool::create(*c->m_thread, std::move(endpoints->http), PoolOptions{});
    if (!pool)
        return pool.error();
    c->m_pool = std::move(*pool);
    c->m_chain = std::make_unique<ChainClient>(*c->m_pool);
    auto journal = TxJournal::open(dataDir, c->m_profile.chainId);
    if (!journal)
        return journal.error();
    c->m_journal = std::move(*journal);
    c->m_decoder = std::make_unique<ActionDecoder>(c->m_profile.contracts);
    c->m_builder = std::make_unique<TransactionBuilder>(*c->m_chain, c->m_profile, *c->m_journal);
    c->m_simulator = std::make_unique<CallSimulator>(*c->m_chain, c->m_profile);
    c->m_sender = std::make_unique<TransactionSender>(*c->m_chain, *c->m_journal);
    c->m_tracker = std::make_unique<TransactionTracker>(*c->m_chain, *c->m_journal);
    return c;
}

} // namespace plinth
