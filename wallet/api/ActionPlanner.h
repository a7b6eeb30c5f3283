#pragma once
// ActionPlanner: the plan of transactions behind a user's action (NetworkActions.h), and the preview of
// such a plan, shared by the facade's TransactionsService and the CLI's WriteFlow so that both build,
// approve and simulate the same way:
//
//   steps():         the action in calls: the contract from the profile, the calldata, and the ERC-20
//                    approval first when the allowance to the spender is short (stake, delegate-stake,
//                    device registration: stake + onboarding fee to the registry, after the payload's
//                    checks, OnboardingCheck.h);
//   build():         one step built (nonce, gas, fees, funds) and simulated (eth_call, unverified); a
//                    build that fails keeps its error, with the simulated revert when the gas estimate
//                    reverted;
//   buildAfterApproval(): the step after an approval, simulated and estimated as if the approval were
//                    confirmed (a state override of the allowance's storage slot); a node without
//                    overrides leaves it without fees or simulation (not sendable from this preview);
//   previewSteps():  every step of a plan, then the funds check of the whole plan (value + gas at the
//                    max fee of every step built).
//
// The sentences it writes itself (an approval step's, the "worked out once ..." notes) are English
// defaults in PlanTexts: a UI passes its translations.
//
// Ownership: references everything it is given, which must outlive it.
// Threading: blocking network calls: a worker thread (the TransactionsService's) or the CLI's main thread.
// Errors: steps(): InvalidArgument for an action that cannot be planned (a profile without the contract,
// an onboarding payload that fails to parse or its checks: every problem in one sentence, an empty
// proposal), and the chain's errors reading the allowance or the onboarding facts. build() never fails:
// its PreviewedCall carries the error.

#include "wallet/api/NetworkActions.h"
#include "wallet/network/ActionDecoder.h"
#include "wallet/network/NetworkProfile.h"
#include "wallet/rpc/EndpointPool.h"
#include "wallet/tx/CallSimulator.h"
#include "wallet/tx/ChainClient.h"
#include "wallet/tx/TransactionBuilder.h"

#include <optional>
#include <string>
#include <vector>

namespace plinth {

// One transaction of a plan, before it is built.
struct PlanStep {
    std::string description;
    ContractCallRequest call;                // from and speed are set by previewSteps()
    std::optional<TransferRequest> transfer; // a plain or token transfer instead of a contract call
    bool afterPrevious = false;              // built for real once the previous step is confirmed
    std::optional<PlannedApproval> approval; // an approval step
};

struct PlanTexts {
    std::string deferred = "worked out once the step before is confirmed";
    std::string assuming = "assuming the approval before it is confirmed";
    std::string estimatedAssuming = "estimated assuming the approval before it is confirmed; worked out again once it is";
};

class ActionPlanner {
public:
    ActionPlanner(ChainClient& chain, EndpointPool& pool, TransactionBuilder& builder, CallSimulator& simulator,
                  const NetworkProfile& profile, const ActionDecoder& decoder, PlanTexts texts = {});

    // The token allowance of `owner` to `spender` (eth_call, unverified).
    Result<UInt256> tokenAllowance(const Address& owner, const Address& spender);
    // The approve(spender, amount) step when the allowance of `owner` is below `amount`; nothing otherwise.
    // `allowed` (optional) gets the current allowance.
    Result<std::optional<PlanStep>> approvalIfShort(const Address& owner, const Address& spender, const UInt256& amount,
                                                    UInt256* allowed = nullptr);
    // The action in steps, for `from`.
    Result<std::vector<PlanStep>> steps(const Address& from, const NetworkAction& action);

    PreviewedCall build(const PlanStep& step);
    // The preview of a build's outcome: simulated when built; a failed build keeps its error, with the
    // simulated revert when the gas estimate of `asked` reverted.
    PreviewedCall previewed(std::string description, Result<PreparedTransaction> prepared, const ContractCallRequest* asked);
    PreviewedCall buildAfterApproval(const PlanStep& step, const PlannedApproval& approval, std::uint64_t nonceOffset);
    // Every step with `from` and `speed`; a step after one that cannot be sent is only described.
    // Returns the steps previewed and sets totalMaxCost; a balance too small for the whole plan becomes
    // the last step's buildError.
    PreviewedPlan previewSteps(const Address& from, FeeSpeed speed, std::string description, std::vector<PlanStep> steps);

private:
    Result<Address> contract(const std::string& address, const char* what) const;

    ChainClient& m_chain;
    EndpointPool& m_pool;
    TransactionBuilder& m_builder;
    CallSimulator& m_simulator;
    const NetworkProfile& m_profile;
    const ActionDecoder& m_decoder;
    PlanTexts m_texts;
};

// The request a built step came from (sendPlan rebuilds later steps with it).
PlanStep planStepOf(const PreviewedStep& step);

} // namespace plinth
