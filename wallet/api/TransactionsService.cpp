#include "wallet/api/TransactionsService.h"

#include "wallet/api/ActionPlanner.h"
#include "wallet/api/ServiceWorker.h"
#include "wallet/api/TransactionChain.h"
#include "wallet/codec/Hex.h"
#include "wallet/codec/UInt256.h"

#include <future>

namespace plinth {

Result<std::unique_ptr<TransactionsService>> TransactionsService::create(WalletService& wallet, NetworkProfile profile,
                                                                         const std::filesystem::path& dataDir,
                                                                         TransactionsOptions options)
{
    auto chain = TransactionChain::open(std::move(profile), dataDir);
    if (!chain)
        return chain.error();
    return std::unique_ptr<TransactionsService>(new TransactionsService(wallet, std::move(*chain), options));
}

TransactionsService::TransactionsService(WalletService& wallet, std::unique_ptr<TransactionChain> chain, TransactionsOptions options)
    : m_wallet(wallet), m_chain(std::move(chain)), m_options(options), m_worker(std::make_unique<ServiceWorker>("transactions"))
{
}

TransactionsService::~TransactionsService() { m_worker.reset(); }

void TransactionsService::preview(std::string description, ContractCallRequest call, Callback<PreviewedCall> done)
{
    ServiceWorker* worker = m_worker.get();
    worker->post([this, worker, description = std::move(description), call = std::move(call), done = std::move(done)](bool cancelled) {
        if (cancelled)
            return done(worker->cancelledError());
        done(m_chain->planner().previewed(description, m_chain->builder().contractCall(call), &call));
    });
}

void TransactionsService::speedUp(Hash32 hash, FeeSpeed speed, Callback<PreviewedCall> done)
{
    replacement(hash, speed, true, std::move(done));
}

void TransactionsService::cancel(Hash32 hash, FeeSpeed speed, Callback<PreviewedCall> done)
{
    replacement(hash, speed, false, std::move(done));
}

void TransactionsService::replacement(Hash32 hash, FeeSpeed speed, bool faster, Callback<PreviewedCall> done)
{
    ServiceWorker* worker = m_worker.get();
    worker->post([this, worker, hash, speed, faster, done = std::move(done)](bool cancelled) {
        if (cancelled)
            return done(worker->cancelledError());
        auto prepared = faster ? m_chain->builder().speedUp(hash, speed) : m_chain->builder().cancel(hash, speed);
        const std::string what = (faster ? "Speed up " : "Cancel ") + toHex(hash);
        done(m_chain->planner().previewed(what, std::move(prepared), nullptr));
    });
}

void TransactionsService::send(PreviewedCall call, std::function<void(const TrackedTransaction&)> onStatus,
                               Callback<TrackedTransaction> done)
{
    ServiceWorker* worker = m_worker.get();
    worker->post([this, worker, call = std::move(call), onStatus = std::move(onStatus), done = std::move(done)](bool cancelled) {
        if (cancelled)
            return done(worker->cancelledError());
        if (!call.sendable()) {
            std::string why = call.buildError ? call.buildError->message
                              : call.preview.simulation && call.preview.simulation->revert
                                  ? "the simulation reverted: " + call.preview.simulation->revert->sentence
                                  : std::string("it was not simulated");
            return done(makeError(ErrorCode::InvalidArgument, "this transaction cannot be sent: " + why));
        }
        // The vault signs on the wallet service's worker; this worker waits for it (another service).
        const TransactionSigner signer = [this](const Address& from, const TransactionRequest& tx) {
            std::promise<Result<SignedTransaction>> signedTx;
            m_wallet.signTransaction(from, tx, [&](Result<SignedTransaction> r) { signedTx.set_value(std::move(r)); });
            return signedTx.get_future().get();
        };
        auto sent = m_chain->sender().send(*call.prepared, signer);
        if (!sent)
            return done(sent.error());
        TrackedTransaction tracked;
        tracked.sent = *sent;
        tracked.status.hash = sent->hash;
        tracked.status.nonce = sent->tx.nonce;
        if (onStatus)
            onStatus(tracked);
        track(std::move(tracked), std::chrono::steady_clock::now() + m_options.timeout, onStatus, done);
    });
}

void TransactionsService::track(TrackedTransaction tracked, std::chrono::steady_clock::time_point deadline,
                                std::function<void(const TrackedTransaction&)> onStatus, Callback<TrackedTransaction> done)
{
    // Worker thread: one poll now, the next one queued after the interval. A node that does not answer
    // one poll is asked again until the deadline (the transaction is out there either way).
    auto status = m_chain->tracker().status(tracked.sent.hash);
    const bool past = std::chrono::steady_clock::now() >= deadline;
    if (!status && past)
        return done(status.error());
    const bool changed = status && (status->state != tracked.status.state || status->confirmations != tracked.status.confirmations);
    if (status)
        tracked.status = *status;
    using State = TransactionStatus::State;
    if (tracked.status.state == State::Pending) {
        if (past) {
            tracked.timedOut = true;
            return done(std::move(tracked));
        }
        if (changed && onStatus)
            onStatus(tracked);
        ServiceWorker* worker = m_worker.get();
        worker->postAfter(m_options.pollInterval, [this, worker, tracked = std::move(tracked), deadline, onStatus,
                                                    done](bool cancelled) mutable {
            if (cancelled)
                return done(worker->cancelledError());
            track(std::move(tracked), deadline, std::move(onStatus), std::move(done));
        });
        return;
    }
    if (tracked.status.state == State::Included && tracked.status.receipt && !tracked.status.receipt->success) {
        // Re-run the call to find why, as the CLI's WriteFlow does: on the state it started from (the
        // parent block) first; when it succeeds there, a transaction earlier in the same block changed
        // that state, and the state after the block (which has it, not this one's effects) shows why.
        const TransactionRequest& tx = tracked.sent.tx;
        const CallRequest again{tx.from.value_or(Address{}), tx.to, tx.value, tx.data};
        const std::uint64_t block = tracked.status.receipt->blockNumber;
        for (const std::uint64_t at : {block - 1, block}) {
            auto sim = m_chain->simulator().simulate(again, toHexQuantity(UInt256(at)));
            if (!sim || sim->success || !sim->revert)
                continue;
            tracked.revert = sim->revert;
            // Journalled too: the Activity page and the failure's notification say why, not only that.
            (void)m_chain->journal().setStatus(tracked.sent.hash, JournalStatus::Reverted, block, sim->revert->sentence);
            break;
        }
    }
    if (onStatus)
        onStatus(tracked);
    done(std::move(tracked));
}

void TransactionsService::journal(std::optional<Address> account, Callback<std::vector<JournalEntry>> done)
{
    ServiceWorker* worker = m_worker.get();
    worker->post([this, worker, account, done = std::move(done)](bool cancelled) {
        if (cancelled)
            return done(worker->cancelledError());
        auto all = m_chain->journal().all();
        if (!all)
            return done(all.error());
        std::vector<JournalEntry> rows;
        for (JournalEntry& e : *all)
            if (!account || e.tx.from == *account)
                rows.push_back(std::move(e));
        done(std::move(rows));
    });
}

} // namespace plinth

namespace plinth {

void TransactionsService::simulateProposal(ProposalActions actions, Callback<ProposalSimulation> done)
{
    ServiceWorker* worker = m_worker.get();
    worker->post([this, worker, actions = std::move(actions), done = std::move(done)](bool cancelled) {
        if (cancelled)
            return done(worker->cancelledError());
        auto timelock = parseAddress(m_chain->profile().contracts.timelock);
        if (!timelock)
            return done(timelock.error());
        done(::plinth::simulateProposal(m_chain->chain(), m_chain->simulator(), m_chain->decoder(), *timelock, actions));
    });
}

} // namespace plinth
