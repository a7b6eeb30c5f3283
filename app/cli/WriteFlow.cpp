#include "app/cli/WriteFlow.h"

#include "app/cli/PasswordInput.h"
#include "app/cli/PreviewOutput.h"
#include "app/cli/TxReport.h"
#include "wallet/codec/Hex.h"
#include "wallet/network/ActionDecoder.h"
#include "wallet/network/CallEncoders.h"
#include "wallet/network/ProvenSlots.h"
#include "wallet/tx/Amount.h"
#include "wallet/vault/VaultSigner.h"

#include <QJsonArray>

#include <algorithm>

#include <cstdio>
#include <iostream>
#include <string>

#include <unistd.h>

namespace plinth::cli {
namespace {

const QString kYes = QStringLiteral("yes");

QString q(const std::string& text) { return QString::fromStdString(text); }
QString hex(const Hash32& h) { return q(toHex(h)); }

// A line from stdin: "y" or "yes" (any case, surrounding spaces ignored) and nothing else agrees.
bool confirmed(CliContext& context, std::size_t transactions)
{
    context.out().flush();
    QTextStream& err = context.err();
    err << (transactions > 1 ? QCoreApplication::translate("cli", "Send these %n transactions? [y/N] ", nullptr, int(transactions))
                             : QCoreApplication::translate("cli", "Send this transaction? [y/N] "));
    err.flush();
    std::string line;
    const bool answered = static_cast<bool>(std::getline(std::cin, line));
    if (!isatty(STDIN_FILENO)) // the answer was not echoed: end the prompt's line
        err << '\n';
    err.flush();
    if (!answered)
        return false;
    const QString answer = q(line).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

PlanTexts planTexts()
{
    PlanTexts t;
    t.deferred = QCoreApplication::translate("cli", "worked out once the step before is confirmed").toStdString();
    t.assuming = QCoreApplication::translate("cli", "assuming the approval before it is confirmed").toStdString();
    t.estimatedAssuming =
        QCoreApplication::translate("cli", "estimated assuming the approval before it is confirmed; worked out again once it is").toStdString();
    return t;
}

PlanStep planStep(const WriteStep& step)
{
    PlanStep s;
    s.description = step.description.toStdString();
    s.call = step.call;
    s.afterPrevious = step.afterPrevious;
    return s;
}

} // namespace

void WriteFlow::addOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("from"), QCoreApplication::translate("cli", "The sending account (default: the vault's first account)."), QCoreApplication::translate("cli", "address")});
    addFeeOption(parser);
    parser.addOption({kYes, QCoreApplication::translate("cli", "Send without asking for confirmation (for scripts).")});
    addTimeoutOption(parser);
    addPasswordOption(parser);
}

WriteFlow::WriteFlow(CliContext& context, std::unique_ptr<TxSession> session, Address from, FeeSpeed speed,
                     std::chrono::milliseconds timeout)
    : m_context(context), m_session(std::move(session)), m_from(from), m_speed(speed), m_timeout(timeout),
      m_simulator(m_session->chain(), m_session->profile()), m_decoder(m_session->profile().contracts),
      m_planner(m_session->chain(), m_session->pool(), m_session->builder(), m_simulator, m_session->profile(), m_decoder, planTexts())
{
}

std::optional<int> WriteFlow::open(CliContext& context, std::unique_ptr<WriteFlow>& flow)
{
    Address from;
    if (context.isSet(QStringLiteral("from"))) {
        auto parsed = fromOption(context);
        if (!parsed)
            return context.fail(parsed.error(), kExitUsage);
        from = *parsed;
    } else {
        auto first = firstAccount(context);
        if (!first)
            return context.fail(first.error());
        if (!*first)
            return context.fail(QCoreApplication::translate("cli", "the vault has no account: add one, or pass --from ADDRESS"), kExitUsage);
        from = **first;
    }
    // The vault must be able to sign for it: say so now, not after the preview and the confirmation.
    auto vault = openVault(context);
    if (!vault)
        return context.fail(vault.error());
    auto accounts = (*vault)->accounts();
    if (!accounts)
        return context.fail(accounts.error());
    if (std::none_of(accounts->begin(), accounts->end(), [&](const VaultAccount& a) { return a.address == from; }))
        return context.fail(QCoreApplication::translate("cli", "%1 is not an account of this vault: add or import it first (see `plinth-cli accounts`)")
                                .arg(q(toChecksumAddress(from))));
    vault->reset();
    auto speed = feeOption(context);
    if (!speed)
        return context.fail(speed.error(), kExitUsage);
    auto timeout = timeoutOption(context);
    if (!timeout)
        return context.fail(timeout.error(), kExitUsage);
    auto session = TxSession::open(context);
    if (!session)
        return context.fail(session.error());
    flow.reset(new WriteFlow(context, std::move(*session), from, *speed, *timeout));
    return std::nullopt;
}

Result<UInt256> WriteFlow::tokenAllowance(const Address& spender) { return m_planner.tokenAllowance(m_from, spender); }

