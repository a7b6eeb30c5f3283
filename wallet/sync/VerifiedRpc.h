#pragma once
// VerifiedRpc: asks the endpoint pool a question until an answer passes the caller's check. Internal to
// the sync module.
//
// A check that fails with ErrorCode::NotFound means "this endpoint does not have it (yet)": the question
// goes to another endpoint and nobody is blamed (a lagging node, a block reorganised away). Any other
// failed check is a lie or a broken node: the endpoint is recorded as a fault (who, and what was wrong),
// quarantined in the pool (markBad) so no other question goes to it, and the question goes elsewhere.
// When nobody is left, the error is the last lie, naming its endpoint, not the pool's "no endpoint".
//
// Ownership: borrows the pool and the cancel flag; both outlive it.
// Threading: one thread (it blocks on the network: never the GUI or the network thread).
// Errors: Unverified "<endpoint>: <what was wrong>"; NotFound when no endpoint has the answer; Network or
// Remote with the pool's message when no endpoint could answer; Cancelled.

#include "wallet/common/Result.h"
#include "wallet/rpc/EndpointPool.h"
#include "wallet/sync/SyncEngine.h"

#include <boost/json/value.hpp>

#include <atomic>
#include <functional>
#include <future>
#include <optional>
#include <string>
#include <vector>

namespace plinth {

class VerifiedRpc {
public:
    // Checks one answer (the JSON-RPC "result"); on success it keeps what it needs itself.
    using Check = std::function<Result<void>(const boost::json::value& result, const std::string& endpoint)>;
    using IndexedCheck =
        std::function<Result<void>(std::size_t index, const boost::json::value& result, const std::string& endpoint)>;

    VerifiedRpc(EndpointPool& pool, unsigned attempts, const std::atomic<bool>& cancelled);

    Result<void> ask(const RpcRequest& request, const Check& check);
    // One batch round trip for all; each answer that fails its check is asked again alone (elsewhere).
    // The result has one entry per request, in order.
    std::vector<Result<void>> askAll(const std::vector<RpcRequest>& requests, const IndexedCheck& check);
    // The same with the batch sent earlier (send()): only the checking and the asking again happen here.
    std::vector<Result<void>> askAll(const std::vector<RpcRequest>& requests, const IndexedCheck& check,
                                     std::vector<RpcReply> answered);
    // Sends a batch now and returns at once; the answers are for askAll(requests, check, answers).
    std::future<std::vector<RpcReply>> send(std::vector<RpcRequest> requests);
    // The same question to one endpoint only (for comparing endpoints); no retries elsewhere.
    RpcReply askEndpoint(const std::string& endpoint, const RpcRequest& request);

    // Records a lie found later by the caller (e.g. headers that do not link) and quarantines the endpoint.
    Error blame(const std::string& endpoint, const std::string& problem);

    const std::vector<EndpointFault>& faults() const { return m_faults; }
    void clearFaults()
    {
        m_faults.clear();
        m_lastLie.reset();
    }
    EndpointPool& pool() { return m_pool; }

private:
    // `lastLie` / `notFound`: what the endpoints in `avoid` already answered; returned when nobody else can.
    Result<void> askAvoiding(const RpcRequest& request, const Check& check, std::vector<std::string> avoid,
                             std::optional<Error> lastLie, std::optional<Error> notFound = std::nullopt);

    EndpointPool& m_pool;
    unsigned m_attempts;
    const std::atomic<bool>& m_cancelled;
    std::vector<EndpointFault> m_faults;
    // The last lie since clearFaults(): when the pool has nobody left, the liars' quarantine is why.
    std::optional<Error> m_lastLie;
};

// "0x1a": a block number as JSON-RPC wants it.
std::string blockQuantity(std::uint64_t number);

} // namespace plinth
