#pragma once
// NetworkActions: the writes a user can ask for, in the user's terms, for the facade's Transactions
// service to turn into a plan of transactions (TransactionsService::previewAction): a claim, a stake, a
// vote... The service picks the contract from the network profile, encodes the call, adds the ERC-20
// approval a transferFrom needs when the current allowance is short (stake, delegate-stake, device
// registration), previews and simulates every step (the step after an approval as if it were confirmed:
// a state override of the allowance slot), and sends them one after the other with sendPlan().
//
// `description` in each action is the caller's sentence for it, already translated ("Claim 12.5 PLNTH
// to 0x…"); the approval step's sentence is the UI's to write from PlannedApproval.
//
// Threading: plain values, safe to copy between threads.

#include "wallet/api/TransactionsService.h"
#include "wallet/network/CallEncoders.h"

#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace plinth {

struct ClaimAction { Address to; };                        // RewardDistributor.claim(to)
struct StakeAction { Address device; UInt256 amount; bool delegated = false; }; // stake / delegate (approval if short)
struct UnstakeAction { Address device; UInt256 amount; };
struct WithdrawAction { UInt256 unbondingId; };
struct DelegateVotesAction { Address delegatee; };         // the governance token's delegate()
struct VoteAction { UInt256 proposalId; VoteSupport support = VoteSupport::For; std::string reason; };
struct ProposeAction { ProposalActions actions; std::string description; };
struct QueueAction { ProposalActions actions; std::string description; };
struct ExecuteAction { ProposalActions actions; std::string description; };
struct TransferAction { Address to; UInt256 amount; bool token = false; }; // native currency, or the network's token
// A device's signed onboarding payload (JSON or QR text, OnboardingFormat); checked (OnboardingCheck)
// before anything is built: a refusal comes back as the plan's error, in one sentence.
struct RegisterDeviceAction { std::string payload; };

using NetworkActionKind = std::variant<ClaimAction, StakeAction, UnstakeAction, WithdrawAction, DelegateVotesAction,
                                       VoteAction, ProposeAction, QueueAction, ExecuteAction, TransferAction,
                                       RegisterDeviceAction>;

struct NetworkAction {
    std::string description; // translated by the caller
    NetworkActionKind kind;
};

// The ERC-20 approval a step needs first: the spender and the amount.
struct PlannedApproval {
    Address token;
    Address spender;
    UInt256 amount;
};

struct PreviewedStep {
    PreviewedCall call;
    std::optional<PlannedApproval> approval; // set on an approval step
    bool afterPrevious = false;              // built for real only once the previous step is confirmed
    ContractCallRequest request;             // what it was built from: sendPlan builds a later step again
    std::optional<TransferRequest> transfer; // a transfer step's request (request then names its call)
};

struct PreviewedPlan {
    Address from;
    std::string description;
    std::vector<PreviewedStep> steps;
    UInt256 totalMaxCost = 0; // every step's value + gas at max fee: what the balance must cover
    // Every step built and simulated without a revert.
    bool sendable() const;
};

// A step's progress while a plan is sent.
struct PlanProgress {
    std::size_t step = 0;
    TrackedTransaction tracked;
};

} // namespace plinth