Result<std::optional<WriteStep>> WriteFlow::needsAllowance(const Address& spender, const UInt256& amount)
{
    UInt256 allowed = 0;
    auto approval = m_planner.approvalIfShort(m_from, spender, amount, &allowed);
    if (!approval)
        return approval.error();
    if (!*approval)
        return std::optional<WriteStep>{};
    const NetworkProfile& p = m_session->profile();
    const std::string spenderName = m_decoder.nameOf(spender);
    WriteStep step;
    //: %1 the contract allowed to spend (e.g. "staking"), %2 its address, %3 the amount with its symbol, %4 the current allowance
    step.description = QCoreApplication::translate("cli", "Approve %1 (%2) to spend %3 of your tokens (allowed now: %4)")
                           .arg(q(spenderName.empty() ? std::string("the contract") : spenderName), q(toChecksumAddress(spender)),
                                q(formatAmount(amount, p.token.decimals, p.token.symbol)),
                                q(formatAmount(allowed, p.token.decimals, p.token.symbol)));
    step.call = (*approval)->call;
    step.approval = std::pair{spender, amount};
    return std::optional<WriteStep>(std::move(step));
}

WriteFlow::Built WriteFlow::build(const WriteStep& step) { return m_planner.build(planStep(step)); }

WriteFlow::Built WriteFlow::buildAfterApproval(const WriteStep& step, const std::pair<Address, UInt256>& approval,
                                               std::uint64_t nonceOffset)
{
    auto token = parseAddress(m_session->profile().contracts.token);
    if (!token) {
        Built b;
        b.preview = deferredPreview(step.description.toStdString(), step.call, planTexts().deferred, m_decoder);
        return b;
    }
    Built b = m_planner.buildAfterApproval(planStep(step), PlannedApproval{*token, approval.first, approval.second}, nonceOffset);
    // A node without state overrides (Remote: no simulation, or no estimate with them) leaves the step to be
    // worked out after the approval; the CLI sends the approval then.
    if (b.buildError && b.buildError->code == ErrorCode::Remote && !b.prepared)
        b.buildError.reset();
    return b;
}

Result<void> WriteFlow::checkPlanFunds(const std::vector<Built>& built)
{
    UInt256 total = 0;
    for (const Built& b : built)
        if (b.prepared)
            total += b.prepared->maxCost;
    auto balance = m_session->chain().balance(m_from);
    if (!balance)
        return balance.error();
    if (*balance >= total)
        return {};
    const CurrencyInfo& c = m_session->profile().currency;
    return makeError(ErrorCode::InvalidArgument,
                     //: %1 the sender, %2 its balance, %n the number of transactions, %3 what they may cost together
                     QCoreApplication::translate("cli", "%1: %2 is too little for these %n transactions: together they need up to %3 for value and gas",
                                                 nullptr, int(built.size()))
                         .arg(q(toChecksumAddress(m_from)), q(formatAmount(*balance, c.decimals, c.symbol)),
                              q(formatAmount(total, c.decimals, c.symbol)))
                         .toStdString());
}

int WriteFlow::run(WritePlan plan)
{
    if (plan.steps.empty())
        return m_context.fail(QCoreApplication::translate("cli", "nothing to send"));
    const NetworkProfile& profile = m_session->profile();
    std::vector<Built> built;
    std::optional<std::size_t> stop; // the step that cannot be sent
    for (WriteStep& step : plan.steps) {
        step.call.from = m_from;
        step.call.speed = m_speed;
        if (stop || (step.afterPrevious && !built.empty())) {
            const WriteStep& before = plan.steps[built.size() - 1];
            Built b;
            if (!stop && before.approval) {
                b = buildAfterApproval(step, *before.approval, built.size());
                if (b.buildError || (b.preview.simulation && !b.preview.simulation->success))
                    stop = built.size();
            } else {
                b.preview = deferredPreview(step.description.toStdString(), step.call,
                                            QCoreApplication::translate("cli", "worked out once the step before is confirmed").toStdString(),
                                            m_decoder);
            }
            built.push_back(std::move(b));
            continue;
        }
        Built b = build(step);
        if (b.buildError || (b.preview.simulation && !b.preview.simulation->success))
            stop = built.size();
        built.push_back(std::move(b));
    }

    // The preview of the whole plan.
    if (m_context.json()) {
        QJsonArray steps;
        for (const Built& b : built)
            steps.append(previewJson(b.preview, profile));
        m_context.printJson(QJsonObject{{QStringLiteral("preview"), QJsonObject{{QStringLiteral("title"), plan.title},
                                                                                {QStringLiteral("facts"), plan.facts},
                                                                                {QStringLiteral("steps"), steps}}}});
    } else {
        QTextStream& out = m_context.out();
        // A single step whose description is the title needs no heading of its own.
        if (built.size() > 1 || plan.title.toStdString() != built.front().preview.description)
            out << plan.title << '\n';
        for (std::size_t i = 0; i < built.size(); ++i)
            out << previewText(built[i].preview, profile, int(i + 1), int(built.size()));
        for (const QString& note : plan.notes)
            out << note << '\n';
        out.flush();
    }
    if (stop) {
        const Built& b = built[*stop];
        if (b.preview.simulation && !b.preview.simulation->success)
            return m_context.fail(QCoreApplication::translate("cli", "the transaction would fail, so nothing was signed or sent: %1").arg(q(b.preview.simulation->revert->sentence)));
        return m_context.fail(QCoreApplication::translate("cli", "%1; nothing was signed or sent").arg(q(b.buildError->message)));
    }
    if (built.size() > 1)
        if (auto funds = checkPlanFunds(built); !funds)
            return m_context.fail(QCoreApplication::translate("cli", "%1; nothing was signed or sent").arg(q(funds.error().message)));
    if (!m_context.isSet(kYes) && !confirmed(m_context, built.size()))
        return m_context.fail(QCoreApplication::translate("cli", "not confirmed: nothing was signed or sent"));
    return sendAll(plan, built);
}

