#pragma once
// What every command that sends a transaction shares (send, tx speed-up/cancel, and the write commands
// through WriteFlow): the --fee and --timeout options, the journal row and its status as JSON, the
// one-line status text, and the "Sent …" lines.
//
// Threading: main thread only. Errors: the option readers return InvalidArgument (a usage error).

#include "app/cli/CliContext.h"
#include "wallet/network/NetworkProfile.h"
#include "wallet/tx/FeeOracle.h"
#include "wallet/tx/TransactionTracker.h"
#include "wallet/tx/TxJournal.h"

#include <QJsonObject>
#include <QString>

#include <chrono>

namespace plinth::cli {

// --fee slow|normal|fast (default normal), --timeout SECONDS (default 120).
void addFeeOption(QCommandLineParser& parser);
void addTimeoutOption(QCommandLineParser& parser);
Result<FeeSpeed> feeOption(CliContext& context);
Result<std::chrono::milliseconds> timeoutOption(CliContext& context);

QJsonObject entryToJson(const JournalEntry& entry, const NetworkProfile& profile);
void addStatus(QJsonObject& o, const TransactionStatus& status);
// "Included in block 12 with 1 confirmation(s): success, gas used 21000." and the like.
QString statusLine(const TransactionStatus& status);
// "Sent 0x…." and the nonce/gas/fee line (text mode only; nothing with --json).
void printSent(CliContext& context, const JournalEntry& sent, const NetworkProfile& profile);
// "…; check it later with `plinth-cli tx status 0x…`": the message of a wait that timed out.
QString stillPendingMessage(const Error& timeout, const Hash32& hash);

} // namespace plinth::cli
