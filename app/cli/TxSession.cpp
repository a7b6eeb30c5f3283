#include "app/cli/TxSession.h"

#include "app/cli/PasswordInput.h"
#include "wallet/sync/ProfileEndpoints.h"

namespace plinth::cli {

TxSession::~TxSession() = default;

Result<std::unique_ptr<TxSession>> TxSession::open(CliContext& context)
{
    auto selected = context.network();
    if (!selected)
        return selected.error();
    std::unique_ptr<TxSession> s(new TxSession);
    s->m_profile = selected->profile;
    auto endpoints = endpointsFromProfile(s->m_profile);
    if (!endpoints)
        return endpoints.error();
    // A command line user waits for an answer: fail within seconds when the node is down rather than
    // retrying for the pool's default two minutes.
    for (auto& e : endpoints->http)
        e.timeout = std::chrono::seconds(15);
    PoolOptions options;
    options.maxAttempts = 3;
    options.deadline = std::chrono::seconds(30);
    s->m_thread = std::make_unique<NetworkThread>();
    auto pool = EndpointPool::create(*s->m_thread, std::move(endpoints->http), options);
    if (!pool)
        return pool.error();
    s->m_pool = std::move(*pool);
    s->m_chain = std::make_unique<ChainClient>(*s->m_pool);
    auto journal = TxJournal::open(toPath(context.dataDir()), s->m_profile.chainId);
    if (!journal)
        return journal.error();
    s->m_journal = std::move(*journal);
    s->m_builder = std::make_unique<TransactionBuilder>(*s->m_chain, s->m_profile, *s->m_journal);
    s->m_sender = std::make_unique<TransactionSender>(*s->m_chain, *s->m_journal);
    s->m_tracker = std::make_unique<TransactionTracker>(*s->m_chain, *s->m_journal);
    return s;
}

} // namespace plinth::cli
