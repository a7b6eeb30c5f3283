// `send`, `tx status`, `tx speed-up`, `tx cancel`: transactions built, signed with the vault, broadcast and
// tracked by the tx module (wallet/tx), journalled in <datadir>/transactions/<chainId>.db.
#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "app/cli/PasswordInput.h"
#include "app/cli/TxSession.h"
#include "wallet/codec/Hex.h"
#include "wallet/tx/Amount.h"
#include "wallet/vault/VaultSigner.h"

#include <QJsonObject>

namespace plinth::cli {
namespace {

const QString kFee = QStringLiteral("fee");
const QString kTimeout = QStringLiteral("timeout");

QString q(const std::string& text) { return QString::fromStdString(text); }
QString hex(const Hash32& h) { return q(toHex(h)); }
QString dec(const UInt256& v) { return q(toDecimalString(v)); }
QString gwei(const UInt256& v) { return q(formatAmount(v, 9, "gwei")); }

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

Result<Hash32> hashArgument(CliContext& context)
{
    if (context.positional().size() != 1)
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("cli", "expected one HASH").toStdString());
    auto hash = fromHexFixed<32>(context.positional().first().trimmed().toStdString());
    if (!hash)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("cli", "HASH must be a transaction hash (0x and 64 hex digits)").toStdString());
    return *hash;
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

// Signs with the vault (the password is asked only now, after every check), broadcasts and reports;
// with `wait`, waits until the transaction is settled.
int signAndSend(CliContext& context, TxSession& session, const PreparedTransaction& prepared, bool wait)
{
    std::chrono::milliseconds timeout{0};
    if (wait) {
        auto t = timeoutOption(context);
        if (!t)
            return context.fail(t.error(), kExitUsage);
        timeout = *t;
    }
    auto vault = unlockVault(context);
    if (!vault)
        return context.fail(vault.error());
    auto sent = session.sender().send(prepared, vaultSigner(**vault));
    vault->reset(); // lock and close before waiting: the key is not needed any more
    if (!sent)
        return context.fail(sent.error());
    QJsonObject o = entryToJson(*sent, session.profile());
    if (prepared.tokenRecipient) {
        o.insert(QStringLiteral("tokenRecipient"), q(toChecksumAddress(*prepared.tokenRecipient)));
        o.insert(QStringLiteral("tokenAmount"), dec(prepared.tokenAmount));
    }
    const auto& currency = session.profile().currency;
    if (!context.json()) {
        if (sent->replaces)
            context.out() << QCoreApplication::translate("cli", "Sent %1, replacing %2.").arg(hex(sent->hash), hex(*sent->replaces)) << '\n';
        else
            context.out() << QCoreApplication::translate("cli", "Sent %1.").arg(hex(sent->hash)) << '\n';
        const UInt256 maxFee = sent->tx.type == 2 ? sent->tx.maxFeePerGas : sent->tx.gasPrice;
        //: %1 nonce, %2 gas limit, %3 max fee per gas in gwei, %4 the most the fees can cost
        context.out() << QCoreApplication::translate("cli", "Nonce %1, gas limit %2, max fee %3 per gas (at most %4 in fees).")
                             .arg(sent->tx.nonce)
                             .arg(sent->tx.gas)
                             .arg(gwei(maxFee), q(formatAmount(UInt256(sent->tx.gas) * maxFee, currency.decimals, currency.symbol)))
                      << '\n';
        context.out().flush();
    }
    if (!wait) {
        o.insert(QStringLiteral("status"), QStringLiteral("pending"));
        if (context.json())
            context.printJson(o);
        return kExitOk;
    }
    auto settled = session.tracker().waitUntilSettled(sent->hash, timeout);
    if (!settled) {
        if (context.json())
            context.printJson(o);
        if (settled.error().code == ErrorCode::Cancelled)
            return context.fail(QCoreApplication::translate("cli", "%1; check it later with `plinth-cli tx status %2`")
                                    .arg(q(settled.error().message), hex(sent->hash)));
        return context.fail(settled.error());
    }
    addStatus(o, *settled);
    if (context.json())
        context.printJson(o);
    else
        context.out() << statusLine(*settled) << Qt::endl;
    if (settled->receipt && !settled->receipt->success)
        return context.fail(QCoreApplication::translate("cli", "the transaction was included in block %1 but reverted")
                                .arg(settled->receipt->blockNumber));
    if (settled->state != TransactionStatus::State::Included)
        return context.fail(statusLine(*settled));
    return kExitOk;
}

class SendCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(SendCommand)
public:
    QStringList words() const override { return {QStringLiteral("send")}; }
    QString summary() const override { return tr("Send the native currency, or the network's token with --token"); }
    void addOptions(QCommandLineParser& parser) const override
    {
        addFromOption(parser);
        parser.addOption({QStringLiteral("to"), tr("The recipient."), tr("address")});
        parser.addOption({QStringLiteral("amount"), tr("How much, in the currency's units (e.g. 1.5)."), tr("amount")});
        parser.addOption({QStringLiteral("token"), tr("Send the profile's ERC-20 token instead of the native currency.")});
        addFeeOption(parser);
        parser.addOption({QStringLiteral("no-wait"), tr("Return once the node has accepted the transaction, without waiting for a block.")});
        addTimeoutOption(parser);
        addPasswordOption(parser);
    }

