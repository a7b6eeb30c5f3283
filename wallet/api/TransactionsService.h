#pragma once
// TransactionsService: the facade's Transactions service (ARCHITECTURE.md "wallet/api"): every write of
// the DePIN features goes preview -> send -> track, as the CLI's WriteFlow does, on the shared foundation
// of wallet/tx (TransactionBuilder::contractCall, CallSimulator, TransactionPreview, TransactionSender,
// TransactionTracker, TxJournal).
//
//   preview(): builds the call (nonce, gas, fees, funds check) and simulates it (eth_call, unverified);
//   send():    signs it through the WalletService (the vault's signer: no key ever leaves the wallet
//              service), journals it, broadcasts it, then tracks it until it is in a block, replaced or
//              dropped, or the timeout passes; each change of state goes to `onStatus`;
//   speedUp(), cancel(): the preview of a replacement of a journalled pending transaction, sent with send();
//   journal(): the account's journal rows for an Activity list;
//   simulateProposal(): what a proposal's actions would do if executed now (eth_call, unverified).
//
// Threading: every method may be called from any thread. Callbacks run on the service's worker thread
// (ServiceWorker): a UI hands them to its own thread. Tracking polls on that worker between other
// requests (postAfter), so a preview is never held up by a transaction being tracked. A callback must
// not wait for another request of this service.
// Ownership: create() returns the owner; the WalletService must outlive it. The destructor waits for
// the running request, calls every queued request's callback (and every tracking's done) with
// ErrorCode::Cancelled, and joins; a transaction already sent stays in the journal, to be tracked later.
// Errors: the builder's (InsufficientFunds, Remote for a call whose gas estimate reverts, ...); the
// signer's (Locked when the vault is locked, NotFound for an account it does not hold); the sender's
// (Remote when the node refused it); InvalidArgument when send() is given a preview that cannot be sent
// (its build failed or its simulation reverted: the message says why); the tracker's last error when
// the node could not be asked about a sent transaction until the timeout (it stays in the journal). A
// transaction still pending at the timeout is no error: its TrackedTransaction says timedOut.

#include "wallet/api/WalletService.h"
#include "wallet/common/Result.h"
#include "wallet/network/NetworkProfile.h"
#include "wallet/tx/ProposalSimulation.h"
#include "wallet/tx/TransactionBuilder.h"
#include "wallet/tx/TransactionPreview.h"
#include "wallet/tx/TransactionTracker.h"
#include "wallet/tx/TxJournal.h"

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace plinth {

class ServiceWorker;
class TransactionChain;
struct NetworkAction;
struct PreviewedPlan;
struct PlanProgress;

struct PreviewedCall {
    TransactionPreview preview;
    std::optional<PreparedTransaction> prepared; // nullopt when it could not be built
    std::optional<Error> buildError;             // why it could not be built
    // Built and simulated without a revert, and nothing else against it (a plan's funds check).
    bool sendable() const { return prepared && !buildError && preview.simulation && preview.simulation->success; }
};

struct TrackedTransaction {
    JournalEntry sent;                     // the journal row written when it was sent
    TransactionStatus status;              // the latest known
    bool timedOut = false;                 // still pending when the timeout passed
    std::optional<ExplainedRevert> revert; // included but reverted: why (the call re-run at block N-1)
};

struct TransactionsOptions {
    std::chrono::milliseconds pollInterval{250};
    std::chrono::milliseconds timeout{std::chrono::minutes(2)};
};

class TransactionsService {
public:
    template <class T>
    using Callback = std::function<void(Result<T>)>;

    static Result<std::unique_ptr<TransactionsService>> create(WalletService& wallet, NetworkProfile profile,
                                                               const std::filesystem::path& dataDir,
                                                               TransactionsOptions options = {});
    ~TransactionsService();
    TransactionsService(const TransactionsService&) = delete;
    TransactionsService& operator=(const TransactionsService&) = delete;

    // `description` says what it does in the user's words (the caller translates it).
    void preview(std::string description, ContractCallRequest call, Callback<PreviewedCall> done);
    void speedUp(Hash32 hash, FeeSpeed speed, Callback<PreviewedCall> done);
    void cancel(Hash32 hash, FeeSpeed speed, Callback<PreviewedCall> done);
    // `onStatus` hears the sent row (Pending) and every later change; `done` the settled result.
    void send(PreviewedCall call, std::function<void(const TrackedTransaction&)> onStatus, Callback<TrackedTransaction> done);
    // A user's action (wallet/api/NetworkActions.h) as a previewed plan: its steps built and simulated.
    // Errors: the action's own refusal (an onboarding payload that fails its checks, a proposal without
    // its actions), or the builder's for the first step; a later step's failure is in its PreviewedCall.
    void previewAction(Address from, NetworkAction action, FeeSpeed speed, Callback<PreviewedPlan> done);
    // Sends a plan's steps in order, each after the previous one is confirmed; `onStatus` hears each
    // step's changes; `done` gets every sent step's settled result (it stops at the first failure).
    void sendPlan(PreviewedPlan plan, std::function<void(const PlanProgress&)> onStatus,
                  Callback<std::vector<TrackedTransaction>> done);
    // A proposal's actions run by eth_call from the profile's timelock on the node's latest state, each
    // alone and then in sequence (wallet/tx/ProposalSimulation.h): unverified, for the UI to say so.
    // Errors: InvalidArgument for a profile whose timelock address does not parse; the chain's otherwise.
    void simulateProposal(ProposalActions actions, Callback<ProposalSimulation> done);
    // Newest first; every account's when `account` is nullopt.
    void journal(std::optional<Address> account, Callback<std::vector<JournalEntry>> done);

private:
    TransactionsService(WalletService& wallet, std::unique_ptr<TransactionChain> chain, TransactionsOptions options);
    void replacement(Hash32 hash, FeeSpeed speed, bool speedUp, Callback<PreviewedCall> done);
    struct PlanRun;
    void sendPlanStep(std::shared_ptr<PlanRun> run, std::size_t index);
    void track(TrackedTransaction tracked, std::chrono::steady_clock::time_point deadline,
               std::function<void(const TrackedTransaction&)> onStatus, Callback<TrackedTransaction> done);

    WalletService& m_wallet;
    std::unique_ptr<TransactionChain> m_chain; // worker thread only
    TransactionsOptions m_options;
    std::unique_ptr<ServiceWorker> m_worker; // last: destroyed (joined) first
};

} // namespace plinth
