#pragma once
// GovernanceEvents: the governor's, the timelock's and the votes token's events (OpenZeppelin 5.4), decoded
// from verified logs into plain records. ProposalBook and VotingPower project them; nothing here judges.
//
// Threading: pure functions, safe on any thread.
// Errors: InvalidArgument when a log is not the event asked for or does not decode (a log of the right
// contract and topic that does not decode means a contract other than the reference one).

#include "wallet/codec/UInt256.h"
#include "wallet/common/Bytes.h"
#include "wallet/common/Result.h"
#include "wallet/eth/Address.h"
#include "wallet/store/StoreTypes.h"

#include <cstdint>
#include <string>
#include <vector>

namespace plinth {

struct ProposalCreatedEvent {
    UInt256 proposalId = 0;
    Address proposer;
    std::vector<Address> targets;
    std::vector<UInt256> values;
    std::vector<std::string> signatures; // empty strings: the calldatas carry their selectors
    std::vector<Bytes> calldatas;
    std::uint64_t voteStart = 0; // the snapshot (unix seconds)
    std::uint64_t voteEnd = 0;   // the deadline (unix seconds)
    std::string description;
};

// VoteCast and VoteCastWithParams (params empty for the former).
struct VoteCastEvent {
    Address voter;
    UInt256 proposalId = 0;
    std::uint8_t support = 0; // 0 against, 1 for, 2 abstain
    UInt256 weight = 0;
    std::string reason;
    Bytes params;
};

struct DelegateChangedEvent {
    Address delegator;
    Address fromDelegate;
    Address toDelegate;
};

struct DelegateVotesChangedEvent {
    Address delegate;
    UInt256 previousVotes = 0;
    UInt256 newVotes = 0;
};

struct TransferEvent {
    Address from;
    Address to;
    UInt256 value = 0;
};

// Topic 0 of each event.
struct GovernanceTopics {
    Hash32 proposalCreated, proposalQueued, proposalExecuted, proposalCanceled, voteCast, voteCastWithParams;
    Hash32 quorumNumeratorUpdated;
    Hash32 callScheduled, callExecuted, cancelled; // timelock
    Hash32 delegateChanged, delegateVotesChanged, transfer; // token
};
const GovernanceTopics& governanceTopics();

Result<ProposalCreatedEvent> decodeProposalCreated(const StoredLog& log);
Result<VoteCastEvent> decodeVoteCast(const StoredLog& log); // either vote event
// ProposalQueued's (id, etaSeconds); ProposalExecuted's and ProposalCanceled's id in .first.
Result<std::pair<UInt256, UInt256>> decodeProposalQueued(const StoredLog& log);
Result<UInt256> decodeProposalIdEvent(const StoredLog& log);
// QuorumNumeratorUpdated's new numerator.
Result<UInt256> decodeQuorumNumeratorUpdated(const StoredLog& log);
// The operation id (topic 1) of CallScheduled, CallExecuted and Cancelled.
Result<Hash32> timelockOperationId(const StoredLog& log);

Result<DelegateChangedEvent> decodeDelegateChanged(const StoredLog& log);
Result<DelegateVotesChangedEvent> decodeDelegateVotesChanged(const StoredLog& log);
Result<TransferEvent> decodeTransfer(const StoredLog& log);

} // namespace plinth