int WriteFlow::sendAll(WritePlan& plan, std::vector<Built>& built)
{
    auto vault = unlockVault(m_context);
    if (!vault)
        return m_context.fail(vault.error());
    bool approvalSent = false;
    for (std::size_t i = 0; i < plan.steps.size(); ++i) {
        const WriteStep& step = plan.steps[i];
        if (i > 0) {
            // Fresh nonce and fees now that the step before is in a block; a step that waited for an
            // approval is simulated only now.
            auto b = std::make_optional(build(step));
            const QString stays = approvalSent ? QCoreApplication::translate("cli", " The approval sent before stays in place; the allowance remains.") : QString();
            if (b->preview.simulation && !b->preview.simulation->success)
                return m_context.fail(QCoreApplication::translate("cli", "step %1 would fail, so it was not sent: %2.%3")
                                          .arg(i + 1)
                                          .arg(q(b->preview.simulation->revert->sentence), stays));
            if (b->buildError)
                return m_context.fail(QCoreApplication::translate("cli", "step %1 was not sent: %2.%3").arg(i + 1).arg(q(b->buildError->message), stays));
            if (!m_context.json())
                m_context.out() << previewText(b->preview, m_session->profile(), int(i + 1), int(plan.steps.size()));
            built[i] = std::move(*b);
        }
        auto sent = m_session->sender().send(*built[i].prepared, vaultSigner(**vault));
        if (!sent)
            return m_context.fail(sent.error());
        printSent(m_context, *sent, m_session->profile());
        if (int code = track(step, *sent, i, approvalSent); code != kExitOk)
            return code;
        approvalSent = approvalSent || step.call.kind == "approve";
    }
    vault->reset();
    return kExitOk;
}

int WriteFlow::track(const WriteStep& step, const JournalEntry& sent, std::size_t index, bool approvalBefore)
{
    const QString stays = approvalBefore ? QCoreApplication::translate("cli", " The approval sent before stays in place; the allowance remains.") : QString();
    QJsonObject o = entryToJson(sent, m_session->profile());
    o.insert(QStringLiteral("step"), qint64(index + 1));
    auto settled = m_session->tracker().waitUntilSettled(sent.hash, m_timeout);
    if (!settled) {
        if (m_context.json())
            m_context.printJson(o);
        if (settled.error().code == ErrorCode::Cancelled)
            return m_context.fail(stillPendingMessage(settled.error(), sent.hash));
        return m_context.fail(settled.error());
    }
    addStatus(o, *settled);
    using State = TransactionStatus::State;
    if (settled->state == State::Included && !settled->receipt->success) {
        // Re-run the call to find why: on the state it started from (the parent block) first; when it
        // succeeds there, a transaction earlier in the same block changed that state, and the state after
        // the block (which has it, and not this reverted one's effects) usually shows the reason.
        const std::uint64_t block = settled->receipt->blockNumber;
        QString reason = QCoreApplication::translate("cli", "the reason could not be found by re-running it at blocks %1 and %2")
                             .arg(block - 1)
                             .arg(block);
        const CallRequest call{m_from, step.call.to, step.call.value, step.call.data};
        for (const std::uint64_t at : {block - 1, block}) {
            auto sim = m_simulator.simulate(call, toHexQuantity(UInt256(at)));
            if (!sim || sim->success)
                continue;
            //: %1 the revert reason, %2 a block number
            reason = QCoreApplication::translate("cli", "%1 (found by re-running it at block %2)").arg(q(sim->revert->sentence)).arg(at);
            o.insert(QStringLiteral("revert"), revertJson(*sim->revert));
            break;
        }
        if (m_context.json())
            m_context.printJson(o);
        return m_context.fail(QCoreApplication::translate("cli", "the transaction %1 was included in block %2 but reverted: %3.%4").arg(hex(sent.hash)).arg(block).arg(reason, stays));
    }
    if (m_context.json())
        m_context.printJson(o);
    else
        m_context.out() << statusLine(*settled) << Qt::endl;
    if (settled->state == State::Dropped)
        return m_context.fail(QCoreApplication::translate("cli", "the transaction %1 was dropped: the node no longer has it and its nonce was not used, so nothing was spent.%2")
                                  .arg(hex(sent.hash), stays));
    if (settled->state != State::Included)
        return m_context.fail(statusLine(*settled) + stays);
    return kExitOk;
}

} // namespace plinth::cli
