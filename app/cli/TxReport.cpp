// The options and output the transaction-sending commands share (TxReport.h), moved here from
// TransactionCommands.cpp so that `send` and the write commands (WriteFlow) print the same lines.
#include "app/cli/TxReport.h"

#include "wallet/codec/Hex.h"
#include "wallet/tx/Amount.h"

#include <QCoreApplication>

namespace plinth::cli {
namespace {

const QString kFee = QStringLiteral("fee");
const QString kTimeout = QStringLiteral("timeout");

QString q(const std::string& text) { return QString::fromStdString(text); }
QString hex(const Hash32& h) { return q(toHex(h)); }
QString dec(const UInt256& v) { return q(toDecimalString(v)); }
QString gwei(const UInt256& v) { return q(formatAmount(v, 9, "gwei")); }

} // namespace


void addFeeOption(QCommandLineParser& parser)
{
    parser.addOption({kFee, QCoreApplication::translate("cli", "Fee level: slow, normal (default) or fast."),
                      QCoreApplication::translate("cli", "level"), QStringLiteral("normal")});
}

void addTimeoutOption(QCommandLineParser& parser)
{
    parser.addOption({kTimeout, QCoreApplication::translate("cli", "How long to wait for inclusion (default 120)."),
                      QCoreApplication::translate("cli", "seconds"), QStringLiteral("120")});
}

Result<FeeSpeed> feeOption(CliContext& context)
{
    if (auto speed = feeSpeedFromName(context.value(kFee).toStdString()))
        return *speed;
    return makeError(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("cli", "--fee must be slow, normal or fast").toStdString());
}

Result<std::chrono::milliseconds> timeoutOption(CliContext& context)
{
    bool ok = false;
    const int seconds = context.value(kTimeout).toInt(&ok);
    if (!ok || seconds <= 0)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("cli", "--timeout must be a number of seconds").toStdString());
    return std::chrono::milliseconds(std::chrono::seconds(seconds));
}


QJsonObject entryToJson(const JournalEntry& e, const NetworkProfile& profile)
{
    const TransactionRequest& tx = e.tx;
    QJsonObject o{{QStringLiteral("hash"), hex(e.hash)},
                  {QStringLiteral("kind"), q(e.kind)},
                  {QStringLiteral("chainId"), QString::number(tx.chainId)},
                  {QStringLiteral("from"), q(toChecksumAddress(*tx.from))},
                  {QStringLiteral("to"), tx.to ? q(toChecksumAddress(*tx.to)) : QString()},
                  {QStringLiteral("value"), dec(tx.value)},
                  {QStringLiteral("nonce"), static_cast<qint64>(tx.nonce)},
                  {QStringLiteral("gas"), static_cast<qint64>(tx.gas)},
                  {QStringLiteral("type"), tx.type},
                  {QStringLiteral("currency"), q(profile.currency.symbol)}};
    if (tx.type == 2) {
        o.insert(QStringLiteral("maxFeePerGas"), dec(tx.maxFeePerGas));
        o.insert(QStringLiteral("maxPriorityFeePerGas"), dec(tx.maxPriorityFeePerGas));
    } else {
        o.insert(QStringLiteral("gasPrice"), dec(tx.gasPrice));
    }
    if (e.replaces)
        o.insert(QStringLiteral("replaces"), hex(*e.replaces));
    return o;
}

void addStatus(QJsonObject& o, const TransactionStatus& s)
{
    o.insert(QStringLiteral("status"), q(std::string(transactionStateName(s.state))));
    if (s.receipt) {
        o.insert(QStringLiteral("blockNumber"), static_cast<qint64>(s.receipt->blockNumber));
        o.insert(QStringLiteral("blockHash"), hex(s.receipt->blockHash));
        o.insert(QStringLiteral("success"), s.receipt->success);
        o.insert(QStringLiteral("gasUsed"), static_cast<qint64>(s.receipt->gasUsed));
        o.insert(QStringLiteral("effectiveGasPrice"), dec(s.receipt->effectiveGasPrice));
        o.insert(QStringLiteral("confirmations"), static_cast<qint64>(s.confirmations));
    }
    if (s.replacedBy) {
        o.insert(QStringLiteral("replacedBy"), hex(*s.replacedBy));
        o.insert(QStringLiteral("replacementIncluded"), s.replacementIncluded);
    }
    if (s.nonce)
        o.insert(QStringLiteral("nonce"), static_cast<qint64>(*s.nonce));
}

QString statusLine(const TransactionStatus& s)
{
    using State = TransactionStatus::State;
    switch (s.state) {
    case State::Pending:
        return QCoreApplication::translate("cli", "Pending: in the node's mempool, not yet in a block.");
    case State::Included: {
        const QString result = s.receipt->success ? QCoreApplication::translate("cli", "success")
                                                  : QCoreApplication::translate("cli", "reverted");
        // A plain int: lupdate 6.4 does not extract a translate() whose count is a cast expression.
        const int confirmations = int(s.confirmations);
        //: %1 block number, %n confirmations, %2 "success" or "reverted", %3 gas used
        return QCoreApplication::translate("cli", "Included in block %1 with %n confirmation(s): %2, gas used %3.", nullptr,
                                           confirmations)
            .arg(s.receipt->blockNumber)
            .arg(result)
            .arg(s.receipt->gasUsed);
    }
    case State::Replaced:
        return s.replacementIncluded
            ? QCoreApplication::translate("cli", "Replaced by %1 (included).").arg(hex(*s.replacedBy))
            : QCoreApplication::translate("cli", "Replaced by %1 (pending).").arg(hex(*s.replacedBy));
    case State::Dropped:
        return QCoreApplication::translate("cli", "Dropped: the node no longer has it and no transaction of ours used its nonce.");
    }
    return {};
}

void printSent(CliContext& context, const JournalEntry& sent, const NetworkProfile& profile)
{
    if (context.json())
        return;
    const auto& currency = profile.currency;
    if (sent.replaces)
        context.out() << QCoreApplication::translate("cli", "Sent %1, replacing %2.").arg(hex(sent.hash), hex(*sent.replaces)) << '\n';
    else
        context.out() << QCoreApplication::translate("cli", "Sent %1.").arg(hex(sent.hash)) << '\n';
    const UInt256 maxFee = sent.tx.type == 2 ? sent.tx.maxFeePerGas : sent.tx.gasPrice;
    //: %1 nonce, %2 gas limit, %3 max fee per gas in gwei, %4 the most the fees can cost
    context.out() << QCoreApplication::translate("cli", "Nonce %1, gas limit %2, max fee %3 per gas (at most %4 in fees).")
                         .arg(sent.tx.nonce)
                         .arg(sent.tx.gas)
                         .arg(gwei(maxFee), q(formatAmount(UInt256(sent.tx.gas) * maxFee, currency.decimals, currency.symbol)))
                  << '\n';
    context.out().flush();
}

QString stillPendingMessage(const Error& timeout, const Hash32& hash)
{
    return QCoreApplication::translate("cli", "%1; check it later with `plinth-cli tx status %2`").arg(q(timeout.message), hex(hash));
}

} // namespace plinth::cli
