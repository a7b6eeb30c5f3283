#pragma once
// WriteFlow: the one flow every write command (claim, stake, unstake, withdraw, device update, vote, ...)
// goes through, so that each previews, asks and reports the same way.
//
//   1. build each step (TransactionBuilder::contractCall: chain, nonce, gas, funds) and simulate it
//      (CallSimulator: eth_call of the exact call, unverified);
//   2. print the preview of the whole plan (PreviewOutput.h: text, or one JSON line with --json);
//   3. a step whose simulation reverts (or whose gas estimate does) stops everything: its reason is
//      printed, exit 1, nothing is signed or sent;
//   4. ask "Send this transaction? [y/N]" (stderr; one line read from stdin; anything but y or yes
//      refuses: exit 1, nothing sent) unless --yes;
//   5. unlock the vault (the password is asked only now), then for each step in order: sign, send
//      (journalled like `send`), track until it is in a block (--timeout) and report. A step after an
//      ERC-20 approval cannot succeed before it: the preview simulates and estimates it as if the
//      approval were confirmed (a state override of the allowance's storage slot; a node that cannot
//      leaves it without fees or simulation), and the balance must cover the whole plan; it is built
//      and simulated for real once the approval is confirmed; when it fails then, the message says that
//      the approval stays.
//   Failures after sending name the transaction: reverted in block N (with the reason found by re-running
//   the call at block N-1), dropped, replaced, or still pending at the timeout (with the `tx status` hint).
//
// A plan's steps are independent transactions, sent one after the other, each after the previous one is
// confirmed; one confirmation covers the plan. needsAllowance() adds the approve step a transferFrom
// needs (Staking.stake/delegate, DeviceRegistry.register) when the current allowance is too small.
//
// Options (addOptions): --from ADDRESS (default the vault's first account; it must be one of the
// vault's accounts, checked before anything else), --fee slow|normal|fast,
// --yes, --timeout SECONDS (default 120), --password-file; --json and --network are the CLI's own.
// With --json, stdout gets JSON lines: {"preview": …} first, then one {"step": i, …} per transaction
// sent (the journal row and its status), errors as {"error": …}.
//
// Ownership: the flow owns its TxSession. Threading: main thread only; every step blocks.
// Errors: open() returns the usage or setup error; run() returns the exit code after printing.

#include "app/cli/CliContext.h"
#include "app/cli/TxSession.h"
#include "wallet/api/ActionPlanner.h"
#include "wallet/eth/Address.h"
#include "wallet/tx/CallSimulator.h"
#include "wallet/tx/TransactionBuilder.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace plinth::cli {

struct WriteStep {
    QString description;      // what it does, in the user's words (translated by the command)
    ContractCallRequest call; // from and speed are filled by the flow
    // Built and sent only after the previous steps are confirmed (the main call after an approval).
    bool afterPrevious = false;
    // An approval step (from needsAllowance): the spender and the amount. The step after it is
    // simulated in the preview as if this approval were confirmed (eth_call with the allowance's storage
    // slot overridden), so that a call that would fail anyway stops before the approval is sent.
    std::optional<std::pair<Address, UInt256>> approval;
};

struct WritePlan {
    QString title;             // one line above the steps ("Stake 500 PLNTH on device 0x…")
    QStringList notes;         // facts shown with the preview ("Claimable: 12.5 PLNTH (proven at block 210)")
    QJsonObject facts;         // the same facts for --json
    std::vector<WriteStep> steps;
};

class WriteFlow {
public:
    // --from, --fee, --yes, --timeout and --password-file.
    static void addOptions(QCommandLineParser& parser);

    // Reads the options and opens the session; on failure returns the exit code (after printing).
    static std::optional<int> open(CliContext& context, std::unique_ptr<WriteFlow>& flow);

    TxSession& session() { return *m_session; }
    const Address& from() const { return m_from; }
    CallSimulator& simulator() { return m_simulator; }

    // When the token allowance of from() to `spender` is below `amount`, the approve(spender, amount)
    // step to put before the call that spends it; nothing when the allowance suffices.
    Result<std::optional<WriteStep>> needsAllowance(const Address& spender, const UInt256& amount);
    // The token allowance of from() to `spender` (eth_call, unverified).
    Result<UInt256> tokenAllowance(const Address& spender);

    // Previews, asks, sends; returns the exit code.
    int run(WritePlan plan);

private:
    WriteFlow(CliContext& context, std::unique_ptr<TxSession> session, Address from, FeeSpeed speed,
              std::chrono::milliseconds timeout);

    // Building and simulating are the ActionPlanner's (wallet/api), as in the GUI.
    using Built = PreviewedCall;
    Built build(const WriteStep& step);
    // The preview of the step after an approval: simulated and estimated as if the approval were mined.
    Built buildAfterApproval(const WriteStep& step, const std::pair<Address, UInt256>& approval, std::uint64_t nonceOffset);
    // The balance covers every step built (value + gas at the max fee).
    Result<void> checkPlanFunds(const std::vector<Built>& built);
    int sendAll(WritePlan& plan, std::vector<Built>& built);
    int track(const WriteStep& step, const JournalEntry& sent, std::size_t index, bool approvalBefore);

    CliContext& m_context;
    std::unique_ptr<TxSession> m_session;
    Address m_from;
    FeeSpeed m_speed;
    std::chrono::milliseconds m_timeout;
    CallSimulator m_simulator;
    ActionDecoder m_decoder;
    ActionPlanner m_planner;
};

} // namespace plinth::cli