    int run(CliContext& context) const override
    {
        auto from = fromOption(context);
        if (!from)
            return context.fail(from.error(), kExitUsage);
        if (!context.isSet(QStringLiteral("to")))
            return context.fail(tr("--to ADDRESS is required"), kExitUsage);
        auto to = addressArgument(context.value(QStringLiteral("to")));
        if (!to)
            return context.fail(to.error(), kExitUsage);
        if (!context.isSet(QStringLiteral("amount")))
            return context.fail(tr("--amount AMOUNT is required"), kExitUsage);
        auto speed = feeOption(context);
        if (!speed)
            return context.fail(speed.error(), kExitUsage);
        auto session = TxSession::open(context);
        if (!session)
            return context.fail(session.error());
        const bool token = context.isSet(QStringLiteral("token"));
        const NetworkProfile& profile = (*session)->profile();
        const CurrencyInfo& unit = token ? profile.token : profile.currency;
        if (token && profile.contracts.token.empty())
            return context.fail(tr("the network \"%1\" has no token").arg(q(profile.name)));
        auto amount = parseAmount(context.value(QStringLiteral("amount")).toStdString(), unit.decimals, unit.symbol);
        if (!amount)
            return context.fail(amount.error(), kExitUsage);
        auto prepared = (*session)->builder().transfer(TransferRequest{*from, *to, *amount, token, *speed});
        if (!prepared)
            return context.fail(prepared.error());
        return signAndSend(context, **session, *prepared, !context.isSet(QStringLiteral("no-wait")));
    }
};

class TxStatusCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(TxStatusCommand)
public:
    QStringList words() const override { return {QStringLiteral("tx"), QStringLiteral("status")}; }
    QString summary() const override { return tr("Show whether a transaction is pending, included, replaced or dropped"); }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("HASH"), tr("The transaction hash."));
    }

    int run(CliContext& context) const override
    {
        auto hash = hashArgument(context);
        if (!hash)
            return context.fail(hash.error(), kExitUsage);
        auto session = TxSession::open(context);
        if (!session)
            return context.fail(session.error());
        auto status = (*session)->tracker().status(*hash);
        if (!status)
            return context.fail(status.error());
        if (context.json()) {
            QJsonObject o{{QStringLiteral("hash"), hex(*hash)}};
            addStatus(o, *status);
            context.printJson(o);
        } else {
            context.out() << statusLine(*status) << Qt::endl;
        }
        return kExitOk;
    }
};

class TxReplaceCommand : public CliCommand {
public:
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("HASH"), QCoreApplication::translate("cli", "A pending transaction Plinth sent."));
        addFeeOption(parser);
        parser.addOption({QStringLiteral("wait"), QCoreApplication::translate("cli", "Wait until the replacement is in a block.")});
        addTimeoutOption(parser);
        addPasswordOption(parser);
    }

    int run(CliContext& context) const override
    {
        auto hash = hashArgument(context);
        if (!hash)
            return context.fail(hash.error(), kExitUsage);
        auto speed = feeOption(context);
        if (!speed)
            return context.fail(speed.error(), kExitUsage);
        auto session = TxSession::open(context);
        if (!session)
            return context.fail(session.error());
        auto prepared = prepare(**session, *hash, *speed);
        if (!prepared)
            return context.fail(prepared.error());
        return signAndSend(context, **session, *prepared, context.isSet(QStringLiteral("wait")));
    }

protected:
    virtual Result<PreparedTransaction> prepare(TxSession& session, const Hash32& hash, FeeSpeed speed) const = 0;
};

class TxSpeedUpCommand final : public TxReplaceCommand {
    Q_DECLARE_TR_FUNCTIONS(TxSpeedUpCommand)
public:
    QStringList words() const override { return {QStringLiteral("tx"), QStringLiteral("speed-up")}; }
    QString summary() const override { return tr("Resend a pending transaction with higher fees (same nonce)"); }

protected:
    Result<PreparedTransaction> prepare(TxSession& session, const Hash32& hash, FeeSpeed speed) const override
    {
        return session.builder().speedUp(hash, speed);
    }
};

class TxCancelCommand final : public TxReplaceCommand {
    Q_DECLARE_TR_FUNCTIONS(TxCancelCommand)
public:
    QStringList words() const override { return {QStringLiteral("tx"), QStringLiteral("cancel")}; }
    QString summary() const override { return tr("Replace a pending transaction with a 0-value transfer to yourself"); }

protected:
    Result<PreparedTransaction> prepare(TxSession& session, const Hash32& hash, FeeSpeed speed) const override
    {
        return session.builder().cancel(hash, speed);
    }
};

} // namespace

PLINTH_CLI_COMMAND(SendCommand)
PLINTH_CLI_COMMAND(TxStatusCommand)
PLINTH_CLI_COMMAND(TxSpeedUpCommand)
PLINTH_CLI_COMMAND(TxCancelCommand)

} // namespace plinth::cli
