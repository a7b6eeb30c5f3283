#include "wallet/api/ActionPlanner.h"

#include "wallet/codec/Hex.h"
#include "wallet/network/ProvenSlots.h"
#include "wallet/onboarding/OnboardingCheck.h"
#include "wallet/onboarding/OnboardingFormat.h"
#include "wallet/onboarding/OnboardingReader.h"
#include "wallet/tx/Amount.h"

#include <type_traits>

namespace plinth {

ActionPlanner::ActionPlanner(ChainClient& chain, EndpointPool& pool, TransactionBuilder& builder, CallSimulator& simulator,
                             const NetworkProfile& profile, const ActionDecoder& decoder, PlanTexts texts)
    : m_chain(chain), m_pool(pool), m_builder(builder), m_simulator(simulator), m_profile(profile), m_decoder(decoder),
      m_texts(std::move(texts))
{
}

Result<Address> ActionPlanner::contract(const std::string& address, const char* what) const
{
    auto parsed = parseAddress(address);
    if (!parsed)
        return makeError(ErrorCode::InvalidArgument, "the network profile \"" + m_profile.name + "\" has no valid " + what + " address");
    return parsed;
}

Result<UInt256> ActionPlanner::tokenAllowance(const Address& owner, const Address& spender)
{
    auto token = contract(m_profile.contracts.token, "token");
    if (!token)
        return token.error();
    auto answer = m_chain.call(CallRequest{owner, *token, 0, encodeAllowance(owner, spender)});
    if (!answer)
        return answer.error();
    if (answer->size() != 32)
        return makeError(ErrorCode::Unverified, "the token contract's allowance answer is not one 32-byte word");
    return fromBigEndian(*answer);
}

Result<std::optional<PlanStep>> ActionPlanner::approvalIfShort(const Address& owner, const Address& spender, const UInt256& amount,
                                                               UInt256* allowed)
{
    auto allowance = tokenAllowance(owner, spender);
    if (!allowance)
        return allowance.error();
    if (allowed)
        *allowed = *allowance;
    if (*allowance >= amount)
        return std::optional<PlanStep>{};
    const Address token = *parseAddress(m_profile.contracts.token); // checked by tokenAllowance
    const std::string name = m_decoder.nameOf(spender);
    PlanStep step;
    step.description = "Approve " + (name.empty() ? std::string("the contract") : name) + " (" + toChecksumAddress(spender) +
                       ") to spend " + formatAmount(amount, m_profile.token.decimals, m_profile.token.symbol) + " of your tokens";
    step.call.to = token;
    step.call.data = encodeApprove(spender, amount);
    step.call.kind = "approve";
    step.approval = PlannedApproval{token, spender, amount};
    return std::optional<PlanStep>(std::move(step));
}

namespace {

PlanStep callStep(std::string description, const Address& to, Bytes data, std::string kind)
{
    PlanStep step;
    step.description = std::move(description);
    step.call.to = to;
    step.call.data = std::move(data);
    step.call.kind = std::move(kind);
    return step;
}

std::string problemsSentence(const OnboardingCheckResult& check)
{
    std::string out;
    for (const OnboardingProblem& p : check.problems)
        out += (out.empty() ? "" : "; ") + p.sentence;
    return out;
}

} // namespace

Result<std::vector<PlanStep>> ActionPlanner::steps(const Address& from, const NetworkAction& action)
{
    const std::string& text = action.description;
    return std::visit(
        [&](const auto& a) -> Result<std::vector<PlanStep>> {
            using A = std::decay_t<decltype(a)>;
            if constexpr (std::is_same_v<A, ClaimAction>) {
                auto rewards = contract(m_profile.contracts.rewards, "rewards contract");
                if (!rewards)
                    return rewards.error();
                if (a.to == Address{})
                    return makeError(ErrorCode::InvalidArgument, "rewards must not be claimed to the zero address: they would be lost");
                return std::vector{callStep(text, *rewards, encodeClaim(a.to), "claim")};
            } else if constexpr (std::is_same_v<A, StakeAction>) {
                auto staking = contract(m_profile.contracts.staking, "staking contract");
                if (!staking)
                    return staking.error();
                if (a.amount == 0)
                    return makeError(ErrorCode::InvalidArgument, "the amount to stake must be more than 0");
                std::vector<PlanStep> out;
                auto approval = approvalIfShort(from, *staking, a.amount);
                if (!approval)
                    return approval.error();
                if (*approval)
                    out.push_back(std::move(**approval));
                PlanStep step = callStep(text, *staking, a.delegated ? encodeDelegateStake(a.device, a.amount) : encodeStake(a.device, a.amount),
                                         a.delegated ? "delegate-stake" : "stake");
                step.afterPrevious = !out.empty();
                out.push_back(std::move(step));
                return out;
            } else if constexpr (std::is_same_v<A, UnstakeAction>) {
                auto staking = contract(m_profile.contracts.staking, "staking contract");
                if (!staking)
                    return staking.error();
                return std::vector{callStep(text, *staking, encodeUnstake(a.device, a.amount), "unstake")};
            } else if constexpr (std::is_same_v<A, WithdrawAction>) {
                auto staking = contract(m_profile.contracts.staking, "staking contract");
                if (!staking)
                    return staking.error();
                return std::vector{callStep(text, *staking, encodeWithdraw(a.unbondingId), "withdraw")};
            } else if constexpr (std::is_same_v<A, DelegateVotesAction>) {
                auto token = contract(m_profile.contracts.token, "token");
                if (!token)
                    return token.error();
                return std::vector{callStep(text, *token, encodeDelegateVotes(a.delegatee), "delegate-votes")};
            } else if constexpr (std::is_same_v<A, VoteAction>) {
                auto governor = contract(m_profile.contracts.governor, "governor");
                if (!governor)
                    return governor.error();
                Bytes data = a.reason.empty() ? encodeCastVote(a.proposalId, a.support)
                                              : encodeCastVoteWithReason(a.proposalId, a.support, a.reason);
                return std::vector{callStep(text, *governor, std::move(data), "vote")};
            } else if constexpr (std::is_same_v<A, ProposeAction> || std::is_same_v<A, QueueAction> ||
                                 std::is_same_v<A, ExecuteAction>) {
                auto governor = contract(m_profile.contracts.governor, "governor");
                if (!governor)
                    return governor.error();
                if (a.actions.targets.empty())
                    return makeError(ErrorCode::InvalidArgument, "a proposal needs at least one action");
                constexpr bool propose = std::is_same_v<A, ProposeAction>, queue = std::is_same_v<A, QueueAction>;
                auto data = propose ? encodePropose(a.actions, a.description)
                            : queue ? encodeQueue(a.actions, a.description)
                                    : encodeExecute(a.actions, a.description);
                if (!data)
                    return data.error();
                return std::vector{callStep(text, *governor, std::move(*data), propose ? "propose" : queue ? "queue" : "execute")};
            } else if constexpr (std::is_same_v<A, TransferAction>) {
                if (a.amount == 0)
                    return makeError(ErrorCode::InvalidArgument, "the amount to send must be more than 0");
                PlanStep step;
                step.description = text;
                step.transfer = TransferRequest{from, a.to, a.amount, a.token, FeeSpeed::Normal};
                if (a.token) { // the call it makes, for the journal's kind and a rebuild
                    auto token = contract(m_profile.contracts.token, "token");
                    if (!token)
                        return token.error();
                    step.call.to = *token;
                    step.call.data = erc20TransferData(a.to, a.amount);
                    step.call.kind = "token-transfer";
                } else {
                    step.call.to = a.to;
                    step.call.value = a.amount;
                    step.call.kind = "transfer";
                }
                return std::vector{std::move(step)};
            } else {
                static_assert(std::is_same_v<A, RegisterDeviceAction>);
                auto registry = contract(m_profile.contracts.devices, "device registry");
                if (!registry)
                    return registry.error();
                auto payload = parseOnboardingPayload(a.payload);
                if (!payload)
                    return makeError(ErrorCode::InvalidArgument, "the onboarding payload is not valid: " + payload.error().message);
                OnboardingReader reader(m_pool, m_profile);
                auto facts = reader.read(*payload, from);
                if (!facts)
                    return facts.error();
                if (payload->stake == 0) // the stake is not signed: a payload without one stakes the minimum
                    payload->stake = facts->minStake;
                const OnboardingCheckResult check = checkOnboarding(*payload, *facts, m_profile, from);
                if (!check.ok())
                    return makeError(ErrorCode::InvalidArgument, "not registered, nothing was sent: " + problemsSentence(check));
                std::vector<PlanStep> out;
                auto approval = approvalIfShort(from, *registry, check.needed);
                if (!approval)
                    return approval.error();
                if (*approval)
                    out.push_back(std::move(**approval));
                PlanStep step = callStep(text, *registry, encodeRegisterCall(*payload), "register");
                step.afterPrevious = !out.empty();
                out.push_back(std::move(step));
                return out;
            }
        },
        action.kind);
}

PreviewedCall ActionPlanner::build(const PlanStep& step)
{
    return previewed(step.description, step.transfer ? m_builder.transfer(*step.transfer) : m_builder.contractCall(step.call), &step.call);
}

PreviewedCall ActionPlanner::previewed(std::string description, Result<PreparedTransaction> prepared, const ContractCallRequest* asked)
{
    PreviewedCall p;
    if (!prepared) {
        p.buildError = prepared.error();
        if (asked) {
            p.preview = deferredPreview(std::move(description), *asked, {}, m_decoder);
            // The estimate may have failed because the call reverts: simulate it for the structured reason.
            if (prepared.error().code == ErrorCode::Remote)
                if (auto sim = m_simulator.simulate(CallRequest{asked->from, asked->to, asked->value, asked->data}); sim && !sim->success)
                    p.preview.simulation = std::move(*sim);
        } else {
            p.preview.description = std::move(description);
        }
        return p;
    }
    std::optional<Simulation> simulation;
    if (auto sim = m_simulator.simulate(*prepared); sim)
        simulation = std::move(*sim);
    else
        p.buildError = sim.error(); // no answer to the simulation: not sendable, and why
    p.preview = previewOf(std::move(description), *prepared, std::move(simulation), m_decoder);
    p.prepared = std::move(*prepared);
    return p;
}

PreviewedCall ActionPlanner::buildAfterApproval(const PlanStep& step, const PlannedApproval& approval, std::uint64_t nonceOffset)
{
    PreviewedCall p;
    p.preview = deferredPreview(step.description, step.call, m_texts.deferred, m_decoder);
    const Address& from = step.call.from;
    const std::vector<StorageOverride> assume{{approval.token, tokenAllowanceSlot(from, approval.spender), toBigEndian32(approval.amount)}};
    auto sim = m_simulator.simulateAssuming(CallRequest{from, step.call.to, step.call.value, step.call.data}, assume, m_texts.assuming);
    if (!sim) {
        // A node without state overrides refuses (Remote): the step is simulated only for real, after
        // the approval; any other failure is the node's to report.
        p.buildError = sim.error();
        return p;
    }
    if (!sim->success) {
        p.preview.simulation = std::move(*sim);
        return p;
    }
    auto prepared = m_builder.contractCallAssuming(step.call, assume, nonceOffset);
    if (!prepared) {
        p.buildError = prepared.error(); // too little for gas, or no estimate with overrides
        p.preview.simulation = std::move(*sim);
        return p;
    }
    p.preview = previewOf(step.description, *prepared, std::move(*sim), m_decoder);
    p.preview.deferred = m_texts.estimatedAssuming;
    p.prepared = std::move(*prepared);
    return p;
}

PreviewedPlan ActionPlanner::previewSteps(const Address& from, FeeSpeed speed, std::string description, std::vector<PlanStep> steps)
{
    PreviewedPlan plan;
    plan.from = from;
    plan.description = std::move(description);
    bool stopped = false;
    for (PlanStep& step : steps) {
        step.call.from = from;
        step.call.speed = speed;
        if (step.transfer) {
            step.transfer->from = from;
            step.transfer->speed = speed;
        }
        PreviewedStep out;
        out.approval = step.approval;
        out.afterPrevious = step.afterPrevious;
        out.request = step.call;
        out.transfer = step.transfer;
        const PreviewedStep* before = plan.steps.empty() ? nullptr : &plan.steps.back();
        if (stopped || (step.afterPrevious && before)) {
            if (!stopped && before->approval)
                out.call = buildAfterApproval(step, *before->approval, plan.steps.size());
            else
                out.call.preview = deferredPreview(step.description, step.call, m_texts.deferred, m_decoder);
        } else {
            out.call = build(step);
        }
        stopped = stopped || !out.call.sendable();
        plan.steps.push_back(std::move(out));
    }
    for (const PreviewedStep& s : plan.steps)
        if (s.call.prepared)
            plan.totalMaxCost += s.call.prepared->maxCost;
    if (plan.steps.size() > 1 && !stopped) {
        auto balance = m_chain.balance(from);
        const CurrencyInfo& c = m_profile.currency;
        if (!balance)
            plan.steps.back().call.buildError = balance.error();
        else if (*balance < plan.totalMaxCost)
            plan.steps.back().call.buildError =
                makeError(ErrorCode::InvalidArgument,
                          toChecksumAddress(from) + ": " + formatAmount(*balance, c.decimals, c.symbol) + " is too little for these " +
                              std::to_string(plan.steps.size()) + " transactions: together they need up to " +
                              formatAmount(plan.totalMaxCost, c.decimals, c.symbol) + " for value and gas");
    }
    return plan;
}

PlanStep planStepOf(const PreviewedStep& step)
{
    PlanStep s;
    s.description = step.call.preview.description;
    s.call = step.request;
    s.transfer = step.transfer;
    s.afterPrevious = step.afterPrevious;
    s.approval = step.approval;
    return s;
}

} // namespace plinth
